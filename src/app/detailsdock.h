// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QDockWidget>

#include "render/graphselection.h"

class QUrl;

namespace tiescope {

class GraphView;
class SafeTextBrowser;

// Why a thing is on the canvas and who says so: for the selected entity its facts and its
// ties by domain, for the selected tie its note and citations. Clicking a tie or entity
// in the text selects it on the canvas; web links open in the system browser.
class DetailsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsDock)

public:
    explicit DetailsDock(QWidget *parent = nullptr);

    // Shows the selection against a view (nullptr: nothing open).
    void showSelection(const GraphView *view, GraphSelection selection);
    [[nodiscard]] SafeTextBrowser *browser() const { return m_browser; }
    // How web links leave the program; the system browser unless a test replaces it.
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_openUrl = std::move(opener); }

signals:
    void selectionRequested(tiescope::GraphSelection selection);

private:
    void anchorClicked(const QUrl &url);

    SafeTextBrowser *m_browser;
    std::function<void(const QUrl &)> m_openUrl;
};

} // namespace tiescope
