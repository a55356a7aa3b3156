#include "geo/core/json_reader.h"

#include <fstream>
#include <sstream>

namespace geo::core {

using nlohmann::json;

JsonReader::JsonReader(std::string path, std::string hint)
    : path_(std::move(path)),
      hint_(std::move(hint)),
      base_dir_(std::filesystem::absolute(path_).parent_path()) {}

std::unexpected<Error> JsonReader::bad(const std::string& where, const std::string& what) const {
  return std::unexpected(Error{.code = ErrorCode::kParse,
                               .message = what,
                               .file = path_,
                               .field = where,
                               .hint = hint_});
}

Result<std::string> JsonReader::text(const json& j,
                                     const std::string& key,
                                     const std::string& where,
                                     std::optional<std::string> fallback) const {
  if (!j.contains(key)) {
    if (fallback) return *fallback;
    return bad(where + "/" + key, "required field is missing");
  }
  if (!j[key].is_string()) return bad(where + "/" + key, "must be a string");
  return j[key].get<std::string>();
}

Result<double> JsonReader::number(const json& j,
                                  const std::string& key,
                                  const std::string& where,
                                  double fallback) const {
  if (!j.contains(key)) return fallback;
  if (!j[key].is_number()) return bad(where + "/" + key, "must be a number");
  return j[key].get<double>();
}

Result<std::vector<std::string>> JsonReader::texts(const json& j,
                                                   const std::string& key,
                                                   const std::string& where) const {
  std::vector<std::string> out;
  if (!j.contains(key)) return out;
  if (!j[key].is_array()) return bad(where + "/" + key, "must be an array of strings");
  for (const json& v : j[key]) {
    if (!v.is_string()) return bad(where + "/" + key, "every entry must be a string");
    out.push_back(v.get<std::string>());
  }
  return out;
}

std::string JsonReader::resolve(const std::string& relative) const {
  std::filesystem::path p(relative);
  return p.is_absolute() ? p.string() : (base_dir_ / p).lexically_normal().string();
}

Result<std::string> readTextFile(const std::string& path, const std::string& hint) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return fail(Error{.code = ErrorCode::kIo, .message = "cannot open the file", .file = path, .hint = hint});
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Result<json> parseJson(const std::string& text, const JsonReader& reader) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded())
    return reader.bad("", "is not valid JSON (check for a missing comma, quote or bracket)");
  return j;
}

}  // namespace geo::core
