// SPDX-License-Identifier: MIT
// Drives the real window the way an analyst does: toggle a domain, move the date window,
// search, click entities and ties, export, open a bad database, drag and undo.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QToolButton>
#include <QUndoStack>
#include <QCoreApplication>
#include <QtTest>

#include "app/detailsdock.h"
#include "app/exportpngdialog.h"
#include "app/mainactions.h"
#include "render/sceneexporter.h"
#include "app/entitylistmodel.h"
#include "app/filterdock.h"
#include "app/graphcanvas.h"
#include "app/rangeslider.h"
#include "app/safetextbrowser.h"
#include "app/timedock.h"
#include "app/viewstate.h"
#include "guifixture.h"
#include "guitestsupport.h"
#include "render/graphscene.h"

using namespace tiescope;

namespace {

// Where the anchor with this href sits in a text browser's viewport, or (-1,-1).
QPoint anchorPosition(QTextBrowser *browser, const QString &href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() == href) {
                QTextCursor cursor(browser->document());
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                return browser->cursorRect(cursor).center();
            }
        }
    }
    return {-1, -1};
}

QStringList anchors(QTextDocument *document)
{
    QStringList hrefs;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor())
                hrefs << it.fragment().charFormat().anchorHref();
        }
    }
    return hrefs;
}

