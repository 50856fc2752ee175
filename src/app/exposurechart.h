// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QString>
#include <QWidget>

#include "app/analysisoutcome.h"

namespace tiescope {

// Exposure of A to B per year, one line per domain in its colour (solid: ties that surely
// held; dashed: ties that may have held; a pale band: what undated ties would add), with year ticks, a 0..1
// axis and a legend. Painted with QPainter: the same paint() draws the widget and the PNG.
class ExposureChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExposureChart)

public:
    explicit ExposureChart(QWidget *parent = nullptr);

    void setSeries(std::vector<ExposureLine> lines, const QString &title);
    void clear();
    [[nodiscard]] const std::vector<ExposureLine> &series() const { return m_lines; }
    [[nodiscard]] const QString &title() const { return m_title; }
    [[nodiscard]] bool isEmpty() const { return m_lines.empty(); }
    // The value of a domain's line in a year; empty when that line or year is not drawn.
    [[nodiscard]] std::optional<double> value(const QString &label, int year) const;

    // Atomic writes (the core's AtomicFile): the file is replaced only when all was written.
    bool exportPng(const QString &path, const QSize &size, QString *error) const;
    bool exportCsv(const QString &path, QString *error) const;
    [[nodiscard]] QString csv() const;

    void paintChart(QPainter &painter, const QRectF &area) const;

    [[nodiscard]] QSize sizeHint() const override { return {520, 220}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {260, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<ExposureLine> m_lines;
    QString m_title;
};

} // namespace tiescope
