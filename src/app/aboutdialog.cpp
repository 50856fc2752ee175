// SPDX-License-Identifier: MIT
#include "app/aboutdialog.h"

#include <QCoreApplication>
#include <QIcon>
#include <QStringList>

#include "model/dataset.h"
#include "ui_aboutdialog.h"

namespace tiescope {

AboutDialog::AboutDialog(const Dataset *data, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/tiescope.svg")).pixmap(64, 64));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->titleLabel->setText(QStringLiteral("TieScope %1").arg(QCoreApplication::applicationVersion()));
    if (!data) {
        m_ui->datasetLabel->setText(tr("No dataset is open."));
        return;
    }
    const DatasetInfo &info = data->info();
    m_ui->datasetLabel->setText(tr("Dataset: %1 (version %2)\n%3\n%4 entities, %5 ties, %6 sources.")
                                    .arg(QString::fromStdString(info.title), QString::fromStdString(info.version),
                                         QString::fromStdString(info.description))
                                    .arg(data->entities().size())
                                    .arg(data->ties().size())
                                    .arg(data->sources().size()));
    QStringList sources;
    for (const Source &source : data->sources()) {
        QStringList parts{QString::fromStdString(source.title)};
        if (!source.author.empty())
            parts << QString::fromStdString(source.author);
        if (!source.publisher.empty())
            parts << QString::fromStdString(source.publisher);
        if (source.date)
            parts << QString::fromStdString(source.date->toString());
        if (!source.url.empty())
            parts << QString::fromStdString(source.url);
        sources << QStringLiteral("• ") + parts.join(QStringLiteral(", "));
    }
    m_ui->sourcesText->setPlainText(sources.join(QLatin1Char('\n')));
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::datasetText() const
{
    return m_ui->datasetLabel->text();
}

QString AboutDialog::sourcesText() const
{
    return m_ui->sourcesText->toPlainText();
}

} // namespace tiescope
