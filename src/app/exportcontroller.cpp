// SPDX-License-Identifier: MIT
#include "app/exportcontroller.h"

#include <algorithm>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

#include "app/graphcanvas.h"
#include "app/graphdocument.h"
#include "app/plainmessage.h"
#include "app/settingsstore.h"
#include "model/dataset.h"
#include "render/filtercaption.h"
#include "render/graphscene.h"
#include "render/sceneexporter.h"

namespace tiescope {

ExportController::ExportController(GraphDocument &document, GraphScene &scene, GraphCanvas &canvas,
                                   SettingsStore &settings, QWidget *window)
    : QObject(window), m_document(document), m_scene(scene), m_canvas(canvas), m_settings(settings), m_window(window)
{
}

QString ExportController::caption() const
{
    if (!m_document.isOpen())
        return {};
    const GraphView &view = m_document.view();
    return FilterCaption::text(m_document.dataset(), m_document.filter(), view.visibleEntityCount(),
                               view.visibleTieCount());
}

QSize ExportController::wholeSize() const
{
    const QRectF bounds = m_scene.shownBounds();
    // At least legible (zoom 1), at most what fits the exporter.
    const double zoom = std::max(1.0, m_canvas.zoom());
    QSize size(static_cast<int>(bounds.width() * zoom) + 32, static_cast<int>(bounds.height() * zoom) + 260);
    return size.boundedTo(QSize(SceneExporter::MaxSide, SceneExporter::MaxSide)).expandedTo(QSize(400, 300));
}

ExportOptions ExportController::options(ExportPngDialog::Region region, QSize size, bool transparent, bool legend,
                                        bool withCaption) const
{
    ExportOptions options;
    options.source = region == ExportPngDialog::Region::View ? m_canvas.visibleSceneRect() : QRectF();
    options.size = size;
    options.transparent = transparent;
    options.legend = legend;
    options.caption = withCaption ? caption() : QString();
    options.title = m_document.isOpen() ? QString::fromStdString(m_document.dataset().info().title) : QString();
    return options;
}

void ExportController::report(bool ok, const QString &path, const QString &error)
{
    if (!ok) {
        PlainMessage::warning(m_window, tr("Export failed"), tr("Nothing was written.\n\n%1").arg(error));
        return;
    }
    m_settings.setLastExportDir(QFileInfo(path).absolutePath());
    emit exported(path);
}

void ExportController::exportPng()
{
    if (!m_document.isOpen())
        return;
    const QString suggested = QDir(m_settings.lastExportDir()).filePath(QStringLiteral("tiescope.png"));
    ExportPngDialog dialog(m_canvas.viewport()->size(), wholeSize(), suggested, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const bool ok = SceneExporter::writePng(
        m_scene, options(dialog.region(), dialog.imageSize(), dialog.transparent(), dialog.legend(), dialog.caption()),
        dialog.path(), &error);
    report(ok, dialog.path(), error);
}

void ExportController::exportSvg()
{
    if (!m_document.isOpen())
        return;
    const QString suggested = QDir(m_settings.lastExportDir()).filePath(QStringLiteral("tiescope.svg"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export SVG"), suggested, tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = SceneExporter::writeSvg(
        m_scene, options(ExportPngDialog::Region::Whole, wholeSize(), false, true, true), path, &error);
    report(ok, path, error);
}

} // namespace tiescope
