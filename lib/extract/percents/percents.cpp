// The percent annotator: "145%", "46 percent", "0.8 per cent", "1.3 pct", "twenty percent",
// "half a percent", ranges ("10-25%": two mentions) and percentage points (unit "pp").
//
// One RE2 pattern (leftmost-longest, DFA only) finds each expression in a window around each
// unit; an anchored pattern with captures then splits it into its one or two numbers and its
// unit. The plain shapes ("12.5 pct", "3%") need neither: plain_match finds them.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/dates/lexicon.hpp"
#include "newsmine/extractors.hpp"
#include "text/ascii.hpp"

namespace newsmine {

namespace {

#define DIGITS "(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?|\\.[0-9]+"
#define TENS "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
#define ONES "(?:one|two|three|four|five|six|seven|eight|nine)"
#define TEENS "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
#define WORDS                                     \
  "(?:" TENS "(?:[- ]" ONES ")?|" TEENS "|" ONES  \
  "|(?:a|one)\\s+hundred|half(?:\\s+a|\\s+of\\s+" \
  "one)?|(?:a|one|three)\\s+quarters?(?:\\s+of\\s+(?:a|one))?|a)"
#define NUMBER "(?:" DIGITS "|" WORDS ")"
#define UNIT                                                                               \
  "(?:%|(?:percent|per\\s*cent|pct)\\b(?:\\s+points?\\b)?|percentage\\s+points?\\b|pc\\b|" \
  "percentage-points?\\b)"
#define JOIN "(?:-|\xe2\x80\x93|\xe2\x80\x94|to|and)"

// Groups: 1 first number, 2 its own unit, 3 the number, 4 the unit.
constexpr const char* kPattern =
    "\\b(?:(" NUMBER ")\\s*(" UNIT ")?\\s*" JOIN "\\s*)?(" NUMBER ")\\s*(" UNIT ")";

using text::is_digit;

// The bytes a unit starts with: '%', 'p', 'P'.
constexpr std::array<bool, 256> kUnitByte = [] {
  std::array<bool, 256> table{};
  table['%'] = table['p'] = table['P'] = true;
  return table;
}();

using text::is_alpha;

// The value of a number written in digits or words; false when it is not one.
bool number_value(std::string_view text, double& value) {
  if (text.empty()) return false;
  if (is_digit(text[0]) || text[0] == '.') {
    std::string digits;
    for (char c : text) {
      if (c != ',') digits += c;
    }
    if (digits[0] == '.') digits.insert(digits.begin(), '0');
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return error == std::errc() && end == digits.data() + digits.size();
  }
  std::string lowered(text);
  for (char& c : lowered) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    if (c == '\n' || c == '\t') c = ' ';
  }
  // "half a", "a quarter of a", "three quarters of a": the first word carries the value.
  if (lowered.starts_with("half")) {
    value = 0.5;
    return true;
  }
  if (lowered.find("quarter") != std::string::npos) {
    value = lowered.starts_with("three") ? 0.75 : 0.25;
    return true;
  }
  if (lowered.find("hundred") != std::string::npos) {
    value = 100;
    return true;
  }
  if (std::size_t space = lowered.find(' '); space != std::string::npos) lowered[space] = '-';
  value = dates::number_word(lowered);
  return value >= 0;
}

bool is_points(std::string_view unit) {
  return unit.find("oint") != std::string_view::npos;  // "point", "points", "POINTS"
}

class PercentAnnotator : public Annotator {
 public:
  PercentAnnotator() {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_longest_match(true);
    options.set_max_mem(64 << 20);
    pattern_ = std::make_unique<RE2>(kPattern, options);
    if (!pattern_->ok()) throw std::logic_error("percent pattern: " + pattern_->error());
  }

  void annotate(const Document& doc, Analysis& analysis) const override {
    std::size_t scanned = 0;  // no mention starts before it
    if (analysis.focused) {
      for (const Span& span : analysis.focus)
        scan_region(doc.text, span.start, span.end, scanned, analysis);
    } else {
      scan_region(doc.text, 0, doc.text.size(), scanned, analysis);
    }
  }

