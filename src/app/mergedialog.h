// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string>

#include <QDialog>

#include "edit/entitymerge.h"
#include "model/strongid.h"

class QLabel;
class QRadioButton;

namespace tiescope {

class Dataset;

// Merges two entities as the analyst decides: which one survives (its key stays; the other's
// key becomes an alias), and for the name, kind, country and description which of the two
// values it keeps. The dialog holds keys, not ids, so an edit while it is open cannot make it
// merge the wrong rows.
class MergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)

public:
    enum Field
    {
        Name,
        Kind,
        Country,
        Description,
        FieldCount
    };

    MergeDialog(const Dataset &dataset, EntityId first, EntityId second, QWidget *parent = nullptr);

    // Which entity survives: 0 the first, 1 the second.
    void setSurvivor(int which);
    // Whose value a field keeps: 0 the first's, 1 the second's.
    void setSource(Field field, int which);

    [[nodiscard]] const std::string &survivorKey() const;
    [[nodiscard]] const std::string &mergedKey() const;
    [[nodiscard]] EntityMerge::Choice choice() const;

    [[nodiscard]] QRadioButton *survivorButton(int which) const { return m_keep.at(static_cast<std::size_t>(which)); }
    [[nodiscard]] QRadioButton *fieldButton(Field field, int which) const;

private:
    void updateSummary();

    std::array<std::string, 2> m_keys;
    std::array<int, 2> m_tieCounts{};
    std::array<QRadioButton *, 2> m_keep{};
    std::array<std::array<QRadioButton *, 2>, FieldCount> m_fields{};
    QLabel *m_summary;
};

} // namespace tiescope
