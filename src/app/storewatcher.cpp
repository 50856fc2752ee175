// SPDX-License-Identifier: MIT
#include "app/storewatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

#include "app/graphdocument.h"
#include "model/inputerror.h"
#include "store/store.h"

namespace tiescope {

StoreWatcher::StoreWatcher(GraphDocument &document, QWidget &window, QObject *parent)
    : QObject(parent),
      m_document(document),
      m_window(window)
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::check);
    connect(&m_document, &GraphDocument::opened, this, &StoreWatcher::watch);
    connect(&m_document, &GraphDocument::relocated, this, &StoreWatcher::watch); // now a copy of it
    connect(&m_document, &GraphDocument::aboutToReplace, this, [this] {
        m_reader.reset();
        m_seen.reset();
        delete m_offer;
    });
    // Outside changes made before the document's own connection opens are seen on the reader;
    // from then on that connection's data_version, which never counts its own commits.
    connect(&m_document, &GraphDocument::storeAboutToOpen, this, &StoreWatcher::check);
    connect(&m_document, &GraphDocument::storeOpened, this, [this] {
        m_reader.reset();
        m_onDocumentConnection = true;
        m_seen = m_document.storeDataVersion();
    });
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, &StoreWatcher::updateTimer);
    updateTimer();
}

StoreWatcher::~StoreWatcher() = default;

QMessageBox *StoreWatcher::offer() const
{
    return m_offer;
}

void StoreWatcher::updateTimer()
{
    if (QGuiApplication::applicationState() != Qt::ApplicationActive) {
        m_timer.stop();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
    check(); // back in the window: the analyst may have edited elsewhere meanwhile
}

void StoreWatcher::watch()
{
    m_onDocumentConnection = false;
    m_movedSaid = false;
    m_reader.reset();
    try {
        m_reader = std::make_unique<Store>(Store::open(m_document.path().toStdString(), Store::Mode::ReadOnly));
    } catch (const InputError &) {
        return; // not a store (a dataset folder): nothing to watch
    }
    m_seen = version();
}

std::optional<long long> StoreWatcher::version()
{
    if (m_onDocumentConnection)
        return m_document.storeDataVersion(); // none after a failed edit closed it, until reopened
    if (!m_reader)
        return std::nullopt;
    try {
        return m_reader->dataVersion();
    } catch (const InputError &) {
        return std::nullopt;
    }
}

bool StoreWatcher::fileMoved() const
{
    if (m_onDocumentConnection)
        return m_document.storeHasMoved();
    return m_reader && m_reader->hasMoved();
}

void StoreWatcher::check()
{
    if (!m_document.isOpen() || m_offer)
        return;
    if (!m_movedSaid && fileMoved()) {
        m_movedSaid = true;
        showOffer(true);
        return;
    }
    const std::optional<long long> now = version();
    if (now && m_seen && *now != *m_seen)
        showOffer(false);
}

void StoreWatcher::showOffer(bool moved)
{
    const QString path = m_document.path();
    const QString shown = QDir::toNativeSeparators(path);
    // Renamed over (a new store written to the same name) or gone: either way this window's
    // connection still reads the old file, which no other program sees any more.
    const bool replaced = moved && QFileInfo::exists(path);
    const bool gone = moved && !replaced;
    m_offer = new QMessageBox(gone ? QMessageBox::Warning : QMessageBox::Question,
                              gone ? tr("Store moved or deleted") : tr("Store changed"),
                              gone       ? tr("%1 was deleted or moved by another program.").arg(shown)
                              : replaced ? tr("%1 was replaced by another file.").arg(shown)
                                         : tr("%1 was changed by another program.").arg(shown),
                              QMessageBox::NoButton, &m_window);
    m_offer->setObjectName(QStringLiteral("storeChangedOffer"));
    m_offer->setTextFormat(Qt::PlainText); // the path is data, never markup
    m_offer->setInformativeText(
        gone       ? tr("This window still shows what the file held, but edits can no longer be saved to it. "
                            "File → Save a Copy As… keeps it in a new file.")
        : replaced ? tr("Reload it to see the new file? Reloading clears this window's undo history. Until "
                        "then the window shows the file it opened, and edits to it are refused.")
                   : tr("Reload it to see the changes? Reloading clears this window's undo history. "
                        "Ignore keeps the picture shown; edits still go to the file as it is now."));
    QPushButton *reload = nullptr;
    if (!gone) {
        reload = m_offer->addButton(tr("Reload"), QMessageBox::AcceptRole);
        reload->setObjectName(QStringLiteral("reload"));
    }
    QPushButton *ignore = m_offer->addButton(gone ? tr("OK") : tr("Ignore"), QMessageBox::RejectRole);
    ignore->setObjectName(QStringLiteral("ignore"));
    m_offer->setDefaultButton(reload ? reload : ignore);
    m_offer->setEscapeButton(ignore);
    m_offer->setWindowModality(Qt::NonModal);
    m_offer->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_offer, &QMessageBox::buttonClicked, this, [this, reload, path](QAbstractButton *button) {
        m_seen = version(); // asked about this change once: only a later one asks again
        if (reload && button == reload)
            emit reloadRequested(path);
    });
    m_offer->show();
}

} // namespace tiescope
