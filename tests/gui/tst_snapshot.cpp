// SPDX-License-Identifier: MIT
// Snapshots from the window: save what is shown, reopen it in a fresh window, and get the
// same filter, positions, pins, selection and viewport back; a broken file changes nothing.
#include <fstream>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "app/detailsdock.h"
#include "app/graphcanvas.h"
#include "app/safetextbrowser.h"
#include "app/snapshotcontroller.h"
#include "app/viewstate.h"
#include "guifixture.h"
#include "guitestsupport.h"
#include "render/graphscene.h"

using namespace tiescope;

class TestSnapshot final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolateSettings(m_dir);
        m_db = guifixture::writeStore(QDir(m_dir.path()));
    }

    void saveAndReopenRestoresTheView()
    {
        const QString file = m_dir.filePath(QStringLiteral("view.json"));
        std::vector<Point> saved;
        double zoom = 0.0;
        {
            auto window = openWindow();
            auto *energy = window->findChild<QCheckBox *>(QStringLiteral("domain:energy"));
            QVERIFY(energy);
            guitest::click(energy); // energy off: 6 of 9 ties
            QCOMPARE(window->document().view().visibleTieCount(), 6u);
            const EntityId serbia = guitest::entity(*window, "serbia");
            ViewState &state = window->viewState();
            state.setPosition(serbia, Point{1234.0, -321.0});
            state.setPinned(serbia, true);
            // Three selected, NIS clicked last (current).
            Selection selection = Selection::of(guitest::tie(*window, "serbia-buys-mig"));
            selection.add(guitest::entity(*window, "russia"));
            selection.add(guitest::entity(*window, "nis"));
            state.setSelection(selection);
            window->canvas().setZoomAndCentre(0.75, QPointF(100.0, 50.0));
            saved = state.positions();
            QCOMPARE(window->scene().position(serbia), QPointF(1234.0, -321.0)); // drawn where the state says
            zoom = window->canvas().zoom();

            QString error;
            QVERIFY2(window->snapshotController().save(file, &error), qPrintable(error));
        }

        // The file says what was shown.
        std::ifstream in(file.toStdString());
        const nlohmann::json json = nlohmann::json::parse(in);
        QCOMPARE(json.at("format").get<std::string>(), std::string("tiescope-snapshot"));
        QCOMPARE(json.at("format_version").get<int>(), 3);
        QCOMPARE(json.at("ties").size(), std::size_t{6});
        QCOMPARE(json.at("positions").at("serbia").at(0).get<double>(), 1234.0);
        const nlohmann::json &selected = json.at("view").at("selection");
        QCOMPARE(selected.at("entities").size(), std::size_t{2});
        QCOMPARE(selected.at("entities").at(0).get<std::string>(), std::string("nis")); // the current one first
        QCOMPARE(selected.at("entities").at(1).get<std::string>(), std::string("russia"));
        QCOMPARE(selected.at("ties").size(), std::size_t{1});
        QCOMPARE(selected.at("ties").at(0).get<std::string>(), std::string("serbia-buys-mig"));

        // A fresh window, all domains on, then the snapshot.
        auto window = openWindow();
        QCOMPARE(window->document().view().visibleTieCount(), 9u);
        QString error;
        QVERIFY2(window->snapshotController().open(file, &error), qPrintable(error));
        QCOMPARE(window->document().view().visibleTieCount(), 6u);
        QVERIFY(!window->findChild<QCheckBox *>(QStringLiteral("domain:energy"))->isChecked());
        const ViewState &state = window->viewState();
        for (const EntityId entity : window->document().view().visibleEntities()) {
            QCOMPARE(state.position(entity), saved[entity.index()]);
            QCOMPARE(window->scene().position(entity), QPointF(saved[entity.index()].x, saved[entity.index()].y));
        }
        QVERIFY(state.isPinned(guitest::entity(*window, "serbia")));
        QVERIFY(!state.isPinned(guitest::entity(*window, "nis")));
        const Selection &selection = state.selection();
        QCOMPARE(selection.entities(),
                 (std::set<EntityId>{guitest::entity(*window, "nis"), guitest::entity(*window, "russia")}));
        QCOMPARE(selection.ties(), std::set<TieId>{guitest::tie(*window, "serbia-buys-mig")});
        QCOMPARE(selection.currentEntity(), std::optional<EntityId>(guitest::entity(*window, "nis")));
        QVERIFY(window->detailsDock().browser()->toPlainText().contains(QStringLiteral("3 selected")));
        QCOMPARE(window->canvas().zoom(), zoom);
        const QPointF centre = window->canvas().mapToScene(window->canvas().viewport()->rect().center());
        QVERIFY(std::abs(centre.x() - 100.0) < 3.0 && std::abs(centre.y() - 50.0) < 3.0);
    }

    void whatToDoWithIsolatedEntitiesComesBack()
    {
        auto window = openWindow();
        auto *isolated = window->findChild<QComboBox *>(QStringLiteral("isolatedMode"));
        QVERIFY(isolated);
        guitest::click(window->findChild<QCheckBox *>(QStringLiteral("domain:energy"))); // leaves Gazprom Neft alone
        const EntityId gazpromNeft = guitest::entity(*window, "gazprom-neft");
        for (const QString &choice :
             {QStringLiteral("Show them"), QStringLiteral("Hide them"), QStringLiteral("Fade them")}) {
            const QString file = m_dir.filePath(choice.section(QLatin1Char(' '), 0, 0) + QStringLiteral(".json"));
            isolated->setCurrentIndex(isolated->findText(choice));
            QCOMPARE(isolated->currentText(), choice);
            QString error;
            QVERIFY2(window->snapshotController().save(file, &error), qPrintable(error));

            // Changed after saving, then the snapshot is opened again.
            isolated->setCurrentIndex((isolated->currentIndex() + 1) % isolated->count());
            QVERIFY2(window->snapshotController().open(file, &error), qPrintable(error));
            QCOMPARE(isolated->currentText(), choice);
            QCOMPARE(window->scene().fadeIsolated(), choice == QStringLiteral("Fade them"));
            QCOMPARE(window->scene().isShown(gazpromNeft), choice != QStringLiteral("Hide them"));
        }
    }

    void brokenSnapshotChangesNothing()
    {
        auto window = openWindow();
        const QString file = m_dir.filePath(QStringLiteral("broken.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"format": "tiescope-snapshot", "format_version": 2, "entities": [)");
        out.close();
        const std::vector<Point> before = window->viewState().positions();
        QString error;
        QVERIFY(!window->snapshotController().open(file, &error));
        QVERIFY2(error.contains(file), qPrintable(error));
        QCOMPARE(window->viewState().positions(), before);
        QCOMPARE(window->document().view().visibleTieCount(), 9u);

        QVERIFY(!window->snapshotController().open(m_dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(error.contains(QStringLiteral("no such file")));
    }

    void failedSaveLeavesNoFile()
    {
        auto window = openWindow();
        const QString file = m_dir.filePath(QStringLiteral("no/such/dir/view.json"));
        QString error;
        QVERIFY(!window->snapshotController().save(file, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(file));
    }

private:
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1200, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !guitest::open(*window, m_db) ||
            !guitest::settle(*window))
            qFatal("window did not open");
        return window;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
