// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QDockWidget>

class QUrl;

namespace tiescope {

class GraphDocument;
class SafeTextBrowser;
class ViewState;

// Why a thing is on the canvas and who says so: for the current item of the selection (the
// one clicked last) its facts and its ties by domain, or its note and citations, and how many
// more are selected. It follows the view state's selection and the filter. Clicking a tie or
// entity in the text selects it; web links open in the system browser.
class DetailsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsDock)

public:
    DetailsDock(const GraphDocument &document, ViewState &state, QWidget *parent = nullptr);

    [[nodiscard]] SafeTextBrowser *browser() const { return m_browser; }
    // How web links leave the program; the system browser unless a test replaces it.
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_openUrl = std::move(opener); }

signals:
    // A link in the text selected an item: the canvas should bring it into view.
    void revealRequested();

private:
    void refresh();
    void anchorClicked(const QUrl &url);

    const GraphDocument &m_document;
    ViewState &m_state;
    SafeTextBrowser *m_browser;
    std::function<void(const QUrl &)> m_openUrl;
};

} // namespace tiescope
