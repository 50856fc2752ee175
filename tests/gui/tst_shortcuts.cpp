// SPDX-License-Identifier: MIT
// Every keyboard shortcut of the window does one thing. Qt triggers nothing at all for a key two
// active actions share (it reports an ambiguous shortcut), so a clash silently takes a shortcut
// away from the analyst: Ctrl+2 was both Show Map and Zoom to Selection, Ctrl+Alt+S both Save a
// Copy As and New Source.
#include <map>

#include <QAction>
#include <QTemporaryDir>
#include <QtTest>

#include "app/mainwindow.h"
#include "guitestsupport.h"

using namespace tiescope;

class ShortcutsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The actions a key press in the main window can reach, by the key.
    static std::multimap<QString, QAction *> windowShortcuts(const MainWindow &window)
    {
        std::multimap<QString, QAction *> byKey;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcutContext() != Qt::WindowShortcut && action->shortcutContext() != Qt::ApplicationShortcut)
                continue;
            for (const QKeySequence &key : action->shortcuts())
                if (!key.isEmpty())
                    byKey.emplace(key.toString(QKeySequence::PortableText), action);
        }
        return byKey;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolateSettings(m_dir);
    }

    void noTwoActionsShareAKey()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto byKey = windowShortcuts(window);
        QVERIFY(byKey.size() > 20); // the menus' actions were found
        QStringList clashes;
        for (auto it = byKey.begin(); it != byKey.end(); it = byKey.upper_bound(it->first)) {
            QList<QAction *> actions; // one action in a menu and a tool bar is one
            QStringList owners;
            for (auto same = byKey.equal_range(it->first); same.first != same.second; ++same.first)
                if (!actions.contains(same.first->second)) {
                    actions << same.first->second;
                    owners << same.first->second->text();
                }
            if (owners.size() > 1)
                clashes << it->first + QStringLiteral(": ") + owners.join(QStringLiteral(" / "));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(ShortcutsTest)
#include "tst_shortcuts.moc"
