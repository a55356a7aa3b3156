#include "geo/store/content_io.h"

#include <fmt/chrono.h>
#include <chrono>

#include "geo/store/store_json.h"

namespace geo::store {
namespace {

// Runs `bind` for each item on one prepared INSERT.
template <typename Items, typename Bind>
core::Result<void> insertAll(Database& db, const char* sql, const Items& items, Bind&& bind) {
  auto stmt = db.prepare(sql);
  if (!stmt) return std::unexpected(stmt.error());
  std::int64_t position = 0;
  for (const auto& item : items) {
    bind(*stmt, item, position++);
    if (auto ok = stmt->run(); !ok) return ok;
  }
  return {};
}

// Steps through a SELECT, calling `read` per row.
template <typename Read>
core::Result<void> selectAll(Database& db, const char* sql, Read&& read) {
  auto stmt = db.prepare(sql);
  if (!stmt) return std::unexpected(stmt.error());
  for (;;) {
    auto row = stmt->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return {};
    if (auto ok = read(*stmt); !ok) return ok;
  }
}

core::Result<void> writeDocuments(Database& db, const ProjectContent& c) {
  if (auto ok = insertAll(db,
                          "INSERT INTO eq_classifications VALUES (?, ?, ?)",
                          c.classifications,
                          [](Statement& s, const auto& x, std::int64_t) {
                            s.bind(1, x.id)
                                .bind(2, std::int64_t{x.locked})
                                .bind(3, toJson(x.classification).dump());
                          });
      !ok)
    return ok;
  if (auto ok = insertAll(db,
                          "INSERT INTO eq_documents VALUES (?, ?, ?, ?, ?)",
                          c.documents,
                          [](Statement& s, const NamedDocument& d, std::int64_t) {
                            s.bind(1, documentKindName(d.kind))
                                .bind(2, d.id)
                                .bind(3, d.name)
                                .bind(4, d.json)
                                .bind(5, d.updated_utc);
                          });
      !ok)
    return ok;
  return insertAll(db,
                   "INSERT INTO eq_proposals VALUES (?, ?, ?)",
                   c.proposals,
                   [](Statement& s, const SavingsProposal& p, std::int64_t pos) {
                     s.bind(1, p.id).bind(2, pos).bind(3, toJson(p).dump());
                   });
}

core::Result<void> writeKpis(Database& db, const ProjectContent& c) {
  if (auto ok = insertAll(db,
                          "INSERT INTO eq_kpis VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          c.kpis,
                          [](Statement& s, const KpiDefinition& k, std::int64_t pos) {
                            s.bind(1, k.id)
                                .bind(2, pos)
                                .bind(3, k.name)
                                .bind(4, k.unit)
                                .bind(5, kpiDirectionName(k.direction))
                                .bind(6, k.target)
                                .bind(7, k.service_line)
                                .bind(8, kpiLevelName(k.level))
                                .bind(9, k.description);
                          });
      !ok)
    return ok;
  if (auto ok = insertAll(db,
                          "INSERT INTO eq_kpi_values VALUES (?, ?, ?, ?, ?, ?)",
                          c.kpi_values,
                          [](Statement& s, const KpiValue& v, std::int64_t) {
                            s.bind(1, v.kpi_id)
                                .bind(2, v.unit_id)
                                .bind(3, v.period_utc)
                                .bind(4, v.period_label)
                                .bind(5, v.value)
                                .bind(6, v.source);
                          });
      !ok)
    return ok;
  return insertAll(db,
                   "INSERT INTO eq_group_counts VALUES (?, ?, ?, ?)",
                   c.group_counts,
                   [](Statement& s, const GroupCount& g, std::int64_t) {
                     s.bind(1, g.area_id).bind(2, g.group).bind(3, g.count).bind(4, g.source);
                   });
}

}  // namespace

std::string utcNow() {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", now);
}

core::Result<void> insertComments(Database& db, const std::vector<Comment>& comments) {
  return insertAll(db,
                   "INSERT INTO eq_comments VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   comments,
                   [](Statement& s, const Comment& m, std::int64_t) {
                     s.bind(1, m.id)
                         .bind(2, m.text)
                         .bind(3, m.topic)
                         .bind(4, m.language)
                         .bind(5, m.created_utc)
                         .bind(6, m.point ? std::optional(m.point->x) : std::nullopt)
                         .bind(7, m.point ? std::optional(m.point->y) : std::nullopt)
                         .bind(8, m.point_crs);
                   });
}

core::Result<void> writeMeta(Database& db, const std::string& key, const std::string& value) {
  auto stmt = db.prepare("INSERT OR REPLACE INTO eq_meta VALUES (?, ?)");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, key).bind(2, value);
  return stmt->run();
}

core::Result<void> writeSmallTables(Database& db, const ProjectContent& content) {
  if (auto ok = db.exec("DELETE FROM eq_classifications; DELETE FROM eq_documents; "
                        "DELETE FROM eq_proposals; DELETE FROM eq_kpis; DELETE FROM eq_kpi_values; "
                        "DELETE FROM eq_group_counts; DELETE FROM eq_comments;");
      !ok)
    return ok;
  if (auto ok = writeMeta(db, "name", content.name); !ok) return ok;
  if (auto ok = writeMeta(db, "display_crs", content.display_crs); !ok) return ok;
  if (auto ok = writeDocuments(db, content); !ok) return ok;
  if (auto ok = writeKpis(db, content); !ok) return ok;
  return insertComments(db, content.comments);
}

