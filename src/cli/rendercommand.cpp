// SPDX-License-Identifier: MIT
#include "rendercommand.h"

#include <cstdlib>
#include <fstream>
#include <memory>
#include <ostream>

#include <QApplication>

#include "databaselocator.h"
#include "datasetloader.h"
#include "exitcode.h"
#include "filter/filterengine.h"
#include "filteroptions.h"
#include "graph/tiegraph.h"
#include "io/snapshotreader.h"
#include "layout/layoutregistry.h"
#include "maprender.h"
#include "model/inputerror.h"
#include "render/filtercaption.h"
#include "render/graphscene.h"
#include "render/sceneexporter.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

namespace {

int pixels(const Arguments &arguments, const std::string &option, int fallback)
{
    const auto text = arguments.value(option);
    if (!text)
        return fallback;
    try {
        std::size_t used = 0;
        const int value = std::stoi(*text, &used);
        if (used == text->size() && value >= 16 && value <= SceneExporter::MaxSide)
            return value;
    } catch (const std::exception &) {
    }
    throw UsageError("render: " + option + " must be a whole number of pixels from 16 to " +
                     std::to_string(SceneExporter::MaxSide));
}

// A QApplication for the scene; offscreen when there is no display to talk to.
std::unique_ptr<QApplication> makeApplication()
{
    if (QCoreApplication::instance())
        return nullptr;
    if (std::getenv("QT_QPA_PLATFORM") == nullptr && std::getenv("DISPLAY") == nullptr &&
        std::getenv("WAYLAND_DISPLAY") == nullptr)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "tiescope-cli";
    static char *argv[] = {name, nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

std::string RenderCommand::summary() const
{
    return "draw the filtered graph (or its map) to a PNG, as the window draws it";
}

std::string RenderCommand::synopsis() const
{
    return "--png FILE [--view graph|map] [--width W --height H] [--layout NAME] [--snapshot FILE]\n"
           "       [--no-legend] [--exposure-to ENTITY] [--arcs auto|tie|pair]\n"
           "       [--domain D]... [--kind K]... [--status S]... [--from DATE] [--to DATE]\n"
           "       [--min-grade GRADE] [--text T] [--isolated MODE] [--db PATH]";
}

std::string RenderCommand::details() const
{
    std::string names;
    for (const std::string &name : LayoutRegistry::names())
        names += (names.empty() ? "" : ", ") + name;
    return "Layouts: " + names + ". With --snapshot, its filter, positions and layout are used; filter\n"
           "options given as well replace the snapshot's filter. Runs without a display (offscreen).\n";
}

std::vector<OptionSpec> RenderCommand::options() const
{
    std::vector<OptionSpec> options{
        {"--png", "FILE", "the image to write (replaced only on success)"},
        {"--view", "VIEW", "graph (default) or map: which of the window's views to draw"},
        {"--width", "W", "image width in pixels (default 1600)"},
        {"--height", "H", "image height in pixels (default 1000)"},
        {"--layout", "NAME", "how to place entities (default: force, else the first layout)"},
        {"--snapshot", "FILE", "a JSON snapshot whose filter and positions to draw"},
        {"--no-legend", "", "leave the legend out"},
    };
    for (OptionSpec &option : MapRender::options())
        options.push_back(std::move(option));
    for (OptionSpec &option : FilterOptions::options())
        options.push_back(std::move(option));
    return options;
}

int RenderCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const auto target = arguments.value("--png");
    if (!target || target->empty())
        throw UsageError("render: --png FILE is required (see 'tiescope-cli render --help')");
    ExportOptions options;
    options.size = QSize(pixels(arguments, "--width", 1600), pixels(arguments, "--height", 1000));
    options.legend = !arguments.has("--no-legend");

    FilterSpec spec = FilterOptions::parse(arguments);
    std::optional<Snapshot> snapshot;
    if (const auto file = arguments.value("--snapshot")) {
        std::ifstream in(*file, std::ios::binary);
        if (!in)
            throw InputError(*file, "cannot be read");
        snapshot = SnapshotReader::read(in, *file);
        if (!FilterOptions::given(arguments))
            spec = snapshot->filter;
    }
    const std::string viewName = arguments.value("--view").value_or("graph");
    if (viewName == "map") {
        const auto application = makeApplication();
        return MapRender::run(arguments, context, options, spec, *target);
    }
    if (viewName != "graph")
        throw UsageError("render: --view must be graph or map");
    if (arguments.has("--exposure-to") || arguments.has("--arcs"))
        throw UsageError("render: --exposure-to and --arcs are for --view map");
    std::string layoutName = arguments.value("--layout").value_or("");
    if (layoutName.empty() && snapshot && snapshot->view)
        layoutName = snapshot->view->layout;
    if (layoutName.empty())
        layoutName = LayoutRegistry::defaultName(); // the window's default too
    const auto strategy = LayoutRegistry::create(layoutName);
    if (!strategy)
        throw UsageError("render: unknown layout '" + layoutName + "' (see 'tiescope-cli render --help')");

    const std::string path = DatabaseLocator::resolve(context.databasePath, context.executablePath);
    const Dataset data = DatasetLoader::load(path);
    FilterOptions::checkKeys(spec, data);
    const TieGraph graph(data);
    const GraphView view = FilterEngine::apply(graph, spec);

    const auto application = makeApplication();
    GraphScene scene;
    scene.setGraph(&graph);
    scene.setFadeIsolated(spec.isolated == IsolatedEntities::Fade);
    scene.setView(view);
    std::vector<Point> positions = scene.positions();
    std::vector<std::uint8_t> pinned(positions.size(), 0);
    if (snapshot) {
        // Entities the snapshot placed stay where it put them; the layout places the rest.
        for (const auto &[key, point] : snapshot->positions) {
            if (const auto id = data.findEntity(key)) {
                positions[id->index()] = point;
                pinned[id->index()] = 1;
            }
        }
    }
    LayoutRequest request;
    request.view = &view;
    request.initial = positions;
    request.pinned = pinned;
    request.seed = 1;
    request.fresh = true; // the scene's grid is only a placeholder
    scene.setPositions(strategy->run(request));

    options.caption = FilterCaption::text(data, spec, view.visibleEntityCount(), view.visibleTieCount());
    options.title = QString::fromStdString(data.info().title);
    QString error;
    if (!SceneExporter::writePng(scene, options, QString::fromStdString(*target), &error))
        throw InputError(*target, error.toStdString());
    context.out << "wrote " << TerminalText::clean(*target) << " (" << options.size.width() << "x"
                << options.size.height() << ", " << view.visibleEntityCount() << " entities, " << view.visibleTieCount()
                << " ties, layout " << layoutName << ")\n";
    return ExitOk;
}

} // namespace tiescope::cli
