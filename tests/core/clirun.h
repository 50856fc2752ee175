// SPDX-License-Identifier: MIT
#pragma once

// Runs the built tiescope-cli as a user does (TIESCOPE_CLI), capturing its exit code, standard
// output and standard error, for the end-to-end CLI tests.
#include <cstdlib>
#include <string>
#include <vector>

#include <sys/wait.h>

#include "tempdir.h"
#include "testfiles.h"

namespace tiescope::fixtures {

struct CliRun
{
    int code = -1;
    std::string out;
    std::string err;
};

inline std::string shellQuote(const std::string &text)
{
    std::string quoted = "'";
    for (const char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// Runs tiescope-cli with the arguments, capturing its exit code, stdout and stderr.
inline CliRun cli(const std::vector<std::string> &args)
{
    TempDir io;
    std::string command = shellQuote(TIESCOPE_CLI);
    for (const std::string &arg : args)
        command += " " + shellQuote(arg);
    command += " >" + shellQuote(io.file("out")) + " 2>" + shellQuote(io.file("err")) + " </dev/null";
    const int status = std::system(command.c_str());
    CliRun run;
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readFile(io.file("out"));
    run.err = readFile(io.file("err"));
    return run;
}

} // namespace tiescope::fixtures
