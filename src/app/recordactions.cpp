// SPDX-License-Identifier: MIT
#include "app/recordactions.h"

#include <utility>

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>

#include "app/analysiscontroller.h"
#include "app/bulkeditdialog.h"
#include "app/canvasgestures.h"
#include "app/citationform.h"
#include "app/deletionplan.h"
#include "app/editcontroller.h"
#include "app/entityfield.h"
#include "app/entityform.h"
#include "app/graphcanvas.h"
#include "app/formtext.h"
#include "app/graphdocument.h"
#include "app/mainactions.h"
#include "app/mainwindow.h"
#include "app/sourceform.h"
#include "app/tieform.h"
#include "app/viewstate.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/graphscene.h"

namespace tiescope {

namespace {

QAction *makeAction(QObject *parent, const QString &text, const QKeySequence &shortcut, const QString &tip,
                    const char *name)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(name));
    MainActions::describe(*action, shortcut, tip);
    return action;
}

} // namespace

RecordActions::RecordActions(MainWindow &window)
    : QObject(&window),
      m_window(window),
      m_gestures(new CanvasGestures(window.canvas(), window.viewState(), this))
{
    newEntity = makeAction(this, tr("New &Entity…"), QKeySequence(tr("Ctrl+Alt+N")), tr("Add an entity"), "newEntity");
    newTie = makeAction(this, tr("New &Tie…"), QKeySequence(tr("Ctrl+Alt+K")),
                        tr("Add a tie between two entities, with its citation"), "newTie");
    newSource = makeAction(this, tr("New &Source…"), QKeySequence(tr("Ctrl+Alt+S")), tr("Add a source"), "newSource");
    newCitation = makeAction(this, tr("Add &Citation…"), QKeySequence(tr("Ctrl+Alt+C")),
                             tr("Cite a source for the selected entity or tie"), "newCitation");
    editSelected = makeAction(this, tr("Edit Selecte&d…"), QKeySequence(Qt::Key_F2),
                              tr("Edit the selected entity or tie"), "editSelected");
    deleteSelected = makeAction(this, tr("&Delete"), QKeySequence::Delete,
                                tr("Delete the selection, with what goes with it, after asking"), "deleteSelected");
    bulkEdit = makeAction(this, tr("&Bulk Edit…"), QKeySequence(tr("Ctrl+Alt+B")),
                          tr("Set the domain, status or grade of every selected tie"), "bulkEdit");
    connectTool = makeAction(this, tr("C&onnect Tool"), {},
                             tr("Drag from one entity to another to add a tie "
                                "(or hold Alt while dragging)"),
                             "connectTool");
    connectTool->setCheckable(true);
    connectTool->setIcon(QIcon(QStringLiteral(":/icons/connect.svg")));
    for (QAction *action : {newEntity, newTie, newSource, newCitation, editSelected, deleteSelected, bulkEdit})
        window.addAction(action);

    connect(newEntity, &QAction::triggered, this, [this] { createEntity(); });
    connect(newTie, &QAction::triggered, this, [this] { createTie(); });
    connect(newSource, &QAction::triggered, this, &RecordActions::createSource);
    connect(newCitation, &QAction::triggered, this, &RecordActions::createCitation);
    connect(editSelected, &QAction::triggered, this, &RecordActions::editCurrent);
    connect(deleteSelected, &QAction::triggered, this, &RecordActions::deleteSelection);
    connect(bulkEdit, &QAction::triggered, this, &RecordActions::bulkEditSelection);
    connect(connectTool, &QAction::toggled, m_gestures, &CanvasGestures::setConnectMode);
    connect(m_gestures, &CanvasGestures::connectRequested, this,
            [this](EntityId from, EntityId to) { createTie(from, to); });
    connect(m_gestures, &CanvasGestures::contextMenuRequested, this, &RecordActions::contextMenu);
    connect(&window.viewState(), &ViewState::selectionChanged, this, &RecordActions::updateEnabled);
    connect(&window.viewState(), &ViewState::reset, this, &RecordActions::updateEnabled);
    updateEnabled();
}

void RecordActions::addTo(QMenu &editMenu, QToolBar &toolBar)
{
    editMenu.addSeparator();
    editMenu.addActions({newEntity, newTie, newSource, newCitation});
    editMenu.addSeparator();
    editMenu.addActions({editSelected, deleteSelected, bulkEdit, connectTool});
    toolBar.addSeparator();
    toolBar.addAction(connectTool);
}

