// SPDX-License-Identifier: MIT
#pragma once

#include <QTabWidget>

class QAction;
class QActionGroup;
class QMenu;

namespace tiescope {

// The window's central area: one tab per view of the same data (Graph, Map, ...), each with
// a checkable View-menu entry and a shortcut, kept in step with the tab shown.
class ViewTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewTabs)

public:
    explicit ViewTabs(QWidget *parent = nullptr);

    // Adds a view as the next tab; its menu entry reads `title` and has `shortcut`.
    QAction *addView(QWidget *view, const QString &title, const QKeySequence &shortcut, const QString &tip);
    // The entries of every view, to put in the View menu.
    [[nodiscard]] QList<QAction *> actions() const;
    void show(QWidget *view) { setCurrentWidget(view); }

private:
    QActionGroup *m_group;
};

} // namespace tiescope
