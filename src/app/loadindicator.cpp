// SPDX-License-Identifier: MIT
#include "app/loadindicator.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include "app/documentloader.h"

namespace tiescope {

LoadIndicator::LoadIndicator(DocumentLoader &loader, QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("loadIndicator"));
    m_label->setTextFormat(Qt::PlainText); // a file name is data, never markup
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_cancel->setObjectName(QStringLiteral("cancelLoad"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop opening this database; the data shown now stays open"));
    m_cancel->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    setVisible(false);

    connect(m_cancel, &QToolButton::clicked, &loader, &DocumentLoader::cancel);
    connect(&loader, &DocumentLoader::started, this, [this](const QString &path) {
        m_label->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
        m_label->setToolTip(path);
        m_progress->setValue(0);
        m_cancel->setEnabled(true);
        setVisible(true);
    });
    connect(&loader, &DocumentLoader::progressed, m_progress, &QProgressBar::setValue);
    connect(&loader, &DocumentLoader::replacing, this, [this](const QString &path) {
        m_label->setText(tr("Drawing %1…").arg(QFileInfo(path).fileName()));
        m_cancel->setEnabled(false); // too late to cancel: the data is being shown
        repaint(); // now: building the picture of a big store keeps the event loop busy
    });
    const auto ended = [this] { setVisible(false); };
    connect(&loader, &DocumentLoader::loaded, this, ended);
    connect(&loader, &DocumentLoader::failed, this, ended);
    connect(&loader, &DocumentLoader::cancelled, this, ended);
}

QString LoadIndicator::text() const
{
    return m_label->text();
}

} // namespace tiescope
