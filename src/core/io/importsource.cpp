// SPDX-License-Identifier: MIT
#include "io/importsource.h"

#include <fstream>
#include <system_error>

namespace tiescope {

namespace fs = std::filesystem;

ImportSource::ImportSource(fs::path path) : m_path(std::move(path))
{
    std::error_code error;
    const fs::file_status status = fs::status(m_path, error);
    m_exists = fs::exists(status);
    m_directory = fs::is_directory(status);
    m_file = fs::is_regular_file(status);
    if (!m_file)
        return;
    std::ifstream in(m_path, std::ios::binary);
    m_head.resize(HeadSize);
    in.read(m_head.data(), static_cast<std::streamsize>(HeadSize));
    m_head.resize(static_cast<std::size_t>(in.gcount()));
}

} // namespace tiescope
