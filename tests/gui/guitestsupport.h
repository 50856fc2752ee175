// SPDX-License-Identifier: MIT
#pragma once

// Shared set-up for the GUI tests: test-mode standard paths and a private settings folder,
// so a test never reads or writes the user's real configuration.
#include <memory>

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "app/documentloader.h"
#include "app/graphdocument.h"
#include "app/layoutcontroller.h"
#include "app/mainwindow.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope::guitest {

inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
}

// Whether the build made the bundled database (the tests that need it skip otherwise).
inline bool bundledBuilt()
{
    return QFileInfo::exists(QStringLiteral(TIESCOPE_BUNDLED_DB));
}

// A private, writable copy of the bundled database in `dir`, named `name`: the window may keep
// its layout in the store it opens, and no test may change the build's copy. Empty on failure.
inline QString bundledCopy(const QTemporaryDir &dir, const QString &name)
{
    const QString copy = dir.filePath(name);
    if (!QFile::copy(QStringLiteral(TIESCOPE_BUNDLED_DB), copy) ||
        !QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return {};
    return copy;
}

inline EntityId entity(const MainWindow &window, const char *key)
{
    return *window.document().dataset().findEntity(key);
}

inline TieId tie(const MainWindow &window, const char *key)
{
    return *window.document().dataset().findTie(key);
}

// Clicks a check box on its indicator, where a person clicks (its centre may be empty space).
inline void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

// Waits until nothing loads and no layout runs, as a person waits for the picture to settle.
inline bool settle(const MainWindow &window, int timeoutMs = 10000)
{
    return QTest::qWaitFor(
        [&window] { return !window.loader().isLoading() && !window.layoutController().isRunning(); }, timeoutMs);
}

// Waits until the loader has reported how its load ended.
inline bool waitForLoad(const MainWindow &window, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&window] { return !window.loader().isLoading(); }, timeoutMs);
}

// Opens a database through the window, as File → Open does, and waits until it is shown.
// True when the document then holds that database.
inline bool open(MainWindow &window, const QString &path, int timeoutMs = 20000)
{
    window.openDatabase(path, false);
    return waitForLoad(window, timeoutMs) && window.document().isOpen() &&
           window.document().path() == QFileInfo(path).absoluteFilePath();
}

// The window as a person first sees it: shown at 1200x800 with `database` opened and its
// picture settled. Null when a step failed (the caller QVERIFYs it).
inline std::unique_ptr<MainWindow> openWindow(const QString &database)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !open(*window, database) || !settle(*window))
        return nullptr;
    return window;
}

// With TIESCOPE_SCREENSHOT_DIR set (run under Xvfb for docs/), saves what the widget shows;
// true when saved or not asked for.
inline bool screenshot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("TIESCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    // A dock just raised or resized has posted its relayout: draw the laid-out window, not the
    // frame between (where a scroll area's rows lie squeezed over each other).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    return widget.grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace tiescope::guitest
