#include "extract/dates/zones.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

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

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = kOnes * 0x80;

// A word of up to 9 ASCII letters as a number: its first eight bytes, case folded, in
// little-endian order, the ninth folded into the lowest byte (no word list has a longer word).
constexpr std::size_t kMaxLetters = 9;
constexpr std::uint64_t word_key(std::string_view word) {
  std::uint64_t key = 0;
  for (std::size_t k = 0; k < word.size() && k < 8; ++k) {
    key |= static_cast<std::uint64_t>(static_cast<unsigned char>(word[k] | 0x20)) << (8 * k);
  }
  if (word.size() == 9) key ^= static_cast<unsigned char>(word[8] | 0x20);
  return key;
}

// Bit 7 of each byte of `folded` (bytes or'ed with 0x20) that is not an ASCII letter.
constexpr std::uint64_t non_letters(std::uint64_t folded) {
  const std::uint64_t low7 = folded & ~kHighs;
  const std::uint64_t at_least_a = low7 + kOnes * (0x80 - 'a');
  const std::uint64_t above_z = low7 + kOnes * (0x80 - 'z' - 1);
  return (folded | ~at_least_a | above_z) & kHighs;
}
static_assert(non_letters(word_key("mayday.x")) == 0x0080000000000000ULL);

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

// The length of the run of ASCII letters at `begin`; sets `key` to its word_key when it has at
// most kMaxLetters letters. Eight bytes a step where the text has them.
std::size_t letters_at(std::string_view text, std::size_t begin, std::uint64_t& key) {
  std::size_t end = begin;
  if constexpr (std::endian::native == std::endian::little) {
    if (text.size() - begin >= 8) {
      std::uint64_t bytes = 0;
      std::memcpy(&bytes, text.data() + begin, sizeof bytes);
      const std::uint64_t folded = bytes | (kOnes * 0x20);
      const std::uint64_t stops = non_letters(folded);
      if (stops != 0) {
        const auto length = static_cast<std::size_t>(std::countr_zero(stops) / 8);
        key = folded & ((std::uint64_t{1} << (8 * length)) - 1);
        return length;
      }
      end = begin + 8;
    }
  }
  while (end < text.size() && byte_class(text[end]) == ByteClass::Letter) ++end;
  const std::size_t length = end - begin;
  if (length <= kMaxLetters) key = word_key(text.substr(begin, length));
  return length;
}

}  // namespace

bool find_date_zones(std::string_view text, std::size_t from, std::size_t to,
                     std::vector<DateZone>& zones) {
  const std::size_t first_zone = zones.size();
  std::size_t zone_start = from;
  bool triggered = false;
  std::size_t trigger_end = 0;  // of the zone's last trigger
  std::uint64_t key_buffer = 0;
  auto close = [&](std::size_t zone_end, std::size_t next_start) {
    if (triggered) {
      zones.push_back({static_cast<std::uint32_t>(zone_start), static_cast<std::uint32_t>(zone_end),
                       static_cast<std::uint32_t>(trigger_end)});
    }
    zone_start = next_start;
    triggered = false;
  };
  std::size_t i = from;
  while (i < to) {
    const ByteClass byte = byte_class(text[i]);
    if (byte == ByteClass::Letter) {
      const std::size_t begin = i;
      const std::size_t length = letters_at(text, begin, key_buffer);
      i = std::min(begin + length, to);
      Role role = length <= kMaxLetters ? kRoles.find(key_buffer) : Role::Other;
      if (role == Role::Other && starts_with_year(text, begin, begin + length)) {
        role = Role::Trigger;
      }
      if (role == Role::Trigger) {
        triggered = true;
        trigger_end = i;
      } else if (role == Role::Other) {
        close(begin, i);
      }
    } else if (byte == ByteClass::Join) {
      ++i;
    } else if (byte == ByteClass::Digit) {
      const std::size_t begin = i;
      while (i < to && byte_class(text[i]) == ByteClass::Digit) ++i;
      // A year: a number of exactly four digits from 1000 to 2999.
      if (i - begin == 4 && (text[begin] == '1' || text[begin] == '2')) {
        triggered = true;
        trigger_end = i;
      }
    } else {
      if (byte == ByteClass::Folded &&
          (text.substr(i, 2) == "\xc5\xbf" || text.substr(i, 3) == "\xe2\x84\xaa")) {
        zones.resize(first_zone);
        return false;
      }
      close(i, i + 1);
      ++i;
    }
  }
  close(to, to);
  return true;
}

}  // namespace newsmine::dates
