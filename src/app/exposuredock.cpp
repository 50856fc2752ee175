// SPDX-License-Identifier: MIT
#include "app/exposuredock.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/analysiscontroller.h"
#include "app/exposurechart.h"
#include "app/plainmessage.h"

namespace tiescope {

ExposureDock::ExposureDock(AnalysisController &controller, QWidget *parent)
    : QDockWidget(tr("Exposure over time"), parent), m_controller(controller), m_chart(new ExposureChart),
      m_png(new QPushButton(tr("PNG…"))), m_csv(new QPushButton(tr("CSV…")))
{
    setObjectName(QStringLiteral("exposureDock"));
    auto *body = new QWidget;
    auto *layout = new QHBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_chart, 1);
    auto *buttons = new QVBoxLayout;
    m_png->setToolTip(tr("Save the chart as a PNG image"));
    m_csv->setToolTip(tr("Save the values as CSV: a row per year, a column per domain"));
    buttons->addWidget(m_png);
    buttons->addWidget(m_csv);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setWidget(body);
    connect(m_png, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(&m_controller, &AnalysisController::finished, this, &ExposureDock::update);
    connect(&m_controller, &AnalysisController::failed, this, &ExposureDock::update);
    connect(&m_controller, &AnalysisController::cleared, this, &ExposureDock::update);
    update();
}

void ExposureDock::update()
{
    const AnalysisRequest &request = m_controller.request();
    const bool pair = request.kind == AnalysisRequest::Kind::Chains || request.kind == AnalysisRequest::Kind::Exposure ||
                      request.kind == AnalysisRequest::Kind::Cuts;
    // Rankings and the like have no pair: the chart keeps the last pair's exposure.
    if (pair || !m_controller.hasResult()) {
        if (m_controller.hasResult() && pair)
            m_chart->setSeries(m_controller.outcome().series, m_controller.outcome().seriesTitle);
        else
            m_chart->clear();
    }
    m_png->setEnabled(!m_chart->isEmpty());
    m_csv->setEnabled(!m_chart->isEmpty());
}

void ExposureDock::exportAs(bool png)
{
    const QString path = QFileDialog::getSaveFileName(this, png ? tr("Export Chart as PNG") : tr("Export Chart as CSV"),
                                                      png ? QStringLiteral("exposure.png") : QStringLiteral("exposure.csv"),
                                                      png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = png ? m_chart->exportPng(path, QSize(1000, 420), &error) : m_chart->exportCsv(path, &error);
    if (!ok)
        PlainMessage::warning(this, tr("Export failed"), tr("The chart was not saved.\n\n%1").arg(error));
}

} // namespace tiescope
