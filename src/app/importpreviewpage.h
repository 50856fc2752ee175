// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QStringList>
#include <QWizardPage>

#include "app/taskrunner.h"
#include "interchange/importplan.h"
#include "interchange/importspec.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace tiescope {

class ImportPlanModel;
class ImportWizard;

// The import wizard's last page: the dry run (ImportFiles::read, then ImportPlanner::plan on
// the document's data) off the UI thread through a TaskRunner, then its summary, its rows
// (filtered by outcome) and its bad rows. With bad rows Finish waits for "Write the valid rows
// anyway"; with nothing to change the page says so and Finish writes nothing.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewPage)

public:
    // What a dry run used (the spec, its mapping completed) and found.
    struct DryRun
    {
        ImportSpec spec;
        ImportPlan plan;
    };

    explicit ImportPreviewPage(ImportWizard &wizard);
    ~ImportPreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    // The finished dry run, or nullptr while it runs or when it failed.
    [[nodiscard]] const DryRun *dryRun() const { return m_result ? &*m_result : nullptr; }
    [[nodiscard]] bool isRunning() const { return m_runner.isRunning(); }
    // What the store refused at Finish, shown as plain text.
    void showProblems(const QStringList &problems);

    [[nodiscard]] QLabel *summary() const { return m_summary; }
    [[nodiscard]] QLabel *problems() const { return m_problems; }
    [[nodiscard]] ImportPlanModel &model() const { return *m_model; }
    [[nodiscard]] QTableView *rowsView() const { return m_rows; }
    [[nodiscard]] QComboBox *outcomeFilter() const { return m_filter; }
    [[nodiscard]] QTableWidget *badRows() const { return m_bad; }
    [[nodiscard]] QCheckBox *applyValid() const { return m_applyValid; }
    [[nodiscard]] QPushButton *saveSpecButton() const { return m_saveSpec; }

private:
    void run();
    void show(DryRun result);
    void failed(const QString &why);

    ImportWizard &m_wizard;
    TaskRunner m_runner;
    std::optional<DryRun> m_result;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QComboBox *m_filter;
    ImportPlanModel *m_model;
    QTableView *m_rows;
    QLabel *m_badTitle;
    QTableWidget *m_bad;
    QCheckBox *m_applyValid;
    QPushButton *m_saveSpec;
    QLabel *m_problems;
};

} // namespace tiescope
