// SPDX-License-Identifier: MIT
#include "app/layoutprogress.h"

#include <QAction>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

#include "app/layoutcontroller.h"

namespace tiescope {

LayoutProgress::LayoutProgress(LayoutController &layout, QAction &cancel, QStatusBar &bar, QWidget *parent)
    : QWidget(parent),
      m_cancelAction(cancel),
      m_progress(new QProgressBar),
      m_cancel(new QToolButton)
{
    setObjectName(QStringLiteral("layoutProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_cancel->setDefaultAction(&cancel);
    m_cancel->setAutoRaise(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    setVisible(false);

    connect(&layout, &LayoutController::started, this, [this, bar = &bar](const QString &label) {
        bar->showMessage(tr("Laying out: %1…").arg(label));
        m_progress->setValue(0);
        setVisible(true);
        m_cancelAction.setEnabled(true);
    });
    connect(&layout, &LayoutController::progressed, m_progress, &QProgressBar::setValue);
    connect(&layout, &LayoutController::finished, this, &LayoutProgress::ended);
    connect(&layout, &LayoutController::cancelled, this, [this, bar = &bar] {
        ended();
        bar->showMessage(tr("Layout cancelled; positions unchanged"), 4000);
    });
    connect(&layout, &LayoutController::failed, this, [this, bar = &bar](const QString &why) {
        ended();
        bar->showMessage(tr("Layout failed: %1").arg(why), 8000);
    });
}

void LayoutProgress::ended()
{
    setVisible(false);
    m_cancelAction.setEnabled(false);
}

} // namespace tiescope
