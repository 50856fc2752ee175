// SPDX-License-Identifier: MIT
#pragma once

class QComboBox;

namespace tiescope {

class Dataset;

// Fills the forms' choice boxes from the open data, in id order (so a record's id index is
// its row), each item's data the key the record takes.
class FormChoices final
{
public:
    static void addKinds(QComboBox &box, const Dataset &data);
    static void addDomains(QComboBox &box, const Dataset &data);
    static void addRelations(QComboBox &box, const Dataset &data);
    static void addStatuses(QComboBox &box); // in TieStatus order
};

} // namespace tiescope
