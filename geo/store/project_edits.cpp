// The named, undoable edits of Project (each one goes through Project::edit).

#include <algorithm>

#include "geo/store/content_io.h"
#include "geo/store/layer_order.h"
#include "geo/store/project.h"
#include "geo/store/store_json.h"

namespace geo::store {
namespace {

// Replaces the element with the same key, or appends.
template <typename T, typename Key>
void upsert(std::vector<T>& items, const T& item, Key&& key) {
  auto it = std::ranges::find_if(items, [&](const T& x) { return key(x) == key(item); });
  if (it == items.end())
    items.push_back(item);
  else
    *it = item;
}

// One undoable edit of the spec of layer `layer_id`, labelled `verb` + title.
template <typename Change>
core::Result<void> editLayerSpec(Project& project,
                                 const std::string& layer_id,
                                 const std::string& verb,
                                 Change&& change) {
  const int index = project.content().findLayer(layer_id);
  if (index < 0)
    return core::fail(core::Error{.code = core::ErrorCode::kNotFound,
                                  .message = "no layer with this id in the project",
                                  .layer = layer_id});
  const auto i = static_cast<std::size_t>(index);
  project.edit(verb + project.content().layers[i].spec.title,
               [&](ProjectContent& c) { change(c.layers[i].spec); });
  return {};
}

}  // namespace

core::Result<void> Project::importLayer(core::Layer layer, map::LayerSpec spec) {
  if (spec.id.empty())
    return core::fail(core::ErrorCode::kInvalidData, "a layer needs an id to be imported");
  if (spec.title.empty()) spec.title = spec.id;
  if (spec.source.empty()) spec.source = layer.source_path;
  ProjectLayer record{
      std::move(spec), utcNow(), std::make_shared<const core::Layer>(std::move(layer))};
  edit("Import layer " + record.spec.title, [&](ProjectContent& c) {
    upsert(c.layers, record, [](const ProjectLayer& l) { return l.spec.id; });
  });
  return {};
}

core::Result<void> Project::setStyle(const std::string& layer_id, const map::StyleSpec& style) {
  return editLayerSpec(*this, layer_id, "Change style of ", [&](map::LayerSpec& spec) {
    spec.style = style;
  });
}

core::Result<void> Project::setLayerVisible(const std::string& layer_id, bool visible) {
  return editLayerSpec(*this, layer_id, visible ? "Show " : "Hide ", [&](map::LayerSpec& spec) {
    spec.visible = visible;
  });
}

bool Project::setLayerOrder(const std::vector<std::string>& ids_bottom_first) {
  std::vector<std::string> ids;
  for (const auto& layer : content().layers) ids.push_back(layer.spec.id);
  const auto slots = reorderedSlots(ids, ids_bottom_first);
  if (std::ranges::is_sorted(slots)) return false;
  edit("Change layer order", [&](ProjectContent& c) { applySlots(c.layers, slots); });
  return true;
}

void Project::putClassification(const StoredClassification& classification) {
  edit("Change classification of " + classification.id, [&](ProjectContent& c) {
    upsert(c.classifications, classification, [](const auto& x) { return x.id; });
  });
}

core::Result<void> Project::putDocument(NamedDocument document) {
  const std::string label = std::string("Save ") + documentKindName(document.kind) + " " +
                            document.name;
  return putDocuments(label, {std::move(document)});
}

core::Result<void> Project::putDocuments(const std::string& label,
                                         std::vector<NamedDocument> documents) {
  for (auto& document : documents) {
    if (auto j = parseJsonText(document.json, documentKindName(document.kind)); !j)
      return std::unexpected(j.error());
    if (document.updated_utc.empty()) document.updated_utc = utcNow();
  }
  edit(label, [&](ProjectContent& c) {
    for (const auto& document : documents)
      upsert(
          c.documents, document, [](const NamedDocument& d) { return std::pair(d.kind, d.id); });
  });
  return {};
}

void Project::removeDocument(DocumentKind kind, const std::string& id) {
  edit(std::string("Delete ") + documentKindName(kind) + " " + id, [&](ProjectContent& c) {
    std::erase_if(c.documents,
                  [&](const NamedDocument& d) { return d.kind == kind && d.id == id; });
  });
}

void Project::putKpi(const KpiDefinition& kpi) {
  edit("Edit KPI " + kpi.name, [&](ProjectContent& c) {
    upsert(c.kpis, kpi, [](const KpiDefinition& k) { return k.id; });
  });
}

void Project::setGroupCounts(std::vector<GroupCount> counts) {
  edit("Set group counts", [&](ProjectContent& c) { c.group_counts = std::move(counts); });
}

void Project::putProposal(const SavingsProposal& proposal) {
  edit("Edit savings ledger " + proposal.name, [&](ProjectContent& c) {
    upsert(c.proposals, proposal, [](const SavingsProposal& p) { return p.id; });
  });
}

std::int64_t Project::addComment(Comment comment) {
  std::int64_t next = 1;
  for (const auto& m : content().comments) next = std::max(next, m.id + 1);
  comment.id = next;
  if (comment.created_utc.empty()) comment.created_utc = utcNow();
  edit("Add comment", [&](ProjectContent& c) { c.comments.push_back(comment); });
  return next;
}

}  // namespace geo::store
