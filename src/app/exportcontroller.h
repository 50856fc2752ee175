// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSize>
#include <QString>

#include "app/exportpngdialog.h"
#include "render/exportoptions.h"

class QWidget;

namespace tiescope {

class FilterController;
class GraphCanvas;
class GraphDocument;
class GraphScene;
class SettingsStore;

// File → Export PNG / SVG: asks how, draws the window's own scene through SceneExporter and
// reports a failure in a dialog (nothing half-written is left behind).
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    ExportController(GraphDocument &document, GraphScene &scene, GraphCanvas &canvas, SettingsStore &settings,
                     QWidget *window);

    // The caption exports carry: dataset, active filter, date window, counts.
    [[nodiscard]] QString caption() const;
    [[nodiscard]] ExportOptions options(ExportPngDialog::Region region, QSize size, bool transparent, bool legend,
                                        bool caption) const;
    // The whole graph's size at the current zoom, capped to what an image may hold.
    [[nodiscard]] QSize wholeSize() const;

public slots:
    void exportPng();
    void exportSvg();

signals:
    void exported(const QString &path);

private:
    void report(bool ok, const QString &path, const QString &error);

    GraphDocument &m_document;
    GraphScene &m_scene;
    GraphCanvas &m_canvas;
    SettingsStore &m_settings;
    QWidget *m_window;
};

} // namespace tiescope
