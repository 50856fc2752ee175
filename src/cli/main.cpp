// SPDX-License-Identifier: MIT
#include <iostream>

#include "application.h"
#include "builtincommands.h"

int main(int argc, char **argv)
{
    tiescope::cli::Application application(tiescope::cli::builtinCommands(), std::cout, std::cerr);
    return application.run(argc, argv);
}