// Pixels within a small distance of a colour (antialiasing blends edges).
int pixelsNear(const QImage &image, const QColor &colour, int tolerance = 10)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 240 && std::abs(c.red() - colour.red()) <= tolerance &&
                std::abs(c.green() - colour.green()) <= tolerance && std::abs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolateSettings(m_dir);
    }

    void init()
    {
        // A fresh store each time: a store reopened shows the picture it kept (LayoutKeeper),
        // and these tests start from a newly laid-out one.
        m_db = guifixture::writeStore(QDir(m_dir.path()));
        m_window = guitest::openWindow(m_db);
        QVERIFY(m_window);
    }

    void cleanup() { m_window.reset(); }

    void togglingADomainHidesItsTies()
    {
        auto *energy = m_window->findChild<QCheckBox *>(QStringLiteral("domain:energy"));
        QVERIFY(energy);
        QCOMPARE(energy->text(), QStringLiteral("Energy  (3)"));
        QCOMPARE(m_window->document().view().visibleTieCount(), 9u);
        QVERIFY(m_window->statusCounts().contains(QStringLiteral("9 of 9 ties")));
        const std::vector<Point> before = m_window->scene().positions();

        guitest::click(energy);
        QVERIFY(!energy->isChecked());
        QCOMPARE(m_window->document().view().visibleTieCount(), 6u);
        QVERIFY(m_window->statusCounts().contains(QStringLiteral("6 of 9 ties")));
        QVERIFY(!m_window->scene().isShown(guitest::tie(*m_window, "gpn-owns-nis")));
        QVERIFY(m_window->scene().isShown(guitest::tie(*m_window, "serbia-buys-mig")));
        // The toggle still says how many ties it would bring back.
        QCOMPARE(energy->text(), QStringLiteral("Energy  (3)"));
        // Filtering never moves anything.
        QCOMPARE(m_window->scene().positions(), before);

        guitest::click(energy);
        QCOMPARE(m_window->document().view().visibleTieCount(), 9u);
    }

    void domainCountsFollowTheOtherFilters()
    {
        auto *alleged = m_window->findChild<QCheckBox *>(QStringLiteral("status:alleged"));
        auto *intelligence = m_window->findChild<QCheckBox *>(QStringLiteral("domain:intelligence"));
        QVERIFY(alleged && intelligence);
        QCOMPARE(intelligence->text(), QStringLiteral("Intelligence  (1)"));
        guitest::click(alleged);
        QCOMPARE(intelligence->text(), QStringLiteral("Intelligence  (0)"));
        QCOMPARE(m_window->document().view().visibleTieCount(), 8u);
    }

    void playSweepsATenYearWindowThroughTimeAndPauses()
    {
        TimeDock &time = m_window->timeDock();
        auto *play = m_window->findChild<QToolButton *>(QStringLiteral("playButton"));
        QVERIFY(play);
        RangeSlider *slider = time.slider();
        const auto shown = [this](const char *key) { return m_window->scene().isShown(guitest::tie(*m_window, key)); };
        const int first = slider->minimum();
        QCOMPARE(first, 1807); // the oldest tie, russia-serbia-dipl (1807..1807)

        // All dates shown: play starts a ten-year window at the beginning, which shows 1807.
        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(time.isPlaying());
        QVERIFY(play->isChecked());
        QCOMPARE(slider->lower(), first);
        QCOMPARE(slider->upper(), first + 9);
        QVERIFY(shown("russia-serbia-dipl"));
        QVERIFY(!shown("gpn-owns-nis")); // 2008..

        // It moves on a year at a time and the canvas follows: 1807 drops out of the window.
        QTRY_VERIFY_WITH_TIMEOUT(slider->lower() >= first + 2, 10000);
        QCOMPARE(slider->upper() - slider->lower(), 9);
        QVERIFY(!shown("russia-serbia-dipl"));
        QVERIFY(!shown("russia-owns-gpn")); // undated: in no year of a sweep

        // Pressing it again pauses where it is, and the undated ties come back.
        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(!time.isPlaying());
        QVERIFY(!play->isChecked());
        QVERIFY(shown("russia-owns-gpn"));
        // Paused means the sweep's timer is stopped (isPlaying reads it): no tick is left to
        // come, so nothing still queued moves the window either.
        const int paused = slider->lower();
        QCoreApplication::processEvents();
        QVERIFY(!time.isPlaying());
        QCOMPARE(slider->lower(), paused);
    }

    void undatedTiesHaveTheirOwnBarAndTheirOwnChoice()
    {
        RangeSlider *slider = m_window->timeDock().slider();
        QCOMPARE(slider->undatedCount(), 2); // russia-owns-gpn and russia-makes-mig
        const QRectF bar = slider->undatedBarRect();
        QVERIFY(!bar.isEmpty());
        QVERIFY(bar.left() > slider->xForValue(slider->maximum()) + 7); // beside the years, not on one
        // The hatched bar is drawn where it says: dark pixels inside, none just left of it.
        const QImage image = slider->grab().toImage();
        const auto darkIn = [&image](const QRect &area) {
            int dark = 0;
            for (int y = area.top(); y <= area.bottom(); ++y) {
                for (int x = area.left(); x <= area.right(); ++x)
                    dark += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
            }
            return dark;
        };
        const qreal ratio = image.devicePixelRatio();
        const QRect inside = QRectF(bar.topLeft() * ratio, bar.bottomRight() * ratio).toRect().adjusted(1, 1, -1, -1);
        // Thin hatching: about one pixel in eight is dark, whatever the bar's size.
        QVERIFY(darkIn(inside) > inside.width() * inside.height() / 16);
        QCOMPARE(darkIn(inside.translated(-inside.width() - 4, 0)), 0);

        const auto shown = [this](const char *key) { return m_window->scene().isShown(guitest::tie(*m_window, key)); };
        auto *include = m_window->findChild<QCheckBox *>(QStringLiteral("includeUndated"));
        QVERIFY(include);
        QVERIFY(include->isChecked());
        QVERIFY(shown("russia-owns-gpn"));
        guitest::click(include);
        QCOMPARE(m_window->document().view().visibleTieCount(), 7u);
        QVERIFY(!shown("russia-owns-gpn"));
        QVERIFY(!m_window->document().filter().includeUndated);
        guitest::click(include);
        QCOMPARE(m_window->document().view().visibleTieCount(), 9u);
    }

    void movingTheDateWindowKeepsOverlappingTies()
    {
        TimeDock &time = m_window->timeDock();
        QLineEdit *from = time.fromField();
        QLineEdit *to = time.toField();
        from->setFocus();
        QTest::keyClicks(from, QStringLiteral("2016"));
        QTest::keyClick(from, Qt::Key_Return);
        to->setFocus();
        QTest::keyClicks(to, QStringLiteral("2019"));
        QTest::keyClick(to, Qt::Key_Return);

        const auto shown = [this](const char *key) { return m_window->scene().isShown(guitest::tie(*m_window, key)); };
        QVERIFY(shown("gpn-owns-nis"));       // 2008..
        QVERIFY(shown("russia-owns-gpn"));    // undated: always there
        QVERIFY(shown("serbia-buys-mig"));    // 2017-10..
        QVERIFY(shown("russia-serbia-intel")); // 2015..2020
        QVERIFY(!shown("russia-serbia-dipl")); // 1807
        QVERIFY(!shown("eu-serbia-planned"));  // 2027..
        QCOMPARE(time.slider()->lower(), 2016);
        QCOMPARE(time.slider()->upper(), 2019);

        // The right arrow moves the focused (upper) handle: the window now reaches 2020.
        RangeSlider *slider = time.slider();
        QTest::mouseClick(slider, Qt::LeftButton, {}, QPoint(static_cast<int>(slider->xForValue(2019)), slider->height() - 21));
        QCOMPARE(slider->upper(), 2019);
        for (int i = 0; i < 8; ++i)
            QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(slider->upper(), 2027);
        QVERIFY(!time.to().has_value() || time.to()->year() == 2027);
        QVERIFY(shown("eu-serbia-planned"));

        // A typo is refused and changes nothing.
        from->setFocus();
        from->selectAll();
        QTest::keyClicks(from, QStringLiteral("20x6"));
        QTest::keyClick(from, Qt::Key_Return);
        QCOMPARE(time.from()->year(), 2016);
        QVERIFY(!shown("russia-serbia-dipl"));
    }

    void searchSelectsAndCentresAnEntity()
    {
        QLineEdit *search = m_window->filterDock().searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("gazprom"));
        QTest::keyClick(search, Qt::Key_Return);
        const EntityId gpn = guitest::entity(*m_window, "gazprom-neft");
        QCOMPARE(m_window->viewState().selection(), Selection::of(gpn));
        const QPointF centre = m_window->canvas().mapToScene(m_window->canvas().viewport()->rect().center());
        const QPointF node = m_window->scene().position(gpn);
        QVERIFY2(QLineF(centre, node).length() < 5.0, "the found entity is centred");
        QVERIFY(m_window->detailsDock().browser()->toPlainText().startsWith(QStringLiteral("Gazprom Neft")));
    }

    void searchResolvesLikeTheCliAndOffersCloseMatches()
    {
        FilterDock &dock = m_window->filterDock();
        QLineEdit *search = dock.searchField();
        QSignalSpy requested(&dock, &FilterDock::entityRequested);
        const auto find = [&](const QString &text) {
            search->setFocus();
            search->clear();
            QTest::keyClicks(search, text);
            QTest::keyClick(search, Qt::Key_Return);
        };
        // An id in another case, as EntityResolver reads it.
        find(QStringLiteral("GAZPROM-NEFT"));
        QVERIFY2(requested.count() == 1, qPrintable(search->toolTip()));
        QCOMPARE(requested.takeFirst().at(0).value<EntityId>(), guitest::entity(*m_window, "gazprom-neft"));
        QVERIFY2(!search->toolTip().contains(QStringLiteral("unknown")), qPrintable(search->toolTip()));

        // A typo shows the closest entity and names the close matches.
        find(QStringLiteral("Serbai"));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.takeFirst().at(0).value<EntityId>(), guitest::entity(*m_window, "serbia"));
        QVERIFY2(search->toolTip().contains(QStringLiteral("close matches: serbia (Serbia)")), qPrintable(search->toolTip()));

        // Nothing close: nothing is selected, and the field says so.
        find(QStringLiteral("qqqqqqqq"));
        QCOMPARE(requested.count(), 0);
        QVERIFY2(search->toolTip().contains(QStringLiteral("no close match")), qPrintable(search->toolTip()));
        search->clear();
    }

    void clickingAnEntityShowsItsTiesAndCitations()
    {
        GraphCanvas &canvas = m_window->canvas();
        const EntityId nis = guitest::entity(*m_window, "nis");
        canvas.centreOnEntity(nis);
        QTest::mouseClick(canvas.viewport(), Qt::LeftButton, {}, canvas.mapFromScene(m_window->scene().position(nis)));
        QCOMPARE(m_window->viewState().selection(), Selection::of(nis));

        QTextBrowser *browser = m_window->detailsDock().browser();
        const QString text = browser->toPlainText();
        QVERIFY(text.contains(QStringLiteral("About NIS.")));
        QVERIFY(text.contains(QStringLiteral("Ties: 2 shown of 2")));
        QVERIFY(text.contains(QString::fromLatin1(guifixture::SourceTitle)));
        QVERIFY(text.contains(QStringLiteral("A. Author, A Publisher, 2025")));
        QVERIFY(text.contains(QStringLiteral("Section on gpn-owns-nis")));
        QVERIFY(text.contains(QStringLiteral("B2 (usually reliable source, probably true)")));
        // Markup in data is shown as the characters it is, and nothing is loaded.
        QVERIFY(text.contains(QString::fromLatin1(guifixture::MarkupNote)));
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it)
                QVERIFY(!it.fragment().charFormat().isImageFormat());
        }
        QVERIFY(anchors(browser->document()).contains(QStringLiteral("https://example.org/article")));
    }

    void clickingATieInThePanelSelectsItOnTheCanvas()
    {
        const EntityId mig = guitest::entity(*m_window, "mig-29");
        m_window->viewState().select(mig);
        QTextBrowser *browser = m_window->detailsDock().browser();
        const TieId tie = guitest::tie(*m_window, "russia-makes-mig");
        const QPoint at = anchorPosition(browser, QStringLiteral("tie:%1").arg(tie.value()));
        QVERIFY(at.x() >= 0);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_window->viewState().selection(), Selection::of(tie));
        const QString text = browser->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("Russia → MiG-29")));
        // A file:// address stays text: only http and https become links.
        QVERIFY(text.contains(QStringLiteral("A file source")));
        QVERIFY(!anchors(browser->document()).contains(QStringLiteral("file:///etc/passwd")));
        QVERIFY(!SafeTextBrowser::isWebUrl(QUrl(QStringLiteral("file:///etc/passwd"))));
        QVERIFY(!SafeTextBrowser::isWebUrl(QUrl(QStringLiteral("javascript:alert(1)"))));

        // And back: the tie's end is a link to the entity.
        const QPoint back = anchorPosition(browser, QStringLiteral("entity:%1").arg(mig.value()));
        QVERIFY(back.x() >= 0);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, back);
        QCOMPARE(m_window->viewState().selection(), Selection::of(mig));
    }

    void webLinksGoOnlyToTheSystemBrowser()
    {
        QList<QUrl> opened;
        m_window->detailsDock().setUrlOpener([&opened](const QUrl &url) { opened << url; });
        m_window->viewState().select(guitest::tie(*m_window, "serbia-buys-mig"));
        QTextBrowser *browser = m_window->detailsDock().browser();
        const QPoint at = anchorPosition(browser, QStringLiteral("https://example.org/article"));
        QVERIFY(at.x() >= 0);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/article"))});
    }

    void clickingATieOnTheCanvasSelectsIt()
    {
        GraphCanvas &canvas = m_window->canvas();
        const TieId tie = guitest::tie(*m_window, "serbia-pfp");
        const QPointF middle = m_window->scene().tieMidpoint(tie);
        canvas.centerOn(middle);
        QTest::mouseClick(canvas.viewport(), Qt::LeftButton, {}, canvas.mapFromScene(middle));
        QCOMPARE(m_window->viewState().selection(), Selection::of(tie));
        QVERIFY(m_window->detailsDock().browser()->toPlainText().contains(QStringLiteral("Section on serbia-pfp")));
    }

    void corroboratedOnlyHidesSingleSourceTiesAndTheDetailsSaySo()
    {
        // Every fixture tie rests on one publisher ("A Publisher", or the file source naming none).
        const TieId pfp = guitest::tie(*m_window, "serbia-pfp");
        m_window->viewState().select(pfp);
        QTRY_VERIFY(
            m_window->detailsDock().browser()->toPlainText().contains(QStringLiteral("Sources: single source")));
        auto *corroborated = m_window->findChild<QCheckBox *>(QStringLiteral("corroboratedOnly"));
        QVERIFY(corroborated);
        QVERIFY(!corroborated->isChecked());
        guitest::click(corroborated);
        QVERIFY(m_window->document().filter().corroboratedOnly);
        QCOMPARE(m_window->document().view().visibleTieCount(), 0u);
        QVERIFY(!m_window->scene().isShown(pfp));
        guitest::click(corroborated);
        QCOMPARE(m_window->document().view().visibleTieCount(), 9u);
        QVERIFY(m_window->scene().isShown(pfp));
    }

    void parallelTiesAreDrawnApart()
    {
        GraphScene &scene = m_window->scene();
        const QPointF a = scene.tieMidpoint(guitest::tie(*m_window, "russia-serbia-intel"));
        const QPointF b = scene.tieMidpoint(guitest::tie(*m_window, "russia-serbia-dipl"));
        QVERIFY2(QLineF(a, b).length() > 8.0, "two ties between Russia and Serbia do not overlap");
    }

    void draggingAnEntityPinsItAndUndoPutsItBack()
    {
        GraphCanvas &canvas = m_window->canvas();
        const EntityId eu = guitest::entity(*m_window, "eu");
        canvas.centreOnEntity(eu);
        const QPointF start = m_window->scene().position(eu);
        const QPoint press = canvas.mapFromScene(start);
        QTest::mousePress(canvas.viewport(), Qt::LeftButton, {}, press);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(canvas.viewport(), press + QPoint(12 * step, 8 * step));
        QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, {}, press + QPoint(60, 40));
        const QPointF moved = m_window->scene().position(eu);
        QVERIFY2(QLineF(start, moved).length() > 20.0, "the entity followed the mouse");
        QVERIFY(m_window->viewState().isPinned(eu));
        QCOMPARE(m_window->viewState().position(eu), (Point{moved.x(), moved.y()}));
        QCOMPARE(m_window->undoStack().count(), 2); // the first layout, then the move

        m_window->undoStack().undo();
        QCOMPARE(m_window->scene().position(eu), start);
        QVERIFY(!m_window->viewState().isPinned(eu));
        QCOMPARE(m_window->viewState().position(eu), (Point{start.x(), start.y()}));
    }

    void undoingADragOfAPinnedEntityKeepsItPinned()
    {
        GraphCanvas &canvas = m_window->canvas();
        const EntityId eu = guitest::entity(*m_window, "eu");
        const auto drag = [&canvas, this, eu](QPoint by) {
            canvas.centreOnEntity(eu);
            const QPoint press = canvas.mapFromScene(m_window->scene().position(eu));
            QTest::mousePress(canvas.viewport(), Qt::LeftButton, {}, press);
            for (int step = 1; step <= 4; ++step)
                QTest::mouseMove(canvas.viewport(), press + by * step / 4);
            QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, {}, press + by);
        };
        drag(QPoint(60, 40)); // pins it
        const QPointF first = m_window->scene().position(eu);
        QVERIFY(m_window->viewState().isPinned(eu));
        drag(QPoint(-50, 30)); // moves it again, pinned before and after
        QVERIFY(QLineF(first, m_window->scene().position(eu)).length() > 20.0);
        QCOMPARE(m_window->undoStack().count(), 3);

        m_window->undoStack().undo(); // back to where the first drag left it, still pinned
        QCOMPARE(m_window->scene().position(eu), first);
        QVERIFY2(m_window->viewState().isPinned(eu), "undoing the second drag keeps the pin of the first");
    }

    void exportingAPngWritesTheChosenSizeWithDomainColours()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.png"));
        QFile::remove(path);
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportPngDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            dialog->setPath(path);
            dialog->setRegion(ExportPngDialog::Region::Whole);
            dialog->setImageSize(QSize(900, 700));
            dialog->setTransparent(false);
            dialog->accept();
        });
        m_window->actions().exportPng->trigger();
        QVERIFY(dialogSeen);
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(900, 700));
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
        for (const char *colour : {guifixture::EnergyColour, guifixture::ArmsColour, guifixture::DiplomacyColour})
            QVERIFY2(pixelsNear(image, QColor(QString::fromLatin1(colour))) > 20, colour);

        // Without its domain, no energy colour is drawn, not even in the graph.
        guitest::click(m_window->findChild<QCheckBox *>(QStringLiteral("domain:energy")));
        ExportOptions options;
        options.size = QSize(600, 400);
        options.legend = false;
        const QImage filtered = SceneExporter::renderImage(m_window->scene(), options);
        QCOMPARE(pixelsNear(filtered, QColor(QString::fromLatin1(guifixture::EnergyColour)), 30), 0);
        QVERIFY(pixelsNear(filtered, QColor(QString::fromLatin1(guifixture::ArmsColour)), 30) > 0);
    }

    void aFailedExportLeavesNoFileAndSaysWhy()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/export.png"));
        QString error;
        ExportOptions options;
        QVERIFY(!SceneExporter::writePng(m_window->scene(), options, path, &error));
        QVERIFY(error.contains(QStringLiteral("no-such-folder/export.png")));
        QVERIFY(!QFile::exists(path));
        options.size = QSize(100000, 100);
        const QString big = m_dir.filePath(QStringLiteral("big.png"));
        QVERIFY(!SceneExporter::writePng(m_window->scene(), options, big, &error));
        QVERIFY2(error.contains(QStringLiteral("at most")), qPrintable(error));
        QVERIFY(!QFile::exists(big));
    }

    void anSvgExportIsADrawingOfTheGraph()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.svg"));
        QString error;
        ExportOptions options;
        options.caption = QStringLiteral("caption & <things>");
        QVERIFY2(SceneExporter::writeSvg(m_window->scene(), options, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains(QByteArray(guifixture::EnergyColour)));
        QVERIFY(svg.contains("Gazprom Neft"));
    }

    void aBadDatabaseIsRefusedAndTheWindowStaysUsable()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.db"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database");
        file.close();
        // As File → Open does it: the failure comes back as a dialog naming the file and the problem.
        // The dialog runs its own event loop: a timer reads and closes it from inside that loop.
        QString dialogText;
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, this, [&dialogText, &closer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                dialogText = box->text();
                closer.stop();
                box->accept();
            }
        });
        closer.start();
        m_window->openDatabase(bad);
        QVERIFY(guitest::waitForLoad(*m_window));
        QTRY_VERIFY(!dialogText.isEmpty());
        QVERIFY2(dialogText.contains(QFileInfo(bad).absoluteFilePath()), qPrintable(dialogText));
        QVERIFY2(dialogText.contains(QStringLiteral("not a SQLite database")), qPrintable(dialogText));

        QVERIFY(!guitest::open(*m_window, m_dir.filePath(QStringLiteral("missing.db"))));
        QVERIFY(m_window->document().isOpen());
        QCOMPARE(m_window->document().dataset().info().title, std::string("GUI fixture"));
        auto *energy = m_window->findChild<QCheckBox *>(QStringLiteral("domain:energy"));
        guitest::click(energy);
        QCOMPARE(m_window->document().view().visibleTieCount(), 6u);
    }

    void theSearchModelIsAWellBehavedItemModel()
    {
        EntityListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(&m_window->document().dataset());
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(6, 0).data().toString(), QStringLiteral("European Union"));
        model.setDataset(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void theFilterIsRememberedAcrossRuns()
    {
        auto *arms = m_window->findChild<QCheckBox *>(QStringLiteral("domain:arms"));
        guitest::click(arms);
        m_window->timeDock().setWindow(PartialDate::parse("2000"), std::nullopt);
        m_window->close();
        m_window.reset();

        m_window = std::make_unique<MainWindow>();
        m_window->restoreSession();
        QVERIFY(guitest::settle(*m_window));
        QVERIFY(m_window->document().isOpen());
        QCOMPARE(m_window->document().path(), QFileInfo(m_db).absoluteFilePath());
        QVERIFY(!m_window->findChild<QCheckBox *>(QStringLiteral("domain:arms"))->isChecked());
        QCOMPARE(m_window->document().filter().from, PartialDate::parse("2000"));
        QVERIFY(!m_window->scene().isShown(guitest::tie(*m_window, "serbia-buys-mig")));
    }

    void whatToDoWithIsolatedEntitiesIsRemembered()
    {
        auto *isolated = m_window->findChild<QComboBox *>(QStringLiteral("isolatedMode"));
        isolated->setCurrentIndex(isolated->findText(QStringLiteral("Show them")));
        QVERIFY(!m_window->scene().fadeIsolated());
        m_window->close();
        m_window.reset();
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("TieScope"),
                           QStringLiteral("tiescope"));
        QCOMPARE(settings.value(QStringLiteral("filter/isolated")).toString(), QStringLiteral("show"));

        const auto reopened = [this] {
            m_window = std::make_unique<MainWindow>();
            m_window->restoreSession();
            return guitest::settle(*m_window) && m_window->document().isOpen();
        };
        QVERIFY(reopened());
        isolated = m_window->findChild<QComboBox *>(QStringLiteral("isolatedMode"));
        QCOMPARE(isolated->currentText(), QStringLiteral("Show them"));
        QVERIFY(m_window->document().filter().isolated == IsolatedEntities::Show);
        QVERIFY(!m_window->scene().fadeIsolated());

        // Older versions saved the panel's index (0 fade, 1 hide, 2 show).
        m_window.reset();
        settings.setValue(QStringLiteral("filter/isolated"), 1);
        settings.sync();
        QVERIFY(reopened());
        QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("isolatedMode"))->currentText(),
                 QStringLiteral("Hide them"));
        QVERIFY(m_window->document().filter().isolated == IsolatedEntities::Hide);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
