// The entries of a compiled-in list file (data/): one a line, '#' starts a comment line. An
// entry's key is its text before the first tab (the whole entry in a list of one column); a key
// listed twice is a data error, whether the two lines agree or conflict ("cut<TAB>lower" and
// "cut<TAB>raise"). A word with several roles is one line that names them all.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace newsmine::util {

// A list that cannot be read as its loader expects. The message is "<list>:<line>: <what>".
class ListError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws ListError for line `number` of `list`.
[[noreturn]] void throw_list_error(std::string_view list, std::size_t number,
                                   std::string_view what);

// The keys of a list seen so far; `add` throws ListError when a key comes again. One flat
// open-addressing table sized for the whole list up front (no allocation per key).
class ListKeys {
 public:
  ListKeys(std::string_view list, std::string_view text);
  void add(std::string_view key, std::size_t number);

 private:
  struct Slot {
    std::string_view key;
    std::size_t number = 0;  // 0: empty
  };
  std::string_view list_;
  std::vector<Slot> slots_;
};

// Calls fn(line, number) for each entry of `text`: its lines without the line end ("\n" or
// "\r\n") and trailing spaces, blank and comment lines skipped; `number` counts lines from 1.
// Throws ListError naming `list` when a key repeats (before calling fn for the second line).
template <typename Fn>
void for_each_list_line(std::string_view list, std::string_view text, Fn&& fn) {
  ListKeys keys(list, text);
  std::size_t number = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    keys.add(line.substr(0, line.find('\t')), number);
    fn(line, number);
  }
}

// The same for a list read without its name: errors name it "list". Prefer the named form.
template <typename Fn>
void for_each_list_line(std::string_view text, Fn&& fn) {
  for_each_list_line("list", text, fn);
}

// Calls fn(item) for each item of a comma-separated field ("verb,noun"), empty ones too.
template <typename Fn>
void for_each_item(std::string_view field, Fn&& fn) {
  for (;;) {
    const std::size_t comma = field.find(',');
    fn(field.substr(0, comma));
    if (comma == std::string_view::npos) return;
    field.remove_prefix(comma + 1);
  }
}

// The bytes of the embedded list data/<path>; throws ListError when it was not embedded.
std::string_view embedded_list(std::string_view path);

// for_each_list_line over the embedded list data/<path>.
template <typename Fn>
void for_each_embedded_line(std::string_view path, Fn&& fn) {
  for_each_list_line(path, embedded_list(path), fn);
}

}  // namespace newsmine::util
