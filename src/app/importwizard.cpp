// SPDX-License-Identifier: MIT
#include "app/importwizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include "app/editcontroller.h"
#include "app/graphdocument.h"
#include "app/importfilespage.h"
#include "app/importmappingpage.h"
#include "app/importpreviewpage.h"
#include "model/inputerror.h"

namespace tiescope {

ImportWizard::ImportWizard(EditController &edits, QWidget *parent)
    : QWizard(parent),
      m_edits(edits),
      m_files(nullptr),
      m_mapping(nullptr),
      m_preview(nullptr)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_files = new ImportFilesPage(*this);
    setPage(FilesPageId, m_files);
    m_mapping = new ImportMappingPage(*this);
    setPage(MappingPageId, m_mapping);
    m_preview = new ImportPreviewPage(*this);
    setPage(PreviewPageId, m_preview);
    setStartId(FilesPageId);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(1100, 780);
}

const Dataset &ImportWizard::dataset() const
{
    return m_edits.document().dataset();
}

ImportSpec ImportWizard::spec() const
{
    ImportSpec spec = m_base;
    m_files->writeTo(spec);
    m_mapping->writeTo(spec);
    return spec;
}

bool ImportWizard::loadSpec(const QString &path, QString *error)
{
    try {
        m_base = ImportSpec::read(path.toStdString());
    } catch (const InputError &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    m_files->showSpec(m_base);
    m_mapping->showSpec(m_base);
    if (currentId() != FilesPageId)
        restart(); // every page shows the spec's choices from the start
    return true;
}

bool ImportWizard::saveSpec(const QString &path, QString *error) const
{
    const ImportPreviewPage::DryRun *run = m_preview->dryRun();
    try {
        (run ? run->spec : spec()).write(path.toStdString());
    } catch (const InputError &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

void ImportWizard::loadSpecInteractive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Import Spec"), QDir::homePath(),
                                                      tr("Import specs (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !loadSpec(path, &error))
        QMessageBox::warning(this, tr("Load Import Spec"), error);
}

void ImportWizard::saveSpecInteractive()
{
    const QString start = QFileInfo(QString::fromStdString(spec().ties.string())).absolutePath();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Import Spec"), start + QStringLiteral("/import.spec.json"),
                                     tr("Import specs (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !saveSpec(path, &error))
        QMessageBox::warning(this, tr("Save Import Spec"), error);
}

void ImportWizard::accept()
{
    const ImportPreviewPage::DryRun *run = m_preview->dryRun();
    if (run == nullptr || !m_preview->isComplete())
        return;
    const QString summary = QString::fromStdString(run->plan.summary());
    if (!run->plan.changeSet.empty()) {
        ChangeSet changes = run->plan.changeSet;
        changes.setLabel("import " + ImportSpec::toString(run->spec.format));
        const QStringList problems = m_edits.apply(changes);
        if (!problems.isEmpty()) {
            m_preview->showProblems(problems);
            return; // stays open with everything entered
        }
    }
    emit imported(summary);
    QWizard::accept();
}

} // namespace tiescope
