// SPDX-License-Identifier: MIT
#include "app/exposurechart.h"

#include <algorithm>
#include <cmath>

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include "io/atomicfile.h"
#include "io/csvwriter.h"
#include "model/inputerror.h"

namespace tiescope {

namespace {

const QColor Axis(0x54, 0x6e, 0x7a);
const QColor Grid(0xe3, 0xe8, 0xeb);
const QColor Ink(0x1f, 0x26, 0x2b);
constexpr double UndatedAlpha = 0.10;
constexpr double KeyWidth = 300; // the certain / possible / undated key right of the title

// A year step giving at most `maxTicks` ticks: 1, 2, 5, 10, 20, 50...
int yearStep(int span, int maxTicks)
{
    for (int step : {1, 2, 5, 10, 20, 25, 50, 100, 200, 500}) {
        if (span / step + 1 <= maxTicks)
            return step;
    }
    return 1000;
}

// CSV needs quotes around a field with a comma, quote or line break.
QString csvField(const QString &text)
{
    return QString::fromStdString(CsvWriter::cell(text.toStdString()));
}

// Atomic (the core's AtomicFile): the file is replaced only when all was written.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    try {
        AtomicFile::writeWhole(path.toStdString(), std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        return true;
    } catch (const InputError &failure) {
        *error = QString::fromStdString(failure.what());
        return false;
    }
}

} // namespace

ExposureChart::ExposureChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("exposureChart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ExposureChart::setSeries(std::vector<ExposureLine> lines, const QString &title)
{
    m_lines = std::move(lines);
    m_title = title;
    update();
}

void ExposureChart::clear()
{
    setSeries({}, {});
}

std::optional<double> ExposureChart::value(const QString &label, int year) const
{
    for (const ExposureLine &line : m_lines) {
        if (line.label != label)
            continue;
        for (const auto &[y, v] : line.points) {
            if (y == year)
                return v;
        }
    }
    return std::nullopt;
}

void ExposureChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintChart(painter, rect());
}

