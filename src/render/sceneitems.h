// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include <QPointF>

#include "model/strongid.h"

namespace tiescope {

class EntityItem;
class GraphScene;
class GraphView;
struct EditDelta;

// Makes GraphScene's entity items, shows them for a view and follows an edit with them: items for added entities,
// removed ones deleted, changed ones made again, kept ones moved to their new ids when ids
// were renumbered; the tie layer follows tie by tie (or is built again). A part of GraphScene
// in a file of its own, with access to its items.
class SceneItems final
{
public:
    SceneItems() = delete;

    static EntityItem *make(GraphScene &scene, std::size_t index, const QPointF &at);
    static void followEdit(GraphScene &scene, const EditDelta &delta);
    // Shows and sizes the items for a view; returns the entities it resized (every one after
    // a new graph or tie layer, else those whose visibility or shown degree changed).
    static std::vector<EntityId> showView(GraphScene &scene, const GraphView &view);
    // Sizes every glyph again when the scale or the shown picture asks for another size
    // factor (GraphScene::sizeFactor), ties included; true when it did.
    static bool rescale(GraphScene &scene);

private:
    static void renumber(GraphScene &scene, const EditDelta &delta);
    // How many of the tie layer's ties kept their ids through the edit (the rest were popped),
    // or none when a tie moved.
    [[nodiscard]] static std::optional<std::size_t> tiesKeptInPlace(const GraphScene &scene, const EditDelta &delta);
    [[nodiscard]] static double sizeFactor(const GraphScene &scene);
    [[nodiscard]] static double radius(const GraphScene &scene, std::uint32_t degree); // with the size factor
};

} // namespace tiescope
