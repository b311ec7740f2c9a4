// Quote-mark scanning: one pass over the text with a small state machine per paragraph.
#include "extract/quotes/marks.hpp"

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

namespace {

// The state machine of find_quotations: at most one quotation open at a time, of one family of
// marks; a paragraph break ends it unclosed.
class QuoteScanner {
 public:
  QuoteScanner(std::string_view text, bool wrapped, std::vector<MarkedSpan>& out)
      : text_(text), wrapped_(wrapped), out_(out) {}

  void run() {
    for (std::size_t pos = 0; pos < text_.size();) {
      if (!at_paragraph_start_) {
        pos = next_interesting(pos);
        if (pos >= text_.size()) break;
      }
      pos = step(pos);
    }
    if (open_ != Family::None) finish(text_.size(), text_.size(), false);
  }

 private:
  // The next byte at or after `pos` that can start a quote mark or a line break.
  std::size_t next_interesting(std::size_t pos) const {
    static constexpr auto kInteresting = [] {
      std::array<bool, 256> table{};
      table['\n'] = table['"'] = table['\''] = true;
      table[0xE2] = table[0xC2] = true;
      return table;
    }();
    while (pos < text_.size() && !kInteresting[static_cast<unsigned char>(text_[pos])]) ++pos;
    return pos;
  }

  // Reads the character at `pos`; returns where the next one starts.
  std::size_t step(std::size_t pos) {
    const char byte = text_[pos];
    if (byte == '\n') {
      line_break(pos);
      return pos + 1;
    }
    const auto lead = static_cast<unsigned char>(byte);
    if (byte != '"' && byte != '\'' && lead != 0xE2 && lead != 0xC2) {
      if (at_paragraph_start_ && byte != ' ' && byte != '\t' && byte != '\r') leave_start();
      return pos + 1;
    }
    std::size_t length = 0;
    char32_t cp = code_point_at(text_, pos, length);
    if (cp == U'\'' && pos + 1 < text_.size() && text_[pos + 1] == '\'') {
      cp = U'"';  // two apostrophes typed for a double quote mark (''That makes me smart'')
      length = 2;
    }
    const std::size_t after = pos + length;
    mark(cp, pos, after);
    if (at_paragraph_start_ && classify(cp) != CharClass::Space) leave_start();
    return after;
  }

  // The first character of a paragraph that is no space: a quotation left open before it
  // does not continue here.
  void leave_start() {
    at_paragraph_start_ = false;
    left_open_ = Family::None;
  }

  // A line break at `pos`; a run of blank lines is one paragraph break.
  void line_break(std::size_t pos) {
    if (!paragraph_break_at(text_, pos, wrapped_) || at_paragraph_start_) return;
    left_open_ = open_;
    if (open_ != Family::None) finish(pos, pos, false);
    ++paragraph_;
    at_paragraph_start_ = true;
  }

  // A possible quote mark `cp` over [pos, after).
  void mark(char32_t cp, std::size_t pos, std::size_t after) {
    const CharClass before_class = class_before(text_, pos);
    const CharClass after_class = class_at(text_, after);
    switch (cp) {
      case U'\u201C':
      case U'\u201E':
      case U'\u00AB':
        double_open(pos, after, before_class, after_class);
        break;
      case U'\u201D':
      case U'\u00BB':
        if (open_ == Family::Double) {
          finish(pos, after, true);
        } else if (open_ == Family::None && before_class == CharClass::Space &&
                   after_class == CharClass::Letter) {
          start(Family::Double, pos, after);  // a mis-typed opening mark
        }
        break;
      case U'"':
        if (open_ == Family::Double) {
          finish(pos, after, true);
        } else if (open_ == Family::None && after_class != CharClass::Space) {
          start(Family::Double, pos, after);
        }
        break;
      case U'\u2018':
      case U'\'':
      case U'\u2019':
        single(cp, pos, after, before_class, after_class);
        break;
      default:
        break;
    }
  }

