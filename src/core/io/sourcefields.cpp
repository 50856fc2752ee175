// SPDX-License-Identifier: MIT
#include "io/sourcefields.h"

#include <nlohmann/json.hpp>

namespace tiescope {

template <typename Json>
Source SourceFields::read(BasicJsonRecord<Json> &record)
{
    record.allowOnly({"id", "title", "author", "publisher", "date", "kind", "url", "retrieved", "archive_url"});
    Source source;
    source.title = record.text("title");
    source.author = record.text("author");
    source.publisher = record.optionalText("publisher");
    source.date = record.optionalDate("date");
    source.kind = record.text("kind");
    source.url = record.optionalText("url");
    // Both optional in files (absent: unknown, none), so datasets written before them stay valid.
    source.retrieved = record.optionalDate("retrieved");
    source.archiveUrl = record.optionalText("archive_url");
    return source;
}

template Source SourceFields::read(JsonRecord &record);
template Source SourceFields::read(OrderedJsonRecord &record);

} // namespace tiescope
