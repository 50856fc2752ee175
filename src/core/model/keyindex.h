// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace tiescope {

// Maps the stable text keys of one table to their row index. The keys are not
// copied: the table's rows hold them, and every call passes `keyOf(index)`, the
// key of row `index`. Open addressing with linear probing over one flat array:
// a million tie keys cost 8 MiB and no allocation per key (a
// std::unordered_map<std::string, ...> took a quarter of the time of loading a
// 1M-tie store, allocating a node and a key copy per row).
class KeyIndex final
{
public:
    // False when the key is already present (nothing changes then). Row `index`
    // must already hold `key` or be about to: only other rows' keys are read.
    template <typename KeyOf>
    bool insert(std::string_view key, std::uint32_t index, const KeyOf &keyOf)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow(std::max<std::size_t>(16, m_slots.size() * 2));
        const std::uint32_t hash = hashOf(key);
        for (std::size_t slot = hash & mask();; slot = (slot + 1) & mask()) {
            const std::uint64_t entry = m_slots[slot];
            if (entry == 0) {
                m_slots[slot] = (std::uint64_t{hash} << 32) | (std::uint64_t{index} + 1);
                ++m_count;
                return true;
            }
            if (static_cast<std::uint32_t>(entry >> 32) == hash && keyOf(rowOf(entry)) == key)
                return false;
        }
    }

    // Removes the key (false when absent); row `index` of every other key is unchanged. Called
    // while the row still holds the key. Later entries of the probe run move back into the hole
    // (backward-shift deletion), so lookups never need tombstones.
    template <typename KeyOf>
    bool erase(std::string_view key, const KeyOf &keyOf)
    {
        if (m_count == 0)
            return false;
        const std::uint32_t hash = hashOf(key);
        std::size_t hole = hash & mask();
        for (;; hole = (hole + 1) & mask()) {
            const std::uint64_t entry = m_slots[hole];
            if (entry == 0)
                return false;
            if (static_cast<std::uint32_t>(entry >> 32) == hash && keyOf(rowOf(entry)) == key)
                break;
        }
        m_slots[hole] = 0;
        --m_count;
        for (std::size_t slot = (hole + 1) & mask(); m_slots[slot] != 0; slot = (slot + 1) & mask()) {
            const std::size_t home = static_cast<std::uint32_t>(m_slots[slot] >> 32) & mask();
            // The entry may move back when its home is not cyclically within (hole, slot].
            const bool between = hole < slot ? (home > hole && home <= slot) : (home > hole || home <= slot);
            if (!between) {
                m_slots[hole] = m_slots[slot];
                m_slots[slot] = 0;
                hole = slot;
            }
        }
        return true;
    }

    template <typename KeyOf>
    [[nodiscard]] std::optional<std::uint32_t> find(std::string_view key, const KeyOf &keyOf) const
    {
        if (m_count == 0)
            return std::nullopt;
        const std::uint32_t hash = hashOf(key);
        for (std::size_t slot = hash & mask();; slot = (slot + 1) & mask()) {
            const std::uint64_t entry = m_slots[slot];
            if (entry == 0)
                return std::nullopt;
            if (static_cast<std::uint32_t>(entry >> 32) == hash && keyOf(rowOf(entry)) == key)
                return rowOf(entry);
        }
    }

    // The rows were reordered: each indexed key's row moves to `newRow(oldRow)`, without
    // hashing a key again (the slots keep their hashes, so no entry moves).
    template <typename NewRow>
    void renumber(const NewRow &newRow)
    {
        for (std::uint64_t &entry : m_slots) {
            if (entry != 0)
                entry = (entry & 0xffffffff00000000ULL) | (std::uint64_t{newRow(rowOf(entry))} + 1);
        }
    }

    void reserve(std::size_t count)
    {
        std::size_t size = 16;
        while (size < count * 2)
            size *= 2;
        if (size > m_slots.size())
            grow(size);
    }
    void clear()
    {
        m_slots.clear();
        m_count = 0;
    }

private:
    static std::uint32_t hashOf(std::string_view key)
    {
        const std::size_t h = std::hash<std::string_view>{}(key);
        return static_cast<std::uint32_t>(h ^ (h >> 32));
    }
    static std::uint32_t rowOf(std::uint64_t entry) { return static_cast<std::uint32_t>(entry & 0xffffffffU) - 1; }
    [[nodiscard]] std::size_t mask() const { return m_slots.size() - 1; }

    // Rehashing needs only the stored hashes, not the keys.
    void grow(std::size_t size)
    {
        std::vector<std::uint64_t> old(size, 0);
        old.swap(m_slots);
        for (const std::uint64_t entry : old) {
            if (entry == 0)
                continue;
            std::size_t slot = static_cast<std::uint32_t>(entry >> 32) & mask();
            while (m_slots[slot] != 0)
                slot = (slot + 1) & mask();
            m_slots[slot] = entry;
        }
    }

    // 0: empty; else the key's 32-bit hash (high half) and row index + 1 (low
    // half).
    std::vector<std::uint64_t> m_slots;
    std::size_t m_count = 0;
};

} // namespace tiescope
