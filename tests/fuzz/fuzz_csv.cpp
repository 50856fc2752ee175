// SPDX-License-Identifier: MIT
// CSV import: the first byte picks the options a user can set (encoding, delimiter, header,
// an entities or a ties file, the date format); the rest is the file, read by CsvTable
// through CsvRows (the mapping guessed from the header) and planned against a store.
#include <cstddef>
#include <cstdint>

#include "fuzzimport.h"

using namespace tiescope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t options = data[0];
    constexpr char Delimiters[] = {',', ';', '\t', '|'};
    constexpr ImportSpec::Encoding Encodings[] = {ImportSpec::Encoding::Utf8, ImportSpec::Encoding::Utf8Bom,
                                                  ImportSpec::Encoding::Windows1252, ImportSpec::Encoding::Utf8};
    constexpr ImportSpec::DateFormat DateFormats[] = {
        ImportSpec::DateFormat::Edtf, ImportSpec::DateFormat::DayMonthYear, ImportSpec::DateFormat::MonthDayYear,
        ImportSpec::DateFormat::Year};
    ImportSpec spec;
    spec.format = ImportSpec::Format::Csv;
    spec.delimiter = Delimiters[options & 3];
    spec.encoding = Encodings[(options >> 2) & 3];
    spec.dateFormat = DateFormats[(options >> 4) & 3];
    spec.header = (options & 0x40) == 0;
    fuzz::FuzzImport::run(spec, "input.csv", data + 1, size - 1, (options & 0x80) != 0);
    return 0;
}
