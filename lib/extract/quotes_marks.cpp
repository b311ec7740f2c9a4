// Quote-mark scanning: one pass over the text with a small state machine per paragraph.
#include "extract/quotes_marks.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

namespace newsmine::quotes {

namespace {

enum class CharClass : std::uint8_t { Space, Letter, Punct };

// Code point starting at `pos` (invalid bytes decode as themselves) and its length.
char32_t code_point_at(std::string_view text, std::size_t pos, std::size_t& length) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t count = 1;
  char32_t value = lead;
  if (lead >= 0xF0) {
    count = 4;
    value = lead & 0x07u;
  } else if (lead >= 0xE0) {
    count = 3;
    value = lead & 0x0Fu;
  } else if (lead >= 0xC0) {
    count = 2;
    value = lead & 0x1Fu;
  }
  if (count == 1 || pos + count > text.size()) {
    length = 1;
    return lead;
  }
  for (std::size_t k = 1; k < count; ++k) {
    const auto next = static_cast<unsigned char>(text[pos + k]);
    if ((next & 0xC0u) != 0x80u) {
      length = 1;
      return lead;
    }
    value = (value << 6) | (next & 0x3Fu);
  }
  length = count;
  return value;
}

CharClass classify(char32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
      (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000) {
    return CharClass::Space;
  }
  if (cp < 0x80) {
    const bool alnum =
        (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    return alnum ? CharClass::Letter : CharClass::Punct;
  }
  if (cp <= 0xBF || (cp >= 0x2010 && cp <= 0x206F)) return CharClass::Punct;
  return CharClass::Letter;
}

// Class of the character ending just before `pos` (Space at the start of the text).
CharClass class_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return CharClass::Space;
  std::size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u)
    --start;
  std::size_t length = 0;
  return classify(code_point_at(text, start, length));
}

// Class of the character starting at `pos` (Space at the end of the text).
CharClass class_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return CharClass::Space;
  std::size_t length = 0;
  return classify(code_point_at(text, pos, length));
}

bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

// An opening-looking single mark that is an apostrophe: ’90s, 'em, 'n', 'til, 'cause.
bool apostrophe_follows(std::string_view text, std::size_t pos) {
  std::string_view rest = text.substr(pos, 6);
  if (rest.size() >= 2 && is_ascii_digit(rest[0]) && is_ascii_digit(rest[1]) &&
      (rest.size() == 2 || !is_ascii_digit(rest[2]))) {
    return true;
  }
  for (std::string_view clipped : {"em ", "n ", "til ", "cause ", "tis "}) {
    if (rest.substr(0, clipped.size()) == clipped) return true;
  }
  return false;
}

// True when the line break at `pos` ends a paragraph.
bool paragraph_break_at(std::string_view text, std::size_t pos, bool wrapped) {
  if (!wrapped) return true;
  std::size_t next = pos + 1;
  if (next < text.size() && text[next] == '\r') ++next;
  return next >= text.size() || text[next] == '\n' || text[next] == ' ' || text[next] == '\t';
}

enum class Family : std::uint8_t { None, Double, Single };

}  // namespace

bool is_hard_wrapped(std::string_view text) {
  std::size_t lines = 0;
  std::size_t long_enough = 0;
  for (std::size_t line_start = 0; line_start <= text.size();) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::size_t length = line_end - line_start;
    if (length > 100) return false;
    if (length > 0) {
      ++lines;
      if (length >= 30) ++long_enough;
    }
    line_start = line_end + 1;
  }
  return lines >= 4 && long_enough * 2 >= lines;
}

