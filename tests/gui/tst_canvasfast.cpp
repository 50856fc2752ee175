// SPDX-License-Identifier: MIT
// The canvas's fast paths draw what the plain ones draw: ties rastered in two bands on two
// threads make the pixels of one raster, and a view that only moved keeps the last frame's
// tie pixels (no tie drawn again but where the view uncovered) and shows what a fresh frame of
// the same view shows; glyphs copied from sprites in a crowded scene are their paths.
#include <cstdlib>
#include <limits>
#include <memory>
#include <random>
#include <vector>

#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QtTest>

#include "app/canvaslegend.h"
#include "app/graphcanvas.h"
#include "graph/tiegraph.h"
#include "io/syntheticgenerator.h"
#include "render/entityitem.h"
#include "render/glyphsprites.h"
#include "render/graphscene.h"
#include "render/kindshape.h"
#include "render/tielayer.h"
#include "render/tieraster.h"

using namespace tiescope;

namespace {

// Pixels of two images of one size that differ by more than `tolerance` in a channel.
int differing(const QImage &a, const QImage &b, int tolerance = 0)
{
    const auto apart = [tolerance](QRgb p, QRgb q) {
        return std::abs(qRed(p) - qRed(q)) > tolerance || std::abs(qGreen(p) - qGreen(q)) > tolerance ||
               std::abs(qBlue(p) - qBlue(q)) > tolerance || std::abs(qAlpha(p) - qAlpha(q)) > tolerance;
    };
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *ra = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *rb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            count += apart(ra[x], rb[x]) ? 1 : 0;
    }
    return count;
}

const TieLayer *tieLayerOf(const GraphScene &scene)
{
    for (QGraphicsItem *item : scene.items()) {
        if (const auto *layer = dynamic_cast<const TieLayer *>(item))
            return layer;
    }
    return nullptr;
}

// A generated graph of 2000 entities at random in a square of `side`, on a 900x700 canvas
// without scroll bars, zoomed in on the square's centre.
struct CrowdedCanvas
{
    CrowdedCanvas(std::size_t ties, double side, unsigned seed, double zoom)
        : data(SyntheticGenerator::generate({2000, ties, 3})), graph(data)
    {
        scene.setGraph(&graph);
        std::mt19937 random(seed);
        std::uniform_real_distribution<double> coordinate(0.0, side);
        std::vector<Point> positions(graph.entityCount());
        for (Point &p : positions)
            p = Point{coordinate(random), coordinate(random)};
        scene.setPositions(positions);
        canvas = std::make_unique<GraphCanvas>(&scene);
        canvas->setAttribute(Qt::WA_DontShowOnScreen);
        canvas->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        canvas->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        canvas->resize(900, 700);
        canvas->show();
        canvas->setZoomAndCentre(zoom, QPointF(side / 2, side / 2));
        scene.setViewScale(canvas->zoom());
    }

    Dataset data;
    TieGraph graph;
    GraphScene scene;
    std::unique_ptr<GraphCanvas> canvas;
};

} // namespace

class TestCanvasFast final : public QObject
{
    Q_OBJECT

private slots:
    void bandsDrawTheImageOfOneRaster()
    {
        // Lines of every slope, width, dash and reach (some far off the image), drawn by one
        // raster and by two bands of another, split at a row every line may cross.
        std::mt19937 random(7);
        std::uniform_real_distribution<double> coordinate(-300.0, 700.0);
        std::uniform_real_distribution<double> width(0.3, 4.0);
        struct Line
        {
            QPointF a, b;
            TieRaster::Ink ink;
            bool dashed;
        };
        std::vector<Line> lines;
        for (int i = 0; i < 3000; ++i) {
            const QColor colour = QColor::fromHsv(i % 360, 200, 180, 40 + i % 200);
            lines.push_back({QPointF(coordinate(random), coordinate(random)),
                             QPointF(coordinate(random), coordinate(random)), TieRaster::ink(colour, width(random)),
                             i % 5 == 0});
        }
        const auto draw = [&lines](TieRaster &raster) {
            for (const Line &l : lines) {
                raster.setDashes(l.dashed ? std::vector<double>{5.0, 3.0} : std::vector<double>{});
                raster.drawLine(l.a, l.b, l.ink);
            }
        };
        const QRect area(10, 20, 400, 301);
        for (const bool smooth : {true, false}) {
            TieRaster one;
            one.begin(area);
            one.setSmooth(smooth);
            draw(one);
            TieRaster upper;
            upper.begin(area);
            upper.setSmooth(smooth);
            TieRaster lower;
            lower.beginBand(upper, QRect(0, 150, area.width(), area.height() - 150));
            upper.setWindow(QRect(0, 0, area.width(), 150));
            draw(upper);
            draw(lower);
            QVERIFY(differing(one.image(), upper.image()) == 0);
            // A strip drawn alone writes only its pixels, and those as the whole raster does.
            TieRaster strip;
            strip.begin(area);
            strip.setSmooth(smooth);
            strip.setWindow(QRect(37, 0, 50, area.height()));
            draw(strip);
            const QImage inside = strip.image().copy(37, 0, 50, area.height());
            QCOMPARE(differing(inside, one.image().copy(37, 0, 50, area.height())), 0);
            int written = 0;
            for (int y = 0; y < area.height(); ++y) {
                for (int x = 0; x < area.width(); ++x)
                    written += (x < 37 || x >= 87) && strip.image().pixel(x, y) != 0 ? 1 : 0;
            }
            QCOMPARE(written, 0);
        }
    }

