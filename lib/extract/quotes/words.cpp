// Lexer and word lists for quote attribution.
#include "extract/quotes/words.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "text/abbreviations.hpp"
#include "text/listed_words.hpp"
#include "text/word_table.hpp"
#include "util/list_lines.hpp"

namespace newsmine::quotes {

namespace {

using text::ListedWords;
using text::WordTable;

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of the code point at `pos` (1 for invalid bytes).
std::size_t code_length(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t count = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (pos + count > text.size()) return 1;
  for (std::size_t k = 1; k < count; ++k) {
    if ((static_cast<unsigned char>(text[pos + k]) & 0xC0u) != 0x80u) return 1;
  }
  return count;
}

bool starts_with(std::string_view text, std::size_t pos, std::string_view prefix) {
  return text.compare(pos, prefix.size(), prefix) == 0;
}

// Letters and digits, including non-ASCII letters (anything outside the punctuation blocks).
bool letter_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return is_ascii_alnum(lead);
  if (lead == 0xC2) return false;  // U+0080..U+00BF: « » no-break space
  if (lead == 0xE2 && pos + 1 < text.size()) {
    const auto second = static_cast<unsigned char>(text[pos + 1]);
    if (second == 0x80 || second == 0x81) return false;  // U+2000..U+207F: quotes, dashes
  }
  if (lead == 0xE3 && starts_with(text, pos, "\xE3\x80\x80")) return false;  // ideographic space
  return true;
}

bool space_at(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return true;
  if (starts_with(text, pos, "\xC2\xA0")) return true;
  if (static_cast<unsigned char>(c) == 0xE2 && pos + 2 < text.size() &&
      static_cast<unsigned char>(text[pos + 1]) == 0x80) {
    const auto third = static_cast<unsigned char>(text[pos + 2]);
    return third <= 0x8B || third == 0xAF;
  }
  return false;
}

// End of the word starting at `pos`: letters and digits, joined by inner . - ' & ’ (U.S,
// anti-China, don't, Xi’s).
std::size_t word_end(std::string_view text, std::size_t pos) {
  std::size_t end = pos + code_length(text, pos);
  for (;;) {
    while (end < text.size() && is_ascii_alnum(static_cast<unsigned char>(text[end]))) ++end;
    if (end >= text.size()) break;
    if (static_cast<unsigned char>(text[end]) >= 0x80 && letter_at(text, end)) {
      end += code_length(text, end);
      continue;
    }
    std::size_t joiner = 0;
    if (text[end] == '.' || text[end] == '-' || text[end] == '\'' || text[end] == '&') {
      joiner = 1;
    } else if (starts_with(text, end, "\xE2\x80\x99")) {
      joiner = 3;
    }
    if (joiner && letter_at(text, end + joiner)) {
      end += joiner;
      continue;
    }
    break;
  }
  return end;
}

// The word piece starting at `pos`, with the period of an initial or an abbreviation (Mr.,
// U.S.) and its possessive ’s marked.
Piece word_piece(std::string_view text, std::size_t pos) {
  std::size_t end = word_end(text, pos);
  const std::string_view word = text.substr(pos, end - pos);
  if (end < text.size() && text[end] == '.') {
    const bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
    const bool inside_brackets =
        end + 1 < text.size() && (text[end + 1] == ')' || text[end + 1] == ',');
    if (initial || inside_brackets || word.find('.') != std::string_view::npos ||
        text::is_abbreviation_any_case(word)) {
      ++end;
    }
  }
  Piece piece{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end),
              static_cast<std::uint32_t>(end), PieceKind::Word};
  piece.upper = text[pos] >= 'A' && text[pos] <= 'Z';
  if (word.size() > 2 && (word.ends_with("'s") || word.ends_with("'S"))) {
    piece.possessive = true;
    piece.name_end = static_cast<std::uint32_t>(end - 2);
  } else if (word.size() > 4 && word.ends_with("\xE2\x80\x99s")) {
    piece.possessive = true;
    piece.name_end = static_cast<std::uint32_t>(end - 4);
  }
  return piece;
}

}  // namespace

