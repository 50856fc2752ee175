// SPDX-License-Identifier: MIT
// Where ties are drawn and clicked: parallel ties fan out symmetrically, a tie alone between its
// pair is straight, the fan follows the filter, a drag moves only the dragged entity's ties,
// and curves are flattened into chords that end exactly at the tie's end.
#include <cmath>
#include <random>
#include <vector>

#include <QtTest>

#include "graph/tiegraph.h"
#include "guifixture.h"
#include "io/syntheticgenerator.h"
#include "render/linegeometry.h"
#include "render/tiegeometry.h"

using namespace tiescope;

class TieGeometryTest final : public QObject
{
    Q_OBJECT

    Dataset m_data = guifixture::make();

    [[nodiscard]] TieId tie(const char *key) const { return *m_data.findTie(key); }
    [[nodiscard]] EntityId entity(const char *key) const { return *m_data.findEntity(key); }

    // Every entity on a circle, so that no two straight ties lie on one another.
    [[nodiscard]] std::vector<QPointF> centres() const
    {
        std::vector<QPointF> result;
        const double n = static_cast<double>(m_data.entities().size());
        for (std::size_t i = 0; i < m_data.entities().size(); ++i) {
            const double angle = 2.0 * M_PI * static_cast<double>(i) / n;
            result.emplace_back(1000.0 * std::cos(angle), 1000.0 * std::sin(angle));
        }
        return result;
    }

    // How far `p` lies to the left (+) or right (-) of the line from `a` to `b`.
    [[nodiscard]] static double side(const QPointF &p, const QPointF &a, const QPointF &b)
    {
        const QPointF ab = b - a;
        return (ab.x() * (p.y() - a.y()) - ab.y() * (p.x() - a.x())) / std::hypot(ab.x(), ab.y());
    }

private slots:
    void parallelTiesFanOutAndFollowTheMask()
    {
        const TieGraph graph(m_data);
        TieGeometry geometry(graph);
        geometry.setMask(std::vector<std::uint8_t>(m_data.ties().size(), 1));
        const std::vector<double> radii(m_data.entities().size(), 10.0);
        geometry.update(centres(), radii);
        const TieId intel = tie("russia-serbia-intel");
        const TieId dipl = tie("russia-serbia-dipl");
        const TieId gpn = tie("gpn-owns-nis");
        // Two ties between Russia and Serbia: curved, one on each side of the line between them.
        QVERIFY(!geometry.isStraight(intel.value()));
        QVERIFY(!geometry.isStraight(dipl.value()));
        const QPointF russia = centres()[entity("russia").index()];
        const QPointF serbia = centres()[entity("serbia").index()];
        const double a = side(geometry.midpoint(intel), russia, serbia);
        const double b = side(geometry.midpoint(dipl), russia, serbia);
        QVERIFY(std::abs(a) > 5.0);
        QCOMPARE(a, -b);
        // Alone between its pair: straight, its middle on the line between its entities.
        QVERIFY(geometry.isStraight(gpn.value()));
        const QPointF gazprom = centres()[entity("gazprom-neft").index()];
        const QPointF nis = centres()[entity("nis").index()];
        QVERIFY(std::abs(side(geometry.midpoint(gpn), gazprom, nis)) < 1e-9);
        // Each is found where it is drawn, not its neighbour.
        QCOMPARE(geometry.tieAt(geometry.midpoint(intel), 3.0), std::optional<TieId>(intel));
        QCOMPARE(geometry.tieAt(geometry.midpoint(dipl), 3.0), std::optional<TieId>(dipl));

        // One of them filtered out: the other is alone, straight, and the hidden one is not hit.
        std::vector<std::uint8_t> mask(m_data.ties().size(), 1);
        mask[dipl.index()] = 0;
        geometry.setMask(mask);
        geometry.update(centres(), radii);
        QVERIFY(geometry.isStraight(intel.value()));
        QVERIFY(std::abs(side(geometry.midpoint(intel), russia, serbia)) < 1e-9);
        QCOMPARE(geometry.shownCount(), m_data.ties().size() - 1);
        QCOMPARE(geometry.tieAt(geometry.midpoint(intel), 3.0), std::optional<TieId>(intel));
        geometry.setMask(std::vector<std::uint8_t>(m_data.ties().size(), 1));
        geometry.update(centres(), radii);
        QCOMPARE(geometry.tieAt(geometry.midpoint(dipl), 3.0), std::optional<TieId>(dipl));
    }

    void movingAnEntityMovesOnlyItsTies()
    {
        const TieGraph graph(m_data);
        TieGeometry geometry(graph);
        geometry.setMask(std::vector<std::uint8_t>(m_data.ties().size(), 1));
        const std::vector<double> radii(m_data.entities().size(), 10.0);
        std::vector<QPointF> moved = centres();
        geometry.update(moved, radii);
        const QRectF eu = geometry.tieBounds(tie("eu-serbia-planned"));
        const QPointF euMiddle = geometry.midpoint(tie("eu-serbia-planned"));
        const QRectF gpn = geometry.tieBounds(tie("gpn-owns-nis"));
        moved[entity("eu").index()] += QPointF(0.0, 5000.0);
        int changed = 0;
        geometry.updateOf(entity("eu"), moved, radii, [&](const QRectF &) { ++changed; });
        QCOMPARE(changed, 2); // the one tie of the EU, before and after
        QVERIFY(geometry.tieBounds(tie("eu-serbia-planned")) != eu);
        QCOMPARE(geometry.tieBounds(tie("gpn-owns-nis")), gpn);
        // The layer's bounds grew to take the moved tie in.
        const TieGeometry::Curve &curve = geometry.curve(tie("eu-serbia-planned").value());
        QVERIFY(geometry.bounds().contains(curve.p0) && geometry.bounds().contains(curve.p1));
        QVERIFY(!eu.contains(curve.p0));
        QVERIFY(geometry.tieAt(euMiddle, 3.0) != std::optional<TieId>(tie("eu-serbia-planned")));
        QCOMPARE(geometry.tieAt(geometry.midpoint(tie("eu-serbia-planned")), 3.0),
                 std::optional<TieId>(tie("eu-serbia-planned")));
    }

