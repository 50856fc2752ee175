// SPDX-License-Identifier: MIT
#include "app/elidingcheckbox.h"

#include <algorithm>

#include <QHelpEvent>
#include <QStyleOptionButton>
#include <QStylePainter>
#include <QToolTip>

namespace tiescope {

namespace {

constexpr int IconGap = 4; // QCommonStyle's space between a check box's icon and its text

} // namespace

ElidingCheckBox::ElidingCheckBox(const QString &text, QWidget *parent) : QCheckBox(text, parent)
{
    setSizePolicy(QSizePolicy::Preferred, sizePolicy().verticalPolicy());
}

QSize ElidingCheckBox::minimumSizeHint() const
{
    // Room for the box, the icon and a few letters: the rest is elided.
    const QSize full = QCheckBox::sizeHint();
    const int letters = fontMetrics().horizontalAdvance(QStringLiteral("Abc…"));
    const int textNow = fontMetrics().horizontalAdvance(text());
    return {std::max(0, full.width() - textNow + std::min(letters, textNow)), full.height()};
}

int ElidingCheckBox::textWidth() const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    const QRect contents = style()->subElementRect(QStyle::SE_CheckBoxContents, &option, this);
    const int icon = option.icon.isNull() ? 0 : option.iconSize.width() + IconGap;
    return std::max(0, contents.width() - icon);
}

QString ElidingCheckBox::shownText() const
{
    const QString whole = text();
    const int width = textWidth();
    if (fontMetrics().horizontalAdvance(whole) <= width)
        return whole;
    // A trailing "(count)" stays whole and the name before it is shortened: "Economy and fi… (48)".
    const qsizetype open = whole.lastIndexOf(QLatin1Char('('));
    if (open > 0 && whole.endsWith(QLatin1Char(')'))) {
        const QString tail = whole.mid(open);
        const int room = width - fontMetrics().horizontalAdvance(QLatin1Char(' ') + tail);
        if (room > fontMetrics().horizontalAdvance(QStringLiteral("Abc…")))
            return fontMetrics().elidedText(whole.left(open).trimmed(), Qt::ElideRight, room) + QLatin1Char(' ') + tail;
    }
    return fontMetrics().elidedText(whole, Qt::ElideRight, width);
}

bool ElidingCheckBox::event(QEvent *event)
{
    // The whole label as a tooltip, only when it is shortened and no other tooltip was set.
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty() && shownText() != text()) {
        // Escaped into rich text: a label from the data is read, never rendered as HTML.
        const QString plain = QStringLiteral("<p style='white-space:pre'>") + text().toHtmlEscaped() + QStringLiteral("</p>");
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), plain, this);
        return true;
    }
    return QCheckBox::event(event);
}

void ElidingCheckBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text = shownText();
    painter.drawControl(QStyle::CE_CheckBox, option);
}

} // namespace tiescope