void lex(std::string_view text, bool wrapped, std::vector<Piece>& out) {
  std::size_t pos = 0;
  bool pending_break = false;
  while (pos < text.size()) {
    if (text[pos] == '\n') {
      std::size_t next = pos + 1;
      if (next < text.size() && text[next] == '\r') ++next;
      if (!wrapped || next >= text.size() || text[next] == '\n' || text[next] == ' ' ||
          text[next] == '\t') {
        pending_break = true;
      }
      ++pos;
      continue;
    }
    if (space_at(text, pos)) {
      pos += code_length(text, pos);
      continue;
    }
    if (pending_break && !out.empty() && out.back().kind != PieceKind::Break) {
      out.push_back({static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos),
                     static_cast<std::uint32_t>(pos), PieceKind::Break});
    }
    pending_break = false;
    const auto start = static_cast<std::uint32_t>(pos);
    if (letter_at(text, pos)) {
      out.push_back(word_piece(text, pos));
      pos = out.back().end;
      continue;
    }
    const std::size_t length = code_length(text, pos);
    std::string_view symbol = text.substr(pos, length);
    const bool mark = symbol == "\"" || symbol == "'" || symbol == "\xE2\x80\x9C" ||
                      symbol == "\xE2\x80\x9D" || symbol == "\xE2\x80\x98" ||
                      symbol == "\xE2\x80\x99" || symbol == "\xE2\x80\x9E" ||
                      symbol == "\xC2\xAB" || symbol == "\xC2\xBB";
    out.push_back({start, static_cast<std::uint32_t>(pos + length),
                   static_cast<std::uint32_t>(pos + length),
                   mark ? PieceKind::Mark : PieceKind::Punct});
    pos += length;
  }
}

void pieces_from_tokens(std::string_view text, const std::vector<Token>& tokens, bool wrapped,
                        std::size_t text_end, std::vector<Piece>& out) {
  for (const Token& token : tokens) {
    if (token.start >= text_end) break;
    if (token.breaks_before > 0 && !out.empty() && out.back().kind != PieceKind::Break) {
      const char before = text[token.start - 1];
      if (!wrapped || token.breaks_before > 1 || before == ' ' || before == '\t') {
        out.push_back({token.start, token.start, token.start, PieceKind::Break});
      }
    }
    std::string_view token_text = text.substr(token.start, token.end - token.start);
    if (token.cls == TokenClass::Word && !out.empty() && out.back().kind == PieceKind::Word &&
        out.back().end == token.start &&
        (token_text == "'s" || token_text == "\xE2\x80\x99s" || token_text == "'S")) {
      Piece& owner = out.back();
      owner.possessive = true;
      owner.name_end = owner.end;
      owner.end = token.end;
      continue;
    }
    if (token.cls == TokenClass::Punct && token_text == "." && !out.empty() &&
        out.back().kind == PieceKind::Word && out.back().end == token.start &&
        token.end < text.size() && (text[token.end] == ')' || text[token.end] == ',')) {
      out.back().end = out.back().name_end = token.end;
      continue;
    }
    Piece piece{token.start, token.end, token.end, PieceKind::Word};
    switch (token.cls) {
      case TokenClass::OpenQuote:
      case TokenClass::CloseQuote:
        piece.kind = PieceKind::Mark;
        break;
      case TokenClass::Punct:
      case TokenClass::Dash:
        piece.kind = PieceKind::Punct;
        break;
      default:
        piece.upper = text[token.start] >= 'A' && text[token.start] <= 'Z';
        break;
    }
    out.push_back(piece);
  }
}

Cue cue_of(std::string_view word) {
  static const WordTable<Cue> table = [] {
    constexpr std::string_view kList = "quotes/cues.tsv";
    WordTable<Cue> made;
    util::for_each_embedded_line(kList, [&](std::string_view line, std::size_t number) {
      const std::size_t tab = line.find('\t');
      const std::string_view name =
          tab == std::string_view::npos ? std::string_view{} : line.substr(tab + 1);
      const Cue cue = name == "finite"       ? Cue::Finite
                      : name == "participle" ? Cue::Participle
                      : name == "reading"    ? Cue::Reading
                      : name == "according"  ? Cue::According
                                             : Cue::None;
      if (cue == Cue::None) util::throw_list_error(kList, number, "needs word<TAB>cue");
      made.insert(line.substr(0, tab), cue);
    });
    return made;
  }();
  const Cue* found = table.find(word);
  return found ? *found : Cue::None;
}

bool is_title(std::string_view word) {
  static const ListedWords table{"quotes/titles.txt"};
  return table.contains(word);
}

bool is_pronoun(std::string_view word) {
  return word == "he" || word == "she" || word == "they" || word == "it" || word == "we" ||
         word == "i";
}

bool is_determiner(std::string_view word) {
  static const ListedWords table{"quotes/determiners.txt"};
  return table.contains(word);
}

