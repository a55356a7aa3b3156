#pragma once

// JsonReader: reads typed fields out of a JSON document (recipes, analysis
// definitions) with errors that name the file and the JSON pointer of the field
// that is wrong, and resolves paths relative to the document's folder.
// Never throws.

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "geo/core/error.h"

namespace geo::core {

class JsonReader {
 public:
  // `path` names the document in messages; `hint` tells the user what to do.
  JsonReader(std::string path, std::string hint);

  std::unexpected<Error> bad(const std::string& where, const std::string& what) const;

  // A string field; `fallback` when absent (nullopt makes it required).
  Result<std::string> text(const nlohmann::json& j,
                           const std::string& key,
                           const std::string& where,
                           std::optional<std::string> fallback = std::string()) const;
  Result<double> number(const nlohmann::json& j,
                        const std::string& key,
                        const std::string& where,
                        double fallback) const;
  // An array of strings; empty when absent.
  Result<std::vector<std::string>> texts(const nlohmann::json& j,
                                         const std::string& key,
                                         const std::string& where) const;
  // `relative` as an absolute path, relative to the document's folder.
  std::string resolve(const std::string& relative) const;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string hint_;
  std::filesystem::path base_dir_;
};

// Reads a whole text file; kIo error naming the path and `hint` when it cannot.
Result<std::string> readTextFile(const std::string& path, const std::string& hint);
// Parses JSON text; kParse error naming `path` when it is not valid JSON.
Result<nlohmann::json> parseJson(const std::string& text, const JsonReader& reader);

}  // namespace geo::core
