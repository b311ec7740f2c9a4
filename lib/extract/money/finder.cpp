// Finds money amounts in tokenized text (money.hpp; the rules are in docs/records.md).
//
// An amount is a number token with a currency form before it ("$", "US$", "Rs.", "USD") or
// after it and its magnitude ("3.2 billion euros", "50 mln dlrs", "3 million Canadian
// dollars"), a word gluing a code to its number ("RM5bn"), or a spelled number before a
// magnitude and a currency ("two billion dollars"). Two numbers joined by "to", "-", "or" or
// "between ... and" share what one of them lacks ("$3 to $5 billion", "3-5 billion yen").
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/dates/lexicon.hpp"
#include "extract/money/money.hpp"
#include "newsmine/countries.hpp"
#include "text/ascii.hpp"

namespace newsmine::money {

namespace {

using text::is_digit;
using text::is_upper;

// A number as written: value = mantissa * 10^exponent.
struct Number {
  std::uint64_t mantissa = 0;
  int exponent = 0;
  bool separators = false;  // a decimal point or thousands separators
  bool year_like = false;   // four digits from 1800 to 2100, nothing else
};

// What a word starting with a byte may be: a code glued to its number ("RM5bn", a capital)
// or a spelled magnitude ("million", "billion", "trillion").
constexpr std::uint8_t kCapital = 1;
constexpr std::uint8_t kMagnitudeStart = 2;
constexpr std::array<std::uint8_t, 256> kWordStart = [] {
  std::array<std::uint8_t, 256> table{};
  for (char c = 'A'; c <= 'Z'; ++c) table[static_cast<unsigned char>(c)] = kCapital;
  for (char c : {'m', 'b', 't'}) table[static_cast<unsigned char>(c)] = kMagnitudeStart;
  return table;
}();

// The last bytes of a code glued to its number: a digit or a glued magnitude ("Rs500",
// "RM5bn", "USD3m", "EUR2" before ".7m").
constexpr std::array<bool, 256> kGluedEnd = [] {
  std::array<bool, 256> table{};
  for (char c = '0'; c <= '9'; ++c) table[static_cast<unsigned char>(c)] = true;
  for (char c : {'m', 'n', 'k', 'b', 'M', 'N', 'K', 'B'})
    table[static_cast<unsigned char>(c)] = true;
  return table;
}();

// Parses "94.9", "1,000", "3,000.50", ".5"; false for anything else ("10:30", "3,00").
bool parse_number(std::string_view text, Number& number) {
  number = {};
  std::size_t i = 0;
  int kept = 0;  // significant digits kept in the mantissa
  auto digit = [&](char c, bool fraction) {
    if (kept < 18) {
      number.mantissa = number.mantissa * 10 + static_cast<std::uint64_t>(c - '0');
      if (number.mantissa != 0) ++kept;
      if (fraction) --number.exponent;
    } else if (!fraction) {
      ++number.exponent;
    }
  };
  std::size_t group = 0;  // digits since the start or the last comma
  bool comma = false;
  for (; i < text.size() && (is_digit(text[i]) || text[i] == ','); ++i) {
    if (text[i] == ',') {
      if (group == 0 || (comma ? group != 3 : group > 3)) return false;
      comma = true;
      group = 0;
      continue;
    }
    digit(text[i], false);
    ++group;
  }
  if (comma && group != 3) return false;
  const std::size_t integer_digits = i;
  if (i < text.size() && text[i] == '.') {
    ++i;
    if (i == text.size()) return false;
    for (; i < text.size() && is_digit(text[i]); ++i) digit(text[i], true);
  }
  if (i != text.size() || text.empty() || (integer_digits == 0 && text[0] != '.')) return false;
  number.separators = comma || text.find('.') != std::string_view::npos;
  number.year_like = !number.separators && text.size() == 4 && number.mantissa >= 1800 &&
                     number.mantissa <= 2100 && number.exponent == 0;
  return true;
}

double value_of(const Number& number, int power) {
  static constexpr std::array<double, 23> kPowers = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  const int exponent = number.exponent + power;
  const auto mantissa = static_cast<double>(number.mantissa);
  // Both factors exact: one rounding, so 94.9 billion is 94900000000 exactly.
  if (exponent >= 0) {
    return exponent < 23 ? mantissa * kPowers[static_cast<std::size_t>(exponent)]
                         : mantissa * std::pow(10.0, exponent);
  }
  return -exponent < 23 ? mantissa / kPowers[static_cast<std::size_t>(-exponent)]
                        : mantissa * std::pow(10.0, exponent);
}

// One amount being read: its tokens, number, magnitude and currency.
struct Core {
  std::size_t first = 0;  // first token: the currency form before the number, or the number
  std::size_t next = 0;   // the token after the amount
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  Number number;
  int power = 0;
  bool has_magnitude = false;
  std::string_view unit;
  const Currency* currency = nullptr;
  std::string_view country;  // ISO 3166 code of a country written before the currency word
};

class Finder {
 public:
  Finder(const Lexicon& lexicon, std::string_view text, const std::vector<Token>& tokens,
         std::vector<Amount>& out)
      : lexicon_(lexicon), text_(text), tokens_(tokens), out_(out) {}

