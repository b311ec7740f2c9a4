// JsonValueReader: cuts a stream of JSON values that are not one per line (pretty-printed
// objects as `jq` writes them, several objects on a line, or one top-level array of objects)
// into single values, without parsing them (internal header).
//
// It follows strings and bracket depth only, byte by byte over the lines of a LineReader, so
// memory stays bounded by the longest value (at most max_value_bytes; a longer one is skipped
// while its depth is still followed) and nesting depth costs nothing: no recursion.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "io/line_reader.hpp"

namespace newsmine {

class JsonValueReader {
 public:
  JsonValueReader(std::size_t max_value_bytes, std::size_t padding);

  // Starts on the lines of a new file; `array`: the file is one JSON array whose elements are
  // the values (its '[' is the first non-blank byte).
  void reset(LineReader& lines, bool array);

  enum class Status {
    value,           // `value` holds one complete object or array (with padding after it)
    scalar,          // `value` holds a top-level string, number or other text: not an object
    too_long,        // a value longer than max_value_bytes, skipped
    line_too_long,   // a line longer than the LineReader's limit: skipped, reading resumes at
                     // the next line that starts with '{'
    unclosed_value,  // the input ended inside a value (dropped)
    unclosed_array,  // the input ended before the array's ']'
    end,
  };
  Status next(std::string_view& value);

  // Line where the value (or problem) last returned starts, 1-based.
  std::uint64_t line_number() const { return value_line_; }
  // Index of the last value in the top-level array (0-based), or -1 outside an array.
  std::int64_t index() const { return array_ ? index_ : -1; }

  // True when the first line `line` of a file starting with '{' does not hold exactly one JSON
  // value: the object goes on over the next lines, or another value follows on the same line.
  static bool starts_value_stream(std::string_view line);
  // True when the first line `line` of a file starting with '[' opens an array of objects: after
  // the '[' comes nothing, '{' or ']'.
  static bool starts_array(std::string_view line);

 private:
  // Strings (with escapes) and bracket depth of JSON text read byte by byte.
  struct Nesting {
    std::size_t depth = 0;
    bool in_string = false;
    bool escape = false;
    // Reads `c`; true when it closes the outermost object or array.
    bool closes(char c) {
      if (in_string) {
        if (escape) {
          escape = false;
        } else if (c == '\\') {
          escape = true;
        } else if (c == '"') {
          in_string = false;
        }
      } else if (c == '"') {
        in_string = true;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if ((c == '}' || c == ']') && depth > 0) {
        return --depth == 0;
      }
      return false;
    }
  };

  bool start_value(Status& status, std::string_view& value);
  bool scan_value();
  Status finish_value(std::string_view& value);
  Status read_line();

  std::size_t max_value_bytes_;
  std::size_t padding_;
  LineReader* lines_ = nullptr;
  std::string_view rest_;  // unread part of the current line (inside the LineReader's buffer)
  std::string buffer_;     // the value being read
  std::uint64_t value_line_ = 0;
  std::int64_t index_ = -1;
  Nesting nesting_;  // of the value being read
  bool started_ = false;
  bool skipping_ = false;  // the value is over max_value_bytes: followed, not kept
  bool resync_ = false;
  bool array_ = false;
  bool array_open_ = false;
  bool array_started_ = false;
};

}  // namespace newsmine
