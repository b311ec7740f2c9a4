// The tokenizer: one left-to-right pass with an ASCII fast path; no allocation but the output
// vector, no regex. Rules (each decided from a few characters of context):
//  - words run over letters, digits and marks, joined by an apostrophe before a letter
//    (don't, O'Brien), a hyphen before a letter or digit (anti-China, COVID-19), a period
//    before a letter (U.S, Caliber.Az) and '&' between capitals (AT&T); a possessive 's is
//    split off (Xi + ’s).
//  - a period after a word stays on it for abbreviations (Mr., Jan.), words with inner
//    periods of short letter groups (U.S., a.m.) and single capitals (initials: J.).
//  - numbers: digits with thousands groups (1,000), decimals (7.21) and times (10:30); letters
//    right after a number are a separate word (50 + bn) except ordinal and decade suffixes
//    (21st, 1980s).
//  - straight quotes open or close by what is on either side, then by which one is open.
//  - URLs (scheme:// or www.) and emails are one token each.
//  - invalid UTF-8 bytes are skipped as gaps, like white space.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "newsmine/text.hpp"
#include "text/abbreviations.hpp"
#include "text/ascii.hpp"
#include "text/chars.hpp"

namespace newsmine {

std::string_view token_class_name(TokenClass cls) {
  switch (cls) {
    case TokenClass::Word:
      return "word";
    case TokenClass::Number:
      return "number";
    case TokenClass::Punct:
      return "punct";
    case TokenClass::OpenQuote:
      return "open_quote";
    case TokenClass::CloseQuote:
      return "close_quote";
    case TokenClass::Dash:
      return "dash";
    case TokenClass::Url:
      return "url";
    case TokenClass::Email:
      return "email";
  }
  return "word";
}

namespace {

using text::Char;
using text::char_at;
using text::char_before;
using text::CharKind;

using text::is_alpha;
using text::is_digit;
using text::is_upper;
using text::to_lower;

// Characters of an email address's local part: [A-Za-z0-9._%+-].
// Bytes after a run of letters and digits that may continue the word (or make it an email or
// URL): apostrophe, hyphen, period, ampersand, email characters, colon, non-ASCII lead bytes.
constexpr std::array<bool, 256> kMayJoinWord = [] {
  std::array<bool, 256> join{};
  for (const char c : std::string_view("'-.&@_+%:")) join[static_cast<unsigned char>(c)] = true;
  for (std::size_t b = 0x80; b < 256; ++b) join[b] = true;
  return join;
}();

// Longest word in the abbreviation lists ("approx", "Messrs").
constexpr std::size_t kLongestAbbreviation = 6;

constexpr bool is_email_local(char c) {
  return is_alpha(c) || is_digit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<Token>& tokens) : text_(text), tokens_(tokens) {}

  void run() {
    const std::size_t size = text_.size();
    while (pos_ < size) {
      const auto lead = static_cast<unsigned char>(text_[pos_]);
      if (lead == ' ') {
        ++pos_;
        continue;
      }
      if (lead < 0x80) {
        const CharKind kind = text::kAsciiKinds[lead];
        if (kind == CharKind::Letter) {
          // Fast path: a run of ASCII letters and digits ended by a byte that cannot continue
          // it (space, comma, ...), and one space after it. Anything else takes the word rules.
          const std::size_t end = text::ascii_alnum_run_end(text_, pos_ + 1);
          if (end == size) {
            emit(pos_, end, TokenClass::Word, true);
          } else if (const auto next = static_cast<unsigned char>(text_[end]);
                     !kMayJoinWord[next]) {
            emit(pos_, end, TokenClass::Word, true);
            if (next == ' ') ++pos_;
          } else {
            word(end);
          }
          continue;
        }
        switch (kind) {
          case CharKind::Space:
            if (lead == '\n' || (lead == '\r' && (pos_ + 1 == size || text_[pos_ + 1] != '\n')))
              add_breaks(1);
            ++pos_;
            break;
          case CharKind::Digit:
            number(pos_);
            break;
          default:
            ascii_punct(static_cast<char>(lead));
            break;
        }
        continue;
      }
      const Char c = char_at(text_, pos_);
      switch (c.kind) {
        case CharKind::Junk:
        case CharKind::Space:
          if (c.value == 0x85 || c.value == 0x2028) add_breaks(1);
          if (c.value == 0x2029) add_breaks(2);
          pos_ += c.length;
          break;
        case CharKind::Letter:
        case CharKind::Digit:
        case CharKind::Mark:
          word(pos_);
          break;
        case CharKind::Dash:
          run_of(CharKind::Dash, TokenClass::Dash);
          break;
        case CharKind::Ellipsis:
          run_of(CharKind::Ellipsis, TokenClass::Punct);
          break;
        case CharKind::OpenQuote:
        case CharKind::CloseQuote:
          curly_quote(c);
          break;
        case CharKind::LeftSingle:
          if (!abbreviated_year(c.length)) {
            single_open_ = true;
            emit(pos_, pos_ + c.length, TokenClass::OpenQuote);
          }
          break;
        case CharKind::RightSingle:
          apostrophe(c.length, /*straight=*/false);
          break;
        default:  // Punct, Hyphen
          symbol(c.length);
          break;
      }
    }
  }

