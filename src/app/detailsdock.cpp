// SPDX-License-Identifier: MIT
#include "app/detailsdock.h"

#include <QDesktopServices>
#include <QUrl>

#include "app/detailswriter.h"
#include "app/graphdocument.h"
#include "app/safetextbrowser.h"
#include "app/viewstate.h"
#include "graph/graphview.h"

namespace tiescope {

DetailsDock::DetailsDock(const GraphDocument &document, ViewState &state, QWidget *parent)
    : QDockWidget(tr("Details"), parent),
      m_document(document),
      m_state(state),
      m_browser(new SafeTextBrowser),
      m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("detailsDock"));
    m_browser->setObjectName(QStringLiteral("detailsText"));
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(10);
    setWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailsDock::anchorClicked);
    connect(&m_state, &ViewState::selectionChanged, this, &DetailsDock::refresh);
    connect(&m_state, &ViewState::reset, this, &DetailsDock::refresh);
    // The record shown may have changed (or gone: the selection no longer holds it).
    connect(&m_state, &ViewState::edited, this, &DetailsDock::refresh);
    // The filter may hide or show ties of the selection: the text says how many are shown.
    connect(&m_document, &GraphDocument::filterChanged, this, &DetailsDock::refresh);
    refresh();
}

void DetailsDock::refresh()
{
    if (!m_state.graph() || !m_document.isOpen()) {
        m_browser->clear();
        m_browser->setPlainText(tr("No database is open."));
        return;
    }
    DetailsWriter writer(*m_browser->document(), m_document.view());
    const Selection &selection = m_state.selection();
    if (const auto entity = selection.currentEntity())
        writer.writeEntity(*entity);
    else if (const auto tie = selection.currentTie())
        writer.writeTie(*tie);
    else
        writer.writeNote(tr("Click an entity or a tie to read why it is there and who says so."));
    if (selection.size() > 1) {
        const std::size_t entities = selection.entities().size();
        const std::size_t ties = selection.ties().size();
        writer.writeNote(tr("%1 selected: %2 %3, %4 %5; shown here: the one clicked last. Ctrl-click adds or removes "
                            "one.")
                             .arg(selection.size())
                             .arg(entities)
                             .arg(entities == 1 ? tr("entity") : tr("entities"))
                             .arg(ties)
                             .arg(ties == 1 ? tr("tie") : tr("ties")));
    }
    m_browser->moveCursor(QTextCursor::Start);
}

void DetailsDock::anchorClicked(const QUrl &url)
{
    const QString scheme = url.scheme();
    bool ok = false;
    const uint index = url.path().toUInt(&ok);
    if (scheme == QLatin1String("tie") && ok) {
        m_state.select(TieId(index));
        emit revealRequested();
    } else if (scheme == QLatin1String("entity") && ok) {
        m_state.select(EntityId(index));
        emit revealRequested();
    } else if (SafeTextBrowser::isWebUrl(url)) {
        m_openUrl(url);
    }
}

} // namespace tiescope
