// SPDX-License-Identifier: MIT
// The canvas at every zoom: what a person sees far out (ties and entities still there, drawn
// cheaply) and close up (glyph outlines and labels), that a filter change keeps the scene's
// items, that the window's canvas does not let one entity's fading leak onto the next, and
// that the pointer finds the tie or entity under it, and that clicking on the canvas selects
// through the view state what is under the pointer, as the details panel then shows.
#include <cmath>
#include <set>
#include <string>

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QUndoStack>
#include <QtTest>

#include "app/detailsdock.h"
#include "app/graphcanvas.h"
#include "app/graphdocument.h"
#include "app/safetextbrowser.h"
#include "app/scenebinder.h"
#include "app/viewstate.h"
#include "filter/filterengine.h"
#include "graph/tiegraph.h"
#include "guifixture.h"
#include "render/entityitem.h"
#include "render/graphscene.h"
#include "render/kindshape.h"
#include "render/tieraster.h"

using namespace tiescope;

namespace {

// Far apart, so each tie has empty space around it: gpn-owns-nis runs along y = 0 from
// gazprom-neft (0, 0) to nis (3000, 0).
std::vector<Point> spreadOut(const Dataset &data)
{
    std::vector<Point> positions(data.entities().size());
    const auto place = [&](const char *key, double x, double y) { positions[data.findEntity(key)->index()] = {x, y}; };
    place("gazprom-neft", 0, 0);
    place("nis", 3000, 0);
    place("russia", 0, 3000);
    place("serbia", 3000, 3000);
    place("mig-29", 6000, 3000);
    place("nato", 3000, 6000);
    place("eu", 6000, 6000);
    return positions;
}

bool near(const QColor &a, const QColor &b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// Pixels drawn in a dark ink (outlines, text) inside `area`.
int dark(const QImage &image, const QRect &area)
{
    int count = 0;
    for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y) {
        for (int x = std::max(0, area.left()); x <= std::min(image.width() - 1, area.right()); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += c.red() < 150 && c.green() < 150 && c.blue() < 150 ? 1 : 0;
        }
    }
    return count;
}

} // namespace

class TestCanvas final : public QObject
{
    Q_OBJECT

private:
    Dataset m_data = guifixture::make();
    std::unique_ptr<TieGraph> m_graph;
    std::unique_ptr<GraphScene> m_scene;

    EntityId id(const char *key) const { return *m_data.findEntity(key); }
    QColor fillOf(const char *key) const
    {
        const Entity &e = m_data.entity(id(key));
        return KindShape::fill(KindShape::glyphFor(m_data.kind(e.kind).key, e.kind.index()));
    }
    // The scene rectangle `source` drawn into a white image of `size` (scale = size / source).
    QImage render(const QRectF &source, const QSize &size)
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_scene->render(&painter, QRectF(QPointF(0, 0), size), source);
        return image;
    }

