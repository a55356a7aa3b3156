#include "app/cli/analyze_command.h"

#include <CLI/CLI.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "geo/analysis/analysis_report.h"
#include "geo/analysis/analysis_run.h"
#include "geo/i18n/catalog.h"
#include "geo/io/vector_writer.h"

namespace app::cli {
namespace {

namespace fs = std::filesystem;
using geo::core::Error;
using geo::core::Result;

struct AnalyzeOptions {
  std::string definition;
  std::string out_dir = "analysis_out";
  std::string language = "en";  // of report.txt and the sentences in groups.json
};

Result<void> writeText(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out)
    return std::unexpected(Error{.code = geo::core::ErrorCode::kIo,
                                 .message = "cannot write file",
                                 .file = path.string(),
                                 .hint = "check that the output folder is writable"});
  return {};
}

Result<void> writeOutputs(const geo::analysis::AnalysisResult& r,
                          const fs::path& dir,
                          geo::i18n::Language language) {
  namespace ga = geo::analysis;
  std::vector<geo::core::Layer> layers;
  for (std::size_t line = 0; line < r.lines.size(); ++line) {
    layers.push_back(ga::unitLayer(r, line));
    const std::string& id = r.lines[line].id;
    if (auto ok = writeText(dir / (id + "_units.csv"), ga::toCsv(layers.back().table)); !ok)
      return ok;
    if (auto ok = writeText(dir / (id + "_audit.csv"), ga::toCsv(ga::auditTable(r, line))); !ok)
      return ok;
  }
  if (auto ok = geo::io::writeLayers(layers, (dir / "units.gpkg").string()); !ok) return ok;
  if (auto ok = writeText(dir / "groups.csv", ga::toCsv(ga::groupTable(r))); !ok) return ok;
  if (auto ok = writeText(dir / "groups.json", ga::summaryJson(r, language)); !ok) return ok;
  return writeText(dir / "report.txt", ga::textReport(r, language));
}

int runAnalyze(const AnalyzeOptions& options) {
  auto fail = [](const Error& error) {
    std::fprintf(stderr, "equimap analyze: %s\n", error.toString().c_str());
    return 1;
  };
  auto definition = geo::analysis::readAnalysisDefinition(options.definition);
  if (!definition) return fail(definition.error());
  std::error_code ec;
  fs::create_directories(options.out_dir, ec);
  if (ec)
    return fail(
        Error{.code = geo::core::ErrorCode::kIo, .message = ec.message(), .file = options.out_dir});
  auto result = runWithProgress(*definition);
  if (!result) return fail(result.error());
  const auto language =
      options.language == "es" ? geo::i18n::Language::kSpanish : geo::i18n::Language::kEnglish;
  if (auto ok = writeOutputs(*result, options.out_dir, language); !ok) return fail(ok.error());
  std::printf(
      "Wrote %s (units.gpkg, *_units.csv, *_audit.csv, groups.csv, groups.json, "
      "report.txt)\n",
      fs::absolute(options.out_dir).c_str());
  return 0;
}

}  // namespace

Result<geo::analysis::AnalysisResult> runWithProgress(
    const geo::analysis::AnalysisDefinition& definition) {
  geo::core::Progress progress;
  std::atomic<bool> done{false};
  Result<geo::analysis::AnalysisResult> result = std::unexpected(Error{});
  std::thread worker([&] {
    result = geo::analysis::runAnalysis(definition, &progress);
    done = true;
  });
  int last = -1;
  while (!done) {
    const int percent = static_cast<int>(progress.fraction() * 100.0);
    if (percent != last) std::fprintf(stderr, "\ranalyze: %3d %%", percent);
    last = percent;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  worker.join();
  std::fprintf(stderr, "\ranalyze: 100 %%\n");
  return result;
}

void addAnalyzeCommand(CLI::App& cli) {
  auto options = std::make_shared<AnalyzeOptions>();
  auto* command = cli.add_subcommand("analyze", "Run an equity analysis definition (JSON)");
  command->add_option("definition", options->definition, "Analysis definition (JSON)")->required();
  command->add_option("--out", options->out_dir, "Output folder")->capture_default_str();
  command
      ->add_option("--lang",
                   options->language,
                   "Language of report.txt and of the flags and "
                   "findings in groups.json: en or es")
      ->check(CLI::IsMember({"en", "es"}))
      ->capture_default_str();
  command->callback([options] {
    const int code = runAnalyze(*options);
    std::fflush(stdout);
    std::fflush(stderr);
    std::exit(code);
  });
}

}  // namespace app::cli
