// Character classes for the tokenizer and the sentence splitter (internal header).
//
// ASCII is classified by a 128-entry table; other code points by a few range tests. Nothing
// here allocates or holds mutable state.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "text/utf8.hpp"

namespace newsmine::text {

enum class CharKind : std::uint8_t {
  End,          // past the end of the text
  Junk,         // an invalid UTF-8 byte: skipped as a gap
  Space,        // white space, controls, zero-width and bidi marks: a gap
  Letter,       // letters of any script, and digits of scripts other than ASCII
  Digit,        // ASCII 0-9
  Mark,         // combining marks, joiners, variation selectors: continue the token before
  Punct,        // ASCII punctuation and Unicode symbols
  Dash,         // — – ― ‒
  Hyphen,       // ‐ ‑ (Unicode hyphens: join words like '-')
  OpenQuote,    // “ „ « ‹ ‚ ‛ 「 『
  CloseQuote,   // ” » › 」 』
  LeftSingle,   // ‘ (opens a quote, or a misused apostrophe as in ‘90s)
  RightSingle,  // ’ (closes a quote, or an apostrophe)
  Ellipsis,     // …
};

inline constexpr std::array<CharKind, 128> kAsciiKinds = [] {
  std::array<CharKind, 128> kinds{};
  for (std::size_t c = 0; c < 128; ++c) {
    if (c <= 0x20 || c == 0x7F) {
      kinds[c] = CharKind::Space;
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      kinds[c] = CharKind::Letter;
    } else if (c >= '0' && c <= '9') {
      kinds[c] = CharKind::Digit;
    } else {
      kinds[c] = CharKind::Punct;
    }
  }
  return kinds;
}();

// True for ASCII letters and digits: the tokenizer's tight inner loop.
inline constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> alnum{};
  for (std::size_t c = 0; c < 128; ++c) {
    alnum[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
  return alnum;
}();

// End of the run of ASCII letters and digits that starts at text[pos]. Eight bytes at a time
// (SWAR on little-endian machines): no branch per byte, so no mispredicted one at the end.
inline std::size_t ascii_alnum_run_end(std::string_view text, std::size_t pos) {
  constexpr std::uint64_t kOnes = 0x0101010101010101;
  constexpr std::uint64_t kHighBits = 0x8080808080808080;
  // High bit of each byte of `low7` (bytes below 0x80) that lies in [lo, hi]; no carries.
  const auto in_range = [](std::uint64_t low7, unsigned char lo, unsigned char hi) {
    return (low7 + kOnes * (0x80U - lo)) & ~(low7 + kOnes * (0x7FU - hi)) & kHighBits;
  };
  if constexpr (std::endian::native == std::endian::little) {
    while (text.size() - pos >= 8) {
      std::uint64_t block;
      std::memcpy(&block, text.data() + pos, 8);
      const std::uint64_t low7 = block & ~kHighBits;
      const std::uint64_t alnum =
          (in_range(low7, '0', '9') | in_range(low7 | kOnes * 0x20, 'a', 'z')) & ~block;
      const std::uint64_t stops = ~alnum & kHighBits;
      if (stops != 0) return pos + static_cast<std::size_t>(std::countr_zero(stops) / 8);
      pos += 8;
    }
  }
  while (pos < text.size() && kAsciiAlnum[static_cast<unsigned char>(text[pos])]) ++pos;
  return pos;
}

// Class of a code point at or above U+0080.
constexpr CharKind classify_non_ascii(char32_t cp) {
  if (cp < 0xA0) return CharKind::Space;  // C1 controls, NEL
  if (cp < 0x100) {
    switch (cp) {
      case 0xA0:
        return CharKind::Space;
      case 0xAB:
        return CharKind::OpenQuote;
      case 0xBB:
        return CharKind::CloseQuote;
      case 0xAD:
        return CharKind::Mark;  // soft hyphen
      case 0xAA:
      case 0xB5:
      case 0xBA:
        return CharKind::Letter;
      case 0xD7:
      case 0xF7:
        return CharKind::Punct;
      default:
        return cp < 0xC0 ? CharKind::Punct : CharKind::Letter;
    }
  }
  if (cp < 0x2000) {
    if (cp >= 0x300 && cp < 0x370) return CharKind::Mark;
    if (cp >= 0x1AB0 && cp < 0x1B00) return CharKind::Mark;
    if (cp >= 0x1DC0) return CharKind::Mark;
    if (cp == 0x1680 || cp == 0x180E) return CharKind::Space;
    return CharKind::Letter;
  }
  if (cp < 0x2070) {
    if (cp <= 0x200B) return CharKind::Space;
    if (cp <= 0x200D) return CharKind::Mark;   // ZWNJ, ZWJ
    if (cp <= 0x200F) return CharKind::Space;  // LRM, RLM
    if (cp <= 0x2011) return CharKind::Hyphen;
    if (cp <= 0x2015) return CharKind::Dash;
    switch (cp) {
      case 0x2018:
        return CharKind::LeftSingle;
      case 0x2019:
        return CharKind::RightSingle;
      case 0x201A:
      case 0x201B:
      case 0x201C:
      case 0x201E:
      case 0x201F:
      case 0x2039:
        return CharKind::OpenQuote;
      case 0x201D:
      case 0x203A:
        return CharKind::CloseQuote;
      case 0x2026:
        return CharKind::Ellipsis;
      default:
        break;
    }
    if (cp >= 0x2028 && cp <= 0x202F) return CharKind::Space;  // line/para separators, bidi
    if (cp >= 0x205F) return CharKind::Space;  // math space, word joiner, invisible operators
    return CharKind::Punct;
  }
  if (cp < 0x2E80) {
    if (cp >= 0x20D0 && cp < 0x2100) return CharKind::Mark;
    if (cp >= 0x2C00 && cp < 0x2E00) return CharKind::Letter;  // Glagolitic, Coptic, ...
    return CharKind::Punct;  // super/subscripts, currency, letterlike, arrows, math, shapes
  }
  if (cp < 0x3040) {
    if (cp < 0x3000) return CharKind::Letter;  // CJK radicals
    switch (cp) {
      case 0x3000:
        return CharKind::Space;
      case 0x300C:
      case 0x300E:
        return CharKind::OpenQuote;
      case 0x300D:
      case 0x300F:
        return CharKind::CloseQuote;
      default:
        return cp >= 0x3005 && cp <= 0x3007 ? CharKind::Letter : CharKind::Punct;
    }
  }
  if (cp >= 0xFE00 && cp < 0xFE10) return CharKind::Mark;  // variation selectors
  if (cp >= 0xFE20 && cp < 0xFE30) return CharKind::Mark;
  if (cp == 0xFEFF) return CharKind::Space;
  if (cp >= 0xFF01 && cp < 0xFF66) {
    const bool alnum = (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
                       (cp >= 0xFF41 && cp <= 0xFF5A);
    return alnum ? CharKind::Letter : CharKind::Punct;
  }
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return CharKind::Punct;   // specials, U+FFFD
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) return CharKind::Mark;  // skin tones
  if (cp >= 0x1F000 && cp < 0x1FB00) return CharKind::Punct;  // emoji and pictographs
  if (cp >= 0xE0000 && cp < 0xE0080) return CharKind::Mark;   // tags
  if (cp >= 0xE0100 && cp < 0xE01F0) return CharKind::Mark;   // variation selectors
  return CharKind::Letter;
}

struct Char {
  char32_t value = 0;
  std::uint8_t length = 0;  // bytes; 1 for junk, 0 at the end
  CharKind kind = CharKind::End;
};

// The character at text[pos]; an invalid byte is a one-byte Junk character.
inline Char char_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return {};
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return {lead, 1, kAsciiKinds[lead]};
  const std::size_t length = utf8_sequence_length(text, pos);
  if (length == 0) return {lead, 1, CharKind::Junk};
  const char32_t cp = utf8_decode(text, pos, length);
  return {cp, static_cast<std::uint8_t>(length), classify_non_ascii(cp)};
}

// The character that ends just before text[pos] (a junk byte when the bytes there are not a
// well-formed sequence); End at the start of the text.
inline Char char_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return {};
  const auto last = static_cast<unsigned char>(text[pos - 1]);
  if (last < 0x80) return {last, 1, kAsciiKinds[last]};
  std::size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
    --start;
  const std::size_t length = utf8_sequence_length(text, start);
  if (length != pos - start) return {last, 1, CharKind::Junk};
  const char32_t cp = utf8_decode(text, start, length);
  return {cp, static_cast<std::uint8_t>(length), classify_non_ascii(cp)};
}

// True for word characters: letters, digits and marks.
constexpr bool is_word_kind(CharKind kind) {
  return kind == CharKind::Letter || kind == CharKind::Digit || kind == CharKind::Mark;
}

// True for characters that lie in the gaps between tokens.
constexpr bool is_gap_kind(CharKind kind) {
  return kind == CharKind::Space || kind == CharKind::Junk;
}

// True when the word starting at text[pos] starts with a lowercase letter (ASCII, Latin-1,
// Latin Extended-A, Greek and Cyrillic; letters of other scripts count as not lowercase).
inline bool starts_lowercase(std::string_view text, std::size_t pos) {
  const Char c = char_at(text, pos);
  if (c.length == 1) return c.value >= 'a' && c.value <= 'z';
  const char32_t cp = c.value;
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp < 0x180) return (cp & 1) == 1;
  if (cp >= 0x3B1 && cp <= 0x3C9) return true;
  if (cp >= 0x430 && cp <= 0x45F) return true;
  return false;
}

}  // namespace newsmine::text
