// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <nlohmann/json.hpp>

class QComboBox;
class QLineEdit;

namespace tiescope {

class Dataset;
class EditController;
class SourcePicker;

// The fields of one citation, shared by the tie form (its first citation) and the citation
// form: the source (picked or created), the locator, an optional short quote, and the
// Admiralty grade.
class CitationEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitationEditor)

public:
    CitationEditor(const Dataset &data, EditController &edits, QWidget *parent);

    [[nodiscard]] SourcePicker *sourcePicker() const { return m_sources; }
    [[nodiscard]] QLineEdit *locatorField() const { return m_locator; }
    [[nodiscard]] QLineEdit *quoteField() const { return m_quote; }
    [[nodiscard]] QComboBox *reliabilityField() const { return m_reliability; }
    [[nodiscard]] QComboBox *credibilityField() const { return m_credibility; }
    [[nodiscard]] bool hasSource() const;

    // {"source", "locator", "quote", "reliability", "credibility"} as in the dataset files.
    [[nodiscard]] nlohmann::ordered_json record() const;

private:
    SourcePicker *m_sources;
    QLineEdit *m_locator;
    QLineEdit *m_quote;
    QComboBox *m_reliability;
    QComboBox *m_credibility;
};

} // namespace tiescope
