// SPDX-License-Identifier: MIT
// render --view graph: the window's scene laid out and exported.
#include <QString>

#include "arguments.h"
#include "graph/graphview.h"
#include "layout/layoutregistry.h"
#include "model/dataset.h"
#include "model/inputerror.h"
#include "render/graphscene.h"
#include "render/sceneexporter.h"
#include "renderjob.h"
#include "usageerror.h"

namespace tiescope::cli {

std::string renderGraph(RenderJob &job)
{
    std::string layoutName = job.arguments.value("--layout").value_or("");
    if (layoutName.empty() && job.snapshot && job.snapshot->view)
        layoutName = job.snapshot->view->layout;
    if (layoutName.empty())
        layoutName = LayoutRegistry::defaultName(); // the window's default too
    const auto strategy = LayoutRegistry::create(layoutName);
    if (!strategy)
        throw UsageError("render: unknown layout '" + layoutName + "' (see 'tiescope-cli render --help')");

    GraphScene scene;
    scene.setGraph(&job.view.graph());
    scene.setFadeIsolated(job.spec.isolated == IsolatedEntities::Fade);
    scene.setView(job.view);
    std::vector<Point> positions = scene.positions();
    std::vector<std::uint8_t> pinned(positions.size(), 0);
    if (job.snapshot) {
        // Entities the snapshot placed stay where it put them; the layout places the rest.
        for (const auto &[key, point] : job.snapshot->positions) {
            if (const auto id = job.data.findEntity(key)) {
                positions[id->index()] = point;
                pinned[id->index()] = 1;
            }
        }
    }
    LayoutRequest request;
    request.view = &job.view;
    request.initial = positions;
    request.pinned = pinned;
    request.seed = 1;
    request.fresh = true; // the scene's grid is only a placeholder
    scene.setPositions(strategy->run(request));

    QString error;
    if (job.png && !SceneExporter::writePng(scene, job.options, QString::fromStdString(*job.png), &error))
        throw InputError(*job.png, error.toStdString());
    if (job.svg && !SceneExporter::writeSvg(scene, job.options, QString::fromStdString(*job.svg), &error))
        throw InputError(*job.svg, error.toStdString());
    return "layout " + layoutName;
}

} // namespace tiescope::cli
