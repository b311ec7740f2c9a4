#include "extract/dates/zones.hpp"

#include <array>
#include <bit>
#include <cstdint>

namespace newsmine::dates {

namespace {

// Words that every date holds at least one of (besides a four-digit number): month and weekday
// names, the heads of relative and vague dates. Lower case; the scan folds case.
constexpr std::array<std::string_view, 60> kTriggers = {
    "now",       "currently", "recently", "recent",   "future",  "past",    "january",   "february",
    "march",     "april",     "may",      "june",     "july",    "august",  "september", "october",
    "november",  "december",  "jan",      "feb",      "mar",     "apr",     "jun",       "jul",
    "aug",       "sep",       "sept",     "oct",      "nov",     "dec",     "monday",    "tuesday",
    "wednesday", "thursday",  "friday",   "saturday", "sunday",  "today",   "yesterday", "tomorrow",
    "tonight",   "day",       "days",     "week",     "weeks",   "weekend", "month",     "months",
    "year",      "years",     "decade",   "decades",  "century", "quarter", "q",         "spring",
    "summer",    "fall",      "autumn",   "winter"};

// Every other word the date patterns spell, and the letters after digits ("1st", "1990s"): a
// date may hold them, so they do not end a zone.
constexpr std::array<std::string_view, 71> kParts = {
    "about",     "some",      "roughly", "more",    "than",    "ago",    "near",    "st",
    "nd",        "rd",        "th",      "s",       "early",   "mid",    "late",    "the",
    "end",       "beginning", "start",   "middle",  "of",      "last",   "next",    "this",
    "a",         "an",        "one",     "two",     "three",   "four",   "five",    "six",
    "seven",     "eight",     "nine",    "ten",     "eleven",  "twelve", "fifteen", "twenty",
    "thirty",    "forty",     "fifty",   "several", "few",     "couple", "morning", "afternoon",
    "evening",   "night",     "first",   "second",  "third",   "fourth", "coming",  "previous",
    "following", "prior",     "current", "latest",  "earlier", "later",  "its",     "fiscal",
    "calendar",  "half",      "after",   "before",  "in",      "nearly", "almost"};
enum class Role : std::uint8_t { Other, Part, Trigger };

// A word of up to 12 ASCII letters packed 5 bits a letter ('a' = 1), case folded.
constexpr std::size_t kMaxLetters = 12;
constexpr std::uint64_t letter_code(char c) {
  return static_cast<std::uint64_t>((c | 0x20) - 'a' + 1);
}
constexpr std::uint64_t word_key(std::string_view word) {
  std::uint64_t key = 0;
  for (const char c : word) key = (key << 5) | letter_code(c);
  return key;
}

// An open-addressing table from word keys to roles, built at compile time.
class RoleTable {
 public:
  static constexpr std::size_t kSlots = 512;

  constexpr RoleTable() {
    for (std::string_view word : kTriggers) insert(word_key(word), Role::Trigger);
    for (std::string_view word : kParts) insert(word_key(word), Role::Part);
  }

  Role find(std::uint64_t key) const {
    for (std::size_t slot = slot_of(key); keys_[slot] != 0; slot = (slot + 1) & (kSlots - 1)) {
      if (keys_[slot] == key) return roles_[slot];
    }
    return Role::Other;
  }

 private:
  static constexpr std::size_t slot_of(std::uint64_t key) {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 55);  // 9 bits
  }
  constexpr void insert(std::uint64_t key, Role role) {
    std::size_t slot = slot_of(key);
    while (keys_[slot] != 0) slot = (slot + 1) & (kSlots - 1);
    keys_[slot] = key;
    roles_[slot] = role;
  }

  std::array<std::uint64_t, kSlots> keys_{};
  std::array<Role, kSlots> roles_{};
};
static_assert(std::has_single_bit(RoleTable::kSlots));

constexpr RoleTable kRoles;

enum class ByteClass : std::uint8_t {
  Stop,  // no date holds it: ends a zone
  Join,  // spaces and the punctuation dates hold: , . - ' /
  Digit,
  Letter,
  Folded,  // a lead byte of U+017F or U+212A; otherwise a Stop
};

constexpr std::array<ByteClass, 256> kByteClasses = [] {
  std::array<ByteClass, 256> classes{};
  for (const char c : std::string_view(" \t\n\r\f,.-'/")) {
    classes[static_cast<unsigned char>(c)] = ByteClass::Join;
  }
  for (int c = '0'; c <= '9'; ++c) classes[static_cast<std::size_t>(c)] = ByteClass::Digit;
  for (int c = 'a'; c <= 'z'; ++c) {
    classes[static_cast<std::size_t>(c)] = ByteClass::Letter;
    classes[static_cast<std::size_t>(c - 'a' + 'A')] = ByteClass::Letter;
  }
  classes[0xC5] = classes[0xE2] = ByteClass::Folded;
  return classes;
}();

ByteClass byte_class(char c) {
  return kByteClasses[static_cast<unsigned char>(c)];
}

// "yearly", "year-end": a date may end inside a word that starts with "year" ("this year").
bool starts_with_year(std::string_view text, std::size_t begin, std::size_t end) {
  return end - begin > 4 && (text[begin] | 0x20) == 'y' && (text[begin + 1] | 0x20) == 'e' &&
         (text[begin + 2] | 0x20) == 'a' && (text[begin + 3] | 0x20) == 'r';
}

}  // namespace

bool find_date_zones(std::string_view text, std::size_t from, std::size_t to,
                     std::vector<Span>& zones) {
  const std::size_t first_zone = zones.size();
  std::size_t zone_start = from;
  bool triggered = false;
  auto close = [&](std::size_t zone_end, std::size_t next_start) {
    if (triggered) {
      zones.push_back(
          {static_cast<std::uint32_t>(zone_start), static_cast<std::uint32_t>(zone_end)});
    }
    zone_start = next_start;
    triggered = false;
  };
  std::size_t i = from;
  while (i < to) {
    switch (byte_class(text[i])) {
      case ByteClass::Join:
        ++i;
        break;
      case ByteClass::Folded:
        if ((text.substr(i, 2) == "\xc5\xbf") || (text.substr(i, 3) == "\xe2\x84\xaa")) {
          zones.resize(first_zone);
          return false;
        }
        [[fallthrough]];
      case ByteClass::Stop:
        close(i, i + 1);
        ++i;
        break;
      case ByteClass::Digit: {
        const std::size_t begin = i;
        while (i < to && byte_class(text[i]) == ByteClass::Digit) ++i;
        // A year: a number of exactly four digits from 1000 to 2999.
        if (i - begin == 4 && (text[begin] == '1' || text[begin] == '2')) triggered = true;
        break;
      }
      case ByteClass::Letter: {
        const std::size_t begin = i;
        std::uint64_t key = 0;
        for (; i < to && byte_class(text[i]) == ByteClass::Letter; ++i) {
          key = (key << 5) | letter_code(text[i]);
        }
        Role role = i - begin <= kMaxLetters ? kRoles.find(key) : Role::Other;
        if (role == Role::Other && starts_with_year(text, begin, i)) role = Role::Trigger;
        if (role == Role::Trigger) {
          triggered = true;
        } else if (role == Role::Other) {
          close(begin, i);
        }
        break;
      }
    }
  }
  close(to, to);
  return true;
}

}  // namespace newsmine::dates
