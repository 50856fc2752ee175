// SPDX-License-Identifier: MIT
#include "app/detailsdock.h"

#include <QDesktopServices>
#include <QUrl>

#include "app/detailswriter.h"
#include "app/safetextbrowser.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

DetailsDock::DetailsDock(QWidget *parent)
    : QDockWidget(tr("Details"), parent), m_browser(new SafeTextBrowser),
      m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("detailsDock"));
    m_browser->setObjectName(QStringLiteral("detailsText"));
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(10);
    setWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailsDock::anchorClicked);
    showSelection(nullptr, {});
}

void DetailsDock::showSelection(const GraphView *view, GraphSelection selection)
{
    if (!view) {
        m_browser->clear();
        m_browser->setPlainText(tr("No database is open."));
        return;
    }
    DetailsWriter writer(*m_browser->document(), *view);
    const Dataset &data = view->graph().dataset();
    if (selection.isEntity() && selection.index < data.entities().size())
        writer.writeEntity(selection.entityId());
    else if (selection.isTie() && selection.index < data.ties().size())
        writer.writeTie(selection.tieId());
    else
        writer.writeEmpty(tr("Click an entity or a tie to read why it is there and who says so."));
    m_browser->moveCursor(QTextCursor::Start);
}

void DetailsDock::anchorClicked(const QUrl &url)
{
    const QString scheme = url.scheme();
    bool ok = false;
    const uint index = url.path().toUInt(&ok);
    if (scheme == QLatin1String("tie") && ok)
        emit selectionRequested(GraphSelection::tie(TieId(index)));
    else if (scheme == QLatin1String("entity") && ok)
        emit selectionRequested(GraphSelection::entity(EntityId(index)));
    else if (SafeTextBrowser::isWebUrl(url))
        m_openUrl(url);
}

} // namespace tiescope