bool RecordActions::ready() const
{
    return m_window.document().isOpen() && !m_form;
}

void RecordActions::updateEnabled()
{
    const bool open = m_window.document().isOpen();
    const Selection &selection = m_window.viewState().selection();
    for (QAction *action : {newEntity, newTie, newSource})
        action->setEnabled(open);
    newCitation->setEnabled(open && (selection.currentEntity() || selection.currentTie()));
    editSelected->setEnabled(open && (selection.currentEntity() || selection.currentTie()));
    deleteSelected->setEnabled(open && !selection.isEmpty());
    bulkEdit->setEnabled(open && !selection.ties().empty());
}

void RecordActions::show(RecordForm *form, std::function<void()> saved)
{
    m_form = form;
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, std::move(saved));
    connect(form, &QObject::destroyed, this, [this, form] {
        if (m_form == form)
            m_form = nullptr;
    });
    connect(form, &QDialog::finished, this, [this, form] {
        if (m_form == form)
            m_form = nullptr;
    });
    form->open();
    emit formOpened(form);
}

void RecordActions::selectEntityKey(const QString &key, std::optional<QPointF> at)
{
    const auto entity = m_window.document().dataset().findEntity(key.toStdString());
    ViewState &state = m_window.viewState();
    // Only what the canvas already draws: a view that has not followed the edit yet lacks it.
    if (!entity || entity->index() >= state.entityCount())
        return;
    if (at)
        state.setPosition(*entity, Point{at->x(), at->y()});
    state.select(*entity);
}

void RecordActions::selectTieKey(const QString &key)
{
    const auto tie = m_window.document().dataset().findTie(key.toStdString());
    const GraphView *drawn = m_window.scene().view();
    if (tie && drawn && tie->index() < drawn->tieMask().size())
        m_window.viewState().select(*tie);
}

void RecordActions::createEntity(std::optional<QPointF> at)
{
    if (!ready())
        return;
    auto *form = new EntityForm(m_window.document().dataset(), m_window.editController(), std::nullopt, &m_window);
    show(form, [this, form, at] { selectEntityKey(form->key(), at); });
}

void RecordActions::createTie(std::optional<EntityId> from, std::optional<EntityId> to)
{
    if (!ready())
        return;
    auto *form = new TieForm(m_window.document().dataset(), m_window.editController(), std::nullopt, &m_window);
    form->fromField()->setEntity(from);
    form->toField()->setEntity(to);
    show(form, [this, form] { selectTieKey(form->key()); });
    (from ? (to ? static_cast<QWidget *>(form->relationField()) : form->toField()) : form->fromField())->setFocus();
}

void RecordActions::createSource()
{
    if (!ready())
        return;
    show(new SourceForm(m_window.document().dataset(), m_window.editController(), std::nullopt, &m_window), [] {});
}

void RecordActions::createCitation()
{
    if (!ready())
        return;
    const Dataset &data = m_window.document().dataset();
    const Selection &selection = m_window.viewState().selection();
    RecordForm *form = nullptr;
    if (const auto entity = selection.currentEntity()) {
        const Entity &e = data.entity(*entity);
        form = new CitationForm(data, m_window.editController(), RecordTable::Entities, FormText::of(e.key),
                                FormText::of(e.name), &m_window);
    } else if (const auto tie = selection.currentTie()) {
        const Tie &t = data.tie(*tie);
        const QString name =
            QStringLiteral("%1 → %2").arg(FormText::of(data.entity(t.from).name), FormText::of(data.entity(t.to).name));
        form =
            new CitationForm(data, m_window.editController(), RecordTable::Ties, FormText::of(t.key), name, &m_window);
    }
    if (form)
        show(form, [] {});
}

void RecordActions::editCurrent()
{
    if (!ready())
        return;
    const Dataset &data = m_window.document().dataset();
    const Selection &selection = m_window.viewState().selection();
    if (const auto entity = selection.currentEntity()) {
        auto *form = new EntityForm(data, m_window.editController(), entity, &m_window);
        show(form, [this, form] { selectEntityKey(form->key(), std::nullopt); });
    } else if (const auto tie = selection.currentTie()) {
        auto *form = new TieForm(data, m_window.editController(), tie, &m_window);
        show(form, [this, form] { selectTieKey(form->key()); });
    }
}