  void run() {
    const std::size_t count = tokens_.size();
    for (std::size_t i = 0; i < count; ++i) {
      const Token& token = tokens_[i];
      if (token.cls == TokenClass::Number) {
        i = at_number(i);
        continue;
      }
      if (token.cls != TokenClass::Word) continue;
      const std::uint8_t start = kWordStart[static_cast<unsigned char>(text_[token.start])];
      if (start == kCapital) {
        if (kGluedEnd[static_cast<unsigned char>(text_[token.end - 1])] &&
            holds_early_digit(token)) {
          i = at_glued_word(i);
        }
      } else if (start == kMagnitudeStart && token.end - token.start >= 7 &&
                 token.end - token.start <= 8) {
        i = at_spelled(i);
      }
    }
  }

 private:
  std::string_view tok(std::size_t i) const {
    return text_.substr(tokens_[i].start, tokens_[i].end - tokens_[i].start);
  }
  bool glued(std::size_t i) const { return tokens_[i].start == tokens_[i - 1].end; }
  // Token i follows token i - 1 on the same line or the next one (no blank line between).
  bool near(std::size_t i) const { return tokens_[i].breaks_before < 2; }
  bool holds_early_digit(const Token& token) const {
    for (std::uint32_t k = token.start + 1; k < token.end && k <= token.start + 4; ++k) {
      if (is_digit(text_[k])) return true;
    }
    return false;
  }

  // Tokens [first, last] as one key: a space where white space separates two of them.
  std::string_view join(std::size_t first, std::size_t last) {
    key_.clear();
    for (std::size_t k = first; k <= last; ++k) {
      if (k > first && !glued(k)) key_ += ' ';
      key_ += tok(k);
    }
    return key_;
  }

  std::size_t at_number(std::size_t i);
  std::size_t at_glued_word(std::size_t i);
  std::size_t at_spelled(std::size_t i);
  bool read_core(std::size_t number, std::size_t floor, Core& core);
  void read_before(std::size_t i, std::size_t floor, Core& core);
  void read_magnitude(std::size_t& k, Core& core);
  void read_after(std::size_t& k, Core& core);
  bool read_partner(Core& a, Core& b);
  bool acceptable(const Core& core) const;
  // A side of a fraction or a pair of prices: "1/2 cts", "228/218 DFL".
  bool in_fraction(std::size_t i) const {
    auto slash = [&](std::size_t k) { return tok(k) == "/"; };
    if (i >= 2 && glued(i) && slash(i - 1) && tokens_[i - 2].cls == TokenClass::Number) return true;
    return i + 2 < tokens_.size() && glued(i + 1) && slash(i + 1) && glued(i + 2) &&
           tokens_[i + 2].cls == TokenClass::Number;
  }
  bool percent_at(std::size_t k) const {
    if (k >= tokens_.size()) return false;
    const std::string_view word = tok(k);
    const char first = static_cast<char>(word[0] | 0x20);
    const char second = word.size() > 1 ? static_cast<char>(word[1] | 0x20) : '\0';
    return word == "%" || (first == 'p' && (second == 'c' || second == 'e' || second == 'o'));
  }
  std::string_view resolve(const Core& core);
  void emit(const Core& core);

