#include "geo/store/layer_order.h"

#include <algorithm>
#include <map>

namespace geo::store {

std::vector<std::size_t> reorderedSlots(const std::vector<std::string>& ids,
                                        const std::vector<std::string>& wanted) {
  std::map<std::string, std::size_t> index_of;
  for (std::size_t i = 0; i < ids.size(); ++i) index_of.emplace(ids[i], i);

  std::vector<std::size_t> slots(ids.size());
  for (std::size_t i = 0; i < slots.size(); ++i) slots[i] = i;
  std::vector<std::size_t> moving;  // items named in `wanted`, in wanted order
  for (const auto& id : wanted) {
    auto it = index_of.find(id);
    if (it != index_of.end() && std::ranges::find(moving, it->second) == moving.end())
      moving.push_back(it->second);
  }
  std::vector<std::size_t> taken = moving;  // the slots they occupy now, bottom first
  std::ranges::sort(taken);
  for (std::size_t k = 0; k < taken.size(); ++k) slots[taken[k]] = moving[k];
  return slots;
}

}  // namespace geo::store
