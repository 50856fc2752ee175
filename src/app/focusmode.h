// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace tiescope {

// View -> Focus Mode (F11 or Ctrl+Shift+F): every open dock is hidden so the central view has
// the whole window; leaving it brings back the same docks at the same sizes and places.
class FocusMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusMode)

public:
    // `action` is checkable: checked is focus mode on.
    FocusMode(QMainWindow &window, QAction &action);

    [[nodiscard]] bool isOn() const { return m_on; }
    void setOn(bool on);

private:
    QMainWindow *m_window;
    QAction *m_action;
    bool m_on = false;
    QByteArray m_state;                          // the docks' places and sizes before
    std::vector<QPointer<QDockWidget>> m_hidden; // the docks it hid
};

} // namespace tiescope
