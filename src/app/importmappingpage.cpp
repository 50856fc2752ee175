// SPDX-License-Identifier: MIT
#include "app/importmappingpage.h"

#include <fstream>
#include <functional>

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "app/formchoices.h"
#include "app/formtext.h"
#include "app/gradescale.h"
#include "app/importcolumnmap.h"
#include "app/importfilespage.h"
#include "app/importwizard.h"
#include "interchange/csvtable.h"
#include "interchange/importformats.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

// The mapping needs the header and a few rows, not the whole file.
constexpr std::streamsize SampleBytes = 64 * 1024;

CsvTable sampleOf(const std::filesystem::path &file, const ImportSpec &spec)
{
    std::ifstream in(file, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(SampleBytes), '\0');
    in.read(bytes.data(), SampleBytes);
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    // Cut at the last line end, so the sample's last record is whole (a quoted field may still
    // run past it; then the sample just shows fewer rows).
    if (in && !bytes.empty()) {
        const std::size_t end = bytes.find_last_of('\n');
        if (end != std::string::npos)
            bytes.resize(end + 1);
    }
    return CsvTable::parse(std::move(bytes), file.string(), spec);
}

// Fills a choice box again, keeping what was chosen when it is still offered.
void refill(QComboBox &box, const std::function<void(QComboBox &)> &add)
{
    const QVariant current = box.currentData();
    const QSignalBlocker block(&box);
    box.clear();
    box.addItem(QObject::tr("(none)"), QString());
    add(box);
    box.setCurrentIndex(std::max(0, box.findData(current)));
}

void selectOrFirst(QComboBox &box, const QVariant &data)
{
    box.setCurrentIndex(std::max(0, box.findData(data)));
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard &wizard)
    : QWizardPage(&wizard),
      m_wizard(wizard),
      m_note(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_ties(new ImportColumnMap(ColumnGuess::Table::Ties, this)),
      m_entities(new ImportColumnMap(ColumnGuess::Table::Entities, this)),
      m_source(new QComboBox(this)),
      m_reliability(new QComboBox(this)),
      m_credibility(new QComboBox(this)),
      m_kind(new QComboBox(this)),
      m_domain(new QComboBox(this)),
      m_relation(new QComboBox(this)),
      m_problem(new QLabel(this))
{
    setTitle(tr("Mapping and defaults"));
    setSubTitle(tr("Which column holds which field (the key column is what a re-import matches by), and what "
                   "rows that name none get."));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_tabs->addTab(m_ties, tr("Ties"));
    m_tabs->addTab(m_entities, tr("Entities"));
    m_source->setObjectName(QStringLiteral("defaultSource"));
    m_source->setMinimumContentsLength(28);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reliability->addItem(tr("–"), QString());
    GradeScale::addReliabilities(*m_reliability);
    m_credibility->addItem(tr("–"), QString());
    GradeScale::addCredibilities(*m_credibility);

    auto *defaults = new QGroupBox(tr("Defaults for rows that name none"), this);
    auto *grid = new QGridLayout(defaults);
    const auto add = [&](int row, int column, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, defaults);
        label->setBuddy(field);
        grid->addWidget(label, row, column * 2, Qt::AlignRight);
        grid->addWidget(field, row, column * 2 + 1);
        grid->setColumnStretch(column * 2 + 1, 1);
    };
    auto *grade = new QWidget(defaults);
    auto *gradeRow = new QHBoxLayout(grade);
    gradeRow->setContentsMargins(0, 0, 0, 0);
    gradeRow->addWidget(m_reliability, 1);
    gradeRow->addWidget(m_credibility, 1);
    add(0, 0, tr("&Source:"), m_source);
    add(1, 0, tr("&Grade:"), grade);
    add(0, 1, tr("&Kind:"), m_kind);
    add(1, 1, tr("&Domain:"), m_domain);
    add(2, 1, tr("&Relation:"), m_relation);

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(defaults);
    layout->addWidget(m_problem);

    for (ImportColumnMap *map : {m_ties, m_entities})
        connect(map, &ImportColumnMap::changed, this, &ImportMappingPage::update);
    for (QComboBox *box : {m_source, m_reliability, m_credibility, m_kind, m_domain, m_relation})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportMappingPage::update);
    fillChoices(ImportSpec{});
}

bool ImportMappingPage::isCsv() const
{
    return m_wizard.filesPage().format().files == ImportFormat::Files::EntitiesAndTies;
}

void ImportMappingPage::fillChoices(const ImportSpec &spec)
{
    const Dataset &data = m_wizard.dataset();
    refill(*m_source, [&](QComboBox &box) {
        for (const Source &source : data.sources())
            box.addItem(tr("%1 (%2)").arg(FormText::of(source.title), FormText::of(source.key)), FormText::of(source.key));
        // A spec's new source, added with the import when the store lacks it.
        if (spec.newSource && !data.findSource(spec.defaultSource)) {
            const auto title = spec.newSource->value("title", std::string());
            box.addItem(tr("%1 (%2, new)").arg(FormText::of(title), FormText::of(spec.defaultSource)), FormText::of(spec.defaultSource));
        }
    });
    refill(*m_kind, [&](QComboBox &box) { FormChoices::addKinds(box, data); });
    refill(*m_domain, [&](QComboBox &box) { FormChoices::addDomains(box, data); });
    refill(*m_relation, [&](QComboBox &box) { FormChoices::addRelations(box, data); });
}

