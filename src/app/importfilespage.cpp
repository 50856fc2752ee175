// SPDX-License-Identifier: MIT
#include "app/importfilespage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/importwizard.h"
#include "interchange/importformats.h"

namespace tiescope {

namespace {

namespace fs = std::filesystem;

constexpr int FolderRow = 3; // of the files form: format, ties, entities, folder

QString text(const fs::path &path)
{
    return QString::fromStdString(path.string());
}

fs::path path(const QLineEdit &field)
{
    return fs::path(field.text().trimmed().toStdString());
}

void selectIfPresent(QComboBox &box, const QVariant &data)
{
    const int index = box.findData(data);
    if (index >= 0)
        box.setCurrentIndex(index);
}

} // namespace

ImportFilesPage::ImportFilesPage(ImportWizard &wizard)
    : QWizardPage(&wizard),
      m_format(new QComboBox(this)),
      m_filesForm(new QFormLayout),
      m_ties(new QLineEdit(this)),
      m_entities(new QLineEdit(this)),
      m_folderNote(new QLabel(this)),
      m_folderButton(new QPushButton(tr("Export &Folder…"), this)),
      m_csvOptions(new QGroupBox(tr("CSV options"), this)),
      m_delimiter(new QComboBox(this)),
      m_encoding(new QComboBox(this)),
      m_header(new QCheckBox(tr("The first row names the columns"), this)),
      m_dateFormat(new QComboBox(this)),
      m_problem(new QLabel(this))
{
    setTitle(tr("Files"));
    setSubTitle(tr("What to import. Nothing is written before the dry run on the last page has been seen."));
    for (const ImportFormat &entry : ImportFormats::all())
        m_format->addItem(QString::fromStdString(entry.label), QString::fromStdString(entry.key));
    m_ties->setObjectName(QStringLiteral("tiesFile"));
    m_entities->setObjectName(QStringLiteral("entitiesFile"));
    m_ties->setPlaceholderText(tr("an edge list: one tie per row"));
    m_entities->setPlaceholderText(tr("optional: one entity per row"));
    m_folderNote->setTextFormat(Qt::PlainText);
    m_folderNote->setWordWrap(true);
    m_folderButton->setToolTip(tr("The folder a TieScope CSV export wrote: entities, ties, sources and citations"));

    auto *loadSpec = new QPushButton(tr("&Load Spec…"), this);
    loadSpec->setToolTip(tr("Fill every page from a saved import spec (JSON)"));
    connect(loadSpec, &QPushButton::clicked, &wizard, &ImportWizard::loadSpecInteractive);

    m_filesForm->addRow(tr("&Format:"), m_format);
    m_filesForm->addRow(tr("&Ties file:"), fileRow(m_ties, tr("Ties")));
    m_entitiesRow = fileRow(m_entities, tr("Entities"));
    m_filesForm->addRow(tr("&Entities file:"), m_entitiesRow);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderButton);
    folderRow->addWidget(m_folderNote, 1);
    m_filesForm->addRow(QString(), folderRow);

    m_delimiter->addItem(tr("Comma  ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon  ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar  |"), QStringLiteral("|"));
    m_encoding->addItem(tr("UTF-8 (a byte order mark is dropped)"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("UTF-8 with BOM"), QStringLiteral("utf-8-bom"));
    m_encoding->addItem(tr("Windows-1252 (Western European)"), QStringLiteral("windows-1252"));
    m_header->setChecked(true);
    m_dateFormat->addItem(tr("EDTF / ISO: 2014, 2014-06, 2014-06-21, 2014~, [2014..]"), QStringLiteral("edtf"));
    m_dateFormat->addItem(tr("DD.MM.YYYY (also MM.YYYY, YYYY)"), QStringLiteral("dd.mm.yyyy"));
    m_dateFormat->addItem(tr("MM/DD/YYYY (also MM/YYYY, YYYY)"), QStringLiteral("mm/dd/yyyy"));
    m_dateFormat->addItem(tr("A bare year"), QStringLiteral("year"));
    auto *options = new QFormLayout(m_csvOptions);
    options->addRow(tr("&Delimiter:"), m_delimiter);
    options->addRow(tr("E&ncoding:"), m_encoding);
    options->addRow(QString(), m_header);
    options->addRow(tr("D&ates:"), m_dateFormat);

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("filesProblem"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_filesForm);
    layout->addWidget(m_csvOptions);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    auto *specRow = new QHBoxLayout;
    specRow->addStretch(1);
    specRow->addWidget(loadSpec);
    layout->addLayout(specRow);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportFilesPage::formatChanged);
    connect(m_folderButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("CSV Export Folder"), m_ties->text());
        if (!folder.isEmpty())
            setFolder(folder);
    });
    for (QLineEdit *field : {m_ties, m_entities}) {
        connect(field, &QLineEdit::textEdited, this, [this] {
            // Typed by hand: no longer the export folder the extra files came from.
            m_sources.clear();
            m_citations.clear();
            m_folderNote->clear();
        });
        connect(field, &QLineEdit::textChanged, this, &ImportFilesPage::update);
    }
    formatChanged();
}