 private:
  void add_breaks(unsigned count) {
    breaks_ = static_cast<std::uint8_t>(std::min(2U, breaks_ + count));
    if (breaks_ >= 2) double_open_ = single_open_ = false;  // quotes do not outlive a paragraph
  }

  void emit(std::size_t start, std::size_t end, TokenClass cls, bool plain = false) {
    tokens_.push_back(
        {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), cls, breaks_, plain});
    breaks_ = 0;
    pos_ = end;
  }

  bool is_word_char_at(std::size_t pos) const {
    return text::is_word_kind(char_at(text_, pos).kind);
  }
  bool is_letter_at(std::size_t pos) const {
    const CharKind kind = char_at(text_, pos).kind;
    return kind == CharKind::Letter;
  }
  char byte_at(std::size_t pos) const { return pos < text_.size() ? text_[pos] : '\0'; }

  // “ ” « »: their own direction, unless white space on one side says otherwise (a “ typed
  // for a ” at the end of a quotation).
  void curly_quote(const Char& c) {
    const std::size_t next = pos_ + c.length;
    const Side side = sides(next);
    bool opens = c.kind == CharKind::OpenQuote;
    if (side.space_before != side.space_after) opens = side.space_before;
    emit(pos_, next, opens ? TokenClass::OpenQuote : TokenClass::CloseQuote);
  }

  // One token of consecutive characters of `kind` ("——", "……").
  void run_of(CharKind kind, TokenClass cls) {
    std::size_t end = pos_;
    Char c = char_at(text_, end);
    while (c.kind == kind) {
      end += c.length;
      c = char_at(text_, end);
    }
    emit(pos_, end, cls);
  }

  // A one-character symbol token, with any combining marks after it (❤️).
  void symbol(std::size_t length) {
    std::size_t end = pos_ + length;
    Char c = char_at(text_, end);
    while (c.kind == CharKind::Mark) {
      end += c.length;
      c = char_at(text_, end);
    }
    emit(pos_, end, TokenClass::Punct);
  }

  // True when the apostrophe before `next` joins two parts of a word: a letter follows and it
  // is not a possessive 's (which is split off).
  bool apostrophe_joins(std::size_t next) const {
    if (!is_letter_at(next)) return false;
    const char c = text_[next];
    return !((c == 's' || c == 'S') && !is_word_char_at(next + 1));
  }

  // ’90s, '08: an apostrophe standing for a century. Emits a word and returns true.
  bool abbreviated_year(std::size_t apostrophe_length) {
    const std::size_t digits = pos_ + apostrophe_length;
    if (!is_digit(byte_at(digits)) || !is_digit(byte_at(digits + 1))) return false;
    std::size_t end = digits + 2;
    if (byte_at(end) == 's') ++end;
    if (is_word_char_at(end)) return false;
    emit(pos_, end, TokenClass::Word);
    return true;
  }

