// SPDX-License-Identifier: MIT
#include "app/analysisdock.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "analytics/defaultpair.h"
#include "analytics/entityresolver.h"
#include "app/analysiscontroller.h"
#include "app/analysisresultmodel.h"
#include "app/viewstate.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

QComboBox *entityPicker(const QString &name, const QString &tip)
{
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setToolTip(tip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    // Typing any part of a name finds it: "gazprom" offers Gazprom and Gazprom Neft.
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

} // namespace

AnalysisDock::AnalysisDock(AnalysisController &controller, ViewState &state, QWidget *parent)
    : QDockWidget(tr("Dependency analysis"), parent),
      m_controller(controller),
      m_state(state),
      m_a(entityPicker(QStringLiteral("analysisA"), tr("A: the entity whose dependence is analysed"))),
      m_b(entityPicker(QStringLiteral("analysisB"), tr("B: the entity A may depend on"))),
      m_swap(new QToolButton),
      m_kind(new QComboBox),
      m_domain(new QComboBox),
      m_hops(new QSpinBox),
      m_run(new QPushButton(tr("Run"))),
      m_cancel(new QToolButton),
      m_progress(new QProgressBar),
      m_summary(new QLabel),
      m_results(new QTreeView),
      m_model(new AnalysisResultModel(this)),
      m_clearHighlight(new QToolButton),
      m_communities(new QCheckBox(tr("Colour by community"))),
      m_remove(new QPushButton(tr("Remove"))),
      m_sanction(new QPushButton(tr("Sanction"))),
      m_clearWhatIf(new QPushButton(tr("Clear what-if"))),
      m_whatIf(new QLabel)
{
    setObjectName(QStringLiteral("analysisDock"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *aRow = new QHBoxLayout;
    aRow->addWidget(m_a, 1);
    m_swap->setText(QStringLiteral("⇅"));
    m_swap->setToolTip(tr("Swap A and B"));
    m_swap->setAutoRaise(true);
    aRow->addWidget(m_swap);
    form->addRow(tr("A"), aRow);
    form->addRow(tr("B"), m_b);
    m_kind->setObjectName(QStringLiteral("analysisKind"));
    for (const AnalysisRequest::Kind kind : AnalysisRequest::AllKinds)
        m_kind->addItem(AnalysisRequest::label(kind), QString::fromLatin1(AnalysisRequest::key(kind)));
    form->addRow(tr("Analysis"), m_kind);
    m_domain->setObjectName(QStringLiteral("analysisDomain"));
    form->addRow(tr("Domain"), m_domain);
    m_hops->setRange(1, 10);
    m_hops->setValue(2);
    m_hops->setSuffix(tr(" hops"));
    form->addRow(tr("Radius"), m_hops);
    layout->addLayout(form);

    auto *runRow = new QHBoxLayout;
    m_run->setObjectName(QStringLiteral("analysisRun"));
    m_run->setDefault(true);
    m_run->setToolTip(tr("Run the analysis on what the filter shows"));
    runRow->addWidget(m_run);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setEnabled(false);
    runRow->addWidget(m_cancel);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_progress->setVisible(false);
    runRow->addWidget(m_progress, 1);
    layout->addLayout(runRow);

    m_summary->setObjectName(QStringLiteral("analysisSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(tr("Choose A, B and an analysis, then Run. Every analysis uses what the filter shows."));
    layout->addWidget(m_summary);

    // One list of names behind both pickers (and their completers): filled once per dataset.
    auto *names = new QStandardItemModel(this);
    m_a->setModel(names);
    m_b->setModel(names);

    m_results->setObjectName(QStringLiteral("analysisResults"));
    m_results->setModel(m_model);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setExpandsOnDoubleClick(false);
    m_results->setToolTip(tr("Select a result to highlight it on the canvas; double-click to zoom to it"));
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_results->header()->resizeSection(2, 140);
    layout->addWidget(m_results, 1);

    auto *showRow = new QHBoxLayout;
    m_clearHighlight->setText(tr("Clear highlight"));
    m_clearHighlight->setToolTip(tr("Draw the whole graph normally again"));
    showRow->addWidget(m_clearHighlight);
    showRow->addStretch(1);
    m_communities->setToolTip(tr("Fill entities by the community they belong to"));
    showRow->addWidget(m_communities);
    layout->addLayout(showRow);

    auto *whatIf = new QGroupBox(tr("What-if (never saved to the database)"));
    auto *whatIfLayout = new QVBoxLayout(whatIf);
    auto *buttons = new QHBoxLayout;
    m_remove->setToolTip(tr("Leave the selected entity or tie out of the analysis"));
    m_sanction->setToolTip(tr("Sanction the selected entity or tie: its ties keep half their strength"));
    m_clearWhatIf->setToolTip(tr("Back to the data as recorded"));
    buttons->addWidget(m_remove);
    buttons->addWidget(m_sanction);
    buttons->addWidget(m_clearWhatIf);
    whatIfLayout->addLayout(buttons);
    m_whatIf->setWordWrap(true);
    m_whatIf->setTextFormat(Qt::PlainText);
    whatIfLayout->addWidget(m_whatIf);
    layout->addWidget(whatIf);
    setWidget(body);

    connect(m_run, &QPushButton::clicked, this, &AnalysisDock::submit);
    connect(m_a->lineEdit(), &QLineEdit::returnPressed, this, &AnalysisDock::submit);
    connect(m_b->lineEdit(), &QLineEdit::returnPressed, this, &AnalysisDock::submit);
    connect(m_cancel, &QToolButton::clicked, &m_controller, &AnalysisController::cancel);
    connect(m_swap, &QToolButton::clicked, this, [this] {
        const QString a = m_a->currentText();
        m_a->setCurrentText(m_b->currentText());
        m_b->setCurrentText(a);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AnalysisDock::updateEnabled);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_controller.highlight(m_model->row(current));
                if (current.isValid())
                    emit resultShown(false);
            });
    connect(m_results, &QTreeView::doubleClicked, this, [this] { emit resultShown(true); });
    connect(m_clearHighlight, &QToolButton::clicked, this, [this] {
        m_results->selectionModel()->clear();
        m_controller.clearHighlight();
    });
    connect(m_communities, &QCheckBox::toggled, &m_controller, &AnalysisController::setCommunityColours);
    connect(m_remove, &QPushButton::clicked, this, [this] { actOnSelection(true); });
    connect(m_sanction, &QPushButton::clicked, this, [this] { actOnSelection(false); });
    connect(m_clearWhatIf, &QPushButton::clicked, &m_controller, &AnalysisController::clearWhatIf);
    connect(&m_state, &ViewState::selectionChanged, this, &AnalysisDock::updateEnabled);

    connect(&m_controller, &AnalysisController::requestChanged, this, &AnalysisDock::showRequest);
    connect(&m_controller, &AnalysisController::whatIfChanged, this, [this] {
        m_whatIf->setText(m_controller.whatIfSummary());
        updateEnabled();
    });
    connect(&m_controller, &AnalysisController::started, this, [this] {
        m_progress->setValue(0);
        m_progress->setVisible(true);
        m_cancel->setEnabled(true);
        m_summary->setText(tr("Running…"));
    });
    connect(&m_controller, &AnalysisController::progressed, m_progress, &QProgressBar::setValue);
    const auto ended = [this] {
        m_progress->setVisible(false);
        m_cancel->setEnabled(false);
    };
    connect(&m_controller, &AnalysisController::finished, this, [this, ended] {
        ended();
        showOutcome();
    });
    connect(&m_controller, &AnalysisController::cancelled, this, [this, ended] {
        ended();
        m_summary->setText(tr("Cancelled; the results below are from the previous run."));
    });
    connect(&m_controller, &AnalysisController::failed, this, [this, ended](const QString &why) {
        ended();
        m_model->clear();
        m_summary->setText(why);
    });
    connect(&m_controller, &AnalysisController::cleared, this, [this, ended] {
        ended();
        m_model->clear();
        m_communities->setChecked(false);
    });
    m_whatIf->setText(m_controller.whatIfSummary());
    updateEnabled();
}

QString AnalysisDock::summary() const
{
    return m_summary->text();
}

void AnalysisDock::setDataset(const Dataset *dataset)
{
    m_filling = true;
    m_dataset = dataset;
    m_a->clear();
    m_b->clear();
    m_domain->clear();
    m_model->clear();
    if (dataset) {
        // By name, case folded once per entity (a store of 100k entities is sorted in a blink,
        // not converted twice per comparison), then given to the pickers' one model in one insertion.
        const auto &entities = dataset->entities();
        std::vector<std::pair<QString, std::size_t>> order;
        order.reserve(entities.size());
        for (std::size_t i = 0; i < entities.size(); ++i)
            order.emplace_back(QString::fromStdString(entities[i].name).toCaseFolded(), i);
        std::sort(order.begin(), order.end());
        QList<QStandardItem *> rows;
        rows.reserve(static_cast<qsizetype>(order.size()));
        for (const auto &[folded, i] : order) {
            auto *row = new QStandardItem(QString::fromStdString(entities[i].name));
            row->setData(static_cast<uint>(i), Qt::UserRole); // as addItem(name, data) keeps it
            rows.push_back(row);
        }
        qobject_cast<QStandardItemModel *>(m_a->model())->invisibleRootItem()->appendRows(rows);
        m_domain->addItem(tr("All domains"), -1);
        for (std::size_t d = 0; d < dataset->domains().size(); ++d)
            m_domain->addItem(QString::fromStdString(dataset->domains()[d].label), static_cast<int>(d));
        // The data's most dependent pair (DefaultPair), not names a build knows.
        const auto pair = DefaultPair::pick(*dataset);
        const auto pick = [](QComboBox *combo, std::optional<EntityId> id) {
            combo->setCurrentIndex(id ? combo->findData(static_cast<uint>(id->index())) : -1);
        };
        pick(m_a, pair ? std::optional(pair->first) : std::nullopt);
        pick(m_b, pair ? std::optional(pair->second) : std::nullopt);
    }
    m_filling = false;
    m_whatIf->setText(m_controller.whatIfSummary());
    updateEnabled();
}

void AnalysisDock::datasetEdited()
{
    setDataset(m_dataset);
    showRequest();
}

void AnalysisDock::submit()
{
    if (!m_dataset || m_filling)
        return;
    AnalysisRequest request;
    request.kind = AnalysisRequest::fromKey(m_kind->currentData().toString()).value_or(AnalysisRequest::Kind::Chains);
    request.hops = m_hops->value();
    if (const int d = m_domain->currentData().toInt(); d >= 0)
        request.domain = DomainId(static_cast<std::size_t>(d));
    // What was typed decides, not a stale index: a name, an id or an alias, with close matches
    // offered when it is unknown.
    const EntityResolver resolver(*m_dataset);
    const auto resolve = [&](QComboBox *combo, const QString &which, bool needed) -> std::optional<EntityId> {
        const QString text = combo->currentText().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        if (const int exact = combo->findText(text, Qt::MatchFixedString); exact >= 0)
            return EntityId(static_cast<std::size_t>(combo->itemData(exact).toUInt()));
        const EntityResolver::Resolution r = resolver.resolve(text.toStdString());
        if (!r.entity && needed)
            m_summary->setText(which + QStringLiteral(": ") + QString::fromStdString(r.message));
        return r.entity;
    };
    request.a = resolve(m_a, tr("A"), request.needsA());
    if (request.needsA() && !request.a)
        return;
    request.b = resolve(m_b, tr("B"), request.needsPair());
    if (request.needsPair() && !request.b)
        return;
    m_controller.setRequest(request);
    m_controller.run();
}

void AnalysisDock::showRequest()
{
    const AnalysisRequest &request = m_controller.request();
    m_filling = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(QString::fromLatin1(AnalysisRequest::key(request.kind)))));
    const auto show = [](QComboBox *combo, const std::optional<EntityId> &id) {
        if (id)
            combo->setCurrentIndex(combo->findData(static_cast<uint>(id->index())));
    };
    show(m_a, request.a);
    show(m_b, request.b);
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(request.domain ? static_cast<int>(request.domain->index()) : -1)));
    m_hops->setValue(request.hops);
    m_filling = false;
    updateEnabled();
}

