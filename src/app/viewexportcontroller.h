// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>
#include <utility>

#include <QObject>
#include <QString>

#include "io/interchangeexport.h"

class QWidget;

namespace tiescope {

class GraphDocument;
class ViewState;

// File → Export As…: the current filtered view, with the canvas's positions, in any format
// the CLI's `export --format` writes (InterchangeExport: snapshot, CSV, GraphML, GEXF,
// Cytoscape.js, FollowTheMoney), whole or not at all; a failure is shown naming the file.
class ViewExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewExportController)

public:
    // Asks for the format and the target, suggesting one; nothing: cancelled.
    using Prompt = std::function<std::optional<std::pair<InterchangeExport::Format, QString>>(const QString &suggested)>;

    ViewExportController(GraphDocument &document, const ViewState &state, QWidget *window);

    // A save dialog with one name filter per format by default; tests answer it themselves.
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    // Writes what the window shows to `path`; false with a message naming the file on failure.
    bool exportTo(InterchangeExport::Format format, const QString &path, QString *error);

public slots:
    void exportAsInteractive();

signals:
    void exported(const QString &path, const QString &summary);

private:
    [[nodiscard]] std::optional<std::pair<InterchangeExport::Format, QString>> ask(const QString &suggested);

    GraphDocument &m_document;
    const ViewState &m_state;
    QWidget *m_window;
    Prompt m_prompt;
};

} // namespace tiescope
