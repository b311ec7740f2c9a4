#include "extract/dates/triggers.hpp"

#include "extract/dates/lexicon.hpp"
#include "text/ascii.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <utility>
#include <vector>

namespace newsmine::dates {

namespace {

// Word classes, as bits: what a run is, as a trigger and as the run after a trigger.
enum : std::uint32_t {
  kMonth = 1U << 0,     // january ... december (full names)
  kAbbr = 1U << 1,      // jan ... dec, sep, sept
  kWeekday = 1U << 2,   // monday ... sunday
  kSolo = 1U << 3,      // today yesterday tomorrow tonight now currently recently
  kSeason = 1U << 4,    // spring summer fall autumn winter
  kMod = 1U << 5,       // early mid late
  kRel = 1U << 6,       // last this next
  kThe = 1U << 7,       // the
  kIts = 1U << 8,       // its
  kFiscal = 1U << 9,    // fiscal calendar
  kEarlier = 1U << 10,  // earlier later
  kEndWord = 1U << 11,  // end beginning start middle
  kRelAdj = 1U << 12,   // coming past previous following prior current latest
  kNumWord = 1U << 13,  // a an one ... fifty several
  kApprox = 1U << 14,   // nearly almost about some roughly more
  kRecent = 1U << 15,   // recent
  kOrd = 1U << 16,      // first second third fourth
  kUnit = 1U << 17,     // day(s) week(s) weekend month(s) year(s) decade(s) quarter century
  kOf = 1U << 18,
  kIn = 1U << 19,
  kFew = 1U << 20,     // few couple
  kThan = 1U << 21,    // than
  kNear = 1U << 22,    // near
  kFuture = 1U << 23,  // future
  kHalf = 1U << 24,    // half
  kPart = 1U << 25,    // morning afternoon evening night
  kDigits = 1U << 26,  // a run that starts with a digit (never in the table)
  kAgo = 1U << 27,     // ago
  kPast = 1U << 28,    // past (also kRelAdj)
};

// The longest word in the table.
constexpr std::size_t kMaxWord = 9;

// The classes a trigger word can have (the others only matter in the run after a trigger).
constexpr std::uint32_t kTriggerClasses = kMonth | kAbbr | kWeekday | kSolo | kSeason | kMod |
                                          kRel | kThe | kIts | kFiscal | kEarlier | kEndWord |
                                          kRelAdj | kNumWord | kApprox | kRecent | kOrd;

// The classes of the listed words by their filter key: open addressing from the key's bit, the
// key compared as two integers (no hashing or string compare beyond the filter's).
class ClassTable {
 public:
  void insert(std::string_view word, std::uint32_t classes) {
    const WordFilter::Key key = WordFilter::key_of(word);
    std::size_t slot = key.bit % kSlots;
    while (entries_[slot].classes != 0) slot = (slot + 1) % kSlots;
    entries_[slot] = {key.low, key.high, key.length, classes};
  }
  // 0 when the word is not listed.
  std::uint32_t find(const WordFilter::Key& key) const {
    for (std::size_t slot = key.bit % kSlots; entries_[slot].classes != 0;
         slot = (slot + 1) % kSlots) {
      const Entry& entry = entries_[slot];
      if (entry.low == key.low && entry.high == key.high && entry.length == key.length) {
        return entry.classes;
      }
    }
    return 0;
  }

