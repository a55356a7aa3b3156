#include "geo/store/sqlite_db.h"

#include <sqlite3.h>

#include <utility>

namespace geo::store {

core::Result<Database> Database::open(const std::string& path, Mode mode) {
  int flags = SQLITE_OPEN_NOMUTEX;
  if (mode == Mode::kReadOnly) flags |= SQLITE_OPEN_READONLY;
  if (mode == Mode::kReadWrite) flags |= SQLITE_OPEN_READWRITE;
  if (mode == Mode::kCreate) flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;

  Database db;
  db.path_ = path;
  const int rc = sqlite3_open_v2(path.c_str(), &db.db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    core::Error e = db.error("cannot open the project file");
    if (!db.db_) e.message += std::string(": ") + sqlite3_errstr(rc);
    return core::fail(std::move(e));
  }
  // Another process may hold a write lock for a moment (a save in progress).
  sqlite3_busy_timeout(db.db_, 5000);
  sqlite3_extended_result_codes(db.db_, 1);
  return db;
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    close();
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

Database::~Database() {
  close();
}

void Database::close() {
  if (db_) sqlite3_close_v2(db_);
  db_ = nullptr;
}

core::Error Database::error(std::string_view what) const {
  core::Error e;
  e.code = core::ErrorCode::kIo;
  e.message = std::string(what);
  if (db_) e.message += std::string(": ") + sqlite3_errmsg(db_);
  e.file = path_;
  e.hint = "check that the file is an equimap project and that the disk is writable";
  return e;
}

core::Result<void> Database::exec(std::string_view sql) {
  char* message = nullptr;
  const std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    core::Error e = error("SQL failed");
    if (message) sqlite3_free(message);
    return core::fail(std::move(e));
  }
  return {};
}

core::Result<Statement> Database::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
      SQLITE_OK) {
    return core::fail(error("cannot prepare SQL '" + std::string(sql.substr(0, 60)) + "'"));
  }
  return Statement(stmt, this);
}

core::Result<std::optional<std::int64_t>> Database::queryInt(std::string_view sql) {
  auto stmt = prepare(sql);
  if (!stmt) return std::unexpected(stmt.error());
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  if (!*row || stmt->isNull(0)) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{stmt->columnInt(0)};
}

core::Result<std::optional<std::string>> Database::queryText(std::string_view sql) {
  auto stmt = prepare(sql);
  if (!stmt) return std::unexpected(stmt.error());
  auto row = stmt->step();
  if (!row) return std::unexpected(row.error());
  if (!*row || stmt->isNull(0)) return std::optional<std::string>{};
  return std::optional<std::string>{stmt->columnText(0)};
}

bool Database::tableExists(std::string_view name) {
  auto stmt = prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  if (!stmt) return false;
  stmt->bind(1, name);
  auto row = stmt->step();
  return row && *row;
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), db_(other.db_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    if (stmt_) sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    db_ = other.db_;
  }
  return *this;
}

Statement::~Statement() {
  if (stmt_) sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}
Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}
Statement& Statement::bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind(int index, const std::vector<std::uint8_t>& blob) {
  sqlite3_bind_blob(stmt_, index, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}
Statement& Statement::bind(int index, const std::optional<double>& value) {
  return value ? bind(index, *value) : bindNull(index);
}

core::Result<bool> Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return core::fail(db_->error("SQL step failed"));
}

core::Result<void> Statement::run() {
  for (;;) {
    auto row = step();
    if (!row) {
      reset();
      return std::unexpected(row.error());
    }
    if (!*row) break;
  }
  reset();
  return {};
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int Statement::columnCount() const {
  return sqlite3_column_count(stmt_);
}
bool Statement::isNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}
bool Statement::isInteger(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_INTEGER;
}
bool Statement::isReal(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_FLOAT;
}
std::int64_t Statement::columnInt(int column) const {
  return sqlite3_column_int64(stmt_, column);
}
double Statement::columnDouble(int column) const {
  return sqlite3_column_double(stmt_, column);
}

std::string Statement::columnText(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (!text) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::vector<std::uint8_t> Statement::columnBlob(int column) const {
  const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt_, column));
  const int size = sqlite3_column_bytes(stmt_, column);
  if (!data || size <= 0) return {};
  return std::vector<std::uint8_t>(data, data + size);
}

std::optional<double> Statement::columnOptionalDouble(int column) const {
  if (isNull(column)) return std::nullopt;
  return columnDouble(column);
}

std::string Statement::columnName(int column) const {
  const char* name = sqlite3_column_name(stmt_, column);
  return name ? name : "";
}

std::string quoteIdentifier(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    out += c;
    if (c == '"') out += '"';
  }
  out += '"';
  return out;
}

}  // namespace geo::store
