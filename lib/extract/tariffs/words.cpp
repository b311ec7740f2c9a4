#include "extract/tariffs/words.hpp"

#include <array>
#include <charconv>
#include <string>

#include "extract/tariffs/lexicon.hpp"
#include "newsmine/countries.hpp"
#include "text/abbreviations.hpp"
#include "text/word_table.hpp"

namespace newsmine::tariffs {

namespace {

constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";   // “
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";  // ”
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";   // ‘
constexpr std::string_view kRightSingle = "\xE2\x80\x99";  // ’
constexpr std::string_view kEmDash = "\xE2\x80\x94";
constexpr std::string_view kEnDash = "\xE2\x80\x93";
constexpr std::string_view kLeftGuillemet = "\xC2\xAB";
constexpr std::string_view kRightGuillemet = "\xC2\xBB";

bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

std::string lower_of(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, kRightSingle) == 0) {
      out += '\'';
      i += 2;
      continue;
    }
    char c = text[i];
    out += is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// Length of the opening mark at the front of `piece`, 0 if none.
std::size_t leading_mark(std::string_view piece) {
  if (piece.empty()) return 0;
  char c = piece.front();
  if (c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '<') return 1;
  for (std::string_view mark : {kLeftDouble, kLeftSingle, kRightDouble, kLeftGuillemet}) {
    if (piece.starts_with(mark)) return mark.size();
  }
  return 0;
}

bool is_abbreviation(std::string_view core) {
  if (core.find('.') != std::string_view::npos) return true;  // U.S., U.K.
  if (core.size() == 1 && is_ascii_upper(core[0])) return true;
  return text::is_abbreviation(core);
}

// Length of the closing mark at the back of `piece`, 0 if none.
std::size_t trailing_mark(std::string_view piece) {
  if (piece.empty()) return 0;
  char c = piece.back();
  if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' ||
      c == '}' || c == '"' || c == '%' || c == '>') {
    return 1;
  }
  if (c == '\'' && piece.size() > 1) return 1;
  if (c == '.') {
    if (piece.size() > 1 && is_abbreviation(piece.substr(0, piece.size() - 1))) return 0;
    return 1;
  }
  for (std::string_view mark : {kRightDouble, kRightSingle, kRightGuillemet}) {
    if (piece.ends_with(mark) && piece.size() > mark.size()) return mark.size();
    if (piece == mark) return mark.size();
  }
  return 0;
}

std::string punct_form(std::string_view mark) {
  if (mark == kLeftDouble || mark == kRightDouble || mark == kLeftGuillemet ||
      mark == kRightGuillemet) {
    return "\"";
  }
  if (mark == kLeftSingle || mark == kRightSingle) return "'";
  if (mark == kEnDash || mark == "--") return std::string(kEmDash);
  return std::string(mark);
}

void push_punct(std::string_view text, std::size_t start, std::size_t end,
                std::vector<Word>& words) {
  Word word;
  word.start = static_cast<std::uint32_t>(start);
  word.end = static_cast<std::uint32_t>(end);
  word.lower = punct_form(text.substr(start, end - start));
  word.punct = true;
  words.push_back(std::move(word));
}

void push_core(std::string_view text, std::size_t start, std::size_t end,
               std::vector<Word>& words) {
  std::string_view core = text.substr(start, end - start);
  // A lone 's (a tokenizer that splits possessives) marks the word before.
  if (core == "'s" || core == "\xE2\x80\x99s") {
    if (!words.empty() && !words.back().punct) {
      words.back().possessive = true;
      return;
    }
  }
  Word word;
  word.start = static_cast<std::uint32_t>(start);
  word.end = static_cast<std::uint32_t>(end);
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (core.size() > suffix.size() + 1 && core.ends_with(suffix)) {
      word.possessive = true;
      word.end = static_cast<std::uint32_t>(end - suffix.size());
      core = text.substr(start, word.end - start);
      break;
    }
  }
  word.lower = lower_of(core);
  word.capitalized = !core.empty() && is_ascii_upper(core[0]);
  words.push_back(std::move(word));
}

// Splits bytes [start, end) of `text` (one token) into words and punctuation marks.
void split_piece(std::string_view text, std::size_t start, std::size_t end,
                 std::vector<Word>& words) {
  if (start >= end) return;
  std::string_view piece = text.substr(start, end - start);
  // Dashes inside a token ("Trump—in") separate words.
  for (std::string_view dash : {kEmDash, kEnDash, std::string_view("--")}) {
    std::size_t at = piece.find(dash);
    if (at != std::string_view::npos) {
      split_piece(text, start, start + at, words);
      push_punct(text, start + at, start + at + dash.size(), words);
      split_piece(text, start + at + dash.size(), end, words);
      return;
    }
  }
  if (piece == "'s" || piece == "\xE2\x80\x99s" || piece == "'S") {  // a split-off possessive
    push_core(text, start, end, words);
    return;
  }
  if (piece == "-") {
    push_punct(text, start, end, words);
    return;
  }
  while (std::size_t mark = leading_mark(piece)) {
    push_punct(text, start, start + mark, words);
    start += mark;
    piece.remove_prefix(mark);
    if (piece.empty()) return;
  }
  std::array<std::pair<std::size_t, std::size_t>, 8> trailing{};
  std::size_t trailing_count = 0;
  while (trailing_count < trailing.size()) {
    std::size_t mark = trailing_mark(piece);
    if (mark == 0) break;
    trailing[trailing_count++] = {end - mark, end};
    end -= mark;
    piece.remove_suffix(mark);
    if (piece.empty()) break;
  }
  if (!piece.empty()) push_core(text, start, end, words);
  while (trailing_count > 0) {
    auto [mark_start, mark_end] = trailing[--trailing_count];
    push_punct(text, mark_start, mark_end, words);
  }
}

