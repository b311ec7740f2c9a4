// The currency forms and magnitudes of the money stage, read from data/money/ and the ISO
// codes of data/entities/currencies.txt.
#include <algorithm>
#include <array>
#include <charconv>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/money/money.hpp"
#include "newsmine/embedded.hpp"
#include "newsmine/text.hpp"
#include "text/ascii.hpp"
#include "util/list_lines.hpp"

namespace newsmine::money {

namespace {

using text::is_upper;
using text::lower;

constexpr std::string_view kCurrencies = "money/currencies.tsv";
constexpr std::string_view kMagnitudes = "money/magnitudes.tsv";
constexpr std::string_view kCodeWords = "money/code-words.txt";

[[noreturn]] void fail(std::string_view file, std::size_t line, const std::string& message) {
  std::string text(file);
  text.append(":").append(std::to_string(line)).append(": ").append(message);
  throw std::runtime_error(text);
}

// `"word" rest` (built by appending: GCC 12 warns wrongly on chained operator+).
std::string quoted(std::string_view word, std::string_view rest) {
  std::string message = "\"";
  message.append(word).append("\" ").append(rest);
  return message;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  while (true) {
    const std::size_t at = text.find(separator);
    parts.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

bool is_capitals(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!is_upper(c)) return false;
  }
  return true;
}

bool is_code(std::string_view text) {
  return text.size() == 3 && is_capitals(text);
}

// The first or last token of `form` as the tokenizer cuts it in running text, and how many
// tokens it has.
std::string_view edge_token(std::string_view form, bool last, std::size_t& count) {
  std::vector<Token> tokens;
  tokenize(form, tokens);
  count = tokens.size();
  if (tokens.empty()) return {};
  const Token& token = last ? tokens.back() : tokens.front();
  return form.substr(token.start, token.end - token.start);
}

std::uint32_t length_bit(std::size_t size) {
  return std::uint32_t{1} << std::min<std::size_t>(size, 31);
}

// `text` in lower case into `buffer` (ASCII letters only); false when it does not fit or is
// lower case already.
bool lower_into(std::string_view text, std::array<char, 32>& buffer) {
  if (text.size() > buffer.size()) return false;
  bool upper = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    upper = upper || (c >= 'A' && c <= 'Z');
    buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  return upper;
}

}  // namespace

const Lexicon& Lexicon::builtin() {
  static const Lexicon lexicon =
      parse(embedded_data(kCurrencies), embedded_data(kMagnitudes), embedded_data(kCodeWords),
            embedded_data("entities/currencies.txt"));
  return lexicon;
}

void Lexicon::add_form(Table& table, std::string_view form, std::uint32_t index,
                       std::size_t number) {
  if (!table.emplace(std::string(form), index).second) {
    fail(kCurrencies, number, quoted(form, "is given twice"));
  }
}

void Lexicon::add_line(std::string_view line, std::size_t number) {
  const std::vector<std::string_view> columns = split(line, '\t');
  if (columns.size() < 3 || columns.size() > 4 || columns[0].empty()) {
    fail(kCurrencies, number, "expected form, position, codes [, flags]");
  }
  Currency currency;
  for (std::string_view code : split(columns[2], ' ')) {
    if (code == "-" && currency.codes.empty()) {
      currency.codes.emplace_back();
    } else if (is_code(code)) {
      currency.codes.push_back(strings_.emplace_back(code));
    } else {
      fail(kCurrencies, number, quoted(code, "is no currency code"));
    }
  }
  if (currency.codes.empty() || (currency.codes.size() == 1 && currency.codes[0].empty())) {
    fail(kCurrencies, number, "no code");
  }
  if (columns.size() == 4) {
    for (std::string_view flag : split(columns[3], ',')) {
      if (flag == "context") {
        currency.context = true;
      } else if (flag == "word") {
        currency.word = true;
      } else if (flag == "not-of") {
        currency.not_of = true;
      } else if (flag == "country") {
        currency.country = true;
      } else if (flag == "cents") {
        currency.cents = true;
      } else {
        fail(kCurrencies, number, quoted(flag, "is no flag"));
      }
    }
  }
  const std::string_view form = columns[0];
  const std::string_view position = columns[1];
  const bool before = position == "before" || position == "both";
  const bool after = position == "after" || position == "both";
  if (!before && !after) fail(kCurrencies, number, "position must be before, after or both");
  if (after && !is_capitals(form) && form != lower(form)) {
    fail(kCurrencies, number, "an after-form is written in lower case or in capitals");
  }
  const auto index = static_cast<std::uint32_t>(currencies_.size());
  currencies_.push_back(std::move(currency));
  std::size_t count = 0;
  if (before) {
    add_form(before_, form, index, number);
    const std::string_view last = edge_token(form, true, count);
    before_last_.add(last, count);
    if (form.back() == '.') before_last_.add(".", count + 1);  // "Rs" "." in running text
  }
  if (after) {
    add_form(after_, form, index, number);
    const std::string_view first = edge_token(form, false, count);
    after_first_.add(first, count);
  }
}

Lexicon Lexicon::parse(std::string_view currencies, std::string_view magnitudes,
                       std::string_view code_words, std::string_view iso_codes) {
  Lexicon lexicon;
  util::for_each_list_line(kCurrencies, currencies, [&](std::string_view line, std::size_t number) {
    lexicon.add_line(line, number);
  });
  // ISO codes: before and after the number, meaning themselves, unless mapped above.
  util::for_each_list_line(
      "entities/currencies.txt", iso_codes, [&](std::string_view line, std::size_t number) {
        if (!is_code(line)) return;
        if (const Currency* mapped = lexicon.before(line)) {
          if (mapped->codes.size() == 1 && mapped->codes[0] == line) {
            fail(kCurrencies, number, quoted(line, "repeats an ISO code"));
          }
          return;
        }
        const auto index = static_cast<std::uint32_t>(lexicon.currencies_.size());
        Currency& currency = lexicon.currencies_.emplace_back();
        currency.codes.push_back(lexicon.strings_.emplace_back(line));
        lexicon.before_.emplace(std::string(line), index);
        lexicon.after_.emplace(std::string(line), index);
        lexicon.before_last_.add(line, 1);
        lexicon.after_first_.add(line, 1);
      });
  util::for_each_list_line(kCodeWords, code_words, [&](std::string_view line, std::size_t number) {
    auto it = lexicon.before_.find(line);
    if (!is_code(line) || it == lexicon.before_.end()) {
      fail(kCodeWords, number, quoted(line, "is no known currency code"));
    }
    Currency& currency = lexicon.currencies_[it->second];
    if (currency.word) fail(kCodeWords, number, quoted(line, "twice"));
    currency.word = true;
  });
  util::for_each_list_line(kMagnitudes, magnitudes, [&](std::string_view line, std::size_t number) {
    const std::vector<std::string_view> columns = split(line, '\t');
    int power = -1;
    if (columns.size() >= 2) {
      const char* end = columns[1].data() + columns[1].size();
      if (std::from_chars(columns[1].data(), end, power).ptr != end) power = -1;
    }
    const bool glued = columns.size() == 3 && columns[2] == "glued";
    if (columns.size() < 2 || columns.size() > 3 || power < 0 || power > 15 ||
        (columns.size() == 3 && !glued) || columns[0] != lower(columns[0])) {
      fail(kMagnitudes, number, "expected lower-case word, power of ten [, glued]");
    }
    if (!lexicon.magnitudes_.emplace(std::string(columns[0]), std::pair{power, glued}).second) {
      fail(kMagnitudes, number, quoted(columns[0], "is given twice"));
    }
    lexicon.magnitude_words_.add(columns[0], 1);
  });
  return lexicon;
}

const Currency* Lexicon::after(std::string_view form) const {
  if (const Currency* exact = find(after_, form)) return exact;
  std::array<char, 32> buffer{};
  return lower_into(form, buffer) ? find(after_, std::string_view(buffer.data(), form.size()))
                                  : nullptr;
}

void Lexicon::Edges::add(std::string_view token, std::size_t count) {
  if (token.empty()) return;
  auto [it, added] = tokens.emplace(std::string(token), static_cast<std::uint32_t>(count));
  if (!added && it->second < count) it->second = static_cast<std::uint32_t>(count);
  lengths[static_cast<unsigned char>(token[0])] |= length_bit(token.size());
}

std::size_t Lexicon::Edges::find(std::string_view token) const {
  if (token.empty() ||
      (lengths[static_cast<unsigned char>(token[0])] & length_bit(token.size())) == 0) {
    return 0;
  }
  auto it = tokens.find(token);
  return it == tokens.end() ? 0 : it->second;
}

std::size_t Lexicon::before_tokens(std::string_view last) const {
  return before_last_.find(last);
}

std::size_t Lexicon::after_tokens(std::string_view first) const {
  if (first.size() > 1 && first.back() == '.' && first.find('.') == first.size() - 1) {
    first.remove_suffix(1);  // "dlrs." ending a sentence, but not "u.s."
  }
  if (std::size_t count = after_first_.find(first)) return count;
  std::array<char, 32> buffer{};
  return lower_into(first, buffer)
             ? after_first_.find(std::string_view(buffer.data(), first.size()))
             : 0;
}

int Lexicon::magnitude(std::string_view word, bool& glued) const {
  if (word.empty() || word.size() > 8) return -1;
  const char first = word[0] >= 'A' && word[0] <= 'Z' ? static_cast<char>(word[0] + 32) : word[0];
  if ((magnitude_words_.lengths[static_cast<unsigned char>(first)] & length_bit(word.size())) ==
      0) {
    return -1;  // most words after a number: no magnitude starts so with this length
  }
  char buffer[8];
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  const std::string_view lowered(buffer, word.size());
  if (magnitude_words_.find(lowered) == 0) return -1;
  auto it = magnitudes_.find(lowered);
  if (it == magnitudes_.end()) return -1;
  glued = it->second.second;
  return it->second.first;
}

}  // namespace newsmine::money
