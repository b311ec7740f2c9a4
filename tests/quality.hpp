// Quality checks against the shared gold sets: run a newsmine command line on an input file,
// pipe its records into ../shared/eval/score.py --json and read back the numbers.
//
//   if (!shared_available()) GTEST_SKIP() << kSharedMissing;
//   Scores s = score_command("extract --kinds date,percent", shared_path("eval/seeds.jsonl"),
//                            shared_path("gold/seeds"), "date,percent");
//   EXPECT_GE(s.get("percent", "f1"), 0.98) << s.report;
#pragma once

#include <simdjson.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "process.hpp"

namespace newsmine::testing {

inline const char* const kSharedMissing =
    "../shared (gold sets and score.py) is not present: quality check skipped";

inline std::string shared_path(const std::string& relative) {
  return std::string(NEWSMINE_SHARED_DIR) + "/" + relative;
}

inline bool shared_available() {
  return std::filesystem::exists(shared_path("eval/score.py")) &&
         std::filesystem::exists(shared_path("gold"));
}

// The numbers score.py printed, by kind and field ("date", "value_acc"). Fields that are null
// (nothing to score) are absent; a nested summary's fields are "specific.f1" and so on.
struct Scores {
  int status = -1;     // exit status of the pipeline
  std::string report;  // stderr and the raw JSON, for failure messages
  std::map<std::string, std::map<std::string, double>> values;

  bool has(const std::string& kind, const std::string& field) const {
    auto it = values.find(kind);
    return it != values.end() && it->second.count(field) != 0;
  }
  // The value, or -1 when it is absent (so a ">= bar" check fails).
  double get(const std::string& kind, const std::string& field) const {
    return has(kind, field) ? values.at(kind).at(field) : -1.0;
  }
};

// Runs `newsmine <arguments> <input>`, scores its records against `gold_dir` on `kinds`
// (comma-separated) and parses the JSON summary with simdjson. Paths must not contain quotes.
inline Scores score_command(const std::string& arguments, const std::string& input,
                            const std::string& gold_dir, const std::string& kinds) {
  const std::string command = "set -o pipefail; " + newsmine() + " " + arguments + " \"" + input +
                              "\" | python3 \"" + shared_path("eval/score.py") + "\" --gold \"" +
                              gold_dir + "\" --pred - --kinds " + kinds + " --json";
  CommandResult result = run_command(command);
  Scores scores;
  scores.status = result.status;
  scores.report = result.err + "\n" + result.out;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(result.out).get(root) != simdjson::SUCCESS) {
    scores.status = scores.status == 0 ? -1 : scores.status;
    return scores;
  }
  simdjson::dom::object kinds_object;
  if (root.get(kinds_object) != simdjson::SUCCESS) return scores;
  for (auto [kind, summary] : kinds_object) {
    simdjson::dom::object fields;
    if (summary.get(fields) != simdjson::SUCCESS) continue;
    for (auto [name, value] : fields) {
      double number = 0;
      simdjson::dom::object nested;
      if (value.get(number) == simdjson::SUCCESS) {
        scores.values[std::string(kind)][std::string(name)] = number;
      } else if (std::int64_t integer = 0; value.get(integer) == simdjson::SUCCESS) {
        scores.values[std::string(kind)][std::string(name)] = static_cast<double>(integer);
      } else if (value.get(nested) == simdjson::SUCCESS) {
        // A nested summary ("specific": {"f1": ...}) is read as "specific.f1".
        for (auto [inner, inner_value] : nested) {
          if (inner_value.get(number) == simdjson::SUCCESS) {
            scores.values[std::string(kind)][std::string(name) + "." + std::string(inner)] = number;
          }
        }
      }
    }
  }
  return scores;
}

}  // namespace newsmine::testing