std::string_view original(std::string_view text, const Word& word) {
  return text.substr(word.start, word.end - word.start);
}

bool parse_number(std::string_view lower, double& value) {
  static const std::array<std::string_view, 21> small = {
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  for (std::size_t n = 0; n < small.size(); ++n) {
    if (lower == small[n]) {
      value = static_cast<double>(n);
      return true;
    }
  }
  if (lower.empty() || lower.size() > 24) return false;
  std::string digits;
  for (char c : lower) {
    if (c == ',') continue;
    if ((c < '0' || c > '9') && c != '.') return false;
    digits += c;
  }
  auto [ptr, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return error == std::errc{} && ptr == digits.data() + digits.size();
}

}  // namespace

void split_words(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                 std::size_t end, std::vector<Word>& words) {
  const std::size_t from = words.size();
  for (std::size_t i = first; i < end && i < tokens.size(); ++i) {
    split_piece(text, tokens[i].start, tokens[i].end, words);
  }
  // Join "duty" "-" "free" back into one word when the tokenizer split a hyphenated word.
  std::size_t out = from;
  for (std::size_t i = from; i < words.size(); ++i) {
    if (out > from + 1 && !words[i].punct && words[out - 1].punct && words[out - 1].lower == "-" &&
        !words[out - 2].punct && !words[out - 2].possessive &&
        words[out - 2].end == words[out - 1].start && words[out - 1].end == words[i].start) {
      Word& joined = words[out - 2];
      joined.end = words[i].end;
      joined.lower += '-';
      joined.lower += words[i].lower;
      joined.possessive = words[i].possessive;
      --out;
      continue;
    }
    if (out != i) words[out] = std::move(words[i]);
    ++out;
  }
  words.resize(out);
}

void find_mentions(std::string_view text, const std::vector<Word>& words,
                   std::vector<Mention>& mentions) {
  constexpr std::size_t kMaxWords = 4;
  std::string name;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& word = words[i];
    if (word.punct) continue;
    if (auto plural = pronoun_plural(word.lower)) {
      mentions.push_back({i, i + 1, {}, false, true, *plural});
      continue;
    }
    if (word.lower == "community" && i > 0 && words[i - 1].lower == "the") {
      mentions.push_back({i, i + 1, "EU", word.possessive, false, false});
      continue;
    }
    if (!word.capitalized) continue;
    Mention mention;
    if (auto code = leader_or_bloc_code(original(text, word))) {
      mention = {i, i + 1, std::string(*code), word.possessive, false, false};
    } else if (word.lower == "white" && i + 1 < words.size() && words[i + 1].lower == "house") {
      mention = {i, i + 2, "US", words[i + 1].possessive, false, false};
    } else {
      // The longest gazetteer name starting here; only its last word may be possessive.
      for (std::size_t count = std::min(kMaxWords, words.size() - i); count > 0; --count) {
        bool usable = true;
        name.clear();
        for (std::size_t k = i; k < i + count; ++k) {
          if (words[k].punct || (words[k].possessive && k + 1 < i + count)) {
            usable = false;
            break;
          }
          if (k > i) name += ' ';
          name += original(text, words[k]);
        }
        if (!usable) continue;
        auto match = find_country(name);
        if (!match) continue;
        // "New Mexico", "Mexico City", "Georgia Tech": part of a longer name.
        if (count == 1 && i > 0 && words[i - 1].capitalized && words[i - 1].lower == "new") break;
        if (i + count < words.size() && words[i + count].lower == "city") break;
        mention = {
            i,     i + count, std::string(match->code),           words[i + count - 1].possessive,
            false, false,     match->form == CountryForm::Country};
        break;
      }
    }
    if (mention.code.empty()) continue;
    // "Makita U.S.A., Inc": part of a company name.
    std::size_t after = mention.last;
    if (after < words.size() && words[after].lower == ",") ++after;
    if (after < words.size()) {
      const std::string& next = words[after].lower;
      if (next == "inc" || next == "inc." || next == "corp" || next == "corp." || next == "ltd" ||
          next == "ltd." || next == "co" || next == "co." || next == "llc" || next == "plc") {
        i = mention.last - 1;
        continue;
      }
    }
    // "the Trump administration", "the Canadian government": the same actor.
    if (!mention.possessive && mention.last < words.size()) {
      const std::string& next = words[mention.last].lower;
      if (next == "administration" || next == "government" || next == "officials") {
        mention.possessive = words[mention.last].possessive;
        ++mention.last;
      }
    }
    i = mention.last - 1;
    mentions.push_back(std::move(mention));
  }
}

std::size_t parse_percent(const std::vector<Word>& words, std::size_t i, double& value) {
  if (i >= words.size() || words[i].punct) return 0;
  if (!parse_number(words[i].lower, value)) return 0;
  if (i + 1 >= words.size()) return 0;
  const std::string& unit = words[i + 1].lower;
  if (unit == "%" || unit == "percent" || unit == "pct" || unit == "per-cent") return 2;
  if (unit == "per" && i + 2 < words.size() && words[i + 2].lower == "cent") return 3;
  return 0;
}

}  // namespace newsmine::tariffs
