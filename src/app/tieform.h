// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "app/recordform.h"
#include "model/strongid.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace tiescope {

class CitationEditor;
class Dataset;
class EntityField;

// A new tie with its first citation (a tie never exists without one), or an existing tie's
// fields. Dates are typed with the precision the source gives (2008, 2025-09, 2025-09-20).
class TieForm final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TieForm)

public:
    TieForm(const Dataset &data, EditController &edits, std::optional<TieId> existing, QWidget *parent);

    [[nodiscard]] EntityField *fromField() const { return m_from; }
    [[nodiscard]] EntityField *toField() const { return m_to; }
    [[nodiscard]] QComboBox *domainField() const { return m_domain; }
    [[nodiscard]] QComboBox *relationField() const { return m_relation; }
    [[nodiscard]] QLineEdit *startField() const { return m_start; }
    [[nodiscard]] QLineEdit *endField() const { return m_end; }
    [[nodiscard]] QComboBox *statusField() const { return m_status; }
    [[nodiscard]] QLineEdit *strengthField() const { return m_strength; }
    [[nodiscard]] QPlainTextEdit *noteField() const { return m_note; }
    // The first citation; nullptr when editing an existing tie.
    [[nodiscard]] CitationEditor *citation() const { return m_citation; }

protected:
    [[nodiscard]] Record record() const override;
    [[nodiscard]] QStringList ownProblems() const override;
    [[nodiscard]] RecordTable table() const override { return RecordTable::Ties; }

private:
    void relationChosen();

    const Dataset &m_data;
    EntityField *m_from;
    EntityField *m_to;
    QComboBox *m_domain;
    QComboBox *m_relation;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QComboBox *m_status;
    QLineEdit *m_strength;
    QPlainTextEdit *m_note;
    CitationEditor *m_citation = nullptr;
};

} // namespace tiescope
