// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace tiescope {

// Bad input from outside (a database, a dataset, a snapshot): names the file and the
// problem in one line, "FILE: PROBLEM", ready to show to a person.
class InputError final : public std::runtime_error
{
public:
    InputError(std::string file, const std::string &problem)
        : std::runtime_error(file.empty() ? problem : file + ": " + problem), m_file(std::move(file)), m_problem(problem)
    {
    }

    [[nodiscard]] const std::string &file() const { return m_file; }
    [[nodiscard]] const std::string &problem() const { return m_problem; }

private:
    std::string m_file;
    std::string m_problem;
};

} // namespace tiescope
