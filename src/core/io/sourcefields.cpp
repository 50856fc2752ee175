// SPDX-License-Identifier: MIT
#include "io/sourcefields.h"

#include "io/jsonrecord.h"

namespace tiescope {

Source SourceFields::read(JsonRecord &record)
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

} // namespace tiescope
