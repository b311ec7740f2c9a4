// UTF-8 helpers shared by the tokenizer, the reader and the writers (internal header).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsmine {

// Length in bytes (1-4) of the well-formed UTF-8 sequence starting at text[pos], or 0 when the
// bytes there are not one (stray continuation byte, overlong form, surrogate, truncated).
inline std::size_t utf8_sequence_length(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[pos + k]); };
  const std::size_t left = text.size() - pos;
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  if (lead < 0xC2) return 0;
  if (lead < 0xE0) return left >= 2 && (byte(1) & 0xC0) == 0x80 ? 2 : 0;
  if (lead < 0xF0) {
    if (left < 3 || (byte(1) & 0xC0) != 0x80 || (byte(2) & 0xC0) != 0x80) return 0;
    if (lead == 0xE0 && byte(1) < 0xA0) return 0;   // overlong
    if (lead == 0xED && byte(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (lead < 0xF5) {
    if (left < 4 || (byte(1) & 0xC0) != 0x80 || (byte(2) & 0xC0) != 0x80 ||
        (byte(3) & 0xC0) != 0x80)
      return 0;
    if (lead == 0xF0 && byte(1) < 0x90) return 0;   // overlong
    if (lead == 0xF4 && byte(1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// Decodes the code point of a well-formed sequence of `length` bytes at text[pos].
inline char32_t utf8_decode(std::string_view text, std::size_t pos, std::size_t length) {
  const auto byte = [&](std::size_t k) {
    return static_cast<char32_t>(static_cast<unsigned char>(text[pos + k]));
  };
  switch (length) {
    case 1:
      return byte(0);
    case 2:
      return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3:
      return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    default:
      return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
             (byte(3) & 0x3F);
  }
}

// Offset of the first invalid byte in `text`, or text.size() when it is all valid UTF-8.
inline std::size_t utf8_first_invalid(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) return i;
    i += length;
  }
  return text.size();
}

}  // namespace newsmine
