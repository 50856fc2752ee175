// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QObject>
#include <QString>

#include "analytics/datecomparison.h"

namespace tiescope {

class CompareDock;
class FilterController;
class GraphDocument;
class SnapshotController;
class ViewState;

// What changed between two dates, in the window: compares the ties the filter shows (its own
// date window set aside) in windows A and B (analytics/datecomparison.h), lists them in the
// Compare dock, and marks them on the canvas through ViewState: ties that began are
// highlighted, those that ended struck through, with the canvas's window widened to span A and
// B so both are drawn. It re-runs after a filter change or an edit, and forgets on a new store.
class CompareController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareController)

public:
    // Snapshots keep the compared dates and bring them back.
    CompareController(GraphDocument &document, ViewState &viewState, FilterController &filter, CompareDock &dock,
                      SnapshotController &snapshots, QObject *parent = nullptr);

    // False (with the problem shown in the dock) when a text is not a date or window. With
    // `widen`, and marks on, the canvas's window is set to span both.
    bool compare(const QString &a, const QString &b, bool widen = true);
    void clear();

    [[nodiscard]] bool isActive() const { return m_result.has_value(); }
    [[nodiscard]] const std::optional<DateComparison::Result> &result() const { return m_result; }
    [[nodiscard]] const QString &aText() const { return m_aText; }
    [[nodiscard]] const QString &bText() const { return m_bText; }

private:
    void run();
    void mark();
    void unmark();
    void widenWindow();

    GraphDocument &m_document;
    ViewState &m_viewState;
    FilterController &m_filter;
    CompareDock &m_dock;
    std::optional<DateComparison::Result> m_result;
    QString m_aText;
    QString m_bText;
    bool m_running = false;
};

} // namespace tiescope
