#pragma once

// Layer order edits shared by the project (ProjectContent::layers) and the
// viewer's map (which may hold more layers than the project, e.g. analysis
// results, or fewer): the layers named in `wanted` move into the slots that
// named layers occupy now, in the order of `wanted`; every other layer keeps
// its slot. Ids in `wanted` that are not present are ignored. Pure, thread safe.

#include <cstddef>
#include <string>
#include <vector>

namespace geo::store {

// The permutation: slot i of the result takes the item now at index
// result[i]. The identity when nothing moves.
std::vector<std::size_t> reorderedSlots(const std::vector<std::string>& ids,
                                        const std::vector<std::string>& wanted);

// Applies a permutation from reorderedSlots to `items`.
template <typename T>
void applySlots(std::vector<T>& items, const std::vector<std::size_t>& slots) {
  std::vector<T> out;
  out.reserve(items.size());
  for (std::size_t from : slots) out.push_back(std::move(items[from]));
  items = std::move(out);
}

}  // namespace geo::store
