// The entries of a compiled-in list file (data/): one a line, '#' starts a comment line.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsmine::util {

// Calls fn(line, number) for each entry of `text`: its lines without the line end ("\n" or
// "\r\n") and trailing spaces, blank and comment lines skipped; `number` counts lines from 1.
template <typename Fn>
void for_each_list_line(std::string_view text, Fn&& fn) {
  std::size_t number = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    fn(line, number);
  }
}

}  // namespace newsmine::util
