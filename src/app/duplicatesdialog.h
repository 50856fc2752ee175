// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QDialog>

#include "analytics/duplicatefinder.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace tiescope {

class Dataset;

// Edit → Find Duplicates…: the candidate pairs DuplicateFinder ranks, best first, with what
// they share; Merge… hands the chosen pair on (MergeController opens the merge dialog).
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesDialog)

public:
    explicit DuplicatesDialog(QWidget *parent = nullptr);

    // Finds the pairs again (after each edit the ids may have moved).
    void setDataset(const Dataset &dataset);
    [[nodiscard]] const std::vector<DuplicateFinder::Candidate> &candidates() const { return m_candidates; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *mergeButton() const { return m_merge; }

signals:
    void mergeRequested(tiescope::EntityId first, tiescope::EntityId second);

private:
    void requestMerge();

    std::vector<DuplicateFinder::Candidate> m_candidates;
    QTableWidget *m_table;
    QPushButton *m_merge;
    QLabel *m_summary;
};

} // namespace tiescope