    void aPannedFrameIsAFreshFrame_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("far out: straight lines") << 0.2;
        QTest::newRow("closer: curves, dashes, arrowheads") << 0.6;
    }

    void aPannedFrameIsAFreshFrame()
    {
        QFETCH(double, zoom);
        // Crowded enough for the raster painter at both zooms.
        CrowdedCanvas c(20000, 3000.0, 5, zoom);
        GraphScene &scene = c.scene;
        GraphCanvas &canvas = *c.canvas;
        const TieLayer *layer = tieLayerOf(scene);
        QVERIFY(layer);

        QImage frame(canvas.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        canvas.viewport()->render(&frame);
        const std::uint64_t reused = layer->framesReused();
        // A pan, as a drag does: the view moves by whole pixels, nothing else changes.
        canvas.horizontalScrollBar()->setValue(canvas.horizontalScrollBar()->value() + 61);
        canvas.verticalScrollBar()->setValue(canvas.verticalScrollBar()->value() - 37);
        QImage panned(frame.size(), frame.format());
        canvas.viewport()->render(&panned);
        QCOMPARE(layer->framesReused(), reused + 1);
        // The same view drawn afresh: a change of the tie layer (nothing struck, as before)
        // leaves no pixels to keep.
        scene.setStruck({}, {});
        QImage fresh(frame.size(), frame.format());
        canvas.viewport()->render(&fresh);
        QCOMPARE(layer->framesReused(), reused + 1);
        QVERIFY(differing(frame, panned) > 1000); // the picture did move
        // The same pixels; arrowheads filled by QPainter at another offset in the image may
        // differ in their antialiasing by a level or three.
        QCOMPARE(differing(panned, fresh, 3), 0);
    }

    void aSpriteIsItsGlyphDrawnAsAPath()
    {
        GlyphSprites sprites;
        for (int g = 0; g < static_cast<int>(KindShape::Glyph::Count); ++g) {
            const auto glyph = static_cast<KindShape::Glyph>(g);
            for (const double outline : {0.0, 1.25}) { // quarter pixels, as sprites are keyed
                GlyphSprites::Look look;
                look.glyph = glyph;
                look.fill = KindShape::fill(glyph).rgba();
                look.radiusPixels = 6.3; // drawn at 6.25, the nearest quarter pixel
                look.outlinePixels = outline;
                const GlyphSprites::Sprite &sprite = sprites.sprite(look);
                QVERIFY(std::max(sprite.image.width(), sprite.image.height()) >= 12);
                // The path drawn as EntityItem draws it, its centre on the same pixel corner.
                QImage path(sprite.image.size(), QImage::Format_ARGB32_Premultiplied);
                path.fill(Qt::transparent);
                QPainter painter(&path);
                painter.setRenderHint(QPainter::Antialiasing, true);
                painter.translate(sprite.centre);
                painter.setPen(outline > 0 ? QPen(KindShape::outline(), outline) : QPen(Qt::NoPen));
                painter.setBrush(KindShape::fill(glyph));
                painter.drawPath(QTransform::fromScale(6.25, 6.25).map(KindShape::path(glyph)));
                painter.end();
                QVERIFY2(differing(sprite.image, path) == 0, qPrintable(QStringLiteral("glyph %1 outline %2: %3 px, %4 at tol 2").arg(g).arg(outline).arg(differing(sprite.image, path)).arg(differing(sprite.image, path, 2))));
                // The same look again is the same sprite, not another.
                const std::size_t made = sprites.size();
                QCOMPARE(sprites.sprite(look).image.constBits(), sprite.image.constBits());
                QCOMPARE(sprites.size(), made);
            }
        }
    }

    void aCrowdedSceneDrawsEachGlyphOnItsEntity()
    {
        CrowdedCanvas c(4000, 2500.0, 9, 0.8); // glyphs well above dot size
        QVERIFY(c.scene.isCrowded());
        GraphScene &scene = c.scene;
        GraphCanvas &canvas = *c.canvas;
        const TieGraph &graph = c.graph;
        QImage frame(canvas.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        canvas.viewport()->render(&frame);
        QVERIFY(scene.glyphSprites().size() > 0);
        const std::size_t sprites = scene.glyphSprites().size();
        // The same view with every glyph drawn as its path: no sprite made.
        scene.setCrowdedEntities(std::numeric_limits<std::size_t>::max());
        scene.update();
        QImage paths(frame.size(), frame.format());
        canvas.viewport()->render(&paths);
        QCOMPARE(scene.glyphSprites().size(), sprites);
        QVERIFY(differing(frame, paths) > 0); // the pictures are of the two ways
        // Few sprites serve the many glyphs in view: one per kind and size on screen.
        int inView = 0;
        for (std::size_t i = 0; i < graph.entityCount(); ++i) {
            const QPoint at = canvas.mapFromScene(scene.position(EntityId(i)));
            inView += scene.entityItem(EntityId(i))->isVisible() && frame.rect().contains(at) ? 1 : 0;
        }
        QVERIFY2(sprites * 4 < static_cast<std::size_t>(inView), qPrintable(QStringLiteral("%1 sprites, %2 glyphs").arg(sprites).arg(inView)));
        // Both look the same: a glyph copied lies at most half a pixel from its path, which
        // changes edges but no 4x4 block's average by much.
        const auto blocks = [](const QImage &image) {
            return image.scaled(image.width() / 4, image.height() / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        };
        const QImage a = blocks(frame);
        const QImage b = blocks(paths);
        const int apart = differing(a, b, 24);
        QVERIFY2(apart * 200 < a.width() * a.height(), qPrintable(QStringLiteral("%1 of %2 blocks").arg(apart).arg(a.width() * a.height())));
    }

    void aZoomShowsTheLastPictureScaledThenTheSharpOne()
    {
        CrowdedCanvas c(20000, 3000.0, 5, 0.3);
        GraphScene &scene = c.scene;
        GraphCanvas &canvas = *c.canvas;
        const TieLayer *layer = tieLayerOf(scene);
        QVERIFY(layer);
        QImage before(canvas.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        canvas.viewport()->render(&before);
        QCOMPARE(layer->previewFrames(), 0u);

        // A step of the wheel (as zoomIn): drawn at once from the last picture, no tie drawn.
        canvas.zoomIn();
        QVERIFY(scene.zoomPreview());
        QImage preview(before.size(), before.format());
        canvas.viewport()->render(&preview);
        QVERIFY(layer->previewFrames() > 0);
        // Then the sharp picture, once the zoom pauses.
        QTRY_VERIFY(!scene.zoomPreview());
        const std::uint64_t previews = layer->previewFrames(); // the event loop painted some too
        QImage sharp(before.size(), before.format());
        canvas.viewport()->render(&sharp);
        QCOMPARE(layer->previewFrames(), previews);
        // The preview is the sharp picture but for detail: its ties where the sharp ones are
        // (compared as 8x8 blocks), and the picture has moved from before the zoom.
        const auto blocks = [](const QImage &image) {
            return image.scaled(image.width() / 8, image.height() / 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        };
        const int total = (before.width() / 8) * (before.height() / 8);
        const int previewApart = differing(blocks(preview), blocks(sharp), 40);
        const int beforeApart = differing(blocks(before), blocks(sharp), 40);
        QVERIFY2(previewApart * 20 < total, qPrintable(QStringLiteral("%1 of %2 blocks").arg(previewApart).arg(total)));
        QVERIFY2(beforeApart > 4 * previewApart, qPrintable(QStringLiteral("%1 vs %2").arg(beforeApart).arg(previewApart)));
    }

    void aFitBeyondTheSmallestZoomPlacesTheLabelsOnce()
    {
        // Entities spread so far that they alone need less than the smallest zoom (a big
        // store): the labels cannot change that fit, so fitting places them once, for the
        // viewport, and not also for each round of measuring (a fifth of a second each at 100k
        // entities).
        CrowdedCanvas c(4000, 400000.0, 7, 1.0);
        GraphScene &scene = c.scene;
        GraphCanvas &canvas = *c.canvas;
        scene.placeLabels();
        const std::uint64_t before = scene.labelPlacements();
        canvas.fitAll();
        scene.placeLabels(); // as the next frame does
        QCOMPARE(scene.labelPlacements() - before, std::uint64_t{1});
        QVERIFY(canvas.isFitted());
        QCOMPARE(canvas.zoom(), 0.02); // the canvas's smallest zoom
        // Centred on the entities, in the part of the viewport the legend leaves free.
        const QRectF centres = scene.shownCentres();
        const QPointF middle = canvas.mapToScene(canvas.legend().freeArea(centres.size()).center().toPoint());
        QVERIFY2(QLineF(middle, centres.center()).length() < 2.0 / canvas.zoom(),
                 qPrintable(QStringLiteral("%1,%2 vs %3,%4").arg(middle.x()).arg(middle.y()).arg(centres.center().x()).arg(centres.center().y())));
        // Fitting again (a resize does) places them again only if the viewport changed.
        canvas.fitAll();
        scene.placeLabels();
        QCOMPARE(scene.labelPlacements() - before, std::uint64_t{1});
    }

    void aHoverBeyondTheLimitDimsButLeavesTheLabels()
    {
        // Up to the limit the hovered entity is named first: a hover places the labels again.
        CrowdedCanvas small(4000, 3000.0, 9, 1.0);
        small.scene.placeLabels();
        std::uint64_t before = small.scene.labelPlacements();
        small.scene.setHovered(EntityId(0));
        small.scene.placeLabels();
        QCOMPARE(small.scene.labelPlacements() - before, std::uint64_t{1});
        // Beyond it (a placement costs a fifth of a second at 100k entities) a hover changes
        // what is dimmed, not where the labels are.
        const Dataset data = SyntheticGenerator::generate({GraphScene::HoverRelabelLimit, 30000, 3});
        const TieGraph graph(data);
        GraphScene scene;
        scene.setGraph(&graph);
        scene.placeLabels();
        before = scene.labelPlacements();
        scene.setHovered(EntityId(0));
        scene.placeLabels();
        QCOMPARE(scene.labelPlacements() - before, std::uint64_t{0});
        std::vector<std::uint8_t> near(graph.entityCount(), 0);
        near[0] = 1;
        for (const TieGraph::Incidence &inc : graph.incidences(EntityId(0)))
            near[inc.other.index()] = 1;
        for (std::uint32_t e = 0; e < graph.entityCount(); e += 997)
            QCOMPARE(scene.entityItem(EntityId(e))->emphasis(),
                     near[e] ? EntityItem::Emphasis::Normal : EntityItem::Emphasis::Dimmed);
    }

    void theBandsFollowWhereTheWorkIs()
    {
        // Every entity in the top fifth of the view: after a cold frame the upper band is given
        // fewer rows, so that both cores share the ties' steps, and a frame split there is the
        // frame split in the middle, pixel for pixel.
        CrowdedCanvas c(20000, 3000.0, 13, 0.25);
        std::vector<Point> top(c.graph.entityCount());
        std::mt19937 random(5);
        std::uniform_real_distribution<double> x(-1000.0, 4000.0), y(-1400.0, -1000.0);
        for (Point &p : top)
            p = Point{x(random), y(random)};
        c.scene.setPositions(top);
        c.canvas->setZoomAndCentre(0.3, QPointF(1500.0, -600.0));
        c.scene.setViewScale(c.canvas->zoom());
        const TieLayer *layer = tieLayerOf(c.scene);
        QVERIFY(layer);
        QCOMPARE(layer->bandSplit(), 0.5);
        QImage middle(c.canvas->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        c.canvas->viewport()->render(&middle);
        QVERIFY2(layer->bandSplit() < 0.4, qPrintable(QString::number(layer->bandSplit())));
        // Another zoom drawn in between, so that the frame of the first view is drawn afresh.
        QImage split(middle.size(), middle.format());
        c.canvas->setZoomAndCentre(0.3 * 1.001, QPointF(1500.0, -600.0));
        c.canvas->viewport()->render(&split);
        const std::uint64_t reused = layer->framesReused();
        const double at = layer->bandSplit();
        c.canvas->setZoomAndCentre(0.3, QPointF(1500.0, -600.0));
        c.canvas->viewport()->render(&split);
        QCOMPARE(layer->framesReused(), reused);
        QVERIFY(at < 0.4);
        QCOMPARE(differing(middle, split), 0);
    }
};

QTEST_MAIN(TestCanvasFast)
#include "tst_canvasfast.moc"
