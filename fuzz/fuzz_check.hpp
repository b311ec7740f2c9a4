// Helpers shared by the libFuzzer targets: a checked invariant that aborts (so libFuzzer saves
// the input) and a validator for the JSON Lines the sinks write.
#pragma once

#include <simdjson.h>

#include <cstdint>
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

// Every line of `text` must be a JSON object (the record writers' contract) whose offsets, when
// it has them, lie within the document's `document_size` bytes.
inline void check_json_lines(std::string_view text, std::size_t document_size) {
  static simdjson::dom::parser parser;
  while (!text.empty()) {
    const std::size_t stop = text.find('\n');
    check(stop != std::string_view::npos, "record output does not end with a newline");
    const simdjson::padded_string line(text.substr(0, stop));
    simdjson::dom::object object;
    check(parser.parse(line).get_object().get(object) == simdjson::SUCCESS,
          "record line is not a JSON object");
    std::int64_t start = 0;
    std::int64_t end = 0;
    if (object["start"].get_int64().get(start) == simdjson::SUCCESS &&
        object["end"].get_int64().get(end) == simdjson::SUCCESS) {
      check(0 <= start && start <= end && end <= static_cast<std::int64_t>(document_size),
            "record offsets outside the document");
    }
    text.remove_prefix(stop + 1);
  }
}

}  // namespace newsmine::fuzz
