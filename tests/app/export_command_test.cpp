// `equimap export` end to end: the scenario series runs the analysis the
// bundled recipe names and prints, per group, the same numbers `equimap
// analyze` reports; a project file exports with its saved template and
// analyses, command-line flags overriding the template.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "geo/exhibit/exhibit_template.h"
#include "geo/store/project.h"
#include "geo/store/project_analyses.h"

namespace app {
namespace {

namespace fs = std::filesystem;

const std::string kSource = EQUIMAP_SOURCE_DIR;

fs::path freshDir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("equimap_export_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

int run(const std::string& arguments) {
  const std::string command = std::string(EQUIMAP_BINARY) + " " + arguments + " >/dev/null 2>&1";
  return std::system(command.c_str());
}

std::string readText(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// pdftotext with the page layout kept, so a table row stays on one line.
std::vector<std::string> pdfLines(const fs::path& pdf) {
  const fs::path txt = pdf.string() + ".txt";
  const std::string command =
      "pdftotext -layout -enc UTF-8 '" + pdf.string() + "' '" + txt.string() + "'";
  EXPECT_EQ(std::system(command.c_str()), 0) << "pdftotext (poppler-utils) is needed";
  std::vector<std::string> lines;
  std::istringstream in(readText(txt));
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Whole metres with thousands separators, as a report reader would write them.
std::string metres(double m) {
  const long long v = std::llround(m);
  const std::string digits = std::to_string(v);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// True when one line holds `label`, then `today`, then `proposal`, as separate words.
bool hasRow(const std::vector<std::string>& lines,
            const std::string& label,
            const std::string& today,
            const std::string& proposal) {
  for (const auto& line : lines) {
    const auto at = line.find(label);
    if (at == std::string::npos) continue;
    std::istringstream rest(line.substr(at + label.size()));
    std::string a, b;
    if (rest >> a >> b && a == today && b == proposal) return true;
  }
  return false;
}

std::set<std::string> filesIn(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename());
  return names;
}

TEST(ExportCommand, ScenarioSummaryTablePrintsTheNumbersOfTheAnalysisReport) {
  const fs::path dir = freshDir("report");
  ASSERT_EQ(run("analyze " + kSource + "/data/analyses/libraries.json --out " +
                (dir / "analysis").string()),
            0);
  ASSERT_EQ(run("export " + kSource + "/data/hartford.recipe.json --out " +
                (dir / "exhibits").string() + " --series scenario --landscape"),
            0);
  EXPECT_EQ(filesIn(dir / "exhibits"),
            (std::set<std::string>{"exhibit_libraries_today.pdf",
                                   "exhibit_libraries_proposal.pdf",
                                   "exhibit_libraries_change.pdf",
                                   "exhibit_schools_today.pdf",
                                   "exhibit_schools_proposal.pdf"}));

  const auto report = nlohmann::json::parse(readText(dir / "analysis" / "groups.json"));
  const auto lines = pdfLines(dir / "exhibits" / "exhibit_libraries_proposal.pdf");
  for (const auto& line : report["service_lines"]) {
    if (line["id"] != "libraries") continue;
    EXPECT_TRUE(hasRow(lines,
                       "All residents",
                       metres(line["baseline"]["mean_access_m"]),
                       metres(line["scenario_state"]["mean_access_m"])));
    const auto& rows = line["groups"];  // per group: the baseline row, then the scenario row
    ASSERT_EQ(rows.size(), 12u);
    for (std::size_t g = 0; g < rows.size(); g += 2) {
      const std::string name = rows[g]["name"];
      EXPECT_EQ(rows[g]["state"], "baseline");
      EXPECT_TRUE(hasRow(
          lines, name, metres(rows[g]["mean_access_m"]), metres(rows[g + 1]["mean_access_m"])))
          << name << ": " << metres(rows[g]["mean_access_m"]) << " / "
          << metres(rows[g + 1]["mean_access_m"]);
    }
  }
}

TEST(ExportCommand, AProjectFileExportsWithItsSavedTemplateAndAnalyses) {
  const fs::path dir = freshDir("project");
  const fs::path project = dir / "council.equimap";
  ASSERT_EQ(run("project create " + project.string() + " --recipe " + kSource +
                "/data/hartford.recipe.json"),
            0);
  {  // the exhibit window's "Keep in project": a Spanish template with its own title
    auto p = geo::store::Project::open(project.string());
    ASSERT_TRUE(p) << p.error().toString();
    geo::exhibit::ExhibitTemplate t;
    t.title = "Bibliotecas para el concejo";
    t.language = geo::exhibit::Language::kSpanish;
    t.summary.style = geo::exhibit::SummaryStyle::kBarChart;
    ASSERT_TRUE(p->putDocument({geo::store::DocumentKind::kExhibit,
                                geo::store::kExhibitTemplateId,
                                "Main exhibit",
                                geo::exhibit::toJson(t).dump(),
                                {}}));
    ASSERT_TRUE(p->save());
  }

  const fs::path es = dir / "es";
  ASSERT_EQ(run("export " + project.string() + " --out " + es.string() + " --series scenario"), 0);
  EXPECT_EQ(filesIn(es).size(), 5u);
  std::string text;
  for (const auto& line : pdfLines(es / "exhibit_libraries_proposal.pdf")) text += line + "\n";
  EXPECT_NE(text.find("Bibliotecas para el concejo"), std::string::npos) << text;
  EXPECT_NE(text.find("Propuesta: merge systems"), std::string::npos);
  EXPECT_NE(text.find("Hispanos o latinos"), std::string::npos);

  // --lang overrides the saved template; the title stays the template's.
  const fs::path en = dir / "en";
  ASSERT_EQ(run("export " + project.string() + " --out " + en.string() +
                " --series scenario --lang en --summary none --format pdf,png --dpi 40"),
            0);
  EXPECT_EQ(filesIn(en).size(), 10u);
  text.clear();
  for (const auto& line : pdfLines(en / "exhibit_libraries_proposal.pdf")) text += line + "\n";
  EXPECT_NE(text.find("Bibliotecas para el concejo"), std::string::npos);
  EXPECT_NE(text.find("Proposal: merge systems"), std::string::npos);
  EXPECT_EQ(text.find("Mean distance"), std::string::npos);  // --summary none
}

TEST(ExportCommand, ScenarioSeriesWithoutAnyAnalysisFailsWithAClearMessage) {
  const fs::path dir = freshDir("none");
  const fs::path recipe = dir / "plain.recipe.json";
  std::ofstream(recipe) << R"({"layers": [{"id": "towns", "source": ")" << kSource
                        << R"(/data/boundaries/towns.geojson"}]})";
  const std::string command = std::string(EQUIMAP_BINARY) + " export " + recipe.string() +
                              " --out " + (dir / "out").string() + " --series scenario 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  for (char buffer[512]; fgets(buffer, sizeof buffer, pipe);) output += buffer;
  EXPECT_NE(pclose(pipe), 0);
  EXPECT_NE(output.find("no scenarios"), std::string::npos) << output;
  EXPECT_NE(output.find("--analysis"), std::string::npos) << output;
}

}  // namespace
}  // namespace app