  // An apostrophe or single quote that does not join a word: possessive, year, or quote.
  void apostrophe(std::size_t length, bool straight) {
    const std::size_t next = pos_ + length;
    const bool after_word =
        !tokens_.empty() && tokens_.back().end == pos_ &&
        (tokens_.back().cls == TokenClass::Word || tokens_.back().cls == TokenClass::Number);
    if (after_word) {
      const char s = byte_at(next);
      if ((s == 's' || s == 'S') && !is_word_char_at(next + 1)) {
        emit(pos_, next + 1, TokenClass::Word);  // Xi’s -> Xi ’s
        return;
      }
      const char last = text_[pos_ - 1];
      if ((last == 's' || last == 'S') && !is_word_char_at(next) && !single_open_) {
        emit(pos_, next, TokenClass::Word);  // the countries’ leaders
        return;
      }
      single_open_ = false;
      emit(pos_, next, TokenClass::CloseQuote);
      return;
    }
    if (abbreviated_year(length)) return;
    if (!straight) {
      single_open_ = false;
      emit(pos_, next, TokenClass::CloseQuote);
      return;
    }
    single_open_ = opens_quote(next, single_open_);
    emit(pos_, next, single_open_ ? TokenClass::OpenQuote : TokenClass::CloseQuote);
  }

  // Whether a straight quote at pos_ (ending at `next`) opens a quotation, from the characters
  // on either side and, when they do not tell, from whether one is open already.
  bool opens_quote(std::size_t next, bool open_already) const {
    const Side side = sides(next);
    if (side.space_before != side.space_after) return side.space_before;
    return !open_already;
  }

  struct Side {
    bool space_before = false;  // white space, start of text or an opening bracket before
    bool space_after = false;   // white space, end of text or closing punctuation after
  };

  // What lies on either side of the quote mark [pos_, next).
  Side sides(std::size_t next) const {
    const Char before = char_before(text_, pos_);
    const Char after = char_at(text_, next);
    const bool space_before =
        before.kind == CharKind::End || text::is_gap_kind(before.kind) ||
        before.kind == CharKind::OpenQuote || before.kind == CharKind::LeftSingle ||
        before.kind == CharKind::Dash ||
        (before.length == 1 && (before.value == '(' || before.value == '[' || before.value == '{' ||
                                before.value == '-' || before.value == '/'));
    bool space_after = after.kind == CharKind::End || text::is_gap_kind(after.kind) ||
                       after.kind == CharKind::CloseQuote || after.kind == CharKind::RightSingle ||
                       after.kind == CharKind::Dash || after.kind == CharKind::Ellipsis;
    if (!space_after && after.length == 1 && after.kind == CharKind::Punct) {
      switch (after.value) {
        case ',':
        case '.':
        case ';':
        case ':':
        case '!':
        case '?':
        case ')':
        case ']':
        case '}':
          space_after = true;
          break;
        default:
          break;
      }
    }
    return {space_before, space_after};
  }

  void ascii_punct(char c) {
    const std::size_t next = pos_ + 1;
    switch (c) {
      case '.':
        if (byte_at(next) == '.') {
          std::size_t end = next;
          while (byte_at(end) == '.') ++end;
          emit(pos_, end, TokenClass::Punct);
          return;
        }
        if (is_digit(byte_at(next)) && !is_word_char_at_before(pos_)) {
          number(pos_);  // .5
          return;
        }
        break;
      case '-':
        if (byte_at(next) == '-') {
          std::size_t end = next;
          while (byte_at(end) == '-') ++end;
          emit(pos_, end, TokenClass::Dash);
          return;
        }
        if (text::is_gap_kind(char_before(text_, pos_).kind) &&
            text::is_gap_kind(char_at(text_, next).kind) && pos_ > 0 && next < text_.size()) {
          emit(pos_, next, TokenClass::Dash);  // a spaced hyphen used as a dash
          return;
        }
        break;
      case '"':
        double_open_ = opens_quote(next, double_open_);
        emit(pos_, next, double_open_ ? TokenClass::OpenQuote : TokenClass::CloseQuote);
        return;
      case '\'':
        if (byte_at(next) == '\'') {  // '' as a double quote (NYT style)
          double_open_ = opens_quote(next + 1, double_open_);
          emit(pos_, next + 1, double_open_ ? TokenClass::OpenQuote : TokenClass::CloseQuote);
          return;
        }
        apostrophe(1, /*straight=*/true);
        return;
      case '`':
        if (byte_at(next) == '`') {
          emit(pos_, next + 1, TokenClass::OpenQuote);
          return;
        }
        emit(pos_, next, TokenClass::OpenQuote);
        return;
      default:
        break;
    }
    symbol(1);
  }

  bool is_word_char_at_before(std::size_t pos) const {
    return text::is_word_kind(char_before(text_, pos).kind);
  }

