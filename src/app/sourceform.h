// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "app/recordform.h"
#include "model/strongid.h"

class QLineEdit;

namespace tiescope {

class Dataset;

// A new source, or an existing one's fields: exactly what the dataset format stores (title,
// author, publisher, date, kind, url, retrieved, archive url; see docs/dataset.md).
class SourceForm final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceForm)

public:
    SourceForm(const Dataset &data, EditController &edits, std::optional<SourceId> existing, QWidget *parent);

    [[nodiscard]] QLineEdit *titleField() const { return m_title; }
    [[nodiscard]] QLineEdit *authorField() const { return m_author; }
    [[nodiscard]] QLineEdit *publisherField() const { return m_publisher; }
    [[nodiscard]] QLineEdit *dateField() const { return m_date; }
    [[nodiscard]] QLineEdit *kindField() const { return m_kind; }
    [[nodiscard]] QLineEdit *urlField() const { return m_url; }
    [[nodiscard]] QLineEdit *retrievedField() const { return m_retrieved; }
    [[nodiscard]] QLineEdit *archiveUrlField() const { return m_archiveUrl; }

protected:
    [[nodiscard]] Record record() const override;
    [[nodiscard]] RecordTable table() const override { return RecordTable::Sources; }

private:
    QLineEdit *field(const char *name, const QString &label, const QString &placeholder = {});

    QLineEdit *m_title;
    QLineEdit *m_author;
    QLineEdit *m_publisher;
    QLineEdit *m_date;
    QLineEdit *m_kind;
    QLineEdit *m_url;
    QLineEdit *m_retrieved;
    QLineEdit *m_archiveUrl;
};

} // namespace tiescope