 private:
  static constexpr std::size_t kSlots = 256;  // over twice the words listed
  struct Entry {
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    std::size_t length = 0;
    std::uint32_t classes = 0;
  };
  std::array<Entry, kSlots> entries_{};
};

struct Tables {
  ClassTable all;             // every word with a class
  ClassTable triggers;        // words a date can start with
  WordFilter trigger_filter;  // the words of `triggers`
  WordFilter all_filter;      // the words of `all`
};

const Tables& tables() {
  static const Tables built = [] {
    Tables made;
    // A word's value holds all its classes.
    std::vector<std::pair<std::string_view, std::uint32_t>> merged;
    // The lists shared with the date patterns (lexicon.hpp), and the others written here.
    auto add_all = [&](std::uint32_t bits, const auto& list) {
      for (const std::string_view word : list) {
        auto known = std::find_if(merged.begin(), merged.end(),
                                  [&](const auto& entry) { return entry.first == word; });
        if (known == merged.end()) {
          merged.emplace_back(word, bits);
        } else {
          known->second |= bits;
        }
      }
    };
    auto add = [&](std::uint32_t bits, std::initializer_list<std::string_view> list) {
      add_all(bits, list);
    };
    add_all(kMonth, kMonthNames);
    add_all(kAbbr, kMonthAbbreviations);
    add_all(kWeekday, kWeekdayNames);
    add(kSolo, {"today", "yesterday", "tomorrow", "tonight", "now", "currently", "recently"});
    add_all(kSeason, kSeasons);
    add_all(kMod, kModifiers);
    add(kRel, {"last", "this", "next"});
    add(kThe, {"the"});
    add(kIts, {"its"});
    add(kFiscal, {"fiscal", "calendar"});
    add(kEarlier, {"earlier", "later"});
    add_all(kEndWord, kPeriodEdges);
    add_all(kRelAdj, kRelativeAdjectives);
    add_all(kNumWord, kCountWords);
    add(kApprox, {"nearly", "almost", "about", "some", "roughly", "more"});
    add(kRecent, {"recent"});
    add_all(kOrd, kOrdinalWords);
    add(kUnit, {"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years",
                "decade", "decades", "quarter", "century"});
    add(kOf, {"of"});
    add(kIn, {"in"});
    add(kFew, {"few", "couple"});
    add(kThan, {"than"});
    add(kNear, {"near"});
    add(kFuture, {"future"});
    add(kHalf, {"half"});
    add_all(kPart, kDayParts);
    add(kAgo, {"ago"});
    add(kPast, {"past"});
    for (const auto& [word, bits] : merged) {
      made.all.insert(word, bits);
      made.all_filter.add(word);
      if (bits & kTriggerClasses) {
        made.triggers.insert(word, bits);
        made.trigger_filter.add(word);
      }
    }
    return made;
  }();
  return built;
}

using text::is_digit;

// The first run at or after `pos`, skipping bytes that are not word bytes.
struct NextRun {
  std::uint32_t classes = 0;
  std::size_t start = 0;
  std::size_t end = 0;
};

NextRun next_run(std::string_view text, std::size_t pos) {
  NextRun next;
  while (pos < text.size() && !is_word_byte(text[pos])) ++pos;
  next.start = next.end = pos;
  if (pos == text.size()) return next;
  Run run;
  measure_run(text, pos, run);
  next.end = run.end;
  const std::size_t length = run.end - pos;
  if (is_digit(text[pos])) {
    next.classes = kDigits;
  } else if (length <= kMaxWord) {
    const WordFilter::Key key = WordFilter::key_of(run.lowered.data(), length);
    if (tables().all_filter.may_hold(key)) next.classes = tables().all.find(key);
  }
  return next;
}

std::uint32_t next_classes(std::string_view text, std::size_t pos) {
  return next_run(text, pos).classes;
}

// "3 years", "five months": a count and a unit start a date only before "ago", "earlier",
// "later" (the Ago family).
bool ago_after(std::string_view text, const NextRun& unit) {
  return (next_classes(text, unit.end) & (kAgo | kEarlier)) != 0;
}

bool ordinal_suffix(std::string_view suffix) {
  if (suffix.size() != 2) return false;
  const char a = static_cast<char>(suffix[0] | 0x20);
  const char b = static_cast<char>(suffix[1] | 0x20);
  return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
         (a == 't' && b == 'h');
}

// A run that starts with a digit: years, decades, days, counts, slashed dates.
Trigger classify_number(std::string_view text, std::size_t start, std::size_t run_end) {
  const std::string_view run = text.substr(start, run_end - start);
  std::size_t digits = 0;
  while (digits < run.size() && is_digit(run[digits])) ++digits;
  const std::string_view suffix = run.substr(digits);
  const char after = run_end < text.size() ? text[run_end] : '\0';
  if (digits == 4) {
    // Decade: (1[0-9]|20)[0-9]0'?s
    const bool decade_shape = (run[0] == '1' || (run[0] == '2' && run[1] == '0')) && run[3] == '0';
    if (suffix.size() == 1 && (suffix[0] | 0x20) == 's') {
      return decade_shape ? Trigger::Pattern : Trigger::None;
    }
    if (!suffix.empty()) return Trigger::None;
    if (after == '\'' && decade_shape) return Trigger::Pattern;
    const int year =
        (run[0] - '0') * 1000 + (run[1] - '0') * 100 + (run[2] - '0') * 10 + (run[3] - '0');
    if (year < 1500 || year > 2099) return Trigger::None;
    // Year-month-day or a range ("2016-2018"); else the year alone.
    return after == '-' || after == '\'' ? Trigger::Pattern : Trigger::Word;
  }
  if (digits > 3) return Trigger::None;
  // Day of the month (before a month), a count before a unit ("3 years ago"), a century.
  if (suffix.empty()) {
    if (after == '/') {
      // Slash: [01]?[0-9]/[0-3]?[0-9]/(19|20)[0-9][0-9]
      std::size_t pos = run_end + 1;
      std::size_t day_digits = 0;
      while (pos < text.size() && is_digit(text[pos]) && day_digits < 3) ++pos, ++day_digits;
      const bool slash_date = digits <= 2 && day_digits >= 1 && day_digits <= 2 &&
                              pos + 1 < text.size() && text[pos] == '/' && is_digit(text[pos + 1]);
      return slash_date ? Trigger::Pattern : Trigger::None;
    }
  } else if (digits > 2 || !ordinal_suffix(suffix)) {
    return Trigger::None;
  }
  const NextRun next = next_run(text, run_end);
  if (next.classes & (kMonth | kAbbr | kOf)) return Trigger::Pattern;
  if (!(next.classes & kUnit)) return Trigger::None;
  // "20th century", "3rd quarter"; a bare count needs "ago" after its unit.
  return !suffix.empty() || ago_after(text, next) ? Trigger::Pattern : Trigger::None;
}

// What must follow (as the next run) each class of trigger word for a date to start there.
std::uint32_t needed_after(std::uint32_t bits) {
  std::uint32_t need = 0;
  if (bits & kSeason) need |= kOf | kDigits;
  if (bits & kMod) {
    need |= kMonth | kAbbr | kWeekday | kDigits | kUnit | kSeason | kSolo | kRel | kThe | kRelAdj;
  }
  if (bits & kRel) need |= kMonth | kAbbr | kWeekday | kSeason | kUnit | kRelAdj;
  if (bits & kThe) {
    need |=
        kEndWord | kRelAdj | kMod | kFiscal | kOrd | kSeason | kUnit | kNear | kFuture | kDigits;
  }
  if (bits & kIts) need |= kFiscal | kOrd | kDigits;
  if (bits & kFiscal) need |= kOrd | kUnit | kDigits;
  if (bits & kEarlier) need |= kWeekday | kSolo | kRel | kThe | kRelAdj | kIn;
  if (bits & kEndWord) need |= kOf;
  if (bits & kRelAdj) need |= kUnit;
  if (bits & kNumWord) need |= kUnit | kFew;
  if (bits & kApprox) need |= kNumWord | kDigits | kThan;
  if (bits & kRecent) need |= kUnit;
  if (bits & kOrd) need |= kUnit | kHalf;
  return need;
}

// For the commonest triggers, the run after the next one too: true when a date may start at a
// trigger of `bits` followed by `next` (which passed needed_after).
bool deeper_check(std::string_view text, std::uint32_t bits, const NextRun& next) {
  // Classes this check does not narrow: a date may start.
  if (bits & (kSeason | kMod | kRel | kEarlier | kRelAdj | kRecent | kOrd)) return true;
  const std::uint32_t then = next.classes;
  auto third = [&] { return next_classes(text, next.end); };
  if (bits & kThe) {
    if (then & (kMod | kFiscal | kSeason | kUnit | kNear | kFuture | kPast)) return true;
    if ((then & kEndWord) && (third() & kOf)) return true;
    if ((then & kRelAdj) && (third() & (kUnit | kWeekday))) return true;
    if ((then & kOrd) && (third() & (kUnit | kHalf))) return true;
    // "the 1990s", "the 20th century": a number with letters or an apostrophe after it.
    if (then & kDigits) {
      return !is_digit(text[next.end - 1]) || (next.end < text.size() && text[next.end] == '\'');
    }
    return false;
  }
  if (bits & kIts) {
    if (then & (kFiscal | kDigits)) return true;
    return (then & kOrd) && (third() & kUnit);
  }
  if (bits & kFiscal) {
    if (then & (kOrd | kDigits)) return true;
    return (then & kUnit) && (third() & kDigits);
  }
  if (bits & kEndWord) return (third() & (kRel | kThe | kRelAdj)) != 0;
  if (bits & kNumWord) {
    if (then & kFew) return true;
    return ago_after(text, next);
  }
  if (bits & kApprox) {
    if (then & kThan) return true;
    return (third() & (kUnit | kFew)) != 0;
  }
  return true;
}

}  // namespace

const WordFilter& trigger_filter() {
  return tables().trigger_filter;
}

Trigger classify_run(std::string_view text, std::size_t start, std::size_t run_end) {
  Run run;
  run.end = run_end;
  for (std::size_t k = 0; k < Run::kBlock && start + k < run_end; ++k) {
    run.lowered[k] = static_cast<char>(text[start + k] | 0x20);
  }
  return classify_run(text, start, run);
}

Trigger classify_run(std::string_view text, std::size_t start, const Run& run) {
  const std::size_t run_end = run.end;
  const char first = text[start];
  if (is_digit(first)) return classify_number(text, start, run_end);
  // "Q3": the quarter needs no \b after its digit.
  if ((first | 0x20) == 'q' && run_end - start >= 2 && text[start + 1] >= '1' &&
      text[start + 1] <= '4') {
    return Trigger::Pattern;
  }
  const std::size_t length = run_end - start;
  if (length > kMaxWord) return Trigger::None;
  const Tables& known = tables();
  const WordFilter::Key key = WordFilter::key_of(run.lowered.data(), length);
  if (!known.trigger_filter.may_hold(key)) return Trigger::None;
  const std::uint32_t bits = known.triggers.find(key);
  if (bits == 0) return Trigger::None;
  if (bits & kSolo) return Trigger::Word;
  const bool capital = first >= 'A' && first <= 'Z';
  if (bits & (kMonth | kAbbr)) {
    const std::uint32_t next = next_classes(text, run_end);
    // Lower-case months are dates only with a day or a year ("march 3", "march of 2025").
    if (!capital) return next & (kDigits | kOf) ? Trigger::Pattern : Trigger::None;
    if (bits & kMonth) return next & (kDigits | kOf | kRel) ? Trigger::Pattern : Trigger::Word;
    // "Sept." alone is a month; other abbreviations need a day or a year.
    if (run_end - start == 4) return Trigger::Pattern;
    return next & (kDigits | kOf) ? Trigger::Pattern : Trigger::None;
  }
  if (bits & kWeekday) {
    const std::uint32_t next = next_classes(text, run_end);
    return next & (kMonth | kAbbr | kDigits | kMod | kRel | kThe | kPart) ? Trigger::Pattern
                                                                          : Trigger::Word;
  }
  const std::uint32_t need = needed_after(bits);
  if (need == 0) return Trigger::None;
  const NextRun next = next_run(text, run_end);
  if (!(next.classes & need)) return Trigger::None;
  return deeper_check(text, bits, next) ? Trigger::Pattern : Trigger::None;
}

}  // namespace newsmine::dates