  // Numbers: digits with thousands groups, decimals and times. Starts at a digit or at a '.'
  // before one.
  void number(std::size_t start) {
    std::size_t end = start;
    for (;;) {
      while (is_digit(byte_at(end))) ++end;
      const char c = byte_at(end);
      if (c == ',' && end > start && is_digit(byte_at(end + 1)) && is_digit(byte_at(end + 2)) &&
          is_digit(byte_at(end + 3)) && !is_digit(byte_at(end + 4))) {
        end += 4;  // thousands group
        continue;
      }
      if ((c == '.' || c == ':') && is_digit(byte_at(end + 1))) {
        end += 1;
        continue;
      }
      break;
    }
    // Ordinal and decade suffixes stay on the number and make it a word: 21st, 1980s.
    if (is_alpha(byte_at(end))) {
      std::size_t letters = end;
      while (is_alpha(byte_at(letters))) ++letters;
      if (!is_word_char_at(letters) && ordinal_or_decade(end, letters)) {
        // (Not for ".5th-": the word would start at the '.', be empty and never end.)
        if (byte_at(letters) == '-' && is_letter_at(letters + 1) && start == pos_ &&
            is_digit(byte_at(start))) {
          word(text::ascii_alnum_run_end(text_, pos_));  // 1980s-era, 21st-century
          return;
        }
        emit(start, letters, TokenClass::Word);
        return;
      }
    }
    emit(start, end, TokenClass::Number);
  }

  bool ordinal_or_decade(std::size_t start, std::size_t end) const {
    const std::size_t length = end - start;
    if (length == 1) return text_[start] == 's';
    if (length != 2) return false;
    const char a = to_lower(text_[start]);
    const char b = to_lower(text_[start + 1]);
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
           (a == 't' && b == 'h');
  }