bool is_np_stop(std::string_view word) {
  static const ListedWords table{"quotes/np-stops.txt"};
  return table.contains(word);
}

bool is_skippable(std::string_view word) {
  static const ListedWords table{"quotes/skippable.txt"};
  if (table.contains(word)) return true;
  if (word.ends_with("n't") || word.ends_with("n\xE2\x80\x99t")) return true;  // didn't, won’t
  return word.size() > 4 && word.ends_with("ly") && word != "family" && word != "italy" &&
         word != "ally" && word != "rally" && word != "july";
}

bool is_org_word(std::string_view word) {
  static const ListedWords table{"quotes/org-words.txt"};
  return table.contains(word);
}

bool is_connector(std::string_view word) {
  return word == "of" || word == "for" || word == "de" || word == "da" || word == "van" ||
         word == "von" || word == "bin" || word == "al" || word == "la" || word == "del" ||
         word == "&" || word == "and";
}

bool is_sentence_opener(std::string_view word) {
  static const ListedWords table{"quotes/sentence-openers.txt"};
  return table.contains(word);
}

bool is_function_word(std::string_view word) {
  static const ListedWords table{"stats/stopwords.txt", "quotes/non-speakers.txt"};
  return table.contains(word);
}

bool is_document_word(std::string_view word) {
  static const ListedWords table{"quotes/document-words.txt"};
  return table.contains(word);
}

std::string_view bare_pronoun(std::string_view word) {
  // Pronouns are at most four letters: `they’re` is the longest form with a clitic.
  if (word.size() < 3 || word.size() > 9) return word;
  // The last straight apostrophe, else the last curly one; one pass over the few bytes.
  std::size_t apostrophe = std::string_view::npos;
  std::size_t curly = std::string_view::npos;
  for (std::size_t k = word.size(); k-- > 0;) {
    if (word[k] == '\'') {
      apostrophe = k;
      break;
    }
    if (curly == std::string_view::npos && word[k] == '\x99' && k >= 2 && word[k - 1] == '\x80' &&
        word[k - 2] == '\xE2')
      curly = k - 2;
  }
  std::size_t after = apostrophe + 1;
  if (apostrophe == std::string_view::npos) {
    if (curly == std::string_view::npos) return word;
    apostrophe = curly;
    after = curly + 3;
  }
  const std::string_view clitic = word.substr(after);
  if (clitic != "m" && clitic != "s" && clitic != "re" && clitic != "ve" && clitic != "d" &&
      clitic != "ll")
    return word;
  const std::string_view stem = word.substr(0, apostrophe);
  return is_pronoun(stem) ? stem : word;
}

namespace {

enum WordClass : std::uint8_t { kSubordinator = 1, kSetting = 2, kNounMarker = 4, kBe = 8 };

// The classes named in the second column of word-classes.tsv: one, or several with commas.
std::uint8_t classes_of(std::string_view list, std::string_view names, std::size_t number) {
  std::uint8_t bits = 0;
  util::for_each_item(names, [&](std::string_view name) {
    const std::uint8_t bit = name == "subordinator"  ? kSubordinator
                             : name == "setting"     ? kSetting
                             : name == "noun-marker" ? kNounMarker
                             : name == "be"          ? kBe
                                                     : 0;
    if (bit == 0 || (bits & bit) != 0) {
      util::throw_list_error(list, number,
                             "unknown or repeated class \"" + std::string(name) + "\"");
    }
    bits = static_cast<std::uint8_t>(bits | bit);
  });
  return bits;
}

bool has_class(std::string_view word, WordClass wanted) {
  static const WordTable<std::uint8_t> table = [] {
    constexpr std::string_view kList = "quotes/word-classes.tsv";
    WordTable<std::uint8_t> made;
    util::for_each_embedded_line(kList, [&](std::string_view line, std::size_t number) {
      const std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) util::throw_list_error(kList, number, "needs a class");
      made.insert(line.substr(0, tab), classes_of(kList, line.substr(tab + 1), number));
    });
    return made;
  }();
  const std::uint8_t* bits = table.find(word);
  return bits && (*bits & wanted) != 0;
}

}  // namespace

bool is_subordinator(std::string_view word) {
  return has_class(word, kSubordinator);
}
bool is_setting_word(std::string_view word) {
  return has_class(word, kSetting);
}
bool is_noun_marker(std::string_view word) {
  return has_class(word, kNounMarker);
}
bool is_be_form(std::string_view word) {
  return has_class(word, kBe);
}

}  // namespace newsmine::quotes