    void aTieResizedWhileHiddenIsDrawnAtItsNewSizeOnceShown()
    {
        // Play resizes many entities a step; a hidden tie's curve waits until it is shown.
        const TieGraph graph(m_data);
        TieGeometry geometry(graph);
        const std::size_t n = m_data.ties().size();
        geometry.setMask(std::vector<std::uint8_t>(n, 1));
        std::vector<double> radii(m_data.entities().size(), 10.0);
        geometry.update(centres(), radii);
        const TieId gpn = tie("gpn-owns-nis");
        std::vector<std::uint8_t> mask(n, 1);
        mask[gpn.index()] = 0;
        geometry.setMask(mask);
        geometry.updateStale({}, centres(), radii, [](const QRectF &) {});
        // Hidden, its end grows: nothing of it is recomputed, it is not drawn.
        radii[entity("nis").index()] = 40.0;
        int changed = 0;
        geometry.updateStale({entity("nis")}, centres(), radii, [&](const QRectF &) { ++changed; });
        // Shown again (nothing else changed): its curve is that of a geometry made afresh.
        geometry.setMask(std::vector<std::uint8_t>(n, 1));
        geometry.updateStale({}, centres(), radii, [](const QRectF &) {});
        TieGeometry fresh(graph);
        fresh.setMask(std::vector<std::uint8_t>(n, 1));
        fresh.update(centres(), radii);
        for (std::uint32_t t = 0; t < n; ++t) {
            QCOMPARE(geometry.curve(t).p0, fresh.curve(t).p0);
            QCOMPARE(geometry.curve(t).p1, fresh.curve(t).p1);
            QCOMPARE(geometry.curve(t).control, fresh.curve(t).control);
        }
        QCOMPARE(geometry.tieAt(geometry.midpoint(gpn), 3.0), std::optional<TieId>(gpn));
        // The shown ties of NIS were recomputed when it grew, each reported before and after.
        QVERIFY(changed > 0);
    }

    void chordsFollowTheCurveToItsEnd()
    {
        const QPointF p0(0.1, 0.3);
        const QPointF c(50.7, 80.9);
        const QPointF p1(100.3, 0.7);
        std::vector<QLineF> chords;
        linegeometry::forEachChord(p0, c, p1, 7,
                                   [&](const QPointF &a, const QPointF &b) { chords.emplace_back(a, b); });
        QCOMPARE(chords.size(), std::size_t{7});
        QCOMPARE(chords.front().p1(), p0);
        // Exactly, not nearly: the last chord ends where the tie (and its arrowhead) ends.
        QVERIFY(chords.back().p2().x() == p1.x() && chords.back().p2().y() == p1.y());
        for (std::size_t k = 1; k < chords.size(); ++k)
            QCOMPARE(chords[k].p1(), chords[k - 1].p2());
        QCOMPARE(chords[3].p2(), linegeometry::quadAt(p0, c, p1, 4.0 / 7.0));
    }

    void aBigUpdateOnTwoCoresComputesEveryCurveAsOneByOne()
    {
        // From 20,000 ties a full update splits the ties between two threads; every curve and
        // the bounds are what computing the ties one by one (a drag does) gives.
        const Dataset data = SyntheticGenerator::generate({3000, 30000, 11});
        const TieGraph graph(data);
        std::mt19937 random(3);
        std::uniform_real_distribution<double> coordinate(-5000.0, 5000.0);
        std::vector<QPointF> at(graph.entityCount());
        for (QPointF &p : at)
            p = QPointF(coordinate(random), coordinate(random));
        std::vector<double> radii(graph.entityCount());
        for (std::size_t i = 0; i < radii.size(); ++i)
            radii[i] = 3.0 + static_cast<double>(i % 7);
        const std::vector<std::uint8_t> all(data.ties().size(), 1);
        TieGeometry whole(graph);
        whole.setMask(all);
        whole.update(at, radii);
        TieGeometry single(graph);
        single.setMask(all);
        single.update(std::vector<QPointF>(at.size()), radii); // everything at the origin first
        for (std::uint32_t e = 0; e < at.size(); ++e)
            single.updateOf(EntityId(e), at, radii, [](const QRectF &) {});
        QRectF bounds;
        for (std::uint32_t t = 0; t < whole.size(); ++t) {
            const TieGeometry::Curve &a = whole.curve(t);
            const TieGeometry::Curve &b = single.curve(t);
            QVERIFY2(a.p0 == b.p0 && a.control == b.control && a.p1 == b.p1 && a.bounds == b.bounds,
                     qPrintable(QStringLiteral("tie %1").arg(t)));
            bounds |= b.bounds;
        }
        QCOMPARE(whole.bounds(), bounds);
    }
};

QTEST_MAIN(TieGeometryTest)
#include "tst_tiegeometry.moc"