void find_quotations(std::string_view text, bool wrapped, std::vector<MarkedSpan>& out) {
  // Bytes that can start a quote mark or a line break; everything else is skipped in bulk.
  static constexpr auto kInteresting = [] {
    std::array<bool, 256> table{};
    table['\n'] = table['"'] = table['\''] = true;
    table[0xE2] = table[0xC2] = true;
    return table;
  }();
  Family open = Family::None;
  MarkedSpan current;
  std::uint32_t paragraph = 0;
  Family left_open = Family::None;  // family of a quotation the previous paragraph left open
  bool at_paragraph_start = true;

  auto trimmed_end = [&](std::size_t end) {
    std::size_t start = current.content_start;
    while (end > start && (class_before(text, end) == CharClass::Space || text[end - 1] == ',')) {
      std::size_t back = end - 1;
      while (back > start && (static_cast<unsigned char>(text[back]) & 0xC0u) == 0x80u) --back;
      end = back;
    }
    return static_cast<std::uint32_t>(end);
  };
  auto finish = [&](std::size_t content_end, std::size_t close_end, bool closed) {
    current.content_end = trimmed_end(content_end);
    current.close_end = closed ? static_cast<std::uint32_t>(close_end) : current.content_end;
    current.closed = closed;
    if (current.content_end > current.content_start) out.push_back(current);
    open = Family::None;
  };
  auto start = [&](Family family, std::size_t mark, std::size_t after) {
    std::size_t content = after;
    while (content < text.size() && text[content] != '\n' &&
           class_at(text, content) == CharClass::Space) {
      std::size_t length = 0;
      code_point_at(text, content, length);
      content += length;
    }
    current = MarkedSpan{};
    current.open = static_cast<std::uint32_t>(mark);
    current.content_start = static_cast<std::uint32_t>(content);
    current.paragraph = paragraph;
    current.continues_previous = at_paragraph_start && left_open == family;
    open = family;
  };
  // A closing single mark followed by a space may still be a plural possessive ("the
  // workers’ union"); it closes only when no later closing candidate is in the paragraph.
  auto later_single_close = [&](std::size_t from) {
    for (std::size_t pos = from; pos < text.size() && text[pos] != '\n'; ++pos) {
      const bool curly = text.compare(pos, 3, "\xE2\x80\x99") == 0;
      if (!curly && text[pos] != '\'') continue;
      const std::size_t after = pos + (curly ? 3 : 1);
      if (class_before(text, pos) != CharClass::Space && class_at(text, after) != CharClass::Letter)
        return true;
    }
    return false;
  };

  for (std::size_t pos = 0; pos < text.size();) {
    if (!at_paragraph_start) {
      while (pos < text.size() && !kInteresting[static_cast<unsigned char>(text[pos])]) ++pos;
      if (pos >= text.size()) break;
    }
    const char byte = text[pos];
    if (byte == '\n') {
      // A run of blank lines is one paragraph break.
      if (paragraph_break_at(text, pos, wrapped) && !at_paragraph_start) {
        left_open = open;
        if (open != Family::None) finish(pos, pos, false);
        ++paragraph;
        at_paragraph_start = true;
      }
      ++pos;
      continue;
    }
    const auto lead = static_cast<unsigned char>(byte);
    if (byte != '"' && byte != '\'' && lead != 0xE2 && lead != 0xC2) {
      if (at_paragraph_start && byte != ' ' && byte != '\t' && byte != '\r') {
        at_paragraph_start = false;
        left_open = Family::None;
      }
      ++pos;
      continue;
    }
    std::size_t length = 0;
    char32_t cp = code_point_at(text, pos, length);
    if (cp == U'\'' && pos + 1 < text.size() && text[pos + 1] == '\'') {
      cp = U'"';  // two apostrophes typed for a double quote mark (''That makes me smart'')
      length = 2;
    }
    const std::size_t after = pos + length;
    const CharClass before_class = class_before(text, pos);
    const CharClass after_class = class_at(text, after);
    switch (cp) {
      case U'\u201C':
      case U'\u201E':
      case U'\u00AB':
        if (open == Family::None) {
          start(Family::Double, pos, after);
        } else if (open == Family::Double) {
          if (before_class != CharClass::Space && after_class != CharClass::Letter) {
            finish(pos, after, true);  // a mis-typed closing mark
          } else {
            finish(pos, pos, false);  // the previous quotation was never closed
            start(Family::Double, pos, after);
          }
        }
        break;
      case U'\u201D':
      case U'\u00BB':
        if (open == Family::Double) {
          finish(pos, after, true);
        } else if (open == Family::None && before_class == CharClass::Space &&
                   after_class == CharClass::Letter) {
          start(Family::Double, pos, after);  // a mis-typed opening mark
        }
        break;
      case U'"':
        if (open == Family::Double) {
          finish(pos, after, true);
        } else if (open == Family::None && after_class != CharClass::Space) {
          start(Family::Double, pos, after);
        }
        break;
      case U'\u2018':
      case U'\'':
      case U'\u2019': {
        const bool can_open = cp != U'\u2019' && before_class != CharClass::Letter &&
                              after_class == CharClass::Letter && !apostrophe_follows(text, after);
        const bool can_close =
            cp != U'\u2018' && before_class != CharClass::Space && after_class != CharClass::Letter;
        if (open == Family::None && can_open) {
          start(Family::Single, pos, after);
        } else if (open == Family::Single && can_close) {
          const bool possessive_s = (text[pos - 1] == 's' || text[pos - 1] == 'S') &&
                                    after < text.size() && text[after] == ' ';
          if (!possessive_s || !later_single_close(after)) finish(pos, after, true);
        }
        break;
      }
      default:
        break;
    }
    if (at_paragraph_start && classify(cp) != CharClass::Space) {
      at_paragraph_start = false;
      left_open = Family::None;
    }
    pos = after;
  }
  if (open != Family::None) finish(text.size(), text.size(), false);
}

}  // namespace newsmine::quotes
