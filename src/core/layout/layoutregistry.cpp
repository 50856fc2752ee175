// SPDX-License-Identifier: MIT
#include "layout/layoutregistry.h"

#include <algorithm>

#include "layout/circularlayout.h"
#include "layout/domainlayout.h"
#include "layout/forceatlas2layout.h"
#include "layout/timelayout.h"

namespace tiescope {

std::vector<std::string> LayoutRegistry::names()
{
    return {"force", "circular", "domain", "time"};
}

std::string LayoutRegistry::defaultName()
{
    const std::vector<std::string> offered = names();
    for (const char *preferred : {"force", "domain"}) {
        if (std::find(offered.begin(), offered.end(), preferred) != offered.end())
            return preferred;
    }
    return offered.empty() ? std::string() : offered.front();
}

std::unique_ptr<LayoutStrategy> LayoutRegistry::create(std::string_view name)
{
    if (name == "force")
        return std::make_unique<ForceAtlas2Layout>();
    if (name == "circular")
        return std::make_unique<CircularLayout>();
    if (name == "domain")
        return std::make_unique<DomainLayout>();
    if (name == "time")
        return std::make_unique<TimeLayout>();
    return nullptr;
}

} // namespace tiescope
