// Helpers shared by the libFuzzer targets: a checked invariant that aborts (so libFuzzer saves
// the input) and a validator for the JSON Lines the sinks write.
#pragma once

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace newsmine::fuzz {

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

inline void check(bool ok, const char* what) {
  if (!ok) fail(what);
}

// Every line of `text` must be a JSON object (the record writers' contract).
inline void check_json_lines(std::string_view text) {
  static simdjson::dom::parser parser;
  while (!text.empty()) {
    const std::size_t stop = text.find('\n');
    check(stop != std::string_view::npos, "record output does not end with a newline");
    const simdjson::padded_string line(text.substr(0, stop));
    simdjson::dom::object object;
    check(parser.parse(line).get_object().get(object) == simdjson::SUCCESS,
          "record line is not a JSON object");
    text.remove_prefix(stop + 1);
  }
}

}  // namespace newsmine::fuzz
