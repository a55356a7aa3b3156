#include <imgui.h>

#include <algorithm>
#include <numeric>

#include "app/gui/panels.h"
#include "geo/i18n/catalog.h"

namespace app::gui {
namespace {

// Row order for the current sort spec; numbers sort numerically, nulls last.
std::vector<std::uint32_t> sortedRows(const geo::core::FeatureTable& table,
                                      int column,
                                      bool ascending) {
  std::vector<std::uint32_t> rows(table.rowCount());
  std::iota(rows.begin(), rows.end(), 0u);
  if (column < 0 || static_cast<std::size_t>(column) >= table.fieldCount()) return rows;
  const auto c = static_cast<std::size_t>(column);
  std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto na = table.number(a, c), nb = table.number(b, c);
    if (na && nb) return ascending ? *na < *nb : *na > *nb;
    if (na || nb) return na.has_value();  // numbers before text and nulls
    const std::string ta = table.text(a, c), tb = table.text(b, c);
    if (ta.empty() != tb.empty()) return tb.empty();
    return ascending ? ta < tb : ta > tb;
  });
  return rows;
}

struct SortCache {
  const void* table = nullptr;
  std::size_t rows = 0;
  int column = -1;
  bool ascending = true;
  std::vector<std::uint32_t> order;
};

}  // namespace

void drawAttributeTable(AppState& state, Rect area) {
  const int li = state.active_layer;
  if (!state.show_table || !state.doc || li < 0 || li >= int(state.doc->layers.size())) return;
  const auto& layer = state.doc->layers[std::size_t(li)];
  const auto& table = layer.data.table;

  ImGui::SetNextWindowPos({area.x, area.y}, ImGuiCond_Always);
  ImGui::SetNextWindowSize({area.w, area.h}, ImGuiCond_Always);
  bool open = true;
  const std::string title = geo::i18n::trf("table.title", layer.spec.title) + "###table";
  if (!ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
    ImGui::End();
    return;
  }
  if (!open) state.push([](AppState& s) { s.show_table = false; });
  const std::size_t selected_count =
      state.selection.layer == li ? state.selection.rows.size() : 0;
  ImGui::TextUnformatted(geo::i18n::trf("table.rows", table.rowCount(), selected_count).c_str());
  ImGui::SameLine();
  if (ImGui::SmallButton((geo::i18n::tr("table.zoom_selection") + "###zoom_sel").c_str())) state.push([](AppState& s) { s.zoomToSelection(); });
  ImGui::SameLine();
  if (ImGui::SmallButton((geo::i18n::tr("table.clear_selection") + "###clear_sel").c_str())) state.push([](AppState& s) { s.selection.clear(); });

  const int columns = static_cast<int>(std::min<std::size_t>(table.fieldCount(), 63)) + 1;
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_Borders | ImGuiTableFlags_Resizable;
  if (ImGui::BeginTable("##rows", columns, flags)) {
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_DefaultSort);
    for (int c = 0; c + 1 < columns; ++c)
      ImGui::TableSetupColumn(table.fields()[std::size_t(c)].name.c_str());
    ImGui::TableHeadersRow();

    static SortCache cache;
    int sort_column = -1;
    bool ascending = true;
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
      sort_column = specs->Specs[0].ColumnIndex - 1;
      ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
    }
    if (cache.table != &table || cache.rows != table.rowCount() || cache.column != sort_column ||
        cache.ascending != ascending)
      cache = {&table, table.rowCount(), sort_column, ascending,
               sortedRows(table, sort_column, ascending)};

    // Scroll once to the first selected row when the selection came from the map.
    int scroll_to = -1;
    if (state.selection.scroll_table && state.selection.layer == li && !state.selection.rows.empty()) {
      auto it = std::find(cache.order.begin(), cache.order.end(), state.selection.rows.front());
      scroll_to = static_cast<int>(it - cache.order.begin());
      state.push([](AppState& s) { s.selection.scroll_table = false; });
    }
    if (scroll_to >= 0) ImGui::SetScrollY(scroll_to * ImGui::GetTextLineHeightWithSpacing());

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(cache.order.size()));
    while (clipper.Step()) {
      for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
        const std::uint32_t row = cache.order[std::size_t(k)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool selected = state.selection.contains(li, row);
        const std::string label = std::to_string(row) + "##r" + std::to_string(row);
        if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
          const bool add = ImGui::GetIO().KeyCtrl;
          state.push([li, row, add](AppState& s) {
            add ? s.selection.toggle(li, row) : s.selection.set(li, row);
            s.selection.scroll_table = false;
            s.identify = Hover{li, row};
          });
        }
        for (int c = 0; c + 1 < columns; ++c) {
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(table.text(row, std::size_t(c)).c_str());
        }
      }
    }
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace app::gui
