// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>
#include <QString>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tiescope {

class ComparisonModel;

// The Compare dock: two dates or windows (2014, 2014-06, 2012/2014), the ties that began,
// ended or changed certainty between them (CompareController computes them), a summary, and
// the list exported as CSV. It only shows; the controller decides.
class CompareDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDock)

public:
    explicit CompareDock(QWidget *parent = nullptr);

    [[nodiscard]] ComparisonModel &model() const { return *m_model; }
    [[nodiscard]] QLineEdit *aField() const { return m_a; }
    [[nodiscard]] QLineEdit *bField() const { return m_b; }
    [[nodiscard]] QCheckBox *markCheck() const { return m_mark; }
    [[nodiscard]] QPushButton *compareButton() const { return m_compare; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QLabel *summary() const { return m_summary; }

    void setDates(const QString &a, const QString &b);
    void showSummary(const QString &text, bool problem);

    // Writes the listed changes as CSV at once or not at all; false with `error` set.
    bool exportCsv(const QString &path, QString *error) const;
    void exportInteractive();

signals:
    void compareRequested(const QString &a, const QString &b);
    void clearRequested();
    void markToggled(bool mark);
    void rowActivated(int row);

private:
    ComparisonModel *m_model;
    QLineEdit *m_a;
    QLineEdit *m_b;
    QCheckBox *m_mark;
    QPushButton *m_compare;
    QPushButton *m_clear;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_export;
};

} // namespace tiescope
