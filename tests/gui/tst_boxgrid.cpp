// SPDX-License-Identifier: MIT
// BoxGrid, the index LabelPlacer tests every label against the nodes with, answers as a scan of
// every box with QRectF::intersects would: crowded and sparse, boxes on cell edges, touching,
// without area, outside the grid, and the owner's own box ignored.
#include <random>
#include <vector>

#include <QtTest>

#include "render/boxgrid.h"

using namespace tiescope;

class TestBoxGrid : public QObject
{
    Q_OBJECT

private:
    static bool scan(const std::vector<QRectF> &boxes, const std::vector<int> &owners, const QRectF &rect, int owner)
    {
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            if (owners[i] != owner && boxes[i].intersects(rect))
                return true;
        }
        return false;
    }

private slots:
    void answersAsAScanOfEveryBox_data()
    {
        QTest::addColumn<double>("spread");
        QTest::addColumn<double>("cell");
        QTest::newRow("crowd, cells a label high") << 600.0 << 12.0;
        QTest::newRow("sparse, small cells (grown to fit)") << 2000.0 << 0.5;
        QTest::newRow("whole units on cell edges") << 40.0 << 4.0;
    }
    void answersAsAScanOfEveryBox()
    {
        QFETCH(double, spread);
        QFETCH(double, cell);
        std::mt19937 random(7);
        std::uniform_real_distribution<double> at(-spread / 2, spread / 2);
        std::uniform_int_distribution<int> whole(-static_cast<int>(spread / 2), static_cast<int>(spread / 2));
        std::uniform_real_distribution<double> size(0.0, 12.0);
        const bool snapped = spread < 100.0; // corners on whole units: edges touch and lie on cell edges
        const auto coordinate = [&] { return snapped ? static_cast<double>(whole(random)) : at(random); };
        std::vector<QRectF> boxes;
        std::vector<int> owners;
        for (int i = 0; i < 2000; ++i) {
            const double w = snapped ? std::floor(size(random)) : size(random);
            const double h =
                i % 50 == 0 ? 0.0 : (snapped ? std::floor(size(random)) : size(random)); // some without area
            boxes.emplace_back(coordinate(), coordinate(), w, h);
            owners.push_back(i / 3); // an owner may have several boxes
        }
        const BoxGrid grid(boxes, owners, cell);
        int hits = 0, misses = 0;
        for (int q = 0; q < 5000; ++q) {
            const double w = (snapped ? std::floor(size(random)) : size(random)) * (q % 7 == 0 ? 6.0 : 1.0);
            const double h = snapped ? std::floor(size(random)) : size(random);
            // Some far outside the boxes' extent; some with negative sizes (as QRectF allows).
            const double shift = q % 97 == 0 ? spread * 3 : 0.0;
            QRectF rect(coordinate() + shift, coordinate(), q % 11 == 0 ? -w : w, h);
            // A third ask about a box's own place: its owner's boxes are not counted.
            const std::size_t own = static_cast<std::size_t>(q) % boxes.size();
            if (q % 3 == 0)
                rect = boxes[own].adjusted(-0.5, -0.5, 0.5, 0.5);
            const int owner = q % 3 == 0 ? owners[own] : -1;
            const bool expected = scan(boxes, owners, rect, owner);
            QCOMPARE(grid.meetsOther(rect, owner), expected);
            (expected ? hits : misses) += 1;
        }
        // Both answers were asked for, many times.
        QVERIFY(hits > 100);
        QVERIFY(misses > 100);
    }

    void anEmptyGridMeetsNothing()
    {
        const BoxGrid grid({QRectF(0, 0, 0, 5)}, {1}, 10.0);
        QVERIFY(!grid.meetsOther(QRectF(-100, -100, 200, 200), -1));
    }
};

QTEST_GUILESS_MAIN(TestBoxGrid)
#include "tst_boxgrid.moc"
