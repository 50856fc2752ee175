// SPDX-License-Identifier: MIT
#include "app/mappanel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/graphdocument.h"
#include "app/mapview.h"
#include "app/plainmessage.h"
#include "app/viewstate.h"
#include "geo/worldmap.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "model/inputerror.h"
#include "render/filtercaption.h"
#include "render/mapexporter.h"
#include "render/mappicture.h"
#include "render/worldmapfile.h"

namespace tiescope {

namespace {

std::shared_ptr<const WorldMap> loadMap(QString *problem)
{
    try {
        return WorldMapFile::load();
    } catch (const InputError &error) {
        *problem = QString::fromStdString(error.what());
        return std::make_shared<const WorldMap>();
    }
}

bool isState(const Dataset &data, const Entity &entity)
{
    const std::string &kind = data.kind(entity.kind).key;
    return (kind == "state" || kind == "territory") && !entity.country.empty();
}

} // namespace

MapPanel::MapPanel(GraphDocument &document, ViewState &viewState, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_viewState(viewState)
{
    setObjectName(QStringLiteral("mapPanel"));
    QString problem;
    m_picture = std::make_unique<MapPicture>(loadMap(&problem));
    m_view = new MapView(*m_picture, this);

    m_measure = new QComboBox;
    m_measure->setObjectName(QStringLiteral("mapMeasure"));
    m_measure->addItem(tr("Ties in the window"));
    m_measure->addItem(tr("Exposure to…"));
    m_measure->setToolTip(tr("What the countries are shaded by"));
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("mapTarget"));
    m_target->setToolTip(tr("The state whose exposure the countries are shaded by"));
    m_target->setEnabled(false);
    m_arcs = new QComboBox;
    m_arcs->setObjectName(QStringLiteral("mapArcs"));
    m_arcs->addItems({tr("Arcs: automatic"), tr("Arcs: one per tie"), tr("Arcs: per pair of countries")});
    auto *fit = new QToolButton;
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show every country that holds an entity"));
    auto *world = new QToolButton;
    world->setText(tr("World"));
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Write the map as it is shown, with legend and caption, to a PNG or SVG file"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Shade:")));
    bar->addWidget(m_measure);
    bar->addWidget(m_target);
    bar->addWidget(m_arcs);
    bar->addStretch();
    bar->addWidget(fit);
    bar->addWidget(world);
    bar->addWidget(exportButton);

    m_unplacedTitle = new QLabel;
    m_unplaced = new QListWidget;
    m_unplaced->setObjectName(QStringLiteral("mapUnplaced"));
    m_unplaced->setToolTip(tr("Visible entities without a country on the map; click one to select it"));
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_unplacedTitle);
    sideLayout->addWidget(m_unplaced);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 220});

    m_problem = new QLabel(problem);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_problem->setVisible(!problem.isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);

    connect(fit, &QToolButton::clicked, m_view, &MapView::fitAll);
    connect(world, &QToolButton::clicked, m_view, &MapView::fitWorld);
    connect(exportButton, &QToolButton::clicked, this, &MapPanel::exportInteractive);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &MapPanel::applyMeasure);
    connect(m_target, &QComboBox::currentIndexChanged, this, &MapPanel::applyMeasure);
    connect(m_arcs, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_picture->setArcs(static_cast<MapPicture::Arcs>(index));
        m_view->update();
    });
    connect(m_view, &MapView::entityClicked, this, &MapPanel::selectEntity);
    connect(m_view, &MapView::countryClicked, this, &MapPanel::selectCountry);
    connect(m_view, &MapView::emptyClicked, &m_viewState, &ViewState::clearSelection);
    connect(m_unplaced, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { m_viewState.select(EntityId(item->data(Qt::UserRole).toUInt())); });

    connect(&m_document, &GraphDocument::aboutToReplace, this, [this] {
        m_picture->setView(nullptr);
        refresh();
    });
    connect(&m_document, &GraphDocument::opened, this, [this] {
        fillTargets();
        m_fitPending = true; // now, or once the map is shown
        refresh();
    });
    connect(&m_document, &GraphDocument::filterChanged, this, &MapPanel::refresh);
    connect(&m_document, &GraphDocument::edited, this, [this] {
        fillTargets();
        refresh();
    });
    connect(&m_viewState, &ViewState::selectionChanged, this, &MapPanel::showSelection);
    connect(&m_viewState, &ViewState::reset, this, &MapPanel::showSelection);
    if (m_document.isOpen()) {
        fillTargets();
        refresh();
    }
}

MapPanel::~MapPanel() = default;

