// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;
class QTreeView;

namespace tiescope {

class AnalysisController;
class AnalysisResultModel;
class Dataset;
class ViewState;

// The dependency analysis panel: A and B (typed with completion over entity names), the
// analysis, the domain, run and cancel; the results as a tree (selecting one highlights it on
// the canvas); and the what-if, acting on the selection (every selected entity and tie). The controller does the work.
class AnalysisDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisDock)

public:
    AnalysisDock(AnalysisController &controller, ViewState &state, QWidget *parent = nullptr);

    // Fills the pickers from the open data (nullptr: none); A and B default to Serbia and Russia.
    void setDataset(const Dataset *dataset);
    // The dataset was edited in place: the entity lists again, showing the request's pair.
    void datasetEdited();

    [[nodiscard]] QComboBox *entityA() const { return m_a; }
    [[nodiscard]] QComboBox *entityB() const { return m_b; }
    [[nodiscard]] QComboBox *kind() const { return m_kind; }
    [[nodiscard]] QComboBox *domain() const { return m_domain; }
    [[nodiscard]] QPushButton *runButton() const { return m_run; }
    [[nodiscard]] QToolButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QTreeView *results() const { return m_results; }
    [[nodiscard]] AnalysisResultModel *model() const { return m_model; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QPushButton *sanctionButton() const { return m_sanction; }
    [[nodiscard]] QPushButton *clearWhatIfButton() const { return m_clearWhatIf; }
    [[nodiscard]] QToolButton *clearHighlightButton() const { return m_clearHighlight; }
    [[nodiscard]] QCheckBox *communityColours() const { return m_communities; }
    [[nodiscard]] QString summary() const;

signals:
    // A result was selected (the canvas should show it) or double-clicked (zoom to it).
    void resultShown(bool zoom);

private:
    void submit();
    void showRequest();
    void showOutcome();
    void updateEnabled();
    void actOnSelection(bool remove);

    AnalysisController &m_controller;
    ViewState &m_state;
    const Dataset *m_dataset = nullptr;
    QComboBox *m_a;
    QComboBox *m_b;
    QToolButton *m_swap;
    QComboBox *m_kind;
    QComboBox *m_domain;
    QSpinBox *m_hops;
    QPushButton *m_run;
    QToolButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeView *m_results;
    AnalysisResultModel *m_model;
    QToolButton *m_clearHighlight;
    QCheckBox *m_communities;
    QPushButton *m_remove;
    QPushButton *m_sanction;
    QPushButton *m_clearWhatIf;
    QLabel *m_whatIf;
    bool m_filling = false;
};

} // namespace tiescope