  const Lexicon& lexicon_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  std::vector<Amount>& out_;
  std::size_t floor_ = 0;  // no amount starts before this token
  std::string key_;
  std::optional<std::vector<std::pair<std::string_view, int>>> countries_;
};

std::size_t Finder::at_number(std::size_t i) {
  Core a;
  if (!read_core(i, floor_, a)) return i;
  Core b;
  const bool pair = read_partner(a, b);
  if (!acceptable(a)) return i;
  emit(a);
  const Core& last = pair && acceptable(b) ? b : a;
  if (&last == &b) emit(b);
  floor_ = last.next;
  return last.next - 1;
}

// The number at token `number`, the currency form before it (starting at or after token
// `floor`), its magnitude and the currency form after it. False when it is no number.
bool Finder::read_core(std::size_t number, std::size_t floor, Core& core) {
  if (!parse_number(tok(number), core.number) || in_fraction(number)) return false;
  core.first = number;
  core.start = tokens_[number].start;
  core.end = tokens_[number].end;
  read_before(number, floor, core);
  std::size_t k = number + 1;
  read_magnitude(k, core);
  if (core.currency == nullptr) read_after(k, core);
  core.next = k;
  return true;
}

void Finder::read_before(std::size_t i, std::size_t floor, Core& core) {
  // The form right before the number: "USD 3", not a column of a table ("SFR      42.03").
  if (i == 0 || i - 1 < floor || tokens_[i].start - tokens_[i - 1].end > 2) return;
  const std::size_t count = lexicon_.before_tokens(tok(i - 1));
  if (count == 0) return;
  const std::size_t lowest = i >= count ? std::max(floor, i - count) : floor;
  for (std::size_t j = i - 1;; --j) {
    if (const Currency* currency = lexicon_.before(join(j, i - 1))) {
      core.currency = currency;
      core.first = j;
      core.start = tokens_[j].start;
    }
    if (j == lowest || !near(j)) break;
  }
}

// "billion", "bn", "m" (glued: "£3m"), "-million" ("$50-million"), "-billion-dlr".
void Finder::read_magnitude(std::size_t& k, Core& core) {
  if (k >= tokens_.size() || !near(k)) return;
  bool glued_only = false;
  if (tokens_[k].cls == TokenClass::Word) {
    const int power = lexicon_.magnitude(tok(k), glued_only);
    if (power >= 0 && (!glued_only || glued(k))) {
      core.power = power;
      core.has_magnitude = true;
      core.unit = tok(k);
      core.end = tokens_[k].end;
      ++k;
    }
    return;
  }
  if (k + 1 >= tokens_.size() || tok(k) != "-" || !glued(k) || !glued(k + 1) ||
      tokens_[k + 1].cls != TokenClass::Word) {
    return;
  }
  const std::string_view word = tok(k + 1);
  const std::size_t dash = word.find('-');
  const std::string_view head = word.substr(0, dash);
  const int power = lexicon_.magnitude(head, glued_only);
  if (power < 0 || glued_only) return;
  core.power = power;
  core.has_magnitude = true;
  core.unit = head;
  core.end = tokens_[k + 1].start + static_cast<std::uint32_t>(head.size());
  if (dash != std::string_view::npos && core.currency == nullptr) {
    if (const Currency* currency = lexicon_.after(word.substr(dash + 1))) {
      core.currency = currency;  // "169-billion-dlr"
      core.end = tokens_[k + 1].end;
    }
  }
  k += 2;
}

// "euros", "dlrs", "Canadian dollars", "U.S. dlrs", "pounds sterling".
void Finder::read_after(std::size_t& k, Core& core) {
  // A currency at the start of an indented line is the next row of a table ("7\n    N.Z. Dlr"),
  // unless a magnitude before it shows the line was only wrapped ("381\n    mln dlrs").
  if (k >= tokens_.size() || !near(k) ||
      (!core.has_magnitude && tokens_[k].breaks_before > 0 &&
       text_[tokens_[k].start - 1] != '\n')) {
    return;
  }
  std::size_t q = k;
  std::string_view country;
  // A country before the currency word: looked up only when a currency word follows soon.
  auto currency_soon = [&] {
    for (std::size_t d = k + 1; d < tokens_.size() && d <= k + 3; ++d) {
      if (lexicon_.after_tokens(tok(d)) != 0) return true;
    }
    return false;
  };
  if (is_upper(text_[tokens_[k].start]) && currency_soon()) {
    if (auto match = match_country_at(text_, tokens_, k);
        match && match->end_token < tokens_.size() && match->end_token - k <= 3) {
      country = match->code;
      q = match->end_token;
    }
  }
  if (!near(q)) return;
  const std::size_t count = lexicon_.after_tokens(tok(q));
  if (count == 0) return;
  const Currency* found = nullptr;
  std::size_t found_end = q;
  bool period = false;  // the form's last token ends a sentence: "dlrs." (its period left out)
  for (std::size_t last = q; last < tokens_.size() && last < q + count; ++last) {
    if (last > q && !near(last)) break;
    std::string_view key = join(q, last);
    const Currency* currency = lexicon_.after(key);
    const bool strip = currency == nullptr && key.size() > 1 && key.back() == '.';
    if (strip) currency = lexicon_.after(key.substr(0, key.size() - 1));
    if (currency != nullptr) {
      found = currency;
      found_end = last + 1;
      period = strip;
    }
  }
  if (found == nullptr) return;
  if (found->not_of && found_end < tokens_.size()) {
    const std::string_view next = tok(found_end);
    if (next.size() == 2 && (next[0] | 0x20) == 'o' && (next[1] | 0x20) == 'f') return;
  }
  if (!country.empty()) {
    bool listed = false;
    for (std::string_view code : found->codes) listed = listed || code.starts_with(country);
    if (!listed) return;  // "5 billion Chinese dollars": no such currency
  }
  core.currency = found;
  core.country = country;
  core.end = tokens_[found_end - 1].end - (period ? 1 : 0);
  k = found_end;
}

// The second number of a range after `a` ("$3 to $5 billion", "3-5 billion yen", "between 3
// and 5 billion dollars"); each takes the currency and magnitude the other lacks.
bool Finder::read_partner(Core& a, Core& b) {
  const std::size_t joint = a.next;
  if (joint + 1 >= tokens_.size() || !near(joint) || !near(joint + 1)) return false;
  const std::string_view word = tok(joint);
  bool joiner = word == "to" || word == "-" || word == "\xe2\x80\x93" || word == "or";
  if (word == "and" && a.first > 0) {
    const std::string_view before = tok(a.first - 1);
    joiner = before == "between" || before == "Between";
  }
  if (!joiner) return false;
  std::size_t number = joint + 1;
  while (number < tokens_.size() && number <= joint + 3 &&
         tokens_[number].cls != TokenClass::Number) {
    ++number;
  }
  if (number >= tokens_.size() || number > joint + 3) return false;
  if (!read_core(number, joint + 1, b) || b.first != joint + 1) return false;
  if (a.currency == nullptr) {
    if (b.currency == nullptr || a.number.year_like) return false;
    a.currency = b.currency;
    a.country = b.country;
  } else if (b.currency == nullptr) {
    if (!b.has_magnitude && (a.has_magnitude || b.number.year_like || percent_at(b.next))) {
      return false;  // "$200 billion to 25 pct", "$5 billion to 2025"
    }
    b.currency = a.currency;
    b.country = a.country;
  } else if (b.currency != a.currency) {
    return true;  // two currencies: each amount stands alone
  }
  if (!a.has_magnitude && b.has_magnitude) {
    a.power = b.power;
    a.has_magnitude = true;
    a.unit = b.unit;
  }
  return true;
}

bool Finder::acceptable(const Core& core) const {
  if (core.currency == nullptr) return false;
  if (core.currency->country && core.country.empty()) return false;
  return !core.currency->word || core.has_magnitude || core.number.separators ||
         !core.country.empty();
}

// "RM5bn", "USD3m", "Rs500", "EUR2.7m" (cut "EUR2" "." "7" "m").
std::size_t Finder::at_glued_word(std::size_t i) {
  const std::string_view word = tok(i);
  std::size_t digit = 1;
  while (!is_digit(word[digit])) ++digit;
  Core core;
  core.currency = lexicon_.before(word.substr(0, digit));
  if (core.currency == nullptr || i < floor_) return i;
  std::size_t end = digit;
  while (end < word.size() && (is_digit(word[end]) || word[end] == '.' || word[end] == ',')) ++end;
  std::string number(word.substr(digit, end - digit));
  std::size_t last = i;
  bool glued_only = false;
  if (end < word.size()) {
    core.power = lexicon_.magnitude(word.substr(end), glued_only);
    if (core.power < 0) return i;
    core.has_magnitude = true;
    core.unit = word.substr(end);
  } else if (i + 2 < tokens_.size() && tok(i + 1) == "." && glued(i + 1) && glued(i + 2) &&
             tokens_[i + 2].cls == TokenClass::Number) {
    number += '.';
    number += tok(i + 2);
    last = i + 2;
  }
  if (!parse_number(number, core.number)) return i;
  core.first = i;
  core.start = tokens_[i].start;
  core.end = tokens_[last].end;
  std::size_t k = last + 1;
  if (!core.has_magnitude && k < tokens_.size() && tokens_[k].cls == TokenClass::Word) {
    read_magnitude(k, core);
  }
  core.next = k;
  if (!acceptable(core)) return i;
  emit(core);
  floor_ = k;
  return k - 1;
}

// "two billion dollars", "a trillion yen": a number word, a magnitude and a currency after.
std::size_t Finder::at_spelled(std::size_t i) {
  bool glued_only = false;
  const int power = lexicon_.magnitude(tok(i), glued_only);
  if (power < 6 || glued_only || i == 0 || i - 1 < floor_ || tokens_[i - 1].cls != TokenClass::Word)
    return i;
  std::array<char, 16> lowered{};
  const std::string_view word = tok(i - 1);
  if (word.size() > lowered.size()) return i;
  for (std::size_t k = 0; k < word.size(); ++k) lowered[k] = static_cast<char>(word[k] | 0x20);
  const std::string_view lower(lowered.data(), word.size());
  const double number = dates::number_word(lower);
  if (number < 1 || number != std::floor(number) || lower.ends_with("th") || lower == "first" ||
      lower == "second" || lower == "third") {
    return i;
  }
  if ((lower == "a" || lower == "an") && i >= 2 && i - 2 >= floor_) {
    std::array<char, 16> before{};
    const std::string_view previous = tok(i - 2);
    if (previous.size() > before.size()) return i;
    for (std::size_t k = 0; k < previous.size(); ++k)
      before[k] = static_cast<char>(previous[k] | 0x20);
    if (dates::number_word(std::string_view(before.data(), previous.size())) >= 0) return i;
  }
  Core core;
  core.first = i - 1;
  core.start = tokens_[i - 1].start;
  core.number.mantissa = static_cast<std::uint64_t>(number);
  core.power = power;
  core.has_magnitude = true;
  core.unit = tok(i);
  std::size_t k = i + 1;
  read_after(k, core);
  core.next = k;
  if (!acceptable(core)) return i;
  emit(core);
  floor_ = k;
  return k - 1;
}

// The code a form stands for here: the one of the country written before it, or by the
// countries the document names, or its first.
std::string_view Finder::resolve(const Core& core) {
  const std::vector<std::string_view>& codes = core.currency->codes;
  if (!core.country.empty()) {
    for (std::string_view code : codes) {
      if (code.starts_with(core.country)) return code;
    }
  }
  if (!core.currency->context) return codes.front();
  if (!countries_) {
    countries_.emplace();
    for (std::size_t t = 0; t < tokens_.size(); ++t) {
      if (tokens_[t].cls != TokenClass::Word || !is_upper(text_[tokens_[t].start])) continue;
      auto match = match_country_at(text_, tokens_, t);
      if (!match) continue;
      bool seen = false;
      for (auto& [code, count] : *countries_) {
        if (code == match->code) {
          ++count;
          seen = true;
        }
      }
      if (!seen) countries_->emplace_back(match->code, 1);
      t = match->end_token - 1;
    }
  }
  std::string_view best = codes.front();
  int best_count = 0;
  for (std::string_view code : codes) {
    for (const auto& [country, count] : *countries_) {
      if (!code.empty() && code.starts_with(country) && count > best_count) {
        best = code;
        best_count = count;
      }
    }
  }
  return best;
}

void Finder::emit(const Core& core) {
  out_.push_back({{core.start, core.end},
                  value_of(core.number, core.power - (core.currency->cents ? 2 : 0)),
                  resolve(core),
                  core.unit});
}

}  // namespace

void find_amounts(const Lexicon& lexicon, std::string_view text, const std::vector<Token>& tokens,
                  std::vector<Amount>& out) {
  Finder(lexicon, text, tokens, out).run();
}

}  // namespace newsmine::money

