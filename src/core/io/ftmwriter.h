// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <ostream>

namespace tiescope {

class GraphView;

// What a GraphView shows, as FollowTheMoney entities in JSON lines (one
// {"id", "schema", "properties"} object per line) for Aleph and the FtM tools. Entities by kind:
// states, territories, institutions, agencies and armed forces as PublicBody; organisations,
// groups and parties as Organization; companies as Company; people as Person; events as Event;
// weapon systems and infrastructure as Asset; programmes as Project and agreements as Contract.
// Ideas have no FtM schema and are left out, with their ties. Ties as interval entities:
// `owns` as Ownership (when the owned side is a Company or an Asset), `member-of` and
// `part-of` as Membership (when the whole is an organisation), every other relation as
// UnknownLink with the relation as its role; exact dates as startDate / endDate, other EDTF
// forms kept in the description; the cited sources' URLs, publishers and retrieval dates as
// sourceUrl, publisher and retrievedAt. docs/interchange.md has the table.
class FtmWriter final
{
public:
    struct Counts
    {
        std::size_t entities = 0;
        std::size_t links = 0;
        std::size_t leftOutEntities = 0; // no FtM schema for their kind
        std::size_t leftOutTies = 0;     // with a left-out end
    };

    // Throws std::runtime_error when the stream fails.
    static Counts write(const GraphView &view, std::ostream &out);
};

} // namespace tiescope
