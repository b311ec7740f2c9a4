// ASCII character tests and case folding shared by every stage (internal header).
//
// Bytes at or above 0x80 (UTF-8 lead and continuation bytes) are neither letters, digits nor
// capitals here and fold to themselves: callers that care about other scripts use
// text/chars.hpp. Plain functions (no overloads), so they can be passed to std algorithms.
// Nothing here allocates except lower().
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsmine::text {

constexpr bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
constexpr bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
constexpr bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool is_alpha(char c) {
  return is_upper(c) || is_lower(c);
}
constexpr bool is_alnum(char c) {
  return is_alpha(c) || is_digit(c);
}

// ' ', '\n', '\t' or '\r'.
constexpr bool is_space(char c) {
  constexpr unsigned long long kSpaces =
      (1ULL << ' ') | (1ULL << '\n') | (1ULL << '\t') | (1ULL << '\r');
  const auto byte = static_cast<unsigned char>(c);
  return byte <= ' ' && ((kSpaces >> byte) & 1) != 0;
}

// 'A'-'Z' to 'a'-'z'; every other byte as it is.
constexpr char to_lower(char c) {
  return is_upper(c) ? static_cast<char>(c + ('a' - 'A')) : c;
}

// `text` with its ASCII capitals lowered.
inline std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = to_lower(c);
  return out;
}

// True when `text` equals `lower_word` (written in lowercase) but for the case of its ASCII
// letters: equals_lower("May", "may").
constexpr bool equals_lower(std::string_view text, std::string_view lower_word) {
  if (text.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (to_lower(text[i]) != lower_word[i]) return false;
  }
  return true;
}

}  // namespace newsmine::text
