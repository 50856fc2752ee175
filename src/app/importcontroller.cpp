// SPDX-License-Identifier: MIT
#include "app/importcontroller.h"

#include <QWidget>

#include "app/editcontroller.h"
#include "app/graphdocument.h"
#include "app/importwizard.h"

namespace tiescope {

ImportController::ImportController(EditController &edits, QWidget *window)
    : QObject(window),
      m_edits(edits),
      m_window(window)
{}

ImportWizard *ImportController::wizard() const
{
    return m_wizard;
}

void ImportController::openWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    if (!m_edits.document().isOpen())
        return; // the dry run plans against the open store
    m_wizard = new ImportWizard(m_edits, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ImportWizard::imported, this, &ImportController::imported);
    m_wizard->open(); // window-modal: the document stays as the dry run saw it
}

} // namespace tiescope
