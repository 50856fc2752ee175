// SPDX-License-Identifier: MIT
// Store files, history and merging in the window, driven as a person does: the first edit of
// the bundled (read-only) store offers an editable copy and lands in it; Save a Copy As goes
// on in the copy; a new store takes an entity; Export Dataset writes the store as a dataset
// folder; the History dock lists edits, filters them and exports CSV; Find Duplicates lists a
// pair, the merge dialog merges it as one undoable edit, and the file reopened from disk keeps
// the merged key as an alias. Each step checks the document, the canvas and the file.
#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "app/duplicatesdialog.h"
#include "app/editcontroller.h"
#include "app/historydock.h"
#include "app/historymodel.h"
#include "app/mergecontroller.h"
#include "app/mergedialog.h"
#include "app/snapshotcontroller.h"
#include "app/storefilecontroller.h"
#include "app/viewstate.h"
#include "edit/changeset.h"
#include "guifixture.h"
#include "guitestsupport.h"
#include "io/datasetreader.h"
#include "io/snapshot.h"
#include "render/entityitem.h"
#include "render/graphscene.h"

using namespace tiescope;
using nlohmann::ordered_json;

namespace {

ChangeSet addEntity(const char *key, const char *name, const char *kind)
{
    return std::move(
        ChangeSet(std::string("add ") + key).add(RecordTable::Entities, {{"id", key}, {"name", name}, {"kind", kind}}));
}

Dataset reload(const QString &path)
{
    return Store::open(path.toStdString(), Store::Mode::ReadOnly).load();
}

// The entities the canvas draws.
std::size_t canvasEntities(const MainWindow &window)
{
    std::size_t count = 0;
    for (const QGraphicsItem *item : window.scene().items())
        count += item->type() == EntityItem::Type && item->isVisible() ? 1 : 0;
    return count;
}

} // namespace

