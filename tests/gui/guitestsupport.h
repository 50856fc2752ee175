// SPDX-License-Identifier: MIT
#pragma once

// Shared set-up for the GUI tests: test-mode standard paths and a private settings folder,
// so a test never reads or writes the user's real configuration.
#include <QAbstractButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

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

// Waits until no layout runs, as a person waits for the picture to settle.
inline bool settle(const MainWindow &window)
{
    return QTest::qWaitFor([&window] { return !window.layoutController().isRunning(); }, 10000);
}

} // namespace tiescope::guitest