 private:
  // Finds the percentages in [begin, end). Every one ends in a unit ('%', "percent", "per
  // cent", "pct", "pc", "percentage"): the pattern runs only in a window reaching back from each.
  void scan_region(std::string_view text, std::size_t begin, std::size_t end, std::size_t& scanned,
                   Analysis& analysis) const {
    re2::StringPiece match;
    for (std::size_t unit = next_unit(text, begin, end); unit < end;
         unit = next_unit(text, unit + 1, end)) {
      if (unit < scanned) continue;
      std::size_t pos = std::max({scanned, begin, unit > kReachBack ? unit - kReachBack : 0});
      std::size_t window_end = std::min(end, unit + kReachAhead);
      std::size_t direct_start = 0;
      std::size_t direct_end = 0;
      bool direct = plain_match(text, pos, unit, window_end, direct_start, direct_end);
      while (pos < window_end &&
             (direct || pattern_->Match(text, pos, window_end, RE2::UNANCHORED, &match, 1))) {
        const auto start =
            static_cast<std::uint32_t>(direct ? direct_start : match.data() - text.data());
        const auto match_end =
            static_cast<std::uint32_t>(direct ? direct_end : start + match.size());
        direct = false;
        if (match_end == window_end && window_end < end) {
          window_end = std::min(end, window_end + kReachAhead);  // cut short: widen
          continue;
        }
        handle(analysis, text, start, match_end);
        pos = match_end > start ? match_end : start + 1;
        scanned = pos;
        // Every unit starts "%", "pc" or "pe": without one the rest of the window has no match.
        if (!may_hold_unit(text, pos, window_end)) break;
      }
    }
  }

  // The first match in [pos, window_end) when it is a plain "12.5%", "1,000 pct", "3 percent" or
  // "3 per cent" ending at the unit at `unit`, found without RE2: [start, match_end). False when
  // the match may be another one: a range ("10 to 25%", "10%-25%"), a sign, "pct points", a
  // number with letters before it, or a unit glued to a word before it ("fivepct"), which
  // next_unit does not visit.
  static bool plain_match(std::string_view text, std::size_t pos, std::size_t unit,
                          std::size_t window_end, std::size_t& start, std::size_t& match_end) {
    // The unit and its end.
    auto at = [&](std::size_t i, std::string_view lower_word) {
      if (i + lower_word.size() > text.size()) return false;
      for (std::size_t k = 0; k < lower_word.size(); ++k) {
        if (static_cast<char>(text[i + k] | 0x20) != lower_word[k]) return false;
      }
      return true;
    };
    auto is_word = [](char c) { return is_alpha(c) || is_digit(c) || c == '_'; };
    std::size_t unit_end = unit + 1;
    bool may_have_points = true;
    if (text[unit] == '%') {
      may_have_points = false;
    } else if (at(unit, "pct")) {
      unit_end = unit + 3;
    } else if (at(unit, "percent")) {
      unit_end = unit + 7;
    } else if (at(unit, "per cent")) {
      unit_end = unit + 8;
    } else {
      return false;
    }
    if (unit_end > window_end ||
        (may_have_points && unit_end < text.size() && is_word(text[unit_end]))) {
      return false;
    }
    // Nothing after it that makes the match longer: "points", a range.
    std::size_t after = unit_end;
    while (after < text.size() && is_space(text[after])) ++after;
    if (after < text.size()) {
      const char next = text[after];
      if (next == '-' || static_cast<unsigned char>(next) == 0xe2 || at(after, "to") ||
          at(after, "an") || (may_have_points && at(after, "point"))) {
        return false;
      }
    }
    // The number: digits right before the unit, as DIGITS in the pattern matches them whole.
    std::size_t number_end = unit;
    while (number_end > pos && is_space(text[number_end - 1])) --number_end;
    std::size_t i = number_end;
    while (i > pos && (is_digit(text[i - 1]) || text[i - 1] == ',' || text[i - 1] == '.')) --i;
    if (i == number_end || !is_digit(text[i]) || i == pos) return false;  // i == pos: maybe more
    const char before = text[i - 1];
    if (is_word(before) || before == ',' || before == '.' || before == '-' || before == '+')
      return false;
    if (!plain_digits(text.substr(i, number_end - i))) return false;
    // No range ends at the number ("10 to 25 pct", "10 - 25%").
    std::size_t joint = i;
    while (joint > 0 && is_space(text[joint - 1])) --joint;
    if (joint > 0) {
      const char last = text[joint - 1];
      if (last == '-' || static_cast<unsigned char>(last) >= 0x80 ||
          (joint >= 2 && at(joint - 2, "to")) || (joint >= 3 && at(joint - 3, "and"))) {
        return false;
      }
    }
    // No unit glued to a word in [pos, i): a match next_unit never visited may lie there.
    for (std::size_t k = pos + 1; k + 1 < i; ++k) {
      if ((text[k] | 0x20) == 'p' && is_alpha(text[k - 1]) &&
          ((text[k + 1] | 0x20) == 'c' || (text[k + 1] | 0x20) == 'e')) {
        return false;
      }
    }
    start = i;
    match_end = unit_end;
    return true;
  }

