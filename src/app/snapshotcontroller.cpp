// SPDX-License-Identifier: MIT
#include "app/snapshotcontroller.h"

#include <fstream>
#include <sstream>

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>

#include "app/filtercontroller.h"
#include "app/graphcanvas.h"
#include "app/graphdocument.h"
#include "app/plainmessage.h"
#include "app/viewstate.h"
#include "analytics/entitykeylookup.h"
#include "io/atomicfile.h"
#include "graph/tiegraph.h"
#include "io/snapshotbuilder.h"
#include "io/snapshotreader.h"
#include "io/snapshotwriter.h"
#include "io/utctime.h"
#include "model/dataset.h"
#include "model/inputerror.h"

namespace tiescope {

SnapshotController::SnapshotController(GraphDocument &document, ViewState &state, GraphCanvas &canvas,
                                       FilterController &filter, QWidget *dialogParent)
    : QObject(dialogParent),
      m_document(document),
      m_state(state),
      m_canvas(canvas),
      m_filter(filter),
      m_dialogParent(dialogParent)
{
}

void SnapshotController::setLayoutNameAccess(std::function<QString()> get, std::function<void(const QString &)> set)
{
    m_getLayout = std::move(get);
    m_setLayout = std::move(set);
}

void SnapshotController::setPaneAccess(std::function<QString()> get, std::function<void(const QString &)> set)
{
    m_getPane = std::move(get);
    m_setPane = std::move(set);
}

Snapshot SnapshotController::capture() const
{
    const Dataset &data = m_document.dataset();
    const GraphView &view = m_document.view();
    const std::string generator = "tiescope " + QCoreApplication::applicationVersion().toStdString();
    Snapshot snapshot = SnapshotBuilder::build(view, m_document.filter(), generator, UtcTime::now());

    const std::vector<Point> &positions = m_state.positions();
    for (const EntityId entity : view.visibleEntities())
        snapshot.positions.emplace(data.entity(entity).key, positions.at(entity.index()));

    Snapshot::View shown;
    const QPointF centre = m_canvas.mapToScene(m_canvas.viewport()->rect().center());
    shown.centre = Point{centre.x(), centre.y()};
    shown.zoom = m_canvas.zoom();
    // Every selected item; the current one first in its list, so it is current again on restore.
    const Selection &selection = m_state.selection();
    for (const EntityId entity : selection.entities()) {
        const auto at =
            selection.currentEntity() == entity ? shown.selectedEntities.begin() : shown.selectedEntities.end();
        shown.selectedEntities.insert(at, data.entity(entity).key);
    }
    for (const TieId tie : selection.ties()) {
        const auto at = selection.currentTie() == tie ? shown.selectedTies.begin() : shown.selectedTies.end();
        shown.selectedTies.insert(at, data.tie(tie).key);
    }
    for (const EntityId entity : m_state.pinnedEntities())
        shown.pinnedEntities.push_back(data.entity(entity).key);
    if (m_getLayout)
        shown.layout = m_getLayout().toStdString();
    if (m_getPane)
        shown.pane = m_getPane().toStdString();
    snapshot.view = shown;
    snapshot.formatVersion = 3;
    emit capturing(snapshot);
    return snapshot;
}

bool SnapshotController::save(const QString &path, QString *error) const
{
    if (!m_document.isOpen()) {
        *error = tr("No database is open.");
        return false;
    }
    std::ostringstream text;
    SnapshotWriter::write(capture(), text);
    try {
        // The core's AtomicFile: a killed save leaves the older file, and the next save clears
        // what it left (QSaveFile's randomly named temporary files stayed).
        AtomicFile::writeWhole(path.toStdString(), text.str());
    } catch (const InputError &failure) {
        *error = QString::fromStdString(failure.what());
        return false;
    }
    return true;
}

bool SnapshotController::open(const QString &path, QString *error)
{
    if (!m_document.isOpen()) {
        *error = tr("Open a database before a snapshot of it.");
        return false;
    }
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        *error = tr("%1: no such file").arg(path);
        return false;
    }
    try {
        std::ifstream in(path.toStdString(), std::ios::binary);
        if (!in)
            throw InputError(path.toStdString(), "cannot be read");
        apply(SnapshotReader::read(in, path.toStdString()));
    } catch (const InputError &e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

void SnapshotController::apply(const Snapshot &snapshot)
{
    const Dataset &data = m_document.dataset();
    const EntityKeyLookup entities(data); // a merged entity's key finds the one it went into
    int missing = 0;

    m_filter.setSpec(snapshot.filter);

    std::vector<Point> positions = m_state.positions();
    std::vector<bool> placedByKey(positions.size(), false);
    for (const auto &[key, point] : snapshot.positions) {
        const auto entity = entities.find(key);
        if (!entity) {
            ++missing;
            continue;
        }
        // The entity's own key wins over a key merged into it.
        const bool own = data.entity(*entity).key == key;
        if (own || !placedByKey[entity->index()])
            positions[entity->index()] = point;
        placedByKey[entity->index()] = placedByKey[entity->index()] || own;
    }
    m_state.setPositions(std::move(positions));

    if (snapshot.view) {
        const Snapshot::View &shown = *snapshot.view;
        std::vector<std::uint8_t> pinned(data.entities().size(), 0);
        for (const std::string &key : shown.pinnedEntities) {
            if (const auto entity = entities.find(key))
                pinned[entity->index()] = 1;
        }
        m_state.setPins(std::move(pinned));
        // Added in reverse, so the first of each list (the current one when saved) is added last;
        // entities after ties, so a saved current entity is current again.
        Selection selection;
        for (auto key = shown.selectedTies.rbegin(); key != shown.selectedTies.rend(); ++key) {
            if (const auto tie = data.findTie(*key))
                selection.add(*tie);
        }
        for (auto key = shown.selectedEntities.rbegin(); key != shown.selectedEntities.rend(); ++key) {
            if (const auto entity = entities.find(*key))
                selection.add(*entity);
        }
        m_state.setSelection(std::move(selection));
        m_canvas.setZoomAndCentre(shown.zoom, QPointF(shown.centre.x, shown.centre.y));
        if (m_setLayout && !shown.layout.empty())
            m_setLayout(QString::fromStdString(shown.layout));
        if (m_setPane)
            m_setPane(QString::fromStdString(shown.pane));
    }
    emit applied(snapshot);

    QString message = tr("Snapshot restored");
    if (QString::fromStdString(snapshot.datasetTitle) != QString::fromStdString(data.info().title))
        message += tr(" (taken from \"%1\", shown on \"%2\")")
                       .arg(QString::fromStdString(snapshot.datasetTitle), QString::fromStdString(data.info().title));
    if (missing > 0)
        message += tr("; %n entities not in this database", nullptr, missing);
    emit restored(message);
}

void SnapshotController::saveInteractive()
{
    const QString start = QFileInfo(m_document.path()).absolutePath();
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export JSON Snapshot"), start + "/snapshot.json",
                                                tr("TieScope snapshots (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!save(path, &error))
        PlainMessage::warning(m_dialogParent, tr("Snapshot not saved"), error);
}

void SnapshotController::openInteractive()
{
    const QString start = QFileInfo(m_document.path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open Snapshot"), start,
                                                      tr("TieScope snapshots (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!open(path, &error))
        PlainMessage::warning(m_dialogParent, tr("Snapshot not opened"), error);
}

} // namespace tiescope