class TestStoreFiles final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_prompts; // the titles of the save dialogs the window asked

    void answerPrompts(const QString &path)
    {
        m_window->storeFiles().setPathPrompt([this, path](const QString &title, const QString &) {
            m_prompts << title;
            return path;
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolateSettings(m_dir);
    }

    void init()
    {
        m_prompts.clear();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }

    void cleanup() { m_window.reset(); }

    void firstEditOfTheBundledStoreMakesAnEditableCopy()
    {
        const QString bundled = MainWindow::bundledDatabase();
        QVERIFY2(QFileInfo::exists(bundled), qPrintable(bundled));
        QVERIFY(guitest::open(*m_window, bundled));
        QVERIFY(m_window->storeFiles().isReadOnly());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("serbia-russia.db (read-only)")));
        const std::size_t entities = m_window->document().dataset().entities().size();

        // The new entity must not be in the bundled data: dataset 1.2 added Hungary (MOL's bid, gas
        // storage), so the tests add Iceland. Declined: nothing changes anywhere, and the reason comes back.
        answerPrompts(QString());
        QCOMPARE(m_window->editController().apply(addEntity("iceland", "Iceland", "state")),
                 QStringList{EditController::readOnlyProblem()});
        QCOMPARE(m_prompts.size(), 1);
        QVERIFY(!m_window->document().dataset().findEntity("iceland"));
        QCOMPARE(m_window->undoStack().count(), 0);

        const QString copy = m_dir.filePath(QStringLiteral("mine.db"));
        answerPrompts(copy);
        QVERIFY(m_window->editController().apply(addEntity("iceland", "Iceland", "state")).isEmpty());
        QCOMPARE(m_window->document().path(), QFileInfo(copy).absoluteFilePath());
        QVERIFY(!m_window->storeFiles().isReadOnly());
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("mine.db — ")));
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("read-only")));
        QCOMPARE(m_window->document().dataset().entities().size(), entities + 1);
        QVERIFY(reload(copy).findEntity("iceland"));
        QVERIFY(!reload(bundled).findEntity("iceland")); // the bundled store never changes
        QCOMPARE(reload(copy).entities().size(), entities + 1);

        // Further edits go on in the copy without asking again, and undo works there.
        QVERIFY(m_window->editController().apply(addEntity("austria", "Austria", "state")).isEmpty());
        QCOMPARE(m_prompts.size(), 2);
        m_window->undoStack().undo();
        QVERIFY(!reload(copy).findEntity("austria"));
        QVERIFY(reload(copy).findEntity("iceland"));
    }

    void saveACopyAsGoesOnInTheCopy()
    {
        const QString original = guifixture::writeStore(QDir(m_dir.path()), QStringLiteral("original.db"));
        QVERIFY(guitest::open(*m_window, original));
        QVERIFY(!m_window->storeFiles().isReadOnly());
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("original.db — GUI fixture")));
        const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
        QFile::remove(copy);
        QString error;
        QVERIFY2(m_window->storeFiles().saveCopy(copy, &error), qPrintable(error));
        QCOMPARE(m_window->document().path(), QFileInfo(copy).absoluteFilePath());
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("copy.db — ")));
        QCOMPARE(reload(copy).entities().size(), reload(original).entities().size());
        QCOMPARE(reload(copy).ties().size(), reload(original).ties().size());

        QVERIFY(m_window->editController().apply(addEntity("iceland", "Iceland", "state")).isEmpty());
        QVERIFY(reload(copy).findEntity("iceland"));
        QVERIFY(!reload(original).findEntity("iceland"));
        // The open store itself is no copy target.
        QVERIFY(!m_window->storeFiles().saveCopy(copy, &error));
        QVERIFY(error.contains(QStringLiteral("open store")));
    }

    void newStoreTakesAnEntity()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.db"));
        QFile::remove(path);
        QString error;
        QVERIFY2(m_window->storeFiles().createStore(path, &error), qPrintable(error));
        QVERIFY(guitest::waitForLoad(*m_window));
        QCOMPARE(m_window->document().path(), QFileInfo(path).absoluteFilePath());
        const Dataset &data = m_window->document().dataset();
        QVERIFY(data.entities().empty());
        const Dataset bundled = reload(MainWindow::bundledDatabase());
        QCOMPARE(data.domains().size(), bundled.domains().size());
        QCOMPARE(data.kinds().size(), bundled.kinds().size());
        QCOMPARE(data.relations().size(), bundled.relations().size());
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("new.db — new")));

        QVERIFY(m_window->editController().apply(addEntity("iceland", "Iceland", "state")).isEmpty());
        QCOMPARE(m_window->document().dataset().entities().size(), std::size_t{1});
        QCOMPARE(reload(path).entities().size(), std::size_t{1});
        // A second store is never written over an existing file.
        QVERIFY(!m_window->storeFiles().createStore(path, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QCOMPARE(reload(path).entities().size(), std::size_t{1});
    }

    void exportDatasetWritesTheOpenStoreAsAFolder()
    {
        const QString store = guifixture::writeStore(QDir(m_dir.path()), QStringLiteral("export.db"));
        QVERIFY(guitest::open(*m_window, store));
        ChangeSet edit("archive the article");
        edit.update(RecordTable::Sources, "src",
                    {{"retrieved", "2025-10-09"}, {"archive_url", "https://archive.example/src"}});
        QVERIFY(m_window->editController().apply(edit).isEmpty());

        // File → Export Dataset…, the folder chosen in its dialog.
        const QString folder = m_dir.filePath(QStringLiteral("exported"));
        QDir(folder).removeRecursively();
        QStringList titles;
        m_window->storeFiles().setFolderPrompt([&titles, folder](const QString &title, const QString &) {
            titles << title;
            return folder;
        });
        QAction *action = nullptr;
        for (QAction *candidate : m_window->findChildren<QAction *>()) {
            if (candidate->text() == QStringLiteral("Export &Dataset…"))
                action = candidate;
        }
        QVERIFY(action);
        action->trigger();
        QCOMPARE(titles, QStringList{QStringLiteral("Export Dataset")});
        for (const char *file : {"dataset.json", "domains.json", "kinds.json", "relations.json", "sources.json",
                                 "entities.json", "ties.json"})
            QVERIFY2(QFileInfo::exists(QDir(folder).filePath(QString::fromLatin1(file))), file);
        const DatasetReader::Result read = DatasetReader::read(folder.toStdString());
        QVERIFY2(read.ok(), read.ok() ? "" : read.problems.front().toString().c_str());
        const Dataset open = reload(store);
        QCOMPARE(read.dataset.entities().size(), open.entities().size());
        QCOMPARE(read.dataset.ties().size(), open.ties().size());
        const Source &source = read.dataset.source(*read.dataset.findSource("src"));
        QCOMPARE(source.retrieved->toString(), std::string("2025-10-09"));
        QCOMPARE(source.archiveUrl, std::string("https://archive.example/src"));

        // A folder that is not a dataset is never written over, and the reason is given.
        const QString other = m_dir.filePath(QStringLiteral("notes"));
        QVERIFY(QDir().mkpath(other));
        QFile note(QDir(other).filePath(QStringLiteral("keep.txt")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.close();
        QString error;
        QVERIFY(!m_window->storeFiles().exportDataset(other, &error));
        QVERIFY2(error.contains(QStringLiteral("not a dataset folder")), qPrintable(error));
        QCOMPARE(QDir(other).entryList(QDir::Files), QStringList{QStringLiteral("keep.txt")});
    }

    void historyListsEditsFiltersAndExportsCsv()
    {
        const QString path = guifixture::writeStore(QDir(m_dir.path()), QStringLiteral("history.db"));
        QVERIFY(guitest::open(*m_window, path));
        HistoryDock &dock = m_window->historyDock();
        dock.raise(); // a tab beside the Time panel
        QTRY_VERIFY(dock.table()->isVisible());
        QCOMPARE(dock.table()->model()->rowCount(), 0);
        m_window->document().setAuthor(QStringLiteral("=analyst"));
        QVERIFY(m_window->editController()
                    .apply(std::move(
                        ChangeSet("rename nis").update(RecordTable::Entities, "nis", {{"name", "NIS j.s.c."}})))
                    .isEmpty());
        QVERIFY(m_window->editController().apply(addEntity("iceland", "Iceland", "state")).isEmpty());

        QAbstractItemModel *shown = dock.table()->model();
        QCOMPARE(shown->rowCount(), 2);
        QCOMPARE(shown->index(0, HistoryModel::Record).data().toString(), QStringLiteral("iceland")); // newest on top
        QCOMPARE(shown->index(0, HistoryModel::Operation).data().toString(), QStringLiteral("add"));
        QCOMPARE(shown->index(1, HistoryModel::Label).data().toString(), QStringLiteral("rename nis"));
        QCOMPARE(shown->index(1, HistoryModel::Author).data().toString(), QStringLiteral("=analyst"));
        QCOMPARE(shown->index(1, HistoryModel::Table).data().toString(), QStringLiteral("entities"));

        // Undo is an edit too: it shows up.
        m_window->undoStack().undo();
        QCOMPARE(shown->rowCount(), 3);
        QCOMPARE(shown->index(0, HistoryModel::Operation).data().toString(), QStringLiteral("delete"));

        QTest::keyClicks(dock.recordField(), QStringLiteral("NIS"));
        QCOMPARE(shown->rowCount(), 1);
        dock.recordField()->clear();
        QTest::keyClicks(dock.authorField(), QStringLiteral("somebody else"));
        QCOMPARE(shown->rowCount(), 0);
        dock.authorField()->clear();
        QCOMPARE(shown->rowCount(), 3);
        dock.fromEdit()->setDate(QDate::currentDate().addDays(1));
        guitest::click(dock.fromCheck());
        QCOMPARE(shown->rowCount(), 0); // nothing from tomorrow on
        dock.fromEdit()->setDate(QDate::currentDate());
        QCOMPARE(shown->rowCount(), 3);
        dock.toEdit()->setDate(QDate::currentDate().addDays(-1));
        guitest::click(dock.toCheck());
        QCOMPARE(shown->rowCount(), 0);
        guitest::click(dock.toCheck());
        guitest::click(dock.fromCheck());
        if (qEnvironmentVariableIsSet("TIESCOPE_SCREENSHOT_DIR")) {
            dock.setFloating(true); // the picture for docs/ shows every row
            dock.resize(980, 300);
        }
        QVERIFY(guitest::screenshot(dock, "history-dock.png"));

        QTest::keyClicks(dock.recordField(), QStringLiteral("nis"));
        const QString csv = m_dir.filePath(QStringLiteral("history.csv"));
        QString error;
        QVERIFY2(dock.exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the header and the one row shown
        QCOMPARE(lines[0], QStringLiteral("time,author,change_set,label,table,record,row_id,operation,before,after"));
        QVERIFY2(lines[1].contains(QStringLiteral(",'=analyst,")), qPrintable(lines[1])); // no formula
        QVERIFY(lines[1].contains(QStringLiteral(",rename nis,entities,nis,")));
        QVERIFY(lines[1].contains(QStringLiteral("NIS j.s.c.")));
    }

    void findDuplicatesMergeAndUndo()
    {
        const QString path = guifixture::writeStore(QDir(m_dir.path()), QStringLiteral("merge.db"));
        QVERIFY(guitest::open(*m_window, path));
        QVERIFY(guitest::settle(*m_window));
        EditController &edits = m_window->editController();
        ChangeSet twin("add a twin");
        twin.add(RecordTable::Entities, {{"id", "gpn"},
                                         {"name", "GAZPROM NEFT"},
                                         {"kind", "company"},
                                         {"description", "Gazprom's oil arm, entered twice."}});
        ordered_json tie = {{"id", "gpn-supplies-serbia"}, {"from", "gpn"},          {"to", "serbia"},
                            {"domain", "energy"},          {"relation", "supplies"}, {"status", "confirmed"}};
        tie["citations"] =
            ordered_json::array({{{"source", "src"}, {"locator", "p. 2"}, {"reliability", "B"}, {"credibility", 2}}});
        twin.add(RecordTable::Ties, tie);
        QVERIFY(edits.apply(twin).isEmpty());
        const std::size_t entities = m_window->document().dataset().entities().size();
        QTRY_COMPARE(canvasEntities(*m_window), entities);

        MergeController &merges = m_window->mergeController();
        merges.findDuplicates();
        DuplicatesDialog *list = merges.duplicatesDialog();
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->table()->rowCount(), 1);
        QCOMPARE(list->table()->item(0, 4)->text(), QStringLiteral("gazprom neft"));
        QTest::mouseClick(list->mergeButton(), Qt::LeftButton);
        MergeDialog *dialog = merges.mergeDialog();
        QVERIFY(dialog && dialog->isVisible());
        // The survivor keeps its key; it takes the twin's description, keeps its own name.
        guitest::click(dialog->survivorButton(0));
        QCOMPARE(dialog->survivorKey(), std::string("gazprom-neft"));
        guitest::click(dialog->fieldButton(MergeDialog::Description, 1));
        QVERIFY(dialog->fieldButton(MergeDialog::Name, 0)->isChecked());
        QVERIFY(guitest::screenshot(*dialog, "merge-dialog.png"));
        const int undoBefore = m_window->undoStack().count();
        dialog->accept();

        const Dataset &data = m_window->document().dataset();
        QVERIFY(!data.findEntity("gpn"));
        const Entity &survivor = data.entity(*data.findEntity("gazprom-neft"));
        QCOMPARE(survivor.name, std::string("Gazprom Neft"));
        QCOMPARE(survivor.description, std::string("Gazprom's oil arm, entered twice."));
        QCOMPARE(data.tie(*data.findTie("gpn-supplies-serbia")).from, *data.findEntity("gazprom-neft"));
        QCOMPARE(m_window->undoStack().count(), undoBefore + 1); // one edit
        QTRY_COMPARE(canvasEntities(*m_window), entities - 1);
        QTRY_COMPARE(list->table()->rowCount(), 0); // the list follows the edit

        const Dataset file = reload(path);
        QVERIFY(!file.findEntity("gpn"));
        const auto &aliases = file.entity(*file.findEntity("gazprom-neft")).aliases;
        QVERIFY(std::find(aliases.begin(), aliases.end(), "gpn") != aliases.end());

        // A snapshot that names the merged key selects the survivor.
        Snapshot snapshot;
        snapshot.filter = m_window->document().filter();
        snapshot.view = Snapshot::View{};
        snapshot.view->selectedEntities = {"gpn"};
        m_window->snapshotController().apply(snapshot);
        QCOMPARE(m_window->viewState().selection().currentEntity(), data.findEntity("gazprom-neft"));

        m_window->undoStack().undo();
        QVERIFY(m_window->document().dataset().findEntity("gpn"));
        QVERIFY(reload(path).findEntity("gpn"));
        QCOMPARE(reload(path).entity(*reload(path).findEntity("gazprom-neft")).description,
                 std::string("About Gazprom Neft."));
        QTRY_COMPARE(canvasEntities(*m_window), entities);
    }
};

QTEST_MAIN(TestStoreFiles)
#include "tst_storefiles.moc"
