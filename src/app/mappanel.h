// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QString>
#include <QWidget>

#include "geo/countryid.h"
#include "model/strongid.h"

class QComboBox;
class QLabel;
class QListWidget;

namespace tiescope {

class GraphDocument;
class MapPicture;
class MapView;
class ViewState;

// The Map tab: the map (MapView), its choosers (shading measure, the state exposure is
// measured to, arcs per tie or per pair of countries), and the visible entities without a
// country on the map listed beside it. It follows the document (open, filter and its time
// window, edits) and shares the selection through the view state: a click on an entity or
// a country selects it, and what is selected elsewhere is marked here.
class MapPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapPanel)

public:
    MapPanel(GraphDocument &document, ViewState &viewState, QWidget *parent = nullptr);
    ~MapPanel() override;

    [[nodiscard]] MapView &mapView() const { return *m_view; }
    [[nodiscard]] const MapPicture &picture() const { return *m_picture; }
    [[nodiscard]] QListWidget &unplacedList() const { return *m_unplaced; }
    [[nodiscard]] QComboBox &measureChooser() const { return *m_measure; }
    [[nodiscard]] QComboBox &targetChooser() const { return *m_target; }
    // Writes what the map shows, with legend and caption: SVG when the name ends in .svg, else PNG.
    [[nodiscard]] bool exportTo(const QString &path, QString *error) const;

public slots:
    void exportInteractive();

protected:
    void showEvent(QShowEvent *event) override; // a map left stale while hidden is drawn now

private:
    void refresh();
    void fillTargets();
    void applyMeasure();
    void showSelection();
    void selectCountry(CountryId country, Qt::KeyboardModifiers modifiers);
    void selectEntity(EntityId entity, Qt::KeyboardModifiers modifiers);

    GraphDocument &m_document;
    ViewState &m_viewState;
    std::unique_ptr<MapPicture> m_picture;
    MapView *m_view;
    QComboBox *m_measure;
    QComboBox *m_target;
    QComboBox *m_arcs;
    QListWidget *m_unplaced;
    QLabel *m_unplacedTitle;
    QLabel *m_problem;
    // Hidden (behind the Graph tab, as the window starts), the map is not rebuilt for each new
    // store, filter or edit: it is rebuilt once, for the view then in force, when shown.
    bool m_stale = false;
    bool m_fitPending = false;
};

} // namespace tiescope
