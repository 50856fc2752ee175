// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QPushButton;

namespace tiescope {

class AnalysisController;
class ExposureChart;

// The exposure chart in a dock, following the analysis panel's pair analyses, with PNG and
// CSV export.
class ExposureDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExposureDock)

public:
    explicit ExposureDock(AnalysisController &controller, QWidget *parent = nullptr);

    [[nodiscard]] ExposureChart *chart() const { return m_chart; }

private:
    void update();
    void exportAs(bool png);

    AnalysisController &m_controller;
    ExposureChart *m_chart;
    QPushButton *m_png;
    QPushButton *m_csv;
};

} // namespace tiescope