core::Result<void> writeViewState(Database& db, const ViewState& v) {
  auto stmt = db.prepare("INSERT OR REPLACE INTO eq_view_state VALUES (1, ?, ?, ?, ?, ?, ?, ?)");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, v.center_x)
      .bind(2, v.center_y)
      .bind(3, v.units_per_pixel)
      .bind(4, v.display_crs)
      .bind(5, v.active_layer)
      .bind(6, v.kpi_id)
      .bind(7, v.kpi_period);
  return stmt->run();
}

core::Result<std::string> readMeta(Database& db, const std::string& key) {
  auto stmt = db.prepare("SELECT value FROM eq_meta WHERE key = ?");
  if (!stmt) return std::unexpected(stmt.error());
  stmt->bind(1, key);
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  return *row ? stmt->columnText(0) : std::string();
}

namespace {

core::Result<void> readDocuments(Database& db, ProjectContent& c) {
  auto ok = selectAll(db,
                      "SELECT id, locked, json FROM eq_classifications ORDER BY id",
                      [&](Statement& s) -> core::Result<void> {
                        auto j = parseJsonText(s.columnText(2), "a classification");
                        if (!j) return std::unexpected(j.error());
                        auto cl = classificationFromJson(*j);
                        if (!cl) return std::unexpected(cl.error());
                        c.classifications.push_back({s.columnText(0), *cl, s.columnInt(1) != 0});
                        return {};
                      });
  if (!ok) return ok;
  ok = selectAll(db,
                 "SELECT kind, id, name, json, updated_utc FROM eq_documents ORDER BY kind, id",
                 [&](Statement& s) -> core::Result<void> {
                   const auto kind = parseDocumentKind(s.columnText(0));
                   if (!kind) return core::fail(core::ErrorCode::kParse, "unknown document kind");
                   c.documents.push_back(
                       {*kind, s.columnText(1), s.columnText(2), s.columnText(3), s.columnText(4)});
                   return {};
                 });
  if (!ok) return ok;
  return selectAll(db,
                   "SELECT json FROM eq_proposals ORDER BY position",
                   [&](Statement& s) -> core::Result<void> {
                     auto j = parseJsonText(s.columnText(0), "a savings proposal");
                     if (!j) return std::unexpected(j.error());
                     auto p = proposalFromJson(*j);
                     if (!p) return std::unexpected(p.error());
                     c.proposals.push_back(*p);
                     return {};
                   });
}

core::Result<void> readKpis(Database& db, ProjectContent& c) {
  auto ok = selectAll(
      db,
      "SELECT id, name, unit, direction, target, service_line, level, description FROM eq_kpis "
      "ORDER BY position",
      [&](Statement& s) -> core::Result<void> {
        auto direction = parseKpiDirection(s.columnText(3));
        auto level = parseKpiLevel(s.columnText(6));
        if (!direction) return std::unexpected(direction.error());
        if (!level) return std::unexpected(level.error());
        c.kpis.push_back({s.columnText(0),
                          s.columnText(1),
                          s.columnText(2),
                          *direction,
                          s.columnOptionalDouble(4),
                          s.columnText(5),
                          *level,
                          s.columnText(7)});
        return {};
      });
  if (!ok) return ok;
  ok = selectAll(db,
                 "SELECT kpi_id, unit_id, period_utc, period_label, value, source FROM "
                 "eq_kpi_values ORDER BY rowid",
                 [&](Statement& s) -> core::Result<void> {
                   c.kpi_values.push_back({s.columnText(0),
                                           s.columnText(1),
                                           s.columnText(2),
                                           s.columnText(3),
                                           s.columnDouble(4),
                                           s.columnText(5)});
                   return {};
                 });
  if (!ok) return ok;
  return selectAll(db,
                   "SELECT area_id, grp, count, source FROM eq_group_counts ORDER BY rowid",
                   [&](Statement& s) -> core::Result<void> {
                     c.group_counts.push_back(
                         {s.columnText(0), s.columnText(1), s.columnDouble(2), s.columnText(3)});
                     return {};
                   });
}

core::Result<void> readComments(Database& db, ProjectContent& c) {
  return selectAll(
      db,
      "SELECT id, text, topic, language, created_utc, x, y, crs FROM eq_comments ORDER BY id",
      [&](Statement& s) -> core::Result<void> {
        Comment m{s.columnInt(0),
                  s.columnText(1),
                  s.columnText(2),
                  s.columnText(3),
                  s.columnText(4),
                  std::nullopt,
                  s.columnText(7)};
        if (!s.isNull(5) && !s.isNull(6))
          m.point = core::Vec2{s.columnDouble(5), s.columnDouble(6)};
        c.comments.push_back(std::move(m));
        return {};
      });
}

}  // namespace

core::Result<void> readSmallTables(Database& db, ProjectContent& content) {
  auto name = readMeta(db, "name");
  auto crs = readMeta(db, "display_crs");
  if (!name) return std::unexpected(name.error());
  if (!crs) return std::unexpected(crs.error());
  content.name = *name;
  content.display_crs = crs->empty() ? "auto" : *crs;
  if (auto ok = readDocuments(db, content); !ok) return ok;
  if (auto ok = readKpis(db, content); !ok) return ok;
  return readComments(db, content);
}

core::Result<ViewState> readViewState(Database& db) {
  auto stmt = db.prepare(
      "SELECT center_x, center_y, units_per_pixel, display_crs, active_layer, kpi_id, kpi_period "
      "FROM eq_view_state WHERE id = 1");
  if (!stmt) return std::unexpected(stmt.error());
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return ViewState{};
  return ViewState{stmt->columnDouble(0),
                   stmt->columnDouble(1),
                   stmt->columnDouble(2),
                   stmt->columnText(3),
                   stmt->columnText(4),
                   stmt->columnText(5),
                   stmt->columnText(6)};
}

}  // namespace geo::store