void AnalysisDock::showOutcome()
{
    const AnalysisOutcome &outcome = m_controller.outcome();
    const bool ranking = m_controller.request().kind == AnalysisRequest::Kind::Degree ||
                         m_controller.request().kind == AnalysisRequest::Kind::Betweenness ||
                         m_controller.request().kind == AnalysisRequest::Kind::PageRank;
    m_model->setRows(outcome.rows, ranking ? QStringList{tr("Entity"), tr("Value"), tr("Rank")}
                                           : QStringList{tr("Result"), tr("Value"), tr("Detail")});
    m_summary->setText(outcome.summary);
    if (m_model->rowCount() > 0) {
        // The best result is what the analyst looks at first: open it and show it on the canvas.
        const QModelIndex first = m_model->index(0, 0);
        m_results->expand(first);
        m_results->setCurrentIndex(first);
    }
}

void AnalysisDock::updateEnabled()
{
    const auto kind = AnalysisRequest::fromKey(m_kind->currentData().toString()).value_or(AnalysisRequest::Kind::Chains);
    AnalysisRequest probe;
    probe.kind = kind;
    m_a->setEnabled(probe.needsA());
    m_b->setEnabled(probe.needsPair());
    m_swap->setEnabled(probe.needsPair());
    m_hops->setEnabled(kind == AnalysisRequest::Kind::Ego);
    m_run->setEnabled(m_dataset != nullptr);
    const Selection &selection = m_state.selection();
    const bool selected = m_dataset && !selection.isEmpty();
    m_remove->setEnabled(selected);
    m_sanction->setEnabled(selected);
    m_clearWhatIf->setEnabled(!m_controller.overlay().isEmpty());
    QString what;
    if (m_dataset && selection.size() > 1)
        what = tr("%n selected", nullptr, static_cast<int>(selection.size()));
    else if (m_dataset && !selection.entities().empty())
        what = QString::fromStdString(m_dataset->entity(*selection.entities().begin()).name);
    else if (m_dataset && !selection.ties().empty())
        what = QString::fromStdString(m_dataset->tie(*selection.ties().begin()).key);
    m_remove->setText(what.isEmpty() ? tr("Remove") : tr("Remove %1").arg(what));
    m_sanction->setText(what.isEmpty() ? tr("Sanction") : tr("Sanction %1").arg(what));
}

void AnalysisDock::actOnSelection(bool remove)
{
    // A copy: each change re-runs the analysis, which may change nothing selected, but the
    // loop must not depend on that.
    const Selection selection = m_state.selection();
    for (const EntityId entity : selection.entities()) {
        if (remove)
            m_controller.removeEntity(entity);
        else
            m_controller.sanctionEntity(entity);
    }
    for (const TieId tie : selection.ties()) {
        if (remove)
            m_controller.removeTie(tie);
        else
            m_controller.sanctionTie(tie);
    }
}

} // namespace tiescope
