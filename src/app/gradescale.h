// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QComboBox;

namespace tiescope {

// The Admiralty scales as the window names them: "B – usually reliable", "2 – probably true".
class GradeScale final
{
public:
    static constexpr int Steps = 6; // A..F, 1..6

    [[nodiscard]] static QString reliability(int step); // 0: A
    [[nodiscard]] static QString credibility(int step); // 0: 1
    // Adds the six steps of each scale, the letter or number as item data.
    static void addReliabilities(QComboBox &box);
    static void addCredibilities(QComboBox &box);
};

} // namespace tiescope
