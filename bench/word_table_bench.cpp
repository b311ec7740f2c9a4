// Word-list look-ups: newsmine's text::WordTable against absl::flat_hash_set and
// std::unordered_set, both with util::StringHash, over the ASCII words of a text. It is how the
// choice of the word-list table was measured (docs/HACKING.md, "Hash tables").
//
//   word_table_bench TEXT LIST   TEXT: plain text; LIST: one entry a line ('#' comments, the
//                                first tab-separated column), e.g. data/stats/stopwords.txt
#include <absl/container/flat_hash_set.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/ascii.hpp"
#include "text/word_table.hpp"
#include "util/hash.hpp"

namespace {

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Best of seven passes over `words`, in nanoseconds per look-up.
template <typename Contains>
void run(const char* name, const std::vector<std::string_view>& words, const Contains& contains) {
  double best = 1e18;
  std::size_t hits = 0;
  for (int pass = 0; pass < 7; ++pass) {
    const auto start = std::chrono::steady_clock::now();
    hits = 0;
    for (const std::string_view word : words) hits += contains(word) ? 1 : 0;
    const std::chrono::duration<double, std::nano> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count() / static_cast<double>(words.size()));
  }
  std::printf("%-22s %6.2f ns per look-up (best of 7), %zu hits of %zu words\n", name, best, hits,
              words.size());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: word_table_bench TEXT LIST\n");
    return 2;
  }
  const std::string text = read_file(argv[1]);
  const std::string list = read_file(argv[2]);
  std::vector<std::string_view> entries;
  for (std::size_t at = 0; at < list.size();) {
    std::size_t end = std::min(list.find('\n', at), list.size());
    std::string_view line = std::string_view(list).substr(at, end - at);
    line = line.substr(0, line.find('\t'));
    if (!line.empty() && line.front() != '#') entries.push_back(line);
    at = end + 1;
  }
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < text.size();) {
    while (at < text.size() && !newsmine::text::is_alpha(text[at])) ++at;
    std::size_t end = at;
    while (end < text.size() && newsmine::text::is_alpha(text[end])) ++end;
    if (end > at) words.push_back(std::string_view(text).substr(at, end - at));
    at = end;
  }
  newsmine::text::WordTable<bool> table;
  absl::flat_hash_set<std::string_view, newsmine::util::StringHash, std::equal_to<>> flat;
  std::unordered_set<std::string_view, newsmine::util::StringHash, std::equal_to<>> nodes;
  for (const std::string_view entry : entries) {
    table.insert(entry, true);
    flat.insert(entry);
    nodes.insert(entry);
  }
  std::printf("%zu list entries\n", entries.size());
  run("text::WordTable", words, [&](std::string_view w) { return table.find(w) != nullptr; });
  run("absl::flat_hash_set", words, [&](std::string_view w) { return flat.contains(w); });
  run("std::unordered_set", words, [&](std::string_view w) { return nodes.count(w) > 0; });
  return 0;
}
