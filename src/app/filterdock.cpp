// SPDX-License-Identifier: MIT
#include "app/filterdock.h"

#include <functional>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollArea>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include "analytics/entityresolver.h"
#include "app/elidingcheckbox.h"
#include "app/entitylistmodel.h"
#include "app/gradescale.h"
#include "model/dataset.h"
#include "render/kindshape.h"
#include "render/tiestyle.h"

namespace tiescope {

namespace {

QString searchTip()
{
    return FilterDock::tr("Type a name, alias or id; Enter selects and centres it");
}

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(130), 1));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

QIcon glyphIcon(KindShape::Glyph glyph)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x37, 0x47, 0x4f), 1.0));
    painter.setBrush(KindShape::fill(glyph));
    const double r = 6.2 * KindShape::visualScale(glyph);
    painter.drawPath(QTransform::fromTranslate(8, 8).scale(r, r).map(KindShape::path(glyph)));
    return QIcon(pixmap);
}

QIcon strokeIcon(TieStatus status)
{
    QPixmap pixmap(22, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QPen pen(QColor(0x45, 0x4f, 0x57), 2.0, Qt::SolidLine, Qt::FlatCap);
    if (const auto dashes = TieStyle::dashPattern(status); !dashes.isEmpty())
        pen.setDashPattern(dashes);
    painter.setPen(pen);
    painter.drawLine(QPointF(1, 8), QPointF(21, 8));
    return QIcon(pixmap);
}

QGroupBox *section(const QString &title, QGridLayout **grid, const std::function<void(bool)> &setAll)
{
    auto *box = new QGroupBox(title);
    auto *outer = new QVBoxLayout(box);
    outer->setContentsMargins(6, 4, 6, 6);
    outer->setSpacing(2);
    if (setAll) {
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        for (const bool on : {true, false}) {
            auto *button = new QToolButton;
            button->setText(on ? QObject::tr("All") : QObject::tr("None"));
            button->setAutoRaise(true);
            button->setToolTip(on ? QObject::tr("Show all of them") : QObject::tr("Hide all of them"));
            QObject::connect(button, &QToolButton::clicked, box, [setAll, on] { setAll(on); });
            buttons->addWidget(button);
        }
        outer->addLayout(buttons);
    }
    *grid = new QGridLayout;
    (*grid)->setHorizontalSpacing(8);
    (*grid)->setVerticalSpacing(1);
    outer->addLayout(*grid);
    return box;
}

} // namespace