void ExposureChart::paintChart(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(area, Qt::white);
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    painter.setPen(Ink);
    if (m_lines.empty()) {
        painter.setPen(Axis);
        painter.drawText(area.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Run chains, exposure or single points of failure for A and B to see A's exposure to B "
                            "per year and domain."));
        painter.restore();
        return;
    }
    int firstYear = m_lines.front().points.empty() ? 0 : m_lines.front().points.front().first;
    int lastYear = firstYear;
    for (const ExposureLine &line : m_lines) {
        for (const auto &[year, value] : line.points) {
            firstYear = std::min(firstYear, year);
            lastYear = std::max(lastYear, year);
        }
    }
    // Legend on the right, one row per domain.
    double legendWidth = 0;
    for (const ExposureLine &line : m_lines)
        legendWidth = std::max(legendWidth, metrics.horizontalAdvance(line.label));
    legendWidth += 30;
    const double titleHeight = metrics.height() + 8; // the key sits on the title line
    const QRectF plot(area.left() + metrics.horizontalAdvance(QStringLiteral("0.00")) + 14, area.top() + titleHeight,
                      area.width() - metrics.horizontalAdvance(QStringLiteral("0.00")) - 14 - legendWidth - 16,
                      area.height() - titleHeight - metrics.height() - 12);
    if (plot.width() < 40 || plot.height() < 30) {
        painter.restore();
        return;
    }
    if (!m_title.isEmpty()) {
        painter.setPen(Ink);
        painter.drawText(QRectF(area.left() + 8, area.top() + 3, area.width() - 16, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         metrics.elidedText(m_title, Qt::ElideRight, std::max(80.0, area.width() - 16 - KeyWidth)));
    }
    const int span = std::max(1, lastYear - firstYear);
    const auto xOf = [&](double year) { return plot.left() + (year - firstYear) / span * plot.width(); };
    const auto yOf = [&](double value) { return plot.bottom() - std::clamp(value, 0.0, 1.0) * plot.height(); };

    // Grid and value axis: 0, 0.25 .. 1.
    for (int i = 0; i <= 4; ++i) {
        const double v = i / 4.0;
        painter.setPen(QPen(i == 0 ? Axis : Grid, 1));
        painter.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        painter.setPen(Axis);
        painter.drawText(QRectF(area.left(), yOf(v) - metrics.height() / 2, plot.left() - area.left() - 5, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(v, 'f', 2));
    }
    painter.setPen(QPen(Axis, 1));
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    // Year ticks, as many as fit without touching.
    const double labelWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + 10;
    const int step = yearStep(span, std::max(2, static_cast<int>(plot.width() / labelWidth)));
    for (int year = (firstYear + step - 1) / step * step; year <= lastYear; year += step) {
        const double x = xOf(year);
        painter.setPen(QPen(Axis, 1));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        painter.drawText(QRectF(x - labelWidth / 2, plot.bottom() + 5, labelWidth, metrics.height()), Qt::AlignCenter,
                         QString::number(year));
    }
    // Per domain: a pale band up to what undated ties would add, a dashed line for dated ties
    // that may have held, a solid one for those that surely held (they coincide when certain).
    const auto pathOf = [&](const ExposureLine &line, const std::vector<double> &values) {
        QPainterPath path;
        for (std::size_t i = 0; i < line.points.size() && i < values.size(); ++i) {
            const QPointF p(xOf(line.points[i].first), yOf(values[i]));
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        return path;
    };
    bool anyUndated = false;
    for (const ExposureLine &line : m_lines) {
        std::vector<double> possible;
        for (const auto &point : line.points)
            possible.push_back(point.second);
        if (line.withUndated.size() == possible.size() && line.withUndated != possible) {
            anyUndated = true;
            QPainterPath band = pathOf(line, line.withUndated);
            for (std::size_t i = possible.size(); i-- > 0;)
                band.lineTo(xOf(line.points[i].first), yOf(possible[i]));
            band.closeSubpath();
            // Faint, with a dotted top edge: the bands of several domains overlap.
            QColor fill = line.colour;
            fill.setAlphaF(UndatedAlpha);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawPath(band);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(line.colour, 1.0, Qt::DotLine));
            painter.drawPath(pathOf(line, line.withUndated));
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(line.colour, 1.6, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(pathOf(line, possible));
        if (line.certain.size() == possible.size()) {
            painter.setPen(QPen(line.colour, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(pathOf(line, line.certain));
        }
    }
    // Legend: the domains, then what the marks mean.
    double y = plot.top();
    const double x = plot.right() + 16;
    const double mid = metrics.height() / 2;
    const auto legendRow = [&](const QString &label) {
        painter.setPen(Ink);
        painter.drawText(QRectF(x + 24, y, legendWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        y += metrics.height() + 4;
    };
    for (const ExposureLine &line : m_lines) {
        painter.setPen(QPen(line.colour, 3));
        painter.drawLine(QPointF(x, y + mid), QPointF(x + 18, y + mid));
        legendRow(line.label);
    }
    // What the marks mean, in one row on the title line: below the domains it would leave a
    // short dock.
    double keyX = plot.right();
    y = area.top() + 3;
    painter.setBrush(Qt::NoBrush);
    const auto keyItem = [&](const QString &label, const auto &mark) {
        keyX -= metrics.horizontalAdvance(label) + 24 + 14;
        mark(QRectF(keyX, y, 18, metrics.height()));
        painter.setPen(Ink);
        painter.drawText(QRectF(keyX + 24, y, metrics.horizontalAdvance(label) + 2, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    };
    if (anyUndated) {
        keyItem(tr("+ undated"), [&](const QRectF &r) {
            QColor fill = Axis;
            fill.setAlphaF(UndatedAlpha);
            painter.fillRect(r.adjusted(0, 2, 0, -2), fill);
            painter.setPen(QPen(Axis, 1.0, Qt::DotLine));
            painter.drawLine(r.topLeft() + QPointF(0, 2), r.topRight() + QPointF(0, 2));
        });
    }
    keyItem(tr("possible"), [&](const QRectF &r) {
        painter.setPen(QPen(Axis, 1.6, Qt::DashLine));
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
    });
    keyItem(tr("certain"), [&](const QRectF &r) {
        painter.setPen(QPen(Axis, 2.2));
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
    });
    painter.restore();
}

QString ExposureChart::csv() const
{
    // One row per year, one column per domain: what a spreadsheet expects.
    std::vector<int> years;
    for (const ExposureLine &line : m_lines) {
        for (const auto &[year, value] : line.points)
            years.push_back(year);
    }
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    QString text = QStringLiteral("year");
    // Each domain: dated ties that may have held, those that surely held, and with undated ties.
    for (const ExposureLine &line : m_lines) {
        text += QLatin1Char(',') + csvField(line.label) + QLatin1Char(',') + csvField(line.label + tr(" (certain)")) +
                QLatin1Char(',') + csvField(line.label + tr(" (with undated)"));
    }
    text += QLatin1Char('\n');
    const auto cell = [](const std::vector<double> &values, std::size_t i) {
        return i < values.size() ? QString::number(values[i], 'f', 6) : QString();
    };
    for (const int year : years) {
        text += QString::number(year);
        for (const ExposureLine &line : m_lines) {
            const auto at = std::find_if(line.points.begin(), line.points.end(),
                                         [year](const auto &point) { return point.first == year; });
            const auto i = static_cast<std::size_t>(at - line.points.begin());
            text += QLatin1Char(',') + (at != line.points.end() ? QString::number(at->second, 'f', 6) : QString());
            text += QLatin1Char(',') + (at != line.points.end() ? cell(line.certain, i) : QString());
            text += QLatin1Char(',') + (at != line.points.end() ? cell(line.withUndated, i) : QString());
        }
        text += QLatin1Char('\n');
    }
    return text;
}

bool ExposureChart::exportCsv(const QString &path, QString *error) const
{
    return writeAtomically(path, csv().toUtf8(), error);
}

bool ExposureChart::exportPng(const QString &path, const QSize &size, QString *error) const
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintChart(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        *error = QStringLiteral("%1: the image could not be encoded").arg(path);
        return false;
    }
    return writeAtomically(path, bytes, error);
}

} // namespace tiescope
