// SPDX-License-Identifier: MIT
// EDTF and partial dates: the input is the text of a date as a dataset, a snapshot or an
// import gives it. Whatever parses must give a sane interval and print back to itself.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "model/edtfdate.h"
#include "model/partialdate.h"

using namespace tiescope;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // a finding: libFuzzer keeps the input
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (const auto date = PartialDate::parse(text)) {
        check(date->firstDay() <= date->lastDay());
        check(PartialDate::parse(date->toString()) == date);
        check(yearOfDay(date->firstDay()) == date->year());
    }
    if (const auto date = EdtfDate::parse(text)) {
        check(date->earliestDay() <= date->latestDay());
        check(EdtfDate::parse(date->toString()) == date);
        (void)date->earliestYear();
        (void)date->latestYear();
        (void)date->isCertain();
        (void)date->exact();
    }
    return 0;
}