void MapPanel::fillTargets()
{
    const QString previous = m_target->currentData().toString();
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    if (!m_document.isOpen())
        return;
    const Dataset &data = m_document.dataset();
    const TieGraph &graph = m_document.graph();
    std::vector<std::pair<std::size_t, EntityId>> states; // most ties first
    for (std::size_t i = 0; i < data.entities().size(); ++i) {
        if (isState(data, data.entities()[i]))
            states.emplace_back(graph.incidences(EntityId(i)).size(), EntityId(i));
    }
    std::stable_sort(states.begin(), states.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[ties, entity] : states)
        m_target->addItem(QString::fromStdString(data.entity(entity).name),
                          QString::fromStdString(data.entity(entity).key));
    const int again = m_target->findData(previous);
    // The most connected state by default: the one the dataset is about.
    m_target->setCurrentIndex(again >= 0 ? again : (m_target->count() > 0 ? 0 : -1));
}

void MapPanel::applyMeasure()
{
    const bool exposure = m_measure->currentIndex() == 1;
    m_target->setEnabled(exposure);
    std::optional<EntityId> target;
    if (exposure && m_document.isOpen())
        target = m_document.dataset().findEntity(m_target->currentData().toString().toStdString());
    m_picture->setMeasure(exposure ? CountryMeasure::Kind::ExposureTo : CountryMeasure::Kind::TiesInWindow, target);
    m_view->update();
}

void MapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void MapPanel::refresh()
{
    if (m_document.isOpen() && !isVisible()) {
        m_stale = true;
        m_picture->setView(nullptr); // nothing of an older view or dataset is kept meanwhile
        m_unplaced->clear();
        return;
    }
    m_stale = false;
    m_picture->setView(m_document.isOpen() ? &m_document.view() : nullptr);
    applyMeasure();
    m_unplaced->clear();
    const MapPlacement *placement = m_picture->placement();
    const std::size_t count = placement ? placement->unplaced().size() : 0;
    m_unplacedTitle->setText(tr("Not on the map (%1)").arg(count));
    if (placement) {
        const Dataset &data = m_document.dataset();
        for (const EntityId entity : placement->unplaced()) {
            const Entity &record = data.entity(entity);
            auto *item = new QListWidgetItem(QString::fromStdString(record.name), m_unplaced);
            item->setData(Qt::UserRole, static_cast<uint>(entity.value()));
            item->setToolTip(record.country.empty() ? tr("No country")
                                                    : Qt::convertFromPlainText(tr("Country %1 is not on the map")
                                                                                   .arg(QString::fromStdString(record.country))));
        }
    }
    showSelection();
    if (m_fitPending) {
        m_fitPending = false;
        m_view->fitAll();
    }
}

void MapPanel::showSelection()
{
    const Selection &selection = m_viewState.selection();
    m_picture->setSelection(selection.entities(), selection.ties());
    for (int row = 0; row < m_unplaced->count(); ++row) {
        QListWidgetItem *item = m_unplaced->item(row);
        item->setSelected(selection.contains(EntityId(item->data(Qt::UserRole).toUInt())));
    }
    m_view->update();
}

void MapPanel::selectEntity(EntityId entity, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::ControlModifier) {
        Selection selection = m_viewState.selection();
        selection.toggle(entity);
        m_viewState.setSelection(selection);
        return;
    }
    m_viewState.select(entity);
}

void MapPanel::selectCountry(CountryId country, Qt::KeyboardModifiers modifiers)
{
    // A country stands for its entities, its state current (what the details panel shows).
    const MapPlacement *placement = m_picture->placement();
    if (!placement || placement->entitiesIn(country).empty()) {
        if (!(modifiers & Qt::ControlModifier))
            m_viewState.clearSelection();
        return;
    }
    Selection selection = (modifiers & Qt::ControlModifier) ? m_viewState.selection() : Selection();
    const auto &members = placement->entitiesIn(country);
    for (auto entity = members.rbegin(); entity != members.rend(); ++entity)
        selection.add(*entity); // the state (first) added last, so it is current
    m_viewState.setSelection(selection);
}

bool MapPanel::exportTo(const QString &path, QString *error) const
{
    ExportOptions options;
    options.size = m_view->size().expandedTo(QSize(800, 500)) * 1.5;
    if (m_document.isOpen()) {
        const GraphView &view = m_document.view();
        options.caption = FilterCaption::text(m_document.dataset(), m_document.filter(), view.visibleEntityCount(),
                                              view.visibleTieCount());
        options.title = QString::fromStdString(m_document.dataset().info().title);
    }
    // The window's view: its scale and centre (a larger image shows more around them).
    MapFrame frame = m_view->frame();
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
        return MapExporter::writeSvg(*m_picture, options, path, error, &frame);
    return MapExporter::writePng(*m_picture, options, path, error, &frame);
}

void MapPanel::exportInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), QStringLiteral("map.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        PlainMessage::warning(this, tr("Export Map"), error);
}

} // namespace tiescope
