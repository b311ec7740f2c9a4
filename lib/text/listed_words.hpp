// A set of words read from embedded list files (data/, one word a line; see
// util::for_each_list_line), for the closed word classes that are looked up by exact form.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>

#include "text/word_table.hpp"
#include "util/list_lines.hpp"

namespace newsmine::text {

class ListedWords {
 public:
  // The words of data/<path> for each path; throws util::ListError for a bad or missing list.
  ListedWords(std::initializer_list<std::string_view> paths) {
    for (const std::string_view path : paths) {
      util::for_each_embedded_line(
          path, [&](std::string_view word, std::size_t) { table_.insert(word, true); });
    }
  }
  bool contains(std::string_view word) const { return table_.find(word) != nullptr; }

 private:
  WordTable<bool> table_;
};

}  // namespace newsmine::text
