// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>

#include "model/partialdate.h"
#include "model/strongid.h"

namespace tiescope {

class Dataset;
struct Tie;

// Plain-text wording of ties for tooltips, the details panel and captions, in one place so
// the same tie reads the same everywhere.
class TieText final
{
public:
    // "Russia → Serbia · owns · Energy · 2008 – now · confirmed · grade B2"
    [[nodiscard]] static QString summary(const Dataset &data, TieId tie);
    // "Russia → Serbia" (or "Russia — Serbia" for undirected relations)
    [[nodiscard]] static QString ends(const Dataset &data, const Tie &tie);
    // "2008 – now" (open end), "2008 – ?" (unknown end), "1807", "2014~ – now", "undated"
    [[nodiscard]] static QString dates(const Tie &tie);
    [[nodiscard]] static QString date(const std::optional<PartialDate> &date, const QString &open);
};

} // namespace tiescope