  // True when `number` is "[0-9]+(.[0-9]+)?" or "[0-9]{1,3}(,[0-9]{3})+(.[0-9]+)?".
  static bool plain_digits(std::string_view number) {
    std::size_t i = 0;
    while (i < number.size() && is_digit(number[i])) ++i;
    if (i < number.size() && number[i] == ',') {
      if (i > 3) return false;
      while (i < number.size() && number[i] == ',') {
        if (i + 4 > number.size()) return false;
        for (std::size_t k = i + 1; k < i + 4; ++k) {
          if (!is_digit(number[k])) return false;
        }
        i += 4;
      }
    }
    if (i < number.size() && number[i] == '.') {
      ++i;
      if (i == number.size()) return false;
      while (i < number.size() && is_digit(number[i])) ++i;
    }
    return i == number.size();
  }

  // Bytes before a unit where its number may start ("a quarter of a percentage point"), and
  // after its first byte where it may end ("percentage points").
  static constexpr std::size_t kReachBack = 48;
  static constexpr std::size_t kReachAhead = 24;

  // The offset of the next unit in [from, to), or `to`: a '%', or a word starting "pc",
  // "pct" or "per" followed by "cent" (after optional spaces) or "centage".
  static std::size_t next_unit(std::string_view text, std::size_t from, std::size_t to) {
    for (std::size_t i = next_unit_byte(text, from, to); i < to;
         i = next_unit_byte(text, i + 1, to)) {
      const char c = text[i];
      if (c == '%') return i;
      if ((i > 0 && is_alpha(text[i - 1])) || i + 1 >= to) continue;
      const char second = static_cast<char>(text[i + 1] | 0x20);
      if (second == 'c') return i;  // pc, pct
      if (second != 'e' || i + 2 >= to || (text[i + 2] | 0x20) != 'r') continue;
      std::size_t k = i + 3;
      while (k < to && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r'))
        ++k;
      if (k + 4 <= to && (text[k] | 0x20) == 'c' && (text[k + 1] | 0x20) == 'e' &&
          (text[k + 2] | 0x20) == 'n' && (text[k + 3] | 0x20) == 't') {
        return i;  // percent, per cent, percentage
      }
    }
    return to;
  }

  // False when no unit starts in [from, to): no '%', "pc" or "pe" (any case) there.
  static bool may_hold_unit(std::string_view text, std::size_t from, std::size_t to) {
    for (std::size_t i = next_unit_byte(text, from, to); i < to;
         i = next_unit_byte(text, i + 1, to)) {
      if (text[i] == '%') return true;
      const char second = i + 1 < text.size() ? static_cast<char>(text[i + 1] | 0x20) : '\0';
      if (second == 'c' || second == 'e') return true;
    }
    return false;
  }

  // The offset of the next byte in [from, to) a unit starts with ('%', 'p', 'P'), or `to`;
  // eight bytes a step.
  static std::size_t next_unit_byte(std::string_view text, std::size_t from, std::size_t to) {
    std::size_t i = from;
#if defined(__SSE2__)
    // Sixteen bytes a step: 'p' and 'P' are one byte after OR 0x20.
    for (; i + 16 <= to; i += 16) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      const __m128i found =
          _mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), _mm_set1_epi8('p')),
                       _mm_cmpeq_epi8(bytes, _mm_set1_epi8('%')));
      const auto mask = static_cast<std::uint32_t>(_mm_movemask_epi8(found));
      if (mask != 0) return i + static_cast<std::size_t>(std::countr_zero(mask));
    }
#else
    if constexpr (std::endian::native == std::endian::little) {
      constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
      constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
      for (; i + 8 <= to; i += 8) {
        std::uint64_t bytes = 0;
        std::memcpy(&bytes, text.data() + i, sizeof bytes);
        // Zero bytes where a 'p', 'P' or '%' is; the lowest flagged byte is exact.
        const std::uint64_t p = (bytes | (kOnes * 0x20)) ^ (kOnes * 'p');
        const std::uint64_t percent = bytes ^ (kOnes * '%');
        const std::uint64_t found = (((p - kOnes) & ~p) | ((percent - kOnes) & ~percent)) & kHighs;
        if (found != 0) return i + static_cast<std::size_t>(std::countr_zero(found) / 8);
      }
    }
