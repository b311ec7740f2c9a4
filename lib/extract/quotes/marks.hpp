// Quotation marks: finds the spans between opening and closing quote marks in raw text.
// Internal to the quote annotator. Linear in the text length, no allocation beyond `out`.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsmine::quotes {

struct MarkedSpan {
  std::uint32_t open = 0;           // byte offset of the opening mark
  std::uint32_t content_start = 0;  // first byte after the opening mark (white space trimmed)
  std::uint32_t content_end = 0;    // end of the quoted words (white space trimmed)
  std::uint32_t close_end = 0;      // byte after the closing mark, or content_end when unclosed
  std::uint32_t paragraph = 0;      // index of the paragraph holding the opening mark
  bool closed = false;              // a closing mark ended it (not the end of its paragraph)
  bool continues_previous = false;  // reopens a quotation left open at the previous paragraph end
};

// True when `text` is hard-wrapped at a fixed width (old wire copy): then a single line break
// is not a paragraph break, only a blank line or an indented line is.
bool is_hard_wrapped(std::string_view text);

// Appends the quotations of `text` in order. Double marks (“ ” " « » „) and single marks used
// as quotation marks (‘ ’ ') are recognised; apostrophes (Xi’s, don’t, ’90s, countries’) are
// not taken for marks. Marks of the other family inside a quotation are nested quotes and stay
// inside it. A quotation left open at the end of its paragraph ends there; when the next
// paragraph reopens with a mark of the same family, that quotation has continues_previous set.
// `wrapped`: the text is hard-wrapped (is_hard_wrapped).
void find_quotations(std::string_view text, bool wrapped, std::vector<MarkedSpan>& out);

}  // namespace newsmine::quotes