QWidget *ImportFilesPage::fileRow(QLineEdit *field, const QString &title)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(tr("Browse…"), row);
    layout->addWidget(field, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, field, title] {
        const QString start = field->text().isEmpty() ? QDir::homePath() : QFileInfo(field->text()).absolutePath();
        const QString chosen =
            QFileDialog::getOpenFileName(this, tr("%1 File").arg(title), start, nameFilter(format()));
        if (!chosen.isEmpty())
            field->setText(chosen);
    });
    return row;
}

const ImportFormat &ImportFilesPage::format() const
{
    return *ImportFormats::find(m_format->currentData().toString().toStdString());
}

QString ImportFilesPage::nameFilter(const ImportFormat &format)
{
    QStringList patterns;
    for (const std::string &pattern : format.patterns)
        patterns << QString::fromStdString(pattern);
    return QStringLiteral("%1 (%2);;%3 (*)")
        .arg(QString::fromStdString(format.label), patterns.join(QLatin1Char(' ')), tr("All files"));
}

void ImportFilesPage::formatChanged()
{
    const bool csv = format().files == ImportFormat::Files::EntitiesAndTies;
    m_filesForm->setRowVisible(m_entitiesRow, csv);
    m_filesForm->setRowVisible(FolderRow, csv);
    m_csvOptions->setVisible(csv);
    for (QLineEdit *field : {m_ties, m_entities}) {
        if (auto *label = qobject_cast<QLabel *>(m_filesForm->labelForField(field->parentWidget())))
            label->setBuddy(field); // the label's key goes to the field, not to its row
    }
    if (auto *label = qobject_cast<QLabel *>(m_filesForm->labelForField(m_ties->parentWidget())))
        label->setText(csv ? tr("&Ties file:") : tr("&Graph file:"));
    m_ties->setPlaceholderText(csv ? tr("an edge list: one tie per row") : tr("the graph file"));
    update();
}

void ImportFilesPage::setFolder(const QString &folder)
{
    const QDir dir(folder);
    const auto inFolder = [&dir](const char *name) {
        return dir.exists(QLatin1String(name)) ? dir.filePath(QLatin1String(name)) : QString();
    };
    selectIfPresent(*m_format, QStringLiteral("csv"));
    m_ties->setText(inFolder("ties.csv"));
    m_entities->setText(inFolder("entities.csv"));
    m_sources = inFolder("sources.csv").toStdString();
    m_citations = inFolder("citations.csv").toStdString();
    QStringList extra;
    for (const fs::path *file : {&m_sources, &m_citations}) {
        if (!file->empty())
            extra << QString::fromStdString(file->filename().string());
    }
    m_folderNote->setText(extra.isEmpty() ? QString() : tr("Also: %1").arg(extra.join(QStringLiteral(", "))));
    update();
}

QString ImportFilesPage::problem() const
{
    const bool csv = format().files == ImportFormat::Files::EntitiesAndTies;
    if (m_ties->text().trimmed().isEmpty() && (!csv || m_entities->text().trimmed().isEmpty()))
        return csv ? tr("Choose a ties file (an edge list), an entities file, or both.") : tr("Choose the graph file.");
    for (const QLineEdit *field : {m_ties, m_entities}) {
        const QString name = field->text().trimmed();
        if (!name.isEmpty() && (csv || field == m_ties) && !QFileInfo(name).isFile())
            return tr("There is no file %1.").arg(QDir::toNativeSeparators(name));
    }
    return {};
}

void ImportFilesPage::update()
{
    m_problem->setText(problem());
    emit completeChanged();
}

bool ImportFilesPage::isComplete() const
{
    return problem().isEmpty();
}

int ImportFilesPage::nextId() const
{
    return ImportWizard::MappingPageId;
}

void ImportFilesPage::writeTo(ImportSpec &spec) const
{
    spec.format = format().format;
    const bool csv = format().files == ImportFormat::Files::EntitiesAndTies;
    spec.ties = path(*m_ties);
    spec.entities = csv ? path(*m_entities) : fs::path();
    spec.sources = csv ? m_sources : fs::path();
    spec.citations = csv ? m_citations : fs::path();
    spec.delimiter = m_delimiter->currentData().toString().toLatin1().at(0);
    spec.encoding = *ImportSpec::parseEncoding(m_encoding->currentData().toString().toStdString());
    spec.header = m_header->isChecked();
    spec.dateFormat = *ImportSpec::parseDateFormat(m_dateFormat->currentData().toString().toStdString());
}

void ImportFilesPage::showSpec(const ImportSpec &spec)
{
    selectIfPresent(*m_format, QString::fromStdString(ImportSpec::toString(spec.format)));
    m_ties->setText(text(spec.ties));
    m_entities->setText(text(spec.entities));
    m_sources = spec.sources;
    m_citations = spec.citations;
    const QString delimiter = QString(QLatin1Char(spec.delimiter));
    if (m_delimiter->findData(delimiter) < 0)
        m_delimiter->addItem(delimiter, delimiter); // a spec's own delimiter is offered too
    selectIfPresent(*m_delimiter, delimiter);
    selectIfPresent(*m_encoding, QString::fromStdString(ImportSpec::toString(spec.encoding)));
    m_header->setChecked(spec.header);
    selectIfPresent(*m_dateFormat, QString::fromStdString(ImportSpec::toString(spec.dateFormat)));
    update();
}

} // namespace tiescope