#endif
    for (; i < to; ++i) {
      if (kUnitByte[static_cast<unsigned char>(text[i])]) return i;
    }
    return to;
  }

  static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  // "12.5%", "twenty per cent", "3 pct points": one number, in digits or as one listed word,
  // and its unit, whose groups need no capturing match. Sets `number` and `unit`; false for any
  // other shape. `expression` is a whole match of the pattern, so these shapes split one way.
  static bool simple_shape(std::string_view expression, std::string_view& number,
                           std::string_view& unit) {
    std::size_t i = 0;
    if (is_alpha(expression[0])) {
      // No number word holds "to" or "and", so none is a range ("tentoten").
      std::array<char, 12> word{};
      while (i < expression.size() && is_alpha(expression[i])) {
        if (i == word.size()) return false;
        word[i] = static_cast<char>(expression[i] | 0x20);
        ++i;
      }
      if (dates::number_word(std::string_view(word.data(), i)) < 0) return false;
    } else {
      while (i < expression.size() &&
             (is_digit(expression[i]) || expression[i] == '.' || expression[i] == ',')) {
        ++i;
      }
      if (i == 0) return false;
    }
    number = expression.substr(0, i);
    while (i < expression.size() && is_space(expression[i])) ++i;
    unit = expression.substr(i);
    // The unit in lower case, each run of spaces as one.
    std::array<char, 24> lowered{};
    std::size_t size = 0;
    for (std::size_t k = 0; k < unit.size(); ++k) {
      if (size == lowered.size()) return false;
      if (is_space(unit[k])) {
        if (is_space(unit[k - 1])) continue;
        lowered[size++] = ' ';
      } else {
        lowered[size++] = static_cast<char>(unit[k] | 0x20);
      }
    }
    static constexpr std::array<std::string_view, 15> kUnits = {"%",
                                                                "percent",
                                                                "pct",
                                                                "pc",
                                                                "per cent",
                                                                "percent point",
                                                                "percent points",
                                                                "pct point",
                                                                "pct points",
                                                                "per cent point",
                                                                "per cent points",
                                                                "percentage point",
                                                                "percentage points",
                                                                "percentage-point",
                                                                "percentage-points"};
    const std::string_view folded(lowered.data(), size);
    return std::find(kUnits.begin(), kUnits.end(), folded) != kUnits.end();
  }

  // Turns the expression [start, end) into one or two mentions.
  void handle(Analysis& analysis, std::string_view text, std::uint32_t start,
              std::uint32_t end) const {
    std::array<re2::StringPiece, 5> groups;
    std::string_view simple_number;
    std::string_view simple_unit;
    if (simple_shape(text.substr(start, end - start), simple_number, simple_unit)) {
      groups[3] = re2::StringPiece(simple_number.data(), simple_number.size());
      groups[4] = re2::StringPiece(simple_unit.data(), simple_unit.size());
    } else if (!pattern_->Match(text, start, end, RE2::ANCHOR_BOTH, groups.data(), 5)) {
      return;  // the DFA found the extent; only now pay for the captures
    }
    const std::string_view unit(groups[4].data(), groups[4].size());
    const bool points = is_points(unit);
    const std::string_view number(groups[3].data(), groups[3].size());
    double value = 0;
    if (!number_value(number, value)) return;
    // A bare "a" needs a "percentage point" after it ("a percentage point"); "a %" is noise.
    if ((number == "a" || number == "A") && !points) return;
    if (!groups[1].empty()) {
      double first = 0;
      const std::string_view first_text(groups[1].data(), groups[1].size());
      const bool first_is_word = !is_digit(first_text[0]) && first_text[0] != '.';
      if (number_value(first_text, first) && !(first_is_word && first_text.size() <= 2)) {
        const auto first_start = static_cast<std::uint32_t>(first_text.data() - text.data());
        const auto first_end = static_cast<std::uint32_t>(
            groups[2].empty() ? first_start + first_text.size()
                              : groups[2].data() + groups[2].size() - text.data());
        add(analysis, text, first_start, first_end, first, points, true);
      }
      const auto number_start = static_cast<std::uint32_t>(number.data() - text.data());
      add(analysis, text, number_start, end, value, points, false);
      return;
    }
    add(analysis, text, start, end, value, points, true);
  }

  // Adds a mention; a minus sign right before a leading number makes it negative.
  static void add(Analysis& analysis, std::string_view text, std::uint32_t start, std::uint32_t end,
                  double value, bool points, bool may_be_signed) {
    if (may_be_signed && start > 0) {
      std::uint32_t sign_start = start;
      bool negative = false;
      if (text[start - 1] == '-' || text[start - 1] == '+') {
        sign_start = start - 1;
        negative = text[start - 1] == '-';
      } else if (start >= 3 && text.substr(start - 3, 3) == "\xe2\x88\x92") {  // U+2212 minus
        sign_start = start - 3;
        negative = true;
      }
      // The sign must not be a hyphen inside a word or range: "G-7", "10-25%".
      const bool attached =
          sign_start > 0 && (std::isalnum(static_cast<unsigned char>(text[sign_start - 1])) != 0);
      if (sign_start != start && !attached) {
        start = sign_start;
        if (negative) value = -value;
      }
    }
    analysis.percents.push_back({{start, end}, value, points});
  }

  std::unique_ptr<RE2> pattern_;
};

}  // namespace

std::shared_ptr<const Annotator> make_percent_annotator() {
  return std::make_shared<PercentAnnotator>();
}

}  // namespace newsmine
