// SPDX-License-Identifier: MIT
// The Map tab on the bundled data: it opens from the View menu, a click on an entity or a
// country selects it and the details panel shows it, a selection made elsewhere is marked,
// the filter changes what the map draws, and the entities without a country are listed.
#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QTextBrowser>

#include "app/detailsdock.h"
#include "app/mappanel.h"
#include "app/safetextbrowser.h"
#include "app/snapshotcontroller.h"
#include "app/mapview.h"
#include "app/viewstate.h"
#include "app/viewtabs.h"
#include "geo/mapprojection.h"
#include "geo/worldmap.h"
#include "guitestsupport.h"
#include "render/mappicture.h"

using namespace tiescope;

class TestMap final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolateSettings(m_dir);
        if (!QFileInfo::exists(QStringLiteral(TIESCOPE_BUNDLED_DB)))
            QSKIP("the bundled database is not built");
        // A copy: the window may keep its layout in the store it opens.
        m_db = m_dir.filePath(QStringLiteral("bundled.db"));
        QVERIFY(QFile::copy(QStringLiteral(TIESCOPE_BUNDLED_DB), m_db));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(guitest::open(*m_window, m_db));
        QVERIFY(guitest::settle(*m_window));
        showMap();
    }

    void cleanup() { m_window.reset(); }

    void opensFromTheViewMenuBesideTheGraph()
    {
        ViewTabs &tabs = m_window->viewTabs();
        QCOMPARE(tabs.count(), 2);
        QCOMPARE(tabs.tabText(0), QStringLiteral("Graph"));
        QCOMPARE(tabs.tabText(1), QStringLiteral("Map"));
        QCOMPARE(tabs.currentWidget(), &m_window->mapPanel());
        QVERIFY(tabs.actions().at(1)->isChecked());
        tabs.actions().at(0)->trigger();
        QCOMPARE(tabs.currentIndex(), 0);
        QVERIFY(tabs.actions().at(0)->isChecked());
    }

    void clickingAnEntitySelectsItAndTheDetailsShowIt()
    {
        const EntityId serbia = guitest::entity(*m_window, "serbia");
        MapView &view = m_window->mapPanel().mapView();
        const auto at = view.entityPoint(serbia);
        QVERIFY(at.has_value());
        QVERIFY(view.rect().contains(at->toPoint()));
        QTest::mouseClick(&view, Qt::LeftButton, {}, at->toPoint());
        QTRY_COMPARE(m_window->viewState().selection().currentEntity(), std::optional<EntityId>(serbia));
        QTRY_VERIFY(m_window->detailsDock().browser()->toPlainText().startsWith(QStringLiteral("Serbia")));
        QVERIFY(m_window->mapPanel().picture().selectedEntities().count(serbia) == 1);
    }

    void clickingACountrySelectsItsEntitiesWithTheStateCurrent()
    {
        MapView &view = m_window->mapPanel().mapView();
        const MapPicture &picture = m_window->mapPanel().picture();
        // Siberia, far from Russia's cluster in the west of the country.
        const Point siberia = MapProjection::project({125.0, 64.0});
        const QPoint at = view.frame().toDevice(siberia).toPoint();
        QVERIFY(view.rect().contains(at));
        const auto country = picture.countryAt(view.frame(), at);
        QVERIFY(country.has_value());
        QCOMPARE(picture.map().country(*country).code, std::string("RU"));
        QTest::mouseClick(&view, Qt::LeftButton, {}, at);
        const EntityId russia = guitest::entity(*m_window, "russia");
        QTRY_COMPARE(m_window->viewState().selection().currentEntity(), std::optional<EntityId>(russia));
        QCOMPARE(m_window->viewState().selection().entities().size(), picture.placement()->entitiesIn(*country).size());
        QVERIFY(m_window->viewState().selection().entities().size() > 5);
        QTRY_VERIFY(m_window->detailsDock().browser()->toPlainText().startsWith(QStringLiteral("Russia")));
    }

    void aSelectionMadeElsewhereIsMarkedOnTheMap()
    {
        const EntityId kosovo = guitest::entity(*m_window, "kosovo");
        m_window->viewState().select(kosovo);
        QTRY_VERIFY(m_window->mapPanel().picture().selectedEntities().count(kosovo) == 1);
        m_window->viewState().clearSelection();
        QTRY_VERIFY(m_window->mapPanel().picture().selectedEntities().empty());
    }

    void theFilterChangesWhatTheMapDraws()
    {
        MapView &view = m_window->mapPanel().mapView();
        const MapPicture &picture = m_window->mapPanel().picture();
        const CountryId serbia = *picture.map().find("RS");
        const double before = picture.measure()->value(serbia).value_or(-1.0);
        const std::size_t linksBefore = picture.links()->links().size();
        QVERIFY(before > 10.0);
        const QImage drawnBefore = view.grab().toImage();
        FilterSpec spec = m_window->document().filter();
        spec.domains = std::set<std::string>{"energy"};
        m_window->document().setFilter(spec);
        QTRY_VERIFY(picture.measure()->value(serbia).value_or(-1.0) < before);
        QVERIFY(picture.links()->links().size() < linksBefore);
        for (const CountryLinks::Link &link : picture.links()->links())
            for (const auto &count : link.domains)
                QCOMPARE(m_window->document().dataset().domain(count.domain).key, std::string("energy"));
        QVERIFY(view.grab().toImage() != drawnBefore);
    }

    void entitiesWithoutACountryAreListedAndSelectable()
    {
        const Dataset &data = m_window->document().dataset();
        int without = 0;
        for (const Entity &entity : data.entities())
            without += entity.country.empty() ? 1 : 0;
        QListWidget &list = m_window->mapPanel().unplacedList();
        QCOMPARE(list.count(), without);
        QVERIFY(without > 0);
        QListWidgetItem *item = list.item(0);
        const QRect rect = list.visualItemRect(item);
        QTest::mouseClick(list.viewport(), Qt::LeftButton, {}, rect.center());
        const EntityId listed(item->data(Qt::UserRole).toUInt());
        QTRY_COMPARE(m_window->viewState().selection().currentEntity(), std::optional<EntityId>(listed));
        QVERIFY(data.entity(listed).country.empty());
    }

    void exposureShadingUsesTheChosenState()
    {
        MapPanel &panel = m_window->mapPanel();
        panel.measureChooser().setCurrentIndex(1);
        QVERIFY(panel.targetChooser().isEnabled());
        const int russia = panel.targetChooser().findData(QStringLiteral("russia"));
        QVERIFY(russia >= 0);
        panel.targetChooser().setCurrentIndex(russia);
        const MapPicture &picture = panel.picture();
        QTRY_VERIFY(picture.measure() != nullptr && picture.measure()->kind() == CountryMeasure::Kind::ExposureTo);
        QCOMPARE(QString::fromStdString(picture.measure()->name()), QStringLiteral("Exposure to Russia"));
        QVERIFY(picture.measure()->value(*picture.map().find("RS")).value_or(0.0) > 0.0);
        QVERIFY(!picture.measure()->value(*picture.map().find("RU")).has_value());
    }

    void exportsWhatTheMapShows()
    {
        const QString png = m_dir.filePath(QStringLiteral("map.png"));
        const QString svg = m_dir.filePath(QStringLiteral("map.svg"));
        QString error;
        QVERIFY2(m_window->mapPanel().exportTo(png, &error), qPrintable(error));
        QVERIFY2(m_window->mapPanel().exportTo(svg, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Borders:"));
    }

    void aSnapshotKeepsTheMapInFront()
    {
        const Snapshot snapshot = m_window->snapshotController().capture();
        QVERIFY(snapshot.view.has_value());
        QCOMPARE(snapshot.view->pane, std::string("map"));
        m_window->viewTabs().actions().at(0)->trigger();
        QCOMPARE(m_window->snapshotController().capture().view->pane, std::string("graph"));
        m_window->snapshotController().apply(snapshot);
        QTRY_COMPARE(m_window->viewTabs().currentWidget(), &m_window->mapPanel());
    }

private:
    void showMap()
    {
        m_window->viewTabs().actions().at(1)->trigger();
        QTRY_COMPARE(m_window->viewTabs().currentWidget(), &m_window->mapPanel());
        QTRY_VERIFY(m_window->mapPanel().picture().placement() != nullptr);
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMap)
#include "tst_map.moc"
