// SPDX-License-Identifier: MIT
// File → Export As… writes what the window shows — the filtered view with the canvas's
// positions — in the format picked in its dialog, through the same code as the CLI's export;
// a target that cannot be written gives a message naming it and leaves nothing behind.
#include <QAction>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/viewexportcontroller.h"
#include "app/viewstate.h"
#include "guitestsupport.h"

using namespace tiescope;

class TestViewExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolateSettings(m_dir);
        if (!guitest::bundledBuilt())
            QSKIP("the bundled database is not built");
        m_db = guitest::bundledCopy(m_dir, QStringLiteral("bundled.db"));
        QVERIFY(!m_db.isEmpty());
        m_window = guitest::openWindow(m_db);
        QVERIFY(m_window);
        FilterSpec spec = m_window->document().filter();
        spec.domains = std::set<std::string>{"energy"};
        m_window->document().setFilter(spec);
        QTRY_VERIFY(m_window->document().view().visibleTieCount() < m_window->document().dataset().ties().size());
    }

    void cleanupTestCase() { m_window.reset(); }

    void exportAsWritesTheFilteredViewWithTheCanvasPositions()
    {
        const QString path = m_dir.filePath(QStringLiteral("view.cyjs"));
        QStringList suggested;
        m_window->viewExport().setPrompt([&](const QString &suggestion) {
            suggested << suggestion;
            return std::make_optional(std::make_pair(InterchangeExport::Format::Cyjs, path));
        });
        QAction *action = nullptr;
        for (QAction *candidate : m_window->findChildren<QAction *>()) {
            if (candidate->text() == QStringLiteral("Export &As…"))
                action = candidate;
        }
        QVERIFY(action);
        action->trigger();
        QCOMPARE(suggested.size(), 1);
        QVERIFY(QFileInfo::exists(path));
        std::ifstream in(path.toStdString());
        const nlohmann::json doc = nlohmann::json::parse(in);
        const GraphView &view = m_window->document().view();
        QCOMPARE(doc["elements"]["edges"].size(), view.visibleTieCount());
        QCOMPARE(doc["elements"]["nodes"].size(), view.visibleEntityCount());
        for (const auto &edge : doc["elements"]["edges"])
            QCOMPARE(edge["data"]["domain"].get<std::string>(), std::string("energy"));
        // Where the canvas has each entity.
        const Dataset &data = m_window->document().dataset();
        const nlohmann::json &node = doc["elements"]["nodes"][0];
        const EntityId first = *data.findEntity(node["data"]["id"].get<std::string>());
        const Point at = m_window->viewState().positions().at(first.index());
        QCOMPARE(node["position"]["x"].get<double>(), at.x);
        QCOMPARE(node["position"]["y"].get<double>(), at.y);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported")));
    }

    void everyFormatOfTheCliIsOffered()
    {
        for (const InterchangeExport::Format format : InterchangeExport::formats()) {
            const std::string name(InterchangeExport::name(format));
            const QString path = m_dir.filePath(QStringLiteral("every-") + QString::fromStdString(name) +
                                                QString::fromLatin1(InterchangeExport::extension(format).data()));
            QString error;
            QVERIFY2(m_window->viewExport().exportTo(format, path, &error), qPrintable(error));
            QVERIFY2(QFileInfo::exists(path), name.c_str());
        }
        // FollowTheMoney: one JSON object per line.
        std::ifstream in(m_dir.filePath(QStringLiteral("every-ftm.ftm.json")).toStdString());
        int lines = 0;
        for (std::string line; std::getline(in, line); ++lines)
            QVERIFY(nlohmann::json::parse(line).contains("schema"));
        QVERIFY(lines > 0);
    }

    void aTargetThatCannotBeWrittenIsNamedAndNothingIsLeft()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/view.graphml"));
        QString error;
        QVERIFY(!m_window->viewExport().exportTo(InterchangeExport::Format::Graphml, path, &error));
        QVERIFY2(error.contains(QStringLiteral("view.graphml")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestViewExport)
#include "tst_viewexport.moc"
