// SPDX-License-Identifier: MIT
// `tiescope-cli render` run as a user runs it, without a display: it must exit 0 and leave a
// PNG of exactly the asked size with a drawing in it, not only say that it did.
#include <cstdlib>
#include <set>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

namespace {

// Width and height from the PNG's IHDR chunk, which must come first; (-1, -1) if not a PNG.
QSize pngHeaderSize(const QByteArray &bytes)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (!bytes.startsWith(signature) || bytes.size() < 24 || bytes.mid(12, 4) != "IHDR")
        return {-1, -1};
    const auto *header = reinterpret_cast<const uchar *>(bytes.constData());
    return {static_cast<int>(qFromBigEndian<quint32>(header + 16)),
            static_cast<int>(qFromBigEndian<quint32>(header + 20))};
}

// Runs tiescope-cli as a user would, without a display; its exit code, and its errors.
int runCli(const QStringList &arguments, QByteArray *errors)
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name)); // the renderer must manage headless on its own
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(TIESCOPE_CLI), arguments);
    if (!cli.waitForFinished(100000) || cli.exitStatus() != QProcess::NormalExit)
        return -1;
    *errors = cli.readAllStandardError();
    return cli.exitCode();
}

} // namespace

class TestRenderPng final : public QObject
{
    Q_OBJECT

private slots:
    void writesAPngOfTheAskedSizeWithADrawing_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<bool>("legend");
        QTest::newRow("640x480") << 640 << 480 << true;
        QTest::newRow("odd, taller than wide, no legend") << 357 << 611 << false;
    }

    void writesAPngOfTheAskedSizeWithADrawing()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(bool, legend);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("render.png"));

        QStringList arguments{QStringLiteral("render"), QStringLiteral("--png"), png};
        arguments << QStringLiteral("--width") << QString::number(width);
        arguments << QStringLiteral("--height") << QString::number(height);
        if (!legend)
            arguments << QStringLiteral("--no-legend");
        QByteArray errors;
        QVERIFY2(runCli(arguments, &errors) == 0, errors.constData());

        QFile file(png);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(png));
        const QByteArray bytes = file.readAll();
        QCOMPARE(pngHeaderSize(bytes), QSize(width, height));
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(width, height));

        // A drawing of the graph, not a blank canvas: a share of pixels unlike the background in
        // the corner, and the many colours of antialiased ties and entities in their domain and
        // kind colours (the bundled data draws 1500 to 3500; the title, caption and legend of
        // an empty graph alone give about 550).
        const QRgb background = image.pixel(0, 0);
        std::set<QRgb> colours;
        qsizetype drawn = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                colours.insert(pixel);
                drawn += pixel != background ? 1 : 0;
            }
        }
        QVERIFY2(drawn >= qsizetype{width} * height / 100, qPrintable(QString::number(drawn)));
        QVERIFY2(colours.size() >= 800, qPrintable(QString::number(colours.size())));
    }

    // --view timeline draws the Timeline dock's picture of what the filter shows, to PNG and SVG.
    void drawsTheTimelineOfTheFilteredTies()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto energyPixels = [&](const QString &domain) {
            const QString png = dir.filePath(domain + QStringLiteral(".png"));
            const QString svg = dir.filePath(domain + QStringLiteral(".svg"));
            const QStringList arguments{QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("timeline"),
                                        QStringLiteral("--png"),  png, QStringLiteral("--svg"), svg,
                                        QStringLiteral("--domain"), domain, QStringLiteral("--from"), QStringLiteral("2000")};
            QByteArray errors;
            if (runCli(arguments, &errors) != 0)
                return -1;
            QFile drawing(svg);
            if (!drawing.open(QIODevice::ReadOnly) || !drawing.readAll().contains("<svg"))
                return -2;
            const QImage image(png);
            if (image.size() != QSize(1600, 1000))
                return -3;
            // Solid energy bars (#d55e00): the certain spans of the energy ties.
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixel(x, y) == qRgb(0xd5, 0x5e, 0x00) ? 1 : 0;
            }
            return count;
        };
        QVERIFY2(energyPixels(QStringLiteral("energy")) > 2000, "energy ties drawn as solid bars");
        QCOMPARE(energyPixels(QStringLiteral("arms")), 0); // filtered out, as on the canvas
        QByteArray errors;
        QVERIFY(runCli({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("map3d"), QStringLiteral("--png"),
                        dir.filePath(QStringLiteral("x.png"))},
                       &errors) != 0);
    }

    void drawsTheMapWithShadingAndArcs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("map.png"));
        QByteArray errors;
        QVERIFY2(runCli({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("map"), QStringLiteral("--png"),
                         png, QStringLiteral("--width"), QStringLiteral("900"), QStringLiteral("--height"),
                         QStringLiteral("600")},
                        &errors) == 0,
                 errors.constData());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(900, 600));
        // The sea, land without entities, and deep shades (the countries with the most ties).
        const auto count = [&image](QRgb wanted) {
            qsizetype n = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QRgb pixel = image.pixel(x, y);
                    n += std::abs(qRed(pixel) - qRed(wanted)) <= 2 && std::abs(qGreen(pixel) - qGreen(wanted)) <= 2 &&
                                 std::abs(qBlue(pixel) - qBlue(wanted)) <= 2
                             ? 1
                             : 0;
                }
            }
            return n;
        };
        QVERIFY(count(qRgb(0xe3, 0xee, 0xf5)) > 900 * 600 / 10);
        qsizetype deep = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                deep += qRed(image.pixel(x, y)) < 60 && qBlue(image.pixel(x, y)) > qRed(image.pixel(x, y)) + 80 ? 1 : 0;
        QVERIFY2(deep > 2000, qPrintable(QString::number(deep)));
        QVERIFY(count(qRgb(0xec, 0xea, 0xe4)) > 900 * 600 / 20); // countries without entities
    }

    // --region zooms the map to a box of longitudes and latitudes: the Balkans fill the picture,
    // so Serbia's deep shade covers far more of it than at the world fit; a bad box is refused.
    void drawsTheMapOfARegion()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto deepShare = [&](const QStringList &extra) {
            const QString png = dir.filePath(QStringLiteral("region.png"));
            QByteArray errors;
            QStringList arguments{QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("map"),
                                  QStringLiteral("--png"),   png,                     QStringLiteral("--no-legend")};
            arguments += extra;
            if (runCli(arguments, &errors) != 0)
                return -1.0;
            const QImage image(png);
            qsizetype deep = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    deep += qRed(image.pixel(x, y)) < 60 && qBlue(image.pixel(x, y)) > qRed(image.pixel(x, y)) + 80;
            return static_cast<double>(deep) / static_cast<double>(image.width() * image.height());
        };
        const double world = deepShare({});
        const double balkans = deepShare({QStringLiteral("--region"), QStringLiteral("12,39,32,49"),
                                          QStringLiteral("--domain"), QStringLiteral("energy")});
        const double worldEnergy = deepShare({QStringLiteral("--domain"), QStringLiteral("energy")});
        QVERIFY(world > 0.0);
        QVERIFY2(balkans > 2.0 * worldEnergy, qPrintable(QStringLiteral("%1 vs %2").arg(balkans).arg(worldEnergy)));
        const QString png = dir.filePath(QStringLiteral("bad.png"));
        for (const QString &bad : {QStringLiteral("32,39,12,49"), QStringLiteral("12,39,32"), QStringLiteral("a,b,c,d"),
                                   QStringLiteral("12,39,32,49,5"), QStringLiteral("-200,0,10,10")}) {
            QByteArray errors;
            QCOMPARE(runCli({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("map"),
                             QStringLiteral("--region"), bad, QStringLiteral("--png"), png},
                            &errors),
                     2);
            QVERIFY2(errors.contains("--region must be WEST,SOUTH,EAST,NORTH"), errors.constData());
        }
        QByteArray errors;
        QCOMPARE(runCli({QStringLiteral("render"), QStringLiteral("--region"), QStringLiteral("12,39,32,49"),
                         QStringLiteral("--png"), png},
                        &errors),
                 2);
        QVERIFY2(errors.contains("are for --view map"), errors.constData());
        QVERIFY(!QFile::exists(png));
    }

    void refusesAnUnknownViewOrState()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("x.png"));
        QByteArray errors;
        QCOMPARE(runCli({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("globe"),
                         QStringLiteral("--png"), png},
                        &errors),
                 2);
        QVERIFY2(errors.contains("unknown view 'globe' (graph, timeline or map)"), errors.constData());
        QVERIFY(runCli({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("map"),
                        QStringLiteral("--exposure-to"), QStringLiteral("Atlantis"), QStringLiteral("--png"), png},
                       &errors) != 0);
        QVERIFY2(errors.contains("Atlantis"), errors.constData());
        QVERIFY(!QFile::exists(png));
    }
};

QTEST_GUILESS_MAIN(TestRenderPng)
#include "tst_renderpng.moc"
