// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace tiescope {

class DocumentLoader;

// The status bar's sign that a store is being opened: which file, how far, and a Cancel
// button. Visible only while the loader works; the window stays usable meanwhile.
class LoadIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadIndicator)

public:
    explicit LoadIndicator(DocumentLoader &loader, QWidget *parent = nullptr);

    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QToolButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QString text() const;

private:
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace tiescope