  // An opening double mark: opens, closes when mis-typed, or ends an unclosed quotation.
  void double_open(std::size_t pos, std::size_t after, CharClass before_class,
                   CharClass after_class) {
    if (open_ == Family::None) {
      start(Family::Double, pos, after);
    } else if (open_ == Family::Double) {
      if (before_class != CharClass::Space && after_class != CharClass::Letter) {
        finish(pos, after, true);  // a mis-typed closing mark
      } else {
        finish(pos, pos, false);  // the previous quotation was never closed
        start(Family::Double, pos, after);
      }
    }
  }

  // A single mark or apostrophe: opens or closes a single-quoted quotation by the characters
  // around it.
  void single(char32_t cp, std::size_t pos, std::size_t after, CharClass before_class,
              CharClass after_class) {
    const bool can_open = cp != U'\u2019' && before_class != CharClass::Letter &&
                          after_class == CharClass::Letter && !apostrophe_follows(text_, after);
    const bool can_close =
        cp != U'\u2018' && before_class != CharClass::Space && after_class != CharClass::Letter;
    if (open_ == Family::None && can_open) {
      start(Family::Single, pos, after);
    } else if (open_ == Family::Single && can_close) {
      const bool possessive_s = (text_[pos - 1] == 's' || text_[pos - 1] == 'S') &&
                                after < text_.size() && text_[after] == ' ';
      if (!possessive_s || !later_single_close(after)) finish(pos, after, true);
    }
  }

  // A closing single mark followed by a space may still be a plural possessive ("the
  // workers’ union"); it closes only when no later closing candidate is in the paragraph.
  bool later_single_close(std::size_t from) const {
    for (std::size_t pos = from; pos < text_.size() && text_[pos] != '\n'; ++pos) {
      const bool curly = text_.compare(pos, 3, "\xE2\x80\x99") == 0;
      if (!curly && text_[pos] != '\'') continue;
      const std::size_t after = pos + (curly ? 3 : 1);
      if (class_before(text_, pos) != CharClass::Space &&
          class_at(text_, after) != CharClass::Letter)
        return true;
    }
    return false;
  }

  // Opens a quotation of `family` at the mark [at, after).
  void start(Family family, std::size_t at, std::size_t after) {
    std::size_t content = after;
    while (content < text_.size() && text_[content] != '\n' &&
           class_at(text_, content) == CharClass::Space) {
      std::size_t length = 0;
      code_point_at(text_, content, length);
      content += length;
    }
    current_ = MarkedSpan{};
    current_.open = static_cast<std::uint32_t>(at);
    current_.content_start = static_cast<std::uint32_t>(content);
    current_.paragraph = paragraph_;
    current_.continues_previous = at_paragraph_start_ && left_open_ == family;
    open_ = family;
  }

  // Ends the open quotation; keeps it when it holds any words.
  void finish(std::size_t content_end, std::size_t close_end, bool closed) {
    current_.content_end = trimmed_end(content_end);
    current_.close_end = closed ? static_cast<std::uint32_t>(close_end) : current_.content_end;
    current_.closed = closed;
    if (current_.content_end > current_.content_start) out_.push_back(current_);
    open_ = Family::None;
  }

  // `end` moved back over white space and commas, not before the content start.
  std::uint32_t trimmed_end(std::size_t end) const {
    const std::size_t floor = current_.content_start;
    while (end > floor && (class_before(text_, end) == CharClass::Space || text_[end - 1] == ',')) {
      std::size_t back = end - 1;
      while (back > floor && (static_cast<unsigned char>(text_[back]) & 0xC0u) == 0x80u) --back;
      end = back;
    }
    return static_cast<std::uint32_t>(end);
  }

  std::string_view text_;
  bool wrapped_;
  std::vector<MarkedSpan>& out_;
  Family open_ = Family::None;
  MarkedSpan current_;
  std::uint32_t paragraph_ = 0;
  Family left_open_ = Family::None;  // family of a quotation the previous paragraph left open
  bool at_paragraph_start_ = true;
};

}  // namespace

void find_quotations(std::string_view text, bool wrapped, std::vector<MarkedSpan>& out) {
  QuoteScanner(text, wrapped, out).run();
}

}  // namespace newsmine::quotes
