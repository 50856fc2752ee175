// SPDX-License-Identifier: MIT
#include "generatecommand.h"

#include <charconv>
#include <chrono>
#include <ostream>

#include "exitcode.h"
#include "io/syntheticgenerator.h"
#include "store/store.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

namespace {

// Sizes beyond this would need tens of gigabytes; refuse them before allocating anything.
constexpr std::uint64_t MaxRows = 100'000'000;

std::uint64_t number(const Arguments &arguments, const std::string &option, std::uint64_t fallback,
                     std::uint64_t minimum, std::uint64_t maximum)
{
    const auto text = arguments.value(option);
    if (!text)
        return fallback;
    std::uint64_t value = 0;
    const char *end = text->data() + text->size();
    const auto [ptr, error] = std::from_chars(text->data(), end, value);
    if (text->empty() || error != std::errc() || ptr != end)
        throw UsageError("generate: " + option + " needs a whole number, not \"" + TerminalText::clean(*text) + "\"");
    if (value < minimum || value > maximum)
        throw UsageError("generate: " + option + " must be between " + std::to_string(minimum) + " and " +
                         std::to_string(maximum));
    return value;
}

} // namespace

std::string GenerateCommand::summary() const
{
    return "write a synthetic database of any size (for benchmarks)";
}

std::string GenerateCommand::synopsis() const
{
    return "--ties M [--entities N] [--seed S] --out FILE";
}

std::string GenerateCommand::details() const
{
    return "The data has the shape of the real data: heavy-tailed degrees, states as hubs of their\n"
           "countries, clusters, every domain, parallel ties, dates over seven decades with open ends,\n"
           "citations and sources. Without --entities there is one entity per ten ties.\n";
}

std::vector<OptionSpec> GenerateCommand::options() const
{
    return {
        {"--ties", "M", "how many ties"},
        {"--entities", "N", "how many entities (at least 2; default M / 10)"},
        {"--seed", "S", "the random seed (default 1); the same seed gives the same data"},
        {"--out", "FILE", "the database to write; replaced only when writing succeeds"},
    };
}

int GenerateCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const auto out = arguments.value("--out");
    if (!out || out->empty())
        throw UsageError("generate: --out FILE is required (see 'tiescope-cli generate --help')");
    if (!arguments.has("--ties"))
        throw UsageError("generate: --ties M is required (see 'tiescope-cli generate --help')");
    SyntheticGenerator::Options options;
    options.ties = number(arguments, "--ties", 0, 0, MaxRows);
    options.entities = number(arguments, "--entities", std::max<std::uint64_t>(2, options.ties / 10), 2, MaxRows);
    options.seed = number(arguments, "--seed", 1, 0, UINT64_MAX);

    const auto started = std::chrono::steady_clock::now();
    const Dataset data = SyntheticGenerator::generate(options);
    const auto generated = std::chrono::steady_clock::now();
    Store::create(*out, data);
    const auto written = std::chrono::steady_clock::now();
    const auto seconds = [](auto from, auto to) { return std::chrono::duration<double>(to - from).count(); };
    context.out << "wrote " << TerminalText::clean(*out) << " (" << data.entities().size() << " entities, "
                << data.ties().size() << " ties, " << data.sources().size() << " sources; generated in "
                << seconds(started, generated) << " s, written in " << seconds(generated, written) << " s)\n";
    return ExitOk;
}

} // namespace tiescope::cli