void RecordActions::deleteSelection()
{
    if (!ready() || m_window.viewState().selection().isEmpty())
        return;
    const DeletionPlan plan(m_window.document().graph(), m_window.viewState().selection());
    QMessageBox box(QMessageBox::Warning, tr("Delete"), plan.question(), QMessageBox::Yes | QMessageBox::Cancel,
                    &m_window);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("These go, and the audit trail keeps them as they were (Undo brings them back):\n%1")
                               .arg(plan.lines().join(QLatin1Char('\n'))));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    const ChangeSet changes = plan.changeSet();
    const QStringList problems = m_window.editController().apply(changes);
    if (problems.isEmpty()) {
        m_window.viewState().clearSelection();
        return;
    }
    QMessageBox refused(QMessageBox::Warning, tr("Delete"), tr("Nothing was deleted."), QMessageBox::Ok, &m_window);
    refused.setTextFormat(Qt::PlainText);
    refused.setInformativeText(problems.join(QLatin1Char('\n')));
    refused.exec();
}

void RecordActions::bulkEditSelection()
{
    const std::set<TieId> &ties = m_window.viewState().selection().ties();
    if (!ready() || ties.empty())
        return;
    show(new BulkEditDialog(m_window.document().dataset(), m_window.editController(),
                            std::vector<TieId>(ties.begin(), ties.end()), &m_window),
         [] {});
}

void RecordActions::contextMenu(const QPoint &globalPos, const QPointF &scenePos)
{
    if (!m_window.document().isOpen())
        return;
    ViewState &state = m_window.viewState();
    QMenu menu(&m_window);
    menu.setObjectName(QStringLiteral("canvasMenu"));
    const auto entity = m_gestures->entityAt(scenePos);
    const auto tie = entity ? std::nullopt : m_window.scene().tieAt(scenePos);
    // A right click on something not selected acts on it alone, as in a file manager.
    if (entity && !state.selection().contains(*entity))
        state.select(*entity);
    else if (tie && !state.selection().contains(*tie))
        state.select(*tie);
    if (entity)
        entityMenu(menu, *entity);
    else if (tie)
        tieMenu(menu, *tie);
    menu.addAction(tr("New &Entity Here…"), this, [this, scenePos] { createEntity(scenePos); });
    menu.addAction(newTie);
    if (!state.selection().isEmpty()) {
        menu.addSeparator();
        menu.addAction(deleteSelected);
        if (!state.selection().ties().empty())
            menu.addAction(bulkEdit);
    }
    menu.exec(globalPos);
}

void RecordActions::entityMenu(QMenu &menu, EntityId entity)
{
    AnalysisController &analysis = m_window.analysisController();
    ViewState &state = m_window.viewState();
    menu.addAction(tr("&Edit…"), this, &RecordActions::editCurrent);
    menu.addAction(tr("&Connect to…"), this, [this, entity] { createTie(entity); });
    menu.addAction(newCitation);
    menu.addAction(tr("&Merge with…"), this, [this, entity] { emit mergeRequested(entity); });
    menu.addSeparator();
    menu.addAction(tr("What-if: &Remove"), this, [&analysis, entity] { analysis.removeEntity(entity); });
    menu.addAction(tr("What-if: &Sanction"), this, [&analysis, entity] { analysis.sanctionEntity(entity); });
    const bool pinned = entity.index() < state.entityCount() && state.isPinned(entity);
    menu.addAction(pinned ? tr("&Unpin") : tr("&Pin"), this,
                   [&state, entity, pinned] { state.setPinned(entity, !pinned); });
    menu.addSeparator();
}

void RecordActions::tieMenu(QMenu &menu, TieId tie)
{
    AnalysisController &analysis = m_window.analysisController();
    menu.addAction(tr("&Edit…"), this, &RecordActions::editCurrent);
    menu.addAction(newCitation);
    menu.addSeparator();
    menu.addAction(tr("What-if: &Remove"), this, [&analysis, tie] { analysis.removeTie(tie); });
    menu.addAction(tr("What-if: &Sanction"), this, [&analysis, tie] { analysis.sanctionTie(tie); });
    menu.addSeparator();
}

} // namespace tiescope