FilterDock::FilterDock(QWidget *parent) : QDockWidget(tr("Filter"), parent)
{
    setObjectName(QStringLiteral("filterDock"));
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    buildSearch(layout);

    QGroupBox *domains = section(tr("Domains"), &m_domainGrid, [this](bool on) { setAll(m_domains, on); });
    m_domainBox = domains;
    layout->addWidget(domains);
    QGroupBox *kinds = section(tr("Kinds"), &m_kindGrid, [this](bool on) { setAll(m_kinds, on); });
    m_kindBox = kinds;
    layout->addWidget(kinds);

    QGridLayout *statusGrid = nullptr;
    layout->addWidget(section(tr("Status"), &statusGrid, {}));
    for (std::size_t i = 0; i < AllTieStatuses.size(); ++i) {
        const TieStatus status = AllTieStatuses[i];
        auto *box = new QCheckBox(TieStyle::statusLabel(status));
        box->setObjectName(QStringLiteral("status:") + TieStyle::statusLabel(status).toLower());
        box->setIcon(strokeIcon(status));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, [this] { if (!m_updating) emit changed(); });
        statusGrid->addWidget(box, static_cast<int>(i), 0);
        m_statuses.push_back(box);
    }

    QGridLayout *gradeGrid = nullptr;
    QGroupBox *grade = section(tr("Minimum grade"), &gradeGrid, {});
    grade->setToolTip(tr("NATO Admiralty code: a tie stays when one of its citations is at least this good"));
    m_reliability = new QComboBox;
    m_reliability->setObjectName(QStringLiteral("minimumReliability"));
    m_reliability->addItem(tr("Any source"));
    for (int step = 0; step < GradeScale::Steps; ++step)
        m_reliability->addItem(GradeScale::reliability(step));
    m_credibility = new QComboBox;
    m_credibility->setObjectName(QStringLiteral("minimumCredibility"));
    m_credibility->addItem(tr("Any information"));
    for (int step = 0; step < GradeScale::Steps; ++step)
        m_credibility->addItem(GradeScale::credibility(step));
    gradeGrid->addWidget(new QLabel(tr("Source")), 0, 0);
    gradeGrid->addWidget(m_reliability, 0, 1);
    gradeGrid->addWidget(new QLabel(tr("Claim")), 1, 0);
    gradeGrid->addWidget(m_credibility, 1, 1);
    m_corroboratedOnly = new QCheckBox(tr("Corroborated only"));
    m_corroboratedOnly->setObjectName(QStringLiteral("corroboratedOnly"));
    m_corroboratedOnly->setToolTip(tr("Show only ties whose citations name two or more independent publishers"));
    gradeGrid->addWidget(m_corroboratedOnly, 2, 0, 1, 2);
    connect(m_corroboratedOnly, &QCheckBox::toggled, this, [this] {
        if (!m_updating)
            emit changed();
    });
    gradeGrid->setColumnStretch(1, 1);
    layout->addWidget(grade);
    for (QComboBox *combo : {m_reliability, m_credibility}) {
        // As wide as the dock gives, not as its longest grade: that pushed the panel's right edge
        // (and the None buttons) out of the dock. The list shows the whole texts.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { if (!m_updating) emit changed(); });
    }

    QGridLayout *datesGrid = nullptr;
    layout->addWidget(section(tr("Dates"), &datesGrid, {}));
    m_includeUndated = new QCheckBox(tr("Include undated ties"));
    m_includeUndated->setObjectName(QStringLiteral("includeUndated"));
    m_includeUndated->setChecked(true);
    m_includeUndated->setToolTip(tr("Ties with neither a start nor an end have no place in time: when included "
                                    "they show in any date window (never while playing)"));
    datesGrid->addWidget(m_includeUndated, 0, 0);
    connect(m_includeUndated, &QCheckBox::toggled, this, [this] { if (!m_updating) emit changed(); });

    QGridLayout *isolatedGrid = nullptr;
    layout->addWidget(section(tr("Entities without a shown tie"), &isolatedGrid, {}));
    m_isolated = new QComboBox;
    m_isolated->setObjectName(QStringLiteral("isolatedMode"));
    m_isolated->addItem(tr("Fade them"), static_cast<int>(IsolatedEntities::Fade));
    m_isolated->addItem(tr("Hide them"), static_cast<int>(IsolatedEntities::Hide));
    m_isolated->addItem(tr("Show them"), static_cast<int>(IsolatedEntities::Show));
    m_isolated->setToolTip(tr("What happens to entities whose ties are all filtered out"));
    isolatedGrid->addWidget(m_isolated, 0, 0);
    connect(m_isolated, &QComboBox::currentIndexChanged, this, [this] { if (!m_updating) emit changed(); });

    layout->addStretch();
    scroll->setWidget(content);
    setWidget(scroll);
}

void FilterDock::buildSearch(QVBoxLayout *layout)
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Find an entity… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(searchTip());
    m_entities = new EntityListModel(this);
    auto *completer = new QCompleter(m_entities, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionRole(Qt::DisplayRole);
    m_search->setCompleter(completer);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        emit entityRequested(EntityId(index.data(EntityListModel::EntityIdRole).toInt()));
    });
    connect(m_search, &QLineEdit::returnPressed, this, &FilterDock::findTyped);
    layout->addWidget(m_search);
}

void FilterDock::findTyped()
{
    if (!m_data)
        return;
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    // The core's resolver, as the CLI and the analysis panel use it: an id, name or alias in any
    // case. When that names no one entity, the closest match is shown and the others offered.
    const EntityResolver::Resolution found = EntityResolver(*m_data).resolve(text.toStdString());
    if (found.entity) {
        m_search->setToolTip(searchTip());
        emit entityRequested(*found.entity);
        return;
    }
    QString why = QString::fromStdString(found.message);
    if (!found.candidates.empty())
        why = tr("Showing %1.\n%2").arg(QString::fromStdString(m_data->entity(found.candidates.front()).name), why);
    m_search->setToolTip(why);
    QToolTip::showText(m_search->mapToGlobal(QPoint(0, m_search->height())), why, m_search);
    if (!found.candidates.empty())
        emit entityRequested(found.candidates.front());
}

void FilterDock::setAll(std::vector<QCheckBox *> &boxes, bool checked)
{
    m_updating = true;
    for (QCheckBox *box : boxes)
        box->setChecked(checked);
    m_updating = false;
    emit changed();
}

void FilterDock::entitiesChanged()
{
    m_entities->setDataset(m_data);
}

