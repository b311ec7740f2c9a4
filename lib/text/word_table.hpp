// Look-up tables over fixed word lists (the closed word classes of the tokenizer and the
// annotators). Built once, then read-only and safe to share between threads.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "util/hash.hpp"

namespace newsmine::text {

// Open addressing (util::StringHash, linear probing, at most a quarter full). Most words are
// rejected by their first two bytes or by their last byte and length without hashing; the others
// cost one hash and one or two slot compares. Keys are views: the words must outlive the table
// (string literals do).
template <typename Value>
class WordTable {
 public:
  WordTable() = default;

  // Adds `word`; a word already present keeps its first value.
  void insert(std::string_view word, Value value) {
    if (word.empty()) return;
    if ((size_ + 1) * 4 > slots_.size()) grow();
    place(word, value);
    prefixes_[prefix(word)] = true;
    suffixes_[suffix(word)] = true;
  }

  const Value* find(std::string_view word) const {
    if (slots_.empty() || word.empty() || !prefixes_[prefix(word)] || !suffixes_[suffix(word)])
      return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = hash(word) & mask; !slots_[slot].first.empty();
         slot = (slot + 1) & mask) {
      if (slots_[slot].first == word) return &slots_[slot].second;
    }
    return nullptr;
  }

 private:
  static std::size_t letter(char c) {
    return (c >= 'a' && c <= 'z')   ? static_cast<std::size_t>(c - 'a')
           : (c >= 'A' && c <= 'Z') ? static_cast<std::size_t>(c - 'A' + 26)
                                    : 52;
  }
  static std::size_t prefix(std::string_view word) {
    return letter(word[0]) * 53 + (word.size() > 1 ? letter(word[1]) : 52);
  }
  static std::size_t suffix(std::string_view word) {
    return letter(word.back()) * 16 + std::min<std::size_t>(word.size(), 15);
  }
  static std::size_t hash(std::string_view word) { return util::StringHash{}(word); }
  void place(std::string_view word, Value value) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = hash(word) & mask;
    while (!slots_[slot].first.empty()) {
      if (slots_[slot].first == word) return;
      slot = (slot + 1) & mask;
    }
    slots_[slot] = {word, value};
    ++size_;
  }
  void grow() {
    std::vector<std::pair<std::string_view, Value>> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(64, old.size() * 2), {});
    size_ = 0;
    for (const auto& [word, value] : old) {
      if (!word.empty()) place(word, value);
    }
  }

  std::vector<std::pair<std::string_view, Value>> slots_;
  std::size_t size_ = 0;
  std::array<bool, 53 * 53> prefixes_{};
  std::array<bool, 53 * 16> suffixes_{};
};

// A set of words.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (const std::string_view word : words) table_.insert(word, true);
  }
  template <std::size_t N>
  explicit WordSet(const std::array<std::string_view, N>& words) {
    for (const std::string_view word : words) table_.insert(word, true);
  }
  // Adds `word` (a view: it must outlive the set).
  void insert(std::string_view word) { table_.insert(word, true); }
  bool contains(std::string_view word) const { return table_.find(word) != nullptr; }

 private:
  WordTable<bool> table_;
};

}  // namespace newsmine::text