private slots:
    void init()
    {
        m_scene.reset();
        m_graph = std::make_unique<TieGraph>(m_data);
        m_scene = std::make_unique<GraphScene>();
        m_scene->setGraph(m_graph.get());
        m_scene->setPositions(spreadOut(m_data));
    }

    void aFilterChangeKeepsTheItems()
    {
        std::vector<const EntityItem *> before;
        for (std::size_t i = 0; i < m_data.entities().size(); ++i)
            before.push_back(m_scene->entityItem(EntityId(i)));
        const auto itemCount = m_scene->items().size();

        FilterSpec energy;
        energy.domains = std::set<std::string>{"energy"};
        energy.isolated = IsolatedEntities::Hide;
        m_scene->setView(FilterEngine::apply(*m_graph, energy));
        QVERIFY(!m_scene->entityItem(id("mig-29"))->isVisible());
        QVERIFY(m_scene->entityItem(id("nis"))->isVisible());
        m_scene->setView(GraphView(*m_graph));
        QVERIFY(m_scene->entityItem(id("mig-29"))->isVisible());

        QCOMPARE(m_scene->items().size(), itemCount);
        for (std::size_t i = 0; i < before.size(); ++i)
            QCOMPARE(m_scene->entityItem(EntityId(i)), before[i]);
    }

    void aCloseUpOfALongTieKeepsItsDashesAndArrowhead()
    {
        // eu-serbia-planned runs from eu (6000, 6000) to serbia (3000, 3000), dotted, with an
        // arrowhead at serbia; at 8x it reaches tens of thousands of pixels beyond the view.
        m_scene->setViewScale(8.0);
        const QRectF middle(4475, 4475, 50, 50);
        const QImage image = render(middle, QSize(400, 400));
        // Along the diagonal: dots, so ink and paper alternate many times.
        int runs = 0;
        bool inked = false;
        for (int i = 0; i < 400; ++i) {
            const bool now = !near(image.pixelColor(i, i), Qt::white, 30);
            runs += now && !inked ? 1 : 0;
            inked = now;
        }
        QVERIFY2(runs >= 8, qPrintable(QString::number(runs)));

        // Panned by 40 pixels: the dots stay where they were on the tie.
        const QImage panned = render(middle.translated(5, 5), QSize(400, 400));
        int differing = 0;
        for (int y = 0; y < 360; ++y) {
            for (int x = 0; x < 360; ++x)
                differing += near(image.pixelColor(x + 40, y + 40), panned.pixelColor(x, y), 12) ? 0 : 1;
        }
        QCOMPARE(differing, 0);

        // Beside the tie, inside its bounding box: nothing of it (compared with the tie hidden).
        const QRectF aside(4700, 4300, 50, 50);
        const QImage beside = render(aside, QSize(400, 400));

        // At serbia, what the tie adds reaches further from its centre line than the line's
        // half width (at most 1.6): the arrowhead.
        const QRectF tip(3000, 3000, 60, 60);
        const QImage withTie = render(tip, QSize(480, 480));
        FilterSpec noEconomy;
        noEconomy.domains = std::set<std::string>{"energy", "arms", "diplomacy", "intelligence"};
        m_scene->setView(FilterEngine::apply(*m_graph, noEconomy));
        const QImage withoutTie = render(tip, QSize(480, 480));
        QCOMPARE(beside, render(aside, QSize(400, 400)));
        double widest = 0.0;
        for (int y = 0; y < 480; ++y) {
            for (int x = 0; x < 480; ++x) {
                if (!near(withTie.pixelColor(x, y), withoutTie.pixelColor(x, y), 40))
                    widest = std::max(widest, std::abs(x - y) / 8.0 / std::sqrt(2.0));
            }
        }
        QVERIFY2(widest > 2.5, qPrintable(QString::number(widest)));
    }

    void farOutTiesAndEntitiesAreStillDrawn()
    {
        // A tenth of the size: ties are thin straight lines, glyphs a few pixels.
        m_scene->setViewScale(0.1);
        const QImage image = render(QRectF(-500, -500, 7000, 7000), QSize(700, 700));
        // gpn-owns-nis, energy (orange-red), from (50, 50) to (350, 50): midway it is there.
        bool tieSeen = false;
        for (int y = 47; y <= 53; ++y) {
            const QColor c = image.pixelColor(200, y);
            tieSeen = tieSeen || (c.red() - c.blue() > 40 && c != QColor(Qt::white));
        }
        QVERIFY(tieSeen);
        QVERIFY(near(image.pixelColor(200, 30), Qt::white, 2)); // and only there
        // Each entity still shows, in its kind's colour.
        QVERIFY(near(image.pixelColor(50, 50), fillOf("gazprom-neft"), 24));
        QVERIFY(near(image.pixelColor(650, 650), fillOf("eu"), 24));
    }

    void farOutSvgKeepsVectorTies()
    {
        // Fast far-out drawing writes pixels; an SVG must still get lines, not an embedded image.
        m_scene->setViewScale(0.1);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(700, 700));
        {
            QPainter painter(&svg);
            m_scene->render(&painter, QRectF(0, 0, 700, 700), QRectF(-500, -500, 7000, 7000));
        }
        const QString text = QString::fromUtf8(buffer.data()).toLower();
        QVERIFY(text.contains(QStringLiteral("stroke=\"") + QString(guifixture::EnergyColour)));
        QVERIFY(!text.contains(QStringLiteral("<image")));
    }

    void closeUpGlyphsHaveOutlinesAndLabels()
    {
        m_scene->setViewScale(1.0);
        const EntityItem *item = m_scene->entityItem(id("gazprom-neft"));
        QVERIFY(item->labelAnchor() != LabelAnchor::Hidden);
        // Gazprom Neft at (200, 150) in the image: its outline around it, its name beside it.
        const QImage image = render(QRectF(-200, -150, 600, 300), QSize(600, 300));
        const QRectF glyph = item->shape().boundingRect().translated(200, 150);
        const QRectF label = item->boundingRect().translated(200, 150);
        QVERIFY(dark(image, glyph.adjusted(-2, -2, 2, 2).toAlignedRect()) > 20);
        QVERIFY(dark(image, label.toAlignedRect()) > dark(image, glyph.adjusted(-2, -2, 2, 2).toAlignedRect()) + 20);
    }

    void aFadedEntityDoesNotFadeTheNext()
    {
        // The canvas does not save the painter around each item: a dimmed entity painted
        // first must not leave its opacity to the highlighted one painted after it.
        GraphCanvas canvas(m_scene.get());
        canvas.setLegendVisible(false);
        canvas.setAttribute(Qt::WA_DontShowOnScreen);
        canvas.resize(800, 600);
        canvas.show();
        canvas.setZoomAndCentre(1.0, QPointF(3000, 0));
        m_scene->setHighlight({id("nis")}, {});
        QVERIFY(m_scene->entityItem(id("serbia"))->zValue() == m_scene->entityItem(id("nis"))->zValue());
        QImage image(canvas.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        canvas.viewport()->render(&image);
        const QPoint centre = canvas.mapFromScene(QPointF(3000, 0));
        QVERIFY(near(image.pixelColor(centre), fillOf("nis"), 8));
    }

    void rasterLinesAreSolidDashedOrFaint()
    {
        // TieRaster draws crowded views: a solid line covers its row, a dashed one leaves gaps,
        // a hair-thin one is fainter, and one running off the image is clipped, not a crash.
        TieRaster raster;
        raster.begin(QRect(100, 100, 200, 40)); // device pixels (100..299, 100..139)
        const TieRaster::Ink black = TieRaster::ink(Qt::black, 1.0);
        raster.drawLine(QPointF(110, 110.5), QPointF(290, 110.5), black);
        raster.setDashes({4.0, 4.0});
        raster.drawLine(QPointF(110, 120.5), QPointF(290, 120.5), black);
        raster.setDashes({});
        raster.drawLine(QPointF(110, 130.5), QPointF(290, 130.5), TieRaster::ink(Qt::black, 0.3));
        raster.drawLine(QPointF(-5000, 135.5), QPointF(5000, 135.5), black);
        const QImage &image = raster.image();
        const auto alphas = [&image](int y) {
            std::vector<int> a;
            for (int x = 20; x < 180; ++x)
                a.push_back(qAlpha(image.pixel(x, y)));
            return a;
        };
        const auto solid = alphas(10);
        QVERIFY(std::all_of(solid.begin(), solid.end(), [](int a) { return a == 255; }));
        const auto dashed = alphas(20);
        QVERIFY(std::count(dashed.begin(), dashed.end(), 0) > 60);
        QVERIFY(std::count(dashed.begin(), dashed.end(), 255) > 60);
        const auto faint = alphas(30);
        QVERIFY(std::all_of(faint.begin(), faint.end(), [](int a) { return a > 30 && a < 120; }));
        QCOMPARE(qAlpha(image.pixel(0, 35)), 255);
        QCOMPARE(qAlpha(image.pixel(199, 35)), 255);
        QCOMPARE(qAlpha(image.pixel(100, 0)), 0);
    }

    void everySelectedTieIsDrawnSelected()
    {
        // Two ties far apart; a close-up of each with and without both selected.
        const TieId gpn = *m_data.findTie("gpn-owns-nis");
        const TieId eu = *m_data.findTie("eu-serbia-planned");
        const auto around = [this](TieId tie) {
            const QPointF mid = m_scene->tieMidpoint(tie);
            return QRectF(mid - QPointF(60, 60), QSizeF(120, 120));
        };
        const auto inked = [](const QImage &image) {
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
            }
            return count;
        };
        const int plainGpn = inked(render(around(gpn), QSize(240, 240)));
        const int plainEu = inked(render(around(eu), QSize(240, 240)));
        m_scene->setMarked({}, {gpn, eu});
        // The selection halo is wider than a tie: each close-up has more ink than before.
        QVERIFY2(inked(render(around(gpn), QSize(240, 240))) > plainGpn * 3 / 2, "the first selected tie has no halo");
        QVERIFY2(inked(render(around(eu), QSize(240, 240))) > plainEu * 3 / 2, "the second selected tie has no halo");
        m_scene->setMarked({}, {});
        QCOMPARE(inked(render(around(eu), QSize(240, 240))), plainEu);
    }

    void hitTestingFindsTheTieOrEntityUnderThePointer()
    {
        m_scene->setViewScale(1.0);
        const TieId gpn = *m_data.findTie("gpn-owns-nis");
        QCOMPARE(m_scene->tieAt(QPointF(1500, 2)), std::optional<TieId>(gpn));
        QCOMPARE(m_scene->tieAt(QPointF(1500, 200)), std::nullopt);
        const TieId eu = *m_data.findTie("eu-serbia-planned");
        QCOMPARE(m_scene->tieAt(m_scene->tieMidpoint(eu)), std::optional<TieId>(eu));
        // After a move, the tie is found where it is now, not where it was.
        m_scene->setPosition(id("nis"), QPointF(3000, 1000));
        QCOMPARE(m_scene->tieAt(QPointF(1500, 2)), std::nullopt);
        QCOMPARE(m_scene->tieAt(m_scene->tieMidpoint(gpn)), std::optional<TieId>(gpn));
        // A filtered-out tie is not there to be clicked.
        FilterSpec energy;
        energy.domains = std::set<std::string>{"energy"};
        m_scene->setView(FilterEngine::apply(*m_graph, energy));
        QCOMPARE(m_scene->tieAt(m_scene->tieMidpoint(eu)), std::nullopt);
        QCOMPARE(m_scene->tieAt(m_scene->tieMidpoint(gpn)), std::optional<TieId>(gpn));
        bool entityFound = false;
        for (QGraphicsItem *item : m_scene->items(QPointF(6000, 6000)))
            entityFound = entityFound || item == m_scene->entityItem(id("eu"));
        QVERIFY(entityFound);
    }

    void clickingSelectsWhatIsUnderThePointer()
    {
        // The window's parts that a click goes through: canvas, scene, binder, view state, panel.
        auto data = std::make_unique<Dataset>(guifixture::make());
        auto graph = std::make_unique<TieGraph>(*data);
        GraphDocument document;
        ViewState state(document);
        GraphScene scene;
        QUndoStack undo;
        SceneBinder binder(state, scene, undo);
        DetailsDock details(document, state);
        document.replace(QStringLiteral("fixture.db"), std::move(data), std::move(graph));
        std::vector<Point> positions = spreadOut(document.dataset());
        for (Point &p : positions)
            p = Point{p.x / 10.0, p.y / 10.0}; // all of it in one screen at zoom 1
        state.setPositions(positions);
        GraphCanvas canvas(&scene);
        canvas.setLegendVisible(false);
        canvas.setAttribute(Qt::WA_DontShowOnScreen);
        canvas.resize(900, 800);
        canvas.show();
        canvas.setZoomAndCentre(1.0, QPointF(300, 300));
        const Dataset &d = document.dataset();
        const EntityId nis = *d.findEntity("nis");
        const EntityId russia = *d.findEntity("russia");
        const TieId gpn = *d.findTie("gpn-owns-nis");
        const auto at = [&canvas](QPointF scenePos) { return canvas.mapFromScene(scenePos); };
        const auto text = [&details] { return details.browser()->toPlainText(); };
        QWidget *viewport = canvas.viewport();

        // An entity: only it is selected, and the panel describes it.
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at(scene.position(nis)));
        QCOMPARE(state.selection(), Selection::of(nis));
        QVERIFY2(text().startsWith(QStringLiteral("NIS")), qPrintable(text()));
        QVERIFY(!text().contains(QStringLiteral(" selected: ")));

        // A tie, at the middle of its drawn line.
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at(scene.tieMidpoint(gpn)));
        QCOMPARE(state.selection(), Selection::of(gpn));
        QVERIFY2(text().startsWith(QStringLiteral("Gazprom Neft → NIS")), qPrintable(text()));

        // Ctrl-click adds: the tie and NIS, NIS current; the panel says how many.
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, at(scene.position(nis)));
        QCOMPARE(state.selection().entities(), std::set<EntityId>{nis});
        QCOMPARE(state.selection().ties(), std::set<TieId>{gpn});
        QCOMPARE(state.selection().currentEntity(), std::optional<EntityId>(nis));
        QVERIFY(text().startsWith(QStringLiteral("NIS")));
        QVERIFY2(text().contains(QStringLiteral("2 selected: 1 entity, 1 tie")), qPrintable(text()));
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, at(scene.position(russia)));
        QCOMPARE(state.selection().size(), std::size_t{3});
        QCOMPARE(state.selection().currentEntity(), std::optional<EntityId>(russia));
        QVERIFY(text().contains(QStringLiteral("3 selected")));
        // Ctrl-click on a selected one takes it out again.
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, at(scene.position(nis)));
        QCOMPARE(state.selection().entities(), std::set<EntityId>{russia});
        QCOMPARE(state.selection().ties(), std::set<TieId>{gpn});
        // The scene draws the marks the state holds: the selection's bounds cover Russia.
        QVERIFY(scene.selectionBounds().contains(scene.position(russia)));

        // Ctrl-click on the background keeps the selection; a plain click clears it.
        const QPointF empty(150, 150);
        QCOMPARE(scene.tieAt(empty), std::nullopt);
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, at(empty));
        QCOMPARE(state.selection().size(), std::size_t{2});
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at(empty));
        QVERIFY(state.selection().isEmpty());
        QVERIFY(scene.selectionBounds().isEmpty());
        QVERIFY2(text().startsWith(QStringLiteral("Click an entity")), qPrintable(text()));
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