void FilterDock::setDataset(const Dataset *data)
{
    m_data = data;
    m_entities->setDataset(data);
    for (QCheckBox *box : m_domains)
        delete box;
    for (QCheckBox *box : m_kinds)
        delete box;
    m_domains.clear();
    m_kinds.clear();
    if (!data)
        return;
    for (std::size_t i = 0; i < data->domains().size(); ++i) {
        const Domain &domain = data->domains()[i];
        auto *box = new ElidingCheckBox(QString::fromStdString(domain.label));
        box->setObjectName(QStringLiteral("domain:") + QString::fromStdString(domain.key));
        box->setProperty("label", QString::fromStdString(domain.label));
        box->setIcon(swatch(TieStyle::domainColour(domain)));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, [this] { if (!m_updating) emit changed(); });
        m_domainGrid->addWidget(box, static_cast<int>(i), 0);
        m_domains.push_back(box);
    }
    for (std::size_t i = 0; i < data->kinds().size(); ++i) {
        const EntityKind &kind = data->kinds()[i];
        auto *box = new ElidingCheckBox(QString::fromStdString(kind.label));
        box->setObjectName(QStringLiteral("kind:") + QString::fromStdString(kind.key));
        box->setIcon(glyphIcon(KindShape::glyphFor(kind.key, i)));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, [this] { if (!m_updating) emit changed(); });
        m_kindGrid->addWidget(box, static_cast<int>(i), 0);
        m_kinds.push_back(box);
    }
}

void FilterDock::setDomainCounts(const std::vector<std::size_t> &counts)
{
    for (std::size_t i = 0; i < m_domains.size() && i < counts.size(); ++i) {
        m_domains[i]->setText(QStringLiteral("%1  (%2)").arg(m_domains[i]->property("label").toString()).arg(counts[i]));
        m_domains[i]->setToolTip(tr("%n tie(s) of this domain pass the other filters", nullptr, static_cast<int>(counts[i])));
    }
}

FilterSpec FilterDock::spec() const
{
    FilterSpec spec;
    if (!m_data)
        return spec;
    const auto collect = [](const std::vector<QCheckBox *> &boxes, const auto &table) {
        std::optional<std::set<std::string>> keys;
        bool all = true;
        std::set<std::string> chosen;
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            if (boxes[i]->isChecked())
                chosen.insert(table[i].key);
            else
                all = false;
        }
        if (!all)
            keys = std::move(chosen);
        return keys;
    };
    spec.domains = collect(m_domains, m_data->domains());
    spec.kinds = collect(m_kinds, m_data->kinds());
    std::set<TieStatus> statuses;
    for (std::size_t i = 0; i < m_statuses.size(); ++i) {
        if (m_statuses[i]->isChecked())
            statuses.insert(AllTieStatuses[i]);
    }
    if (statuses.size() != AllTieStatuses.size())
        spec.statuses = std::move(statuses);
    const int reliability = m_reliability->currentIndex();
    const int credibility = m_credibility->currentIndex();
    if (reliability > 0 || credibility > 0)
        spec.minimumGrade = Grade::make(reliability > 0 ? static_cast<char>('A' + reliability - 1) : 'F',
                                        credibility > 0 ? credibility : 6);
    spec.isolated = static_cast<IsolatedEntities>(m_isolated->currentData().toInt());
    spec.includeUndated = m_includeUndated->isChecked();
    spec.corroboratedOnly = m_corroboratedOnly->isChecked();
    return spec;
}

void FilterDock::setSpec(const FilterSpec &spec)
{
    if (!m_data)
        return;
    m_updating = true;
    for (std::size_t i = 0; i < m_domains.size(); ++i)
        m_domains[i]->setChecked(!spec.domains || spec.domains->count(m_data->domains()[i].key) > 0);
    for (std::size_t i = 0; i < m_kinds.size(); ++i)
        m_kinds[i]->setChecked(!spec.kinds || spec.kinds->count(m_data->kinds()[i].key) > 0);
    for (std::size_t i = 0; i < m_statuses.size(); ++i)
        m_statuses[i]->setChecked(!spec.statuses || spec.statuses->count(AllTieStatuses[i]) > 0);
    m_reliability->setCurrentIndex(spec.minimumGrade ? spec.minimumGrade->reliability() - 'A' + 1 : 0);
    m_credibility->setCurrentIndex(spec.minimumGrade ? spec.minimumGrade->credibility() : 0);
    m_isolated->setCurrentIndex(m_isolated->findData(static_cast<int>(spec.isolated)));
    m_includeUndated->setChecked(spec.includeUndated);
    m_corroboratedOnly->setChecked(spec.corroboratedOnly);
    m_updating = false;
    emit changed();
}

} // namespace tiescope
