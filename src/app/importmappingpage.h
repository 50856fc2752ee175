// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTabWidget;

namespace tiescope {

class ImportColumnMap;
class ImportWizard;
struct ImportSpec;

// The import wizard's second page: for CSV the column mapping of the ties file and of the
// entities file (ImportColumnMap); for every format the defaults of rows that name none — the
// source and grade of their citation (a tie is never stored uncited), the kind, domain and
// relation. Next stays disabled, saying why, while the import could not cite or place its rows.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingPage)

public:
    explicit ImportMappingPage(ImportWizard &wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    // Why Next is disabled; empty when it is not.
    [[nodiscard]] QString problem() const;

    void writeTo(ImportSpec &spec) const;
    // A loaded spec: its defaults now, its mapping when the files are next read.
    void showSpec(const ImportSpec &spec);

    [[nodiscard]] ImportColumnMap &tieColumns() const { return *m_ties; }
    [[nodiscard]] ImportColumnMap &entityColumns() const { return *m_entities; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QComboBox *defaultSource() const { return m_source; }
    [[nodiscard]] QComboBox *defaultReliability() const { return m_reliability; }
    [[nodiscard]] QComboBox *defaultCredibility() const { return m_credibility; }
    [[nodiscard]] QComboBox *defaultKind() const { return m_kind; }
    [[nodiscard]] QComboBox *defaultDomain() const { return m_domain; }
    [[nodiscard]] QComboBox *defaultRelation() const { return m_relation; }

private:
    void fillChoices(const ImportSpec &spec);
    void update();
    [[nodiscard]] bool isCsv() const;
    [[nodiscard]] std::string defaultGrade() const;

    ImportWizard &m_wizard;
    QLabel *m_note;
    QTabWidget *m_tabs;
    ImportColumnMap *m_ties;
    ImportColumnMap *m_entities;
    QComboBox *m_source;
    QComboBox *m_reliability;
    QComboBox *m_credibility;
    QComboBox *m_kind;
    QComboBox *m_domain;
    QComboBox *m_relation;
    QLabel *m_problem;
    // A loaded spec's mapping, applied when its files are read.
    std::map<std::string, std::string> m_givenTies, m_givenEntities;
    bool m_resetMapping = false;
    bool m_hasCitationsFile = false;
};

} // namespace tiescope
