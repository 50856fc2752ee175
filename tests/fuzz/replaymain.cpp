// SPDX-License-Identifier: MIT
// Without libFuzzer (every GCC build), a fuzz target is this program: it feeds each file of the
// folders (or files) it is given to LLVMFuzzerTestOneInput once, so the seed corpus and every
// past finding run as an ordinary test. A crash or an escaping exception fails it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputsOf(const std::filesystem::path &path)
{
    if (!std::filesystem::is_directory(path))
        return std::filesystem::is_regular_file(path) ? std::vector{path} : std::vector<std::filesystem::path>{};
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(path)) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end()); // the same order on every machine
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        for (const std::filesystem::path &file : inputsOf(argv[i])) {
            std::ifstream in(file, std::ios::binary);
            const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            if (!in && !in.eof()) {
                std::cerr << file.string() << ": cannot be read\n";
                return 1;
            }
            std::cout << "replay " << file.string() << " (" << bytes.size() << " bytes)" << std::endl;
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
            ++replayed;
        }
    }
    std::cout << replayed << " inputs replayed\n";
    // An empty corpus would make the test pass while testing nothing.
    return replayed == 0 ? 1 : 0;
}
