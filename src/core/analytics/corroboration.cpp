// SPDX-License-Identifier: MIT
#include "analytics/corroboration.h"

#include <set>

#include "analytics/namekey.h"
#include "model/dataset.h"

namespace tiescope {

std::string Corroboration::publisherOf(const Source &source)
{
    // Prefixes keep a publisher called like an author or a key apart from them.
    if (std::string publisher = NameKey::of(source.publisher); !publisher.empty())
        return "publisher:" + publisher;
    if (std::string author = NameKey::of(source.author); !author.empty())
        return "author:" + author;
    return "source:" + source.key;
}

std::size_t Corroboration::publisherCount(const Dataset &dataset, const Tie &tie)
{
    std::set<std::string> publishers;
    for (const Citation &citation : tie.citations)
        publishers.insert(publisherOf(dataset.source(citation.source)));
    return publishers.size();
}

bool Corroboration::isCorroborated(const Dataset &dataset, const Tie &tie)
{
    return publisherCount(dataset, tie) >= 2;
}

} // namespace tiescope
