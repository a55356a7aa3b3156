#pragma once

// The SQLite adapter of equimap: RAII owners for a connection and a prepared
// statement, used only by geo/store .cpp files (sqlite3.h stays out of every
// header). Errors carry SQLite's own message and the database path.
// A Database is used by one thread at a time.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/core/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace geo::store {

class Statement;

class Database {
 public:
  enum class Mode { kReadOnly, kReadWrite, kCreate };

  static core::Result<Database> open(const std::string& path, Mode mode);

  Database() = default;
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  const std::string& path() const { return path_; }
  bool isOpen() const { return db_ != nullptr; }

  // Runs one or more statements without results.
  core::Result<void> exec(std::string_view sql);
  core::Result<Statement> prepare(std::string_view sql);
  // First column of the first row as integer / text; nullopt when no row.
  core::Result<std::optional<std::int64_t>> queryInt(std::string_view sql);
  core::Result<std::optional<std::string>> queryText(std::string_view sql);
  bool tableExists(std::string_view name);

  core::Error error(std::string_view what) const;
  void close();

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

// A prepared statement. bind*() indices start at 1, column*() at 0.
class Statement {
 public:
  Statement() = default;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const std::vector<std::uint8_t>& blob);
  Statement& bindNull(int index);
  Statement& bind(int index, const std::optional<double>& value);

  // Steps once: true when a row is available, false when done.
  core::Result<bool> step();
  // Steps to completion (INSERT/UPDATE/DELETE), then resets for reuse.
  core::Result<void> run();
  void reset();

  int columnCount() const;
  bool isNull(int column) const;
  bool isInteger(int column) const;
  bool isReal(int column) const;
  std::int64_t columnInt(int column) const;
  double columnDouble(int column) const;
  std::string columnText(int column) const;
  std::vector<std::uint8_t> columnBlob(int column) const;
  std::optional<double> columnOptionalDouble(int column) const;
  std::string columnName(int column) const;

 private:
  friend class Database;
  Statement(sqlite3_stmt* stmt, const Database* db) : stmt_(stmt), db_(db) {}
  sqlite3_stmt* stmt_ = nullptr;
  const Database* db_ = nullptr;
};

// Quotes an identifier for SQL: "name" with embedded quotes doubled.
std::string quoteIdentifier(std::string_view name);

}  // namespace geo::store
