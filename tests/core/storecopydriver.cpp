// SPDX-License-Identifier: MIT
// The one store write path no tiescope-cli command has, Store::saveCopy (the window's "Save a
// Copy As…"), as a program the kill and write-failure tests can start:
// storecopydriver SOURCE TARGET. Exit 1 with "FILE: problem" when the copy fails.
#include <iostream>

#include "model/inputerror.h"
#include "store/store.h"

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::cerr << "usage: storecopydriver SOURCE TARGET\n";
        return 2;
    }
    try {
        tiescope::Store::open(argv[1], tiescope::Store::Mode::ReadOnly).saveCopy(argv[2]);
    } catch (const tiescope::InputError &error) {
        std::cerr << "storecopydriver: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
