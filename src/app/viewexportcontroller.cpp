// SPDX-License-Identifier: MIT
#include "app/viewexportcontroller.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

#include "app/graphdocument.h"
#include "app/plainmessage.h"
#include "app/viewstate.h"
#include "io/utctime.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

QString filterFor(InterchangeExport::Format format)
{
    const QString label = QString::fromUtf8(InterchangeExport::label(format).data(),
                                            static_cast<qsizetype>(InterchangeExport::label(format).size()));
    const std::string_view extension = InterchangeExport::extension(format);
    if (extension.empty())
        return label + QStringLiteral(" (*)");
    return label + QStringLiteral(" (*") + QString::fromLatin1(extension.data(), static_cast<qsizetype>(extension.size())) +
           QLatin1Char(')');
}

} // namespace

ViewExportController::ViewExportController(GraphDocument &document, const ViewState &state, QWidget *window)
    : QObject(window), m_document(document), m_state(state), m_window(window)
{
}

bool ViewExportController::exportTo(InterchangeExport::Format format, const QString &path, QString *error)
{
    if (!m_document.isOpen()) {
        if (error)
            *error = tr("Nothing is open to export.");
        return false;
    }
    InterchangeExport::Options options;
    options.filter = m_document.filter();
    options.generator = QStringLiteral("TieScope %1").arg(QCoreApplication::applicationVersion()).trimmed().toStdString();
    options.createdAt = UtcTime::now();
    options.asOfDay = InterchangeExport::asOfDay(m_document.dataset());
    if (m_state.positions().size() == m_document.dataset().entities().size())
        options.positions = m_state.positions();
    try {
        const InterchangeExport::Summary summary =
            InterchangeExport::write(format, m_document.view(), options, path.toStdString());
        QString text = tr("%1 entities, %2 ties").arg(summary.entities).arg(summary.ties);
        if (summary.leftOut > 0)
            text += tr(", %1 ideas left out (no FollowTheMoney schema)").arg(summary.leftOut);
        emit exported(path, text);
        return true;
    } catch (const std::exception &failure) {
        if (error)
            *error = QString::fromStdString(failure.what());
        return false;
    }
}

void ViewExportController::exportAsInteractive()
{
    if (!m_document.isOpen())
        return;
    const QFileInfo current(m_document.path());
    const QString suggested = QDir::home().filePath(current.completeBaseName() + tr("-view"));
    const auto answer = ask(suggested);
    if (!answer)
        return;
    QString error;
    if (!exportTo(answer->first, answer->second, &error))
        PlainMessage::warning(m_window, tr("View not exported"), error);
}

std::optional<std::pair<InterchangeExport::Format, QString>> ViewExportController::ask(const QString &suggested)
{
    if (m_prompt)
        return m_prompt(suggested);
    QStringList filters;
    for (const InterchangeExport::Format format : InterchangeExport::formats())
        filters << filterFor(format);
    QString chosen = filters.front();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export As"), suggested, filters.join(QStringLiteral(";;")),
                                                &chosen);
    if (path.isEmpty())
        return std::nullopt;
    const qsizetype index = std::max<qsizetype>(0, filters.indexOf(chosen));
    const InterchangeExport::Format format = InterchangeExport::formats().at(static_cast<std::size_t>(index));
    // The usual ending, when the name has none of its own (CSV writes a folder: none).
    const std::string_view extension = InterchangeExport::extension(format);
    if (!extension.empty() && QFileInfo(path).suffix().isEmpty())
        path += QString::fromLatin1(extension.data(), static_cast<qsizetype>(extension.size()));
    return std::make_pair(format, path);
}

} // namespace tiescope