namespace newsmine::money {

bool names_currency(const Lexicon& lexicon, std::string_view text, Span span) {
  if (span.end <= span.start || span.end > text.size()) return false;
  // Glued to a dollar sign before a number: "US" of "US$1.6bn", "HK" of "HK$ 12".
  if (span.end < text.size() && text[span.end] == '$') {
    std::size_t k = span.end + 1;
    if (k < text.size() && text[k] == ' ') ++k;
    return k < text.size() && (is_digit(text[k]) || text[k] == '.');
  }
  // Ending in a currency word right after a number or magnitude: "3.25 H.K. Dlrs". What comes
  // before is tested first: most names follow no number.
  auto skip_space_back = [&](std::size_t i) {
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '\t' ||
                     text[i - 1] == '\r')) {
      --i;
    }
    return i;
  };
  const std::size_t before = skip_space_back(span.start);
  if (before == 0) return false;
  if (!is_digit(text[before - 1])) {
    std::size_t word = before;
    while (word > 0 && ((text[word - 1] | 0x20) >= 'a' && (text[word - 1] | 0x20) <= 'z')) --word;
    const std::size_t number = skip_space_back(word);
    if (word == before || number == 0 || !is_digit(text[number - 1])) return false;
    bool glued = false;
    if (lexicon.magnitude(text.substr(word, before - word), glued) < 0) return false;
  }
  std::string_view name = text.substr(span.start, span.end - span.start);
  const std::size_t space = name.find_last_of(" \t\r\n");
  std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
  if (last.size() > 1 && last.back() == '.' && last.find('.') == last.size() - 1) {
    last.remove_suffix(1);
  }
  return !last.empty() && lexicon.after(last) != nullptr;
}

}  // namespace newsmine::money
