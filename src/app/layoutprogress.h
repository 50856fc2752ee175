// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAction;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace tiescope {

class LayoutController;

// The status bar's sign that a layout runs: how far, a Cancel button (the window's Cancel
// Layout action), and a message when it was cancelled or failed. Visible only while it runs.
class LayoutProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutProgress)

public:
    LayoutProgress(LayoutController &layout, QAction &cancel, QStatusBar &bar, QWidget *parent = nullptr);

    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }

private:
    void ended();

    QAction &m_cancelAction;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace tiescope
