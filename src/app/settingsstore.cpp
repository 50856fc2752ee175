// SPDX-License-Identifier: MIT
#include "app/settingsstore.h"

#include <string_view>

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>

#include "model/tiestatus.h"

namespace tiescope {

namespace {

QString keyText(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

std::optional<std::set<std::string>> readSet(const QSettings &settings, const QString &key)
{
    if (!settings.contains(key))
        return std::nullopt;
    std::set<std::string> values;
    for (const QString &value : settings.value(key).toStringList())
        values.insert(value.toStdString());
    return values;
}

void writeSet(QSettings &settings, const QString &key, const std::optional<std::set<std::string>> &values)
{
    if (!values) {
        settings.remove(key);
        return;
    }
    QStringList list;
    for (const std::string &value : *values)
        list << QString::fromStdString(value);
    settings.setValue(key, list);
}

} // namespace

SettingsStore::SettingsStore() : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("TieScope"),
                                            QStringLiteral("tiescope"))
{
}

void SettingsStore::saveWindow(const QMainWindow &window)
{
    m_settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    m_settings.setValue(QStringLiteral("window/state"), window.saveState());
}

bool SettingsStore::restoreWindow(QMainWindow &window) const
{
    window.restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray());
    return window.restoreState(m_settings.value(QStringLiteral("window/state")).toByteArray());
}

QString SettingsStore::lastDatabase() const
{
    return m_settings.value(QStringLiteral("data/last")).toString();
}

void SettingsStore::setLastDatabase(const QString &path)
{
    m_settings.setValue(QStringLiteral("data/last"), path);
}

QStringList SettingsStore::recentFiles() const
{
    QStringList files;
    for (const QString &file : m_settings.value(QStringLiteral("data/recent")).toStringList()) {
        if (!file.isEmpty() && !files.contains(file) && QFileInfo::exists(file))
            files << file;
    }
    return files.mid(0, MaxRecent);
}

void SettingsStore::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings.setValue(QStringLiteral("data/recent"), files.mid(0, MaxRecent));
}

void SettingsStore::saveFilter(const FilterSpec &spec)
{
    m_settings.beginGroup(QStringLiteral("filter"));
    writeSet(m_settings, QStringLiteral("domains"), spec.domains);
    writeSet(m_settings, QStringLiteral("kinds"), spec.kinds);
    if (spec.statuses) {
        QStringList statuses;
        for (const TieStatus status : *spec.statuses)
            statuses << keyText(toString(status));
        m_settings.setValue(QStringLiteral("statuses"), statuses);
    } else {
        m_settings.remove(QStringLiteral("statuses"));
    }
    const auto setOrRemove = [this](const QString &key, const QString &value) {
        if (value.isEmpty())
            m_settings.remove(key);
        else
            m_settings.setValue(key, value);
    };
    setOrRemove(QStringLiteral("grade"), spec.minimumGrade ? QString::fromStdString(spec.minimumGrade->toString()) : QString());
    setOrRemove(QStringLiteral("from"), spec.from ? QString::fromStdString(spec.from->toString()) : QString());
    setOrRemove(QStringLiteral("to"), spec.to ? QString::fromStdString(spec.to->toString()) : QString());
    m_settings.setValue(QStringLiteral("isolated"), keyText(toString(spec.isolated)));
    m_settings.setValue(QStringLiteral("includeUndated"), spec.includeUndated);
    m_settings.setValue(QStringLiteral("corroboratedOnly"), spec.corroboratedOnly);
    m_settings.endGroup();
}

FilterSpec SettingsStore::filter() const
{
    FilterSpec spec;
    m_settings.beginGroup(QStringLiteral("filter"));
    spec.domains = readSet(m_settings, QStringLiteral("domains"));
    spec.kinds = readSet(m_settings, QStringLiteral("kinds"));
    if (m_settings.contains(QStringLiteral("statuses"))) {
        std::set<TieStatus> statuses;
        for (const QString &text : m_settings.value(QStringLiteral("statuses")).toStringList()) {
            if (const auto status = parseTieStatus(text.toStdString()))
                statuses.insert(*status);
        }
        spec.statuses = statuses;
    }
    spec.minimumGrade = Grade::parse(m_settings.value(QStringLiteral("grade")).toString().toStdString());
    spec.from = PartialDate::parse(m_settings.value(QStringLiteral("from")).toString().toStdString());
    spec.to = PartialDate::parse(m_settings.value(QStringLiteral("to")).toString().toStdString());
    // Older versions saved the panel's index, 0..2 in the enum's order.
    const QString mode = m_settings.value(QStringLiteral("isolated")).toString();
    bool isIndex = false;
    const int index = mode.toInt(&isIndex);
    if (const auto isolated = parseIsolatedEntities(mode.toStdString()))
        spec.isolated = *isolated;
    else if (isIndex && index >= 0 && index < static_cast<int>(AllIsolatedEntities.size()))
        spec.isolated = AllIsolatedEntities[static_cast<std::size_t>(index)];
    spec.includeUndated = m_settings.value(QStringLiteral("includeUndated"), true).toBool();
    spec.corroboratedOnly = m_settings.value(QStringLiteral("corroboratedOnly"), false).toBool();
    m_settings.endGroup();
    return spec;
}

bool SettingsStore::legendVisible() const
{
    return m_settings.value(QStringLiteral("view/legend"), true).toBool();
}

void SettingsStore::setLegendVisible(bool visible)
{
    m_settings.setValue(QStringLiteral("view/legend"), visible);
}

QString SettingsStore::lastExportDir() const
{
    return m_settings.value(QStringLiteral("export/dir"), QDir::homePath()).toString();
}

void SettingsStore::setLastExportDir(const QString &dir)
{
    m_settings.setValue(QStringLiteral("export/dir"), dir);
}

} // namespace tiescope
