// SPDX-License-Identifier: MIT
#include "rendercommand.h"

#include <algorithm>
#include <array>
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
#include "render/sceneexporter.h"
#include "renderjob.h"
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

// The views render can draw: one entry each.
struct View
{
    const char *name;
    std::string (*render)(RenderJob &job);
};
const std::array<View, 2> Views{{{"graph", renderGraph}, {"timeline", renderTimeline}}};

} // namespace

std::string RenderCommand::summary() const
{
    return "draw the filtered graph, timeline or map to a PNG or SVG, as the window draws it";
}

std::string RenderCommand::synopsis() const
{
    return "--png FILE | --svg FILE [--view graph|timeline|map] [--width W --height H] [--layout NAME]\n"
           "       [--lanes entity|tie|domain] [--sort start|entity|domain] [--snapshot FILE] [--no-legend]\n"
           "       [--exposure-to ENTITY] [--arcs auto|tie|pair]\n"
           "       [--domain D]... [--kind K]... [--status S]... [--from DATE] [--to DATE]\n"
           "       [--min-grade GRADE] [--text T] [--isolated MODE] [--db PATH]";
}

std::string RenderCommand::details() const
{
    std::string names;
    for (const std::string &name : LayoutRegistry::names())
        names += (names.empty() ? "" : ", ") + name;
    return "Layouts: " + names + ". With --snapshot, its filter, positions and layout are used; filter\n"
           "options given as well replace the snapshot's filter. --view timeline draws the timeline\n"
           "(lanes, sort) over all the dated ties shown, undated ones in their own lane; --view map the\n"
           "world map (docs/map.md). Runs without a display (offscreen).\n";
}

std::vector<OptionSpec> RenderCommand::options() const
{
    std::vector<OptionSpec> options{
        {"--png", "FILE", "the image to write (replaced only on success)"},
        {"--svg", "FILE", "an SVG drawing to write (replaced only on success; graph and timeline)"},
        {"--view", "NAME", "graph (default), timeline or map: which of the window's views to draw"},
        {"--lanes", "MODE", "timeline lanes: entity (default), tie or domain"},
        {"--sort", "ORDER", "timeline lane order: start (default), entity or domain"},
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
    auto png = arguments.value("--png");
    auto svg = arguments.value("--svg");
    for (auto *file : {&png, &svg}) {
        if (*file && (*file)->empty())
            file->reset();
    }
    if (!png && !svg)
        throw UsageError("render: --png FILE or --svg FILE is required (see 'tiescope-cli render --help')");
    const std::string viewName = arguments.value("--view").value_or("graph");
    const auto draw = std::find_if(Views.begin(), Views.end(), [&](const View &view) { return viewName == view.name; });
    if (draw == Views.end() && viewName != "map") // the map loads and draws its own way (MapRender)
        throw UsageError("render: unknown view '" + TerminalText::clean(viewName) + "' (graph, timeline or map)");
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
    if (viewName == "map") {
        if (!png || svg)
            throw UsageError("render: --view map writes --png FILE (its SVG is exported from the window)");
        const auto application = makeApplication();
        return MapRender::run(arguments, context, options, spec, *png);
    }
    if (arguments.has("--exposure-to") || arguments.has("--arcs") || arguments.has("--region"))
        throw UsageError("render: --exposure-to, --arcs and --region are for --view map");

    const std::string path = DatabaseLocator::resolve(context.databasePath, context.executablePath);
    const Dataset data = DatasetLoader::load(path);
    FilterOptions::checkKeys(spec, data);
    const TieGraph graph(data);
    const GraphView view = FilterEngine::apply(graph, spec);

    const auto application = makeApplication();
    options.caption = FilterCaption::text(data, spec, view.visibleEntityCount(), view.visibleTieCount());
    options.title = QString::fromStdString(data.info().title);
    RenderJob job{arguments, data, spec, view, snapshot, options, png, svg};
    const std::string detail = draw->render(job);
    for (const auto &file : {png, svg}) {
        if (!file)
            continue;
        context.out << "wrote " << TerminalText::clean(*file) << " (" << options.size.width() << "x"
                    << options.size.height() << ", " << view.visibleEntityCount() << " entities, "
                    << view.visibleTieCount() << " ties, " << detail << ")\n";
    }
    return ExitOk;
}

} // namespace tiescope::cli
