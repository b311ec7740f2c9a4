// Document: one article as read from the input, before any analysis.
#pragma once

#include <cstdint>
#include <string>

namespace newsmine {

// One input article. `text` holds the article's bytes exactly as read (for JSON input: the
// unescaped string value); every offset newsmine reports is a byte offset into it. The text may
// contain invalid UTF-8; writers replace such bytes with U+FFFD on output, offsets never move.
struct Document {
  std::string id;    // from the id field, else "file:line" (JSON Lines) or the path (plain text)
  std::string date;  // publication date as "YYYY-MM-DD", or empty when unknown
  std::string text;
  std::string source;      // file the document came from ("-" for stdin)
  std::uint64_t line = 0;  // 1-based line in `source` for JSON Lines, 0 for plain text
  bool is_record = false;  // `text` is a raw newsmine record line (see ReaderOptions)
};

}  // namespace newsmine
