// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>
#include <QStringList>

#include "filter/filterspec.h"

class QMainWindow;

namespace tiescope {

// What the window remembers between runs (QSettings): geometry and dock layout, the last
// database, recent files, the filter and the legend switch. Values read back are checked;
// a damaged setting falls back to the default instead of reaching the filter.
class SettingsStore final
{
public:
    static constexpr int MaxRecent = 8;

    SettingsStore();

    void saveWindow(const QMainWindow &window);
    // The size, place and docks the window was left with; false when there were no docks saved.
    bool restoreWindow(QMainWindow &window) const;

    [[nodiscard]] QString lastDatabase() const;
    void setLastDatabase(const QString &path);
    [[nodiscard]] QStringList recentFiles() const;
    void addRecentFile(const QString &path);

    void saveFilter(const FilterSpec &spec);
    [[nodiscard]] FilterSpec filter() const;

    [[nodiscard]] bool legendVisible() const;
    void setLegendVisible(bool visible);
    [[nodiscard]] QString lastExportDir() const;
    void setLastExportDir(const QString &dir);

private:
    mutable QSettings m_settings;
};

} // namespace tiescope
