// SPDX-License-Identifier: MIT
#pragma once

// Running the peers' programs from a benchmark: shell quoting, whether a tool is installed, and
// the wall-clock time of a command as the benchmark's manual time.
#include <chrono>
#include <cstdlib>
#include <string>

#include <benchmark/benchmark.h>

namespace tiescope::bench {

inline std::string shellQuoted(const std::string &text)
{
    std::string result = "'";
    for (const char c : text)
        result += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return result + "'";
}

inline bool haveTool(const char *tool)
{
    return std::system(("command -v " + std::string(tool) + " >/dev/null 2>&1").c_str()) == 0;
}

// Runs a shell command per iteration and times it by the wall clock.
inline void timeCommand(benchmark::State &state, const std::string &command)
{
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const int code = std::system(command.c_str());
        const auto end = std::chrono::steady_clock::now();
        if (code != 0) {
            state.SkipWithError(("command failed: " + command).c_str());
            break;
        }
        state.SetIterationTime(std::chrono::duration<double>(end - start).count());
    }
}

} // namespace tiescope::bench
