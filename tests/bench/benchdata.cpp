// SPDX-License-Identifier: MIT
#include "benchdata.h"

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include <sys/resource.h>

#include "filter/filterengine.h"
#include "io/syntheticgenerator.h"
#include "store/store.h"

namespace tiescope::bench {

namespace {

std::size_t g_loadedSize = 0;
std::unique_ptr<BenchData::Loaded> g_loaded;

} // namespace

std::vector<std::size_t> BenchData::sizes()
{
    const char *env = std::getenv("TIESCOPE_BENCH_SIZES");
    std::istringstream in(env && *env ? env : "1000,10000");
    std::vector<std::size_t> result;
    std::string item;
    while (std::getline(in, item, ',')) {
        if (!item.empty())
            result.push_back(std::stoull(item));
    }
    return result;
}

std::string BenchData::directory()
{
    const char *env = std::getenv("TIESCOPE_BENCH_DATA");
    return env && *env ? std::string(env) : std::string("bench-data");
}

std::string BenchData::storePath(std::size_t ties)
{
    std::filesystem::create_directories(directory());
    const std::string path = directory() + "/ties-" + std::to_string(ties) + ".db";
    if (!std::filesystem::exists(path)) {
        const Dataset data = SyntheticGenerator::generate({std::max<std::size_t>(2, ties / 10), ties, 1});
        const std::string temporary = path + ".part";
        std::filesystem::remove(temporary);
        {
            Store store = Store::open(temporary, Store::Mode::Create);
            store.write(data);
        }
        std::filesystem::rename(temporary, path);
    }
    return path;
}

const BenchData::Loaded &BenchData::loaded(std::size_t ties)
{
    if (!g_loaded || g_loadedSize != ties) {
        g_loaded.reset();
        auto loaded = std::make_unique<Loaded>();
        loaded->data = Store::open(storePath(ties), Store::Mode::ReadOnly).load();
        loaded->graph = std::make_unique<TieGraph>(loaded->data);
        loaded->all = std::make_unique<GraphView>(*loaded->graph);
        g_loaded = std::move(loaded);
        g_loadedSize = ties;
    }
    return *g_loaded;
}

void BenchData::release()
{
    g_loaded.reset();
    g_loadedSize = 0;
}

GraphView BenchData::filtered(const TieGraph &graph)
{
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy", "arms", "diplomacy", "economy", "finance"};
    spec.from = PartialDate::fromParts(1990);
    spec.to = PartialDate::fromParts(2010);
    return FilterEngine::apply(graph, spec);
}

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

} // namespace tiescope::bench
