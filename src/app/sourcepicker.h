// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace tiescope {

class Dataset;
class EditController;

// Picks a citation's source from a list searched as one types (title, author, publisher,
// id), or creates one on the spot with the source form, which it then picks.
class SourcePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcePicker)

public:
    SourcePicker(const Dataset &data, EditController &edits, QWidget *parent);

    [[nodiscard]] QString sourceKey() const; // empty: none picked
    void setSourceKey(const QString &key);
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QPushButton *newButton() const { return m_new; }

signals:
    void sourceChanged();

private:
    void fill();
    void createSource();

    const Dataset &m_data;
    EditController &m_edits;
    QLineEdit *m_search;
    QListWidget *m_list;
    QPushButton *m_new;
};

} // namespace tiescope