  // URL starting at pos_ ("http://", "https://", "ftp://", "www."): returns its end, or 0.
  std::size_t url_end() const {
    const std::string_view rest = text_.substr(pos_);
    const auto starts_with_nocase = [&](std::string_view prefix) {
      if (rest.size() < prefix.size()) return false;
      for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (to_lower(rest[i]) != prefix[i]) return false;
      }
      return true;
    };
    std::size_t body = 0;
    if (starts_with_nocase("http://")) {
      body = 7;
    } else if (starts_with_nocase("https://")) {
      body = 8;
    } else if (starts_with_nocase("ftp://")) {
      body = 6;
    } else if (starts_with_nocase("www.")) {
      body = 4;
    } else {
      return 0;
    }
    std::size_t end = pos_ + body;
    bool has_paren = false;
    for (;;) {
      const Char c = char_at(text_, end);
      if (c.kind == CharKind::End || text::is_gap_kind(c.kind) || c.kind == CharKind::OpenQuote ||
          c.kind == CharKind::CloseQuote || c.kind == CharKind::LeftSingle ||
          c.kind == CharKind::RightSingle || c.kind == CharKind::Dash ||
          c.kind == CharKind::Ellipsis)
        break;
      if (c.length == 1 && (c.value == '"' || c.value == '<' || c.value == '>')) break;
      if (c.value == '(') has_paren = true;
      end += c.length;
    }
    // Trailing punctuation belongs to the sentence, not the URL.
    while (end > pos_ + body) {
      const char last = text_[end - 1];
      if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' ||
          last == '\'' || (last == ')' && !has_paren)) {
        --end;
        continue;
      }
      break;
    }
    return end > pos_ + body ? end : 0;
  }

  // Email whose local part starts at `start`: returns its end, or 0.
  std::size_t email_end(std::size_t start) const {
    std::size_t at = start;
    while (is_email_local(byte_at(at))) ++at;
    if (at == start || byte_at(at) != '@') return 0;
    std::size_t end = at + 1;
    while (is_alpha(byte_at(end)) || is_digit(byte_at(end)) || byte_at(end) == '-' ||
           (byte_at(end) == '.' && end > at + 1 && byte_at(end - 1) != '.')) {
      ++end;
    }
    while (end > at + 1 && (text_[end - 1] == '.' || text_[end - 1] == '-')) --end;
    const std::size_t last_dot = text_.substr(0, end).rfind('.');
    if (last_dot == std::string_view::npos || last_dot <= at + 1 || last_dot + 2 >= end) return 0;
    for (std::size_t k = last_dot + 1; k < end; ++k) {
      if (!is_alpha(text_[k])) return 0;  // top-level domain: 2+ letters
    }
    return end;
  }

  // Whether the period at text[period] (after the word [start, period)) belongs to the word.
  bool keeps_period(std::size_t start, std::size_t period, bool inner_period) const {
    if (byte_at(period + 1) == '.') return false;  // an ellipsis follows
    const std::string_view word = text_.substr(start, period - start);
    if (word.size() > kLongestAbbreviation && !inner_period) return false;
    if (inner_period) {
      // U.S, e.g, a.m, Ph.D: groups of 1-4 ASCII letters.
      std::size_t group = 0;
      for (const char c : word) {
        if (c == '.') {
          if (group == 0) return false;
          group = 0;
        } else if (is_alpha(c) && group < 4) {
          ++group;
        } else {
          return false;
        }
      }
      return group > 0;
    }
    if (word.size() == 1) {
      if (word[0] == 'v') return true;  // Roe v. Wade
      if (!is_upper(word[0])) return false;
      // An initial comes before a name or another initial (J. Smith, J. R. R.); the pronoun
      // "I" only before another initial (I. M. Pei).
      std::size_t next = period + 1;
      while (byte_at(next) == ' ' || byte_at(next) == '\n' || byte_at(next) == '\r') ++next;
      if (!is_upper(byte_at(next))) return false;
      return word[0] != 'I' || byte_at(next + 1) == '.';
    }
    if (text::is_number_abbreviation(word)) {
      std::size_t next = period + 1;
      while (byte_at(next) == ' ') ++next;
      return next > period + 1 && is_digit(byte_at(next));
    }
    return text::is_abbreviation(word);
  }

  // The word starting at pos_, whose leading run of ASCII letters and digits ends at `run`
  // (pos_ when it starts with another character): the caller has scanned it already.
  void word(std::size_t run) {
    // URLs start with "http:", "https:", "ftp:" or "www.".
    if (run - pos_ >= 3 && run - pos_ <= 5 && (byte_at(run) == ':' || byte_at(run) == '.')) {
      if (const std::size_t end = url_end(); end != 0) {
        emit(pos_, end, TokenClass::Url);
        return;
      }
    }
    const std::size_t start = pos_;
    std::size_t end = run;
    bool inner_period = false;
    for (bool scanned = true;; scanned = false) {
      if (!scanned) end = text::ascii_alnum_run_end(text_, end);
      if (end >= text_.size()) break;
      const auto b = static_cast<unsigned char>(text_[end]);
      if (!kMayJoinWord[b]) break;  // white space, comma, ...: the common end of a word
      if (b >= 0x80) {
        const Char c = char_at(text_, end);
        if (text::is_word_kind(c.kind)) {
          end += c.length;
          continue;
        }
        if (c.kind == CharKind::RightSingle && apostrophe_joins(end + c.length)) {
          end += c.length;
          continue;
        }
        if (c.kind == CharKind::Hyphen && is_word_char_at(end + c.length)) {
          end += c.length;
          continue;
        }
        break;
      }
      if (b == '\'' && apostrophe_joins(end + 1)) {
        ++end;
        continue;
      }
      if (b == '-' && is_word_char_at(end + 1)) {
        ++end;
        continue;
      }
      if (b == '.' && is_letter_at(end + 1)) {
        inner_period = true;
        ++end;
        continue;
      }
      if (b == '&' && is_upper(text_[end - 1]) && is_upper(byte_at(end + 1))) {
        ++end;
        continue;
      }
      if (b == '@' || b == '_' || b == '+' || b == '%') {
        if (const std::size_t email = email_end(start); email != 0) {
          emit(start, email, TokenClass::Email);
          return;
        }
        break;
      }
      if (b == '.' && keeps_period(start, end, inner_period)) {
        ++end;
        // U.S.-China: a hyphen after the abbreviation goes on joining.
        if (byte_at(end) == '-' && is_word_char_at(end + 1)) {
          ++end;
          continue;
        }
      }
      break;
    }
    emit(start, end, TokenClass::Word);
  }

  std::string_view text_;
  std::vector<Token>& tokens_;
  std::size_t pos_ = 0;
  std::uint8_t breaks_ = 0;
  bool double_open_ = false;
  bool single_open_ = false;
};

}  // namespace

void tokenize(std::string_view text, std::vector<Token>& tokens) {
  Tokenizer(text, tokens).run();
}

}  // namespace newsmine
