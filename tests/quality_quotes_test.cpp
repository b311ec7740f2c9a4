// CI quality bar for quotes on the seed articles (issue 5): quote F1 >= 0.95 and speaker
// accuracy >= 0.92 with ../shared/eval/score.py. Skips when ../shared is absent.
//
// The articles are analysed in-process (the quote analyzer of make_analyzer, records written
// with JsonLinesSink) so the check measures the annotators alone; it switches to the shared
// tests/quality.hpp helper (`newsmine quotes` piped into score.py) once that helper is on main.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "newsmine/extractors.hpp"
#include "newsmine/sink.hpp"

namespace newsmine {
namespace {

const char* const kSharedMissing =
    "../shared (gold sets and score.py) is not present: quote quality check skipped";

std::string shared_path(const std::string& relative) {
  return std::string(NEWSMINE_SHARED_DIR) + "/" + relative;
}

// Writes the quote records of every article in `input` (JSON Lines) to `output`.
void write_quote_records(const std::string& input, const std::string& output) {
  Kinds kinds;
  kinds.quote = true;
  const Analyzer analyzer = make_analyzer(kinds);
  simdjson::ondemand::parser parser;
  std::ifstream in(input);
  std::ofstream out(output);
  std::string line;
  std::string buffer;
  JsonLinesSink sink(buffer);
  Analysis analysis;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    simdjson::padded_string padded(line);
    auto json = parser.iterate(padded);
    Document doc;
    doc.id = std::string(std::string_view(json["id"]));
    doc.date = std::string(std::string_view(json["date"]));
    doc.text = std::string(std::string_view(json["text"]));
    analyzer.analyze(doc, analysis);
    emit_records(doc, analysis, kinds, sink);
    out << buffer;
    buffer.clear();
  }
}

// Runs score.py --json on `records` and returns its "quote" object's `field` (-1 if absent).
double quote_score(const std::string& records, const std::string& gold, const char* field,
                   std::string& report) {
  const std::string command = "python3 \"" + shared_path("eval/score.py") + "\" --gold \"" + gold +
                              "\" --pred \"" + records + "\" --kinds quote --json";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return -1;
  char chunk[4096];
  report.clear();
  while (std::size_t got = std::fread(chunk, 1, sizeof chunk, pipe)) report.append(chunk, got);
  pclose(pipe);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(report).get(root)) return -1;
  double value = -1;
  if (root["quote"][field].get(value)) return -1;
  return value;
}

TEST(QualityQuotes, SeedArticlesMeetTheBars) {
  if (!std::filesystem::exists(shared_path("eval/score.py")) ||
      !std::filesystem::exists(shared_path("gold/seeds"))) {
    GTEST_SKIP() << kSharedMissing;
  }
  const std::string records =
      (std::filesystem::temp_directory_path() / "newsmine_quality_quotes.jsonl").string();
  write_quote_records(shared_path("eval/seeds.jsonl"), records);
  std::string report;
  const double f1 = quote_score(records, shared_path("gold/seeds"), "f1", report);
  EXPECT_GE(f1, 0.95) << report;
  const double speaker = quote_score(records, shared_path("gold/seeds"), "speaker_acc", report);
  EXPECT_GE(speaker, 0.92) << report;
  std::filesystem::remove(records);
}

}  // namespace
}  // namespace newsmine
