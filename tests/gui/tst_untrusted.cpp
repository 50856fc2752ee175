// SPDX-License-Identifier: MIT
// Text from data is shown literally, never interpreted (issue 15, "Untrusted content"): a store
// whose names, labels, notes, titles and URLs carry HTML, script, an image that would fetch a
// file, control characters and a right-to-left override is opened in the real window, and
// every place a person reads it is checked — the details, every label of every widget, every
// item view's tooltips, the canvas tooltip, the legend, the About box — for markup that Qt
// would render, and the details for links that are not web links.
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>
#include <sqlite3.h>

#include "app/aboutdialog.h"
#include "app/detailsdock.h"
#include "app/safetextbrowser.h"
#include "app/viewstate.h"
#include "guifixture.h"
#include "guitestsupport.h"
#include "render/graphscene.h"
#include "render/scenetooltip.h"

using namespace tiescope;

namespace {

// Each carries "evil" so that the checks find where it is shown.
const std::string EntityName = "NIS evil <img src=\"file:///etc/passwd\"><b>bold</b> \u202Eexe.gnp";
const std::string DomainLabel = "Energy evil <i>italic</i>";
const std::string SourceTitle = "evil <script>alert(1)</script> source";
const std::string DatasetTitle = "<h1>evil title</h1>";
const std::string Note = "evil note \x01\x07 <a href=\"javascript:alert(1)\">click</a>";

// The markup a hostile string brings: none of it may reach a widget that renders rich text.
bool carriesRawMarkup(const QString &text)
{
    for (const char *tag : {"<img", "<b>", "<i>", "<script", "<h1>", "<a href"})
        if (text.contains(QLatin1String(tag)))
            return true;
    return false;
}

// Rendered as rich text by Qt: a label in RichText, or AutoText that looks like markup.
bool rendersRich(Qt::TextFormat format, const QString &text)
{
    return format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
}

// Binds each value (never pasted into SQL) and runs the statement on the store file.
void update(const QString &path, const char *sql, const std::string &value)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr), SQLITE_OK);
    sqlite3_bind_text(statement, 1, value.c_str(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    QCOMPARE(sqlite3_step(statement), SQLITE_DONE);
    QCOMPARE(sqlite3_changes(db), 1);
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

// The GUI fixture with hostile text in every kind of field a person reads.
QString writeHostileStore(const QDir &dir)
{
    const QString path = guifixture::writeStore(dir, QStringLiteral("hostile.db"));
    update(path, "UPDATE metadata SET value = ? WHERE key = 'title'", DatasetTitle);
    update(path, "UPDATE entities SET name = ? WHERE key = 'nis'", EntityName);
    update(path, "UPDATE entities SET description = ? WHERE key = 'nis'", Note);
    update(path, "UPDATE domains SET label = ? WHERE key = 'energy'", DomainLabel);
    update(path, "UPDATE sources SET title = ? WHERE key = 'src'", SourceTitle);
    update(path, "UPDATE sources SET url = ? WHERE key = 'src'", "javascript:alert(1)");
    update(path, "UPDATE ties SET note = ? WHERE key = 'gpn-owns-nis'", Note);
    return path;
}

// Every label anywhere that shows hostile text must show it as plain text.
QStringList richLabels()
{
    QStringList found;
    for (QWidget *widget : QApplication::allWidgets()) {
        const auto *label = qobject_cast<QLabel *>(widget);
        if (label && label->text().contains(QLatin1String("evil")) && rendersRich(label->textFormat(), label->text()) &&
            carriesRawMarkup(label->text()))
            found << label->objectName() + QStringLiteral(": ") + label->text();
        if (widget->toolTip().contains(QLatin1String("evil")) && Qt::mightBeRichText(widget->toolTip()) &&
            carriesRawMarkup(widget->toolTip()))
            found << widget->objectName() + QStringLiteral(" tooltip: ") + widget->toolTip();
    }
    return found;
}

// Every item view's cells and tooltips: a tooltip is rendered as rich text when it looks like it.
QStringList richToolTips()
{
    QStringList found;
    for (QWidget *widget : QApplication::allWidgets()) {
        const auto *view = qobject_cast<QAbstractItemView *>(widget);
        if (!view || !view->model())
            continue;
        const QAbstractItemModel &model = *view->model();
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QString tip = model.data(model.index(row, column), Qt::ToolTipRole).toString();
                if (tip.contains(QLatin1String("evil")) && Qt::mightBeRichText(tip) && carriesRawMarkup(tip))
                    found << view->objectName() + QStringLiteral(": ") + tip;
            }
        }
    }
    return found;
}

} // namespace

