// SPDX-License-Identifier: MIT
#include "app/exportpngdialog.h"

#include <algorithm>

#include <QFileDialog>
#include <QPushButton>

#include "render/sceneexporter.h"
#include "ui_exportpngdialog.h"
#include "app/plainmessage.h"

namespace tiescope {

ExportPngDialog::ExportPngDialog(QSize viewSize, QSize wholeSize, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportPngDialog>()), m_viewSize(viewSize), m_wholeSize(wholeSize)
{
    m_ui->setupUi(this);
    m_ui->pathEdit->setText(suggestedPath);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportPngDialog::accept);
    connect(m_ui->browseButton, &QToolButton::clicked, this, &ExportPngDialog::browse);
    connect(m_ui->viewRadio, &QRadioButton::toggled, this, &ExportPngDialog::updateSize);
    connect(m_ui->scaleCombo, &QComboBox::currentIndexChanged, this, &ExportPngDialog::updateSize);
    updateSize();
}

ExportPngDialog::~ExportPngDialog() = default;

void ExportPngDialog::updateSize()
{
    const int scale = m_ui->scaleCombo->currentIndex() + 1;
    const QSize base = region() == Region::View ? m_viewSize : m_wholeSize;
    m_ui->widthSpin->setValue(std::min(base.width() * scale, SceneExporter::MaxSide));
    m_ui->heightSpin->setValue(std::min(base.height() * scale, SceneExporter::MaxSide));
}

void ExportPngDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export PNG"), path(), tr("PNG images (*.png)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

QString ExportPngDialog::path() const
{
    return m_ui->pathEdit->text().trimmed();
}

void ExportPngDialog::setPath(const QString &path)
{
    m_ui->pathEdit->setText(path);
}

ExportPngDialog::Region ExportPngDialog::region() const
{
    return m_ui->viewRadio->isChecked() ? Region::View : Region::Whole;
}

void ExportPngDialog::setRegion(Region region)
{
    (region == Region::View ? m_ui->viewRadio : m_ui->wholeRadio)->setChecked(true);
}

QSize ExportPngDialog::imageSize() const
{
    return {m_ui->widthSpin->value(), m_ui->heightSpin->value()};
}

void ExportPngDialog::setImageSize(QSize size)
{
    m_ui->widthSpin->setValue(size.width());
    m_ui->heightSpin->setValue(size.height());
}

bool ExportPngDialog::transparent() const
{
    return m_ui->transparentRadio->isChecked();
}

void ExportPngDialog::setTransparent(bool transparent)
{
    (transparent ? m_ui->transparentRadio : m_ui->whiteRadio)->setChecked(true);
}

bool ExportPngDialog::legend() const
{
    return m_ui->legendCheck->isChecked();
}

bool ExportPngDialog::caption() const
{
    return m_ui->captionCheck->isChecked();
}

void ExportPngDialog::accept()
{
    if (path().isEmpty()) {
        PlainMessage::warning(this, tr("Export PNG"), tr("Choose a file to save the image to."));
        return;
    }
    QDialog::accept();
}

} // namespace tiescope