void ImportMappingPage::initializePage()
{
    const ImportSpec spec = m_wizard.spec();
    fillChoices(spec);
    const bool csv = spec.format == ImportSpec::Format::Csv;
    m_tabs->setVisible(csv);
    m_hasCitationsFile = csv && !spec.citations.empty();
    if (!csv) {
        m_note->setText(tr("%1: attributes are mapped by their names, as CSV headers are (docs/interchange.md).")
                            .arg(FormText::of(ImportFormats::of(spec.format).label)));
    } else {
        m_note->setText(m_hasCitationsFile ? tr("A TieScope CSV export: its sources and citations files are read "
                                                "as they are.")
                                           : QString());
        const std::pair<const std::filesystem::path *,
                        std::pair<ImportColumnMap *, std::map<std::string, std::string> *>>
            files[] = {{&spec.ties, {m_ties, &m_givenTies}}, {&spec.entities, {m_entities, &m_givenEntities}}};
        for (const auto &[file, target] : files) {
            const auto &[map, given] = target;
            if (file->empty())
                map->clear();
            else
                map->setTable(sampleOf(*file, spec), *given, m_resetMapping);
        }
        m_resetMapping = false;
        m_tabs->setTabEnabled(0, m_ties->hasFile());
        m_tabs->setTabEnabled(1, m_entities->hasFile());
        m_tabs->setTabText(0,
                           spec.ties.empty() ? tr("Ties") : tr("Ties: %1").arg(FormText::of(spec.ties.filename().string())));
        m_tabs->setTabText(1, spec.entities.empty() ? tr("Entities")
                                                    : tr("Entities: %1").arg(FormText::of(spec.entities.filename().string())));
        m_tabs->setCurrentIndex(m_ties->hasFile() ? 0 : 1);
    }
    update();
}

std::string ImportMappingPage::defaultGrade() const
{
    const QString reliability = m_reliability->currentData().toString();
    const QString credibility = m_credibility->currentData().toString();
    return reliability.isEmpty() || credibility.isEmpty() ? std::string() : (reliability + credibility).toStdString();
}

QString ImportMappingPage::problem() const
{
    const bool csv = isCsv();
    const bool ties = csv ? m_ties->hasFile() : true;
    const bool gradeHalf =
        m_reliability->currentData().toString().isEmpty() != m_credibility->currentData().toString().isEmpty();
    if (gradeHalf)
        return tr("Choose both halves of the default grade: the source's reliability (A–F) and the claim's "
                  "credibility (1–6).");
    if (csv && ties) {
        if (!m_ties->isMapped("from") || !m_ties->isMapped("to"))
            return tr("Choose the columns that hold each tie's From and To.");
        const bool cites = m_ties->isMapped("source") || m_ties->isMapped("sources") || m_ties->isMapped("citations") ||
                           m_hasCitationsFile;
        if (!cites && m_source->currentData().toString().isEmpty())
            return tr("The ties name no source: choose the column that cites one, or a default source. A tie is "
                      "never stored uncited.");
        const bool grades = m_ties->isMapped("grade") || m_ties->isMapped("citations") || m_hasCitationsFile;
        if (!grades && defaultGrade().empty())
            return tr("The ties give no grade: choose the grade column, or a default grade.");
    }
    if (csv && m_entities->hasFile() && !m_entities->isMapped("id") && !m_entities->isMapped("name"))
        return tr("Choose the column that holds each entity's key or name.");
    if (csv && m_entities->hasFile() && !m_entities->isMapped("kind") && m_kind->currentData().toString().isEmpty())
        return tr("The entities give no kind: choose the kind column, or a default kind.");
    if (!m_source->currentData().toString().isEmpty() && defaultGrade().empty())
        return tr("Choose the default grade of the default source's citations.");
    return {};
}

bool ImportMappingPage::isComplete() const
{
    return problem().isEmpty();
}

void ImportMappingPage::update()
{
    m_problem->setText(problem());
    emit completeChanged();
}

void ImportMappingPage::writeTo(ImportSpec &spec) const
{
    if (spec.format == ImportSpec::Format::Csv) {
        // Every field named, "" for not imported: the import uses exactly what the page shows.
        spec.tieColumns = m_ties->hasFile() ? m_ties->mapping() : m_givenTies;
        spec.entityColumns = m_entities->hasFile() ? m_entities->mapping() : m_givenEntities;
    }
    const std::string source = m_source->currentData().toString().toStdString();
    if (source != spec.defaultSource)
        spec.newSource.reset(); // the spec's new source is no longer the one chosen
    spec.defaultSource = source;
    spec.defaultGrade = defaultGrade();
    spec.defaultKind = m_kind->currentData().toString().toStdString();
    spec.defaultDomain = m_domain->currentData().toString().toStdString();
    spec.defaultRelation = m_relation->currentData().toString().toStdString();
}

void ImportMappingPage::showSpec(const ImportSpec &spec)
{
    m_givenTies = spec.tieColumns;
    m_givenEntities = spec.entityColumns;
    m_resetMapping = true;
    fillChoices(spec);
    selectOrFirst(*m_source, FormText::of(spec.defaultSource));
    const std::string grade = spec.defaultGrade;
    selectOrFirst(*m_reliability, grade.size() == 2 ? QString(QChar::fromLatin1(grade[0])) : QString());
    selectOrFirst(*m_credibility, grade.size() == 2 ? QVariant(grade[1] - '0') : QVariant(QString()));
    selectOrFirst(*m_kind, FormText::of(spec.defaultKind));
    selectOrFirst(*m_domain, FormText::of(spec.defaultDomain));
    selectOrFirst(*m_relation, FormText::of(spec.defaultRelation));
    update();
}

} // namespace tiescope
