// SPDX-License-Identifier: MIT
#include "render/tiestyle.h"

#include <algorithm>

#include "model/domain.h"

namespace tiescope {

QColor TieStyle::domainColour(const Domain &domain)
{
    const QColor colour(QString::fromStdString(domain.colour));
    return colour.isValid() ? colour : QColor(0x77, 0x77, 0x77);
}

QList<qreal> TieStyle::dashPattern(TieStatus status)
{
    switch (status) {
    case TieStatus::Confirmed:
        return {};
    case TieStatus::Alleged:
        return {5.0, 3.0};
    case TieStatus::Planned:
        return {1.0, 2.2};
    case TieStatus::Ended:
        return {7.0, 2.5, 1.0, 2.5};
    }
    return {};
}

double TieStyle::opacity(const Grade &bestGrade)
{
    return 0.3 + 0.7 * std::clamp(bestGrade.weight(), 0.0, 1.0);
}

double TieStyle::width(double strength)
{
    return 1.2 + 2.0 * std::clamp(strength, 0.0, 1.0);
}

QString TieStyle::statusLabel(TieStatus status)
{
    switch (status) {
    case TieStatus::Confirmed:
        return QStringLiteral("Confirmed");
    case TieStatus::Alleged:
        return QStringLiteral("Alleged");
    case TieStatus::Planned:
        return QStringLiteral("Planned");
    case TieStatus::Ended:
        return QStringLiteral("Ended");
    }
    return {};
}

} // namespace tiescope