class TestUntrusted final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolateSettings(m_dir);
        const QString path = writeHostileStore(QDir(m_dir.path()));
        QVERIFY(!QTest::currentTestFailed());
        m_window = guitest::openWindow(path);
        QVERIFY(m_window);
    }

    void detailsShowTheEntityLiterallyWithoutImagesOrScriptLinks()
    {
        m_window->viewState().select(guitest::entity(*m_window, "nis"));
        const QTextDocument &document = *m_window->detailsDock().browser()->document();
        QTRY_VERIFY(document.toPlainText().contains(QString::fromStdString(EntityName)));
        QVERIFY(document.toPlainText().contains(QStringLiteral("<a href=\"javascript:alert(1)\">click</a>")));
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                QVERIFY2(!format.isImageFormat(), "an image from the data would be loaded");
                if (format.isAnchor()) {
                    const QUrl url(format.anchorHref());
                    QVERIFY2(url.scheme() != QLatin1String("javascript") && url.scheme() != QLatin1String("file"),
                             qPrintable(format.anchorHref()));
                }
            }
        }
    }

    void detailsShowTheTieAndItsSourceLiterally()
    {
        m_window->viewState().select(guitest::tie(*m_window, "gpn-owns-nis"));
        const QTextDocument &document = *m_window->detailsDock().browser()->document();
        QTRY_VERIFY(document.toPlainText().contains(QString::fromStdString(SourceTitle)));
        // The javascript: address is shown as text, never as a link to follow.
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                QVERIFY(!it.fragment().charFormat().anchorHref().startsWith(QLatin1String("javascript")));
        QVERIFY(!SafeTextBrowser::isWebUrl(QUrl(QStringLiteral("javascript:alert(1)"))));
        QVERIFY(!SafeTextBrowser::isWebUrl(QUrl(QStringLiteral("file:///etc/passwd"))));
    }

    void noLabelOrTooltipInTheWindowRendersDataAsMarkup()
    {
        m_window->viewState().select(guitest::entity(*m_window, "nis"));
        QCoreApplication::processEvents();
        const QStringList labels = richLabels();
        QVERIFY2(labels.isEmpty(), qPrintable(labels.join(QLatin1Char('\n'))));
        const QStringList tips = richToolTips();
        QVERIFY2(tips.isEmpty(), qPrintable(tips.join(QLatin1Char('\n'))));
    }

    void theCanvasTooltipEscapesTheName()
    {
        const GraphScene &scene = m_window->scene();
        const auto id = guitest::entity(*m_window, "nis");
        const QPointF at = scene.position(id);
        const QString tip = SceneToolTip::html(scene, at);
        QVERIFY(tip.contains(QStringLiteral("&lt;img")));
        QVERIFY(!carriesRawMarkup(tip));
    }

    void theAboutBoxShowsTheTitleLiterally()
    {
        AboutDialog dialog(&m_window->document().dataset(), m_window.get());
        bool shown = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->text().contains(QLatin1String("evil")))
                continue;
            shown = true;
            QVERIFY2(!rendersRich(label->textFormat(), label->text()) || !carriesRawMarkup(label->text()),
                     qPrintable(label->text()));
        }
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestUntrusted)
#include "tst_untrusted.moc"
