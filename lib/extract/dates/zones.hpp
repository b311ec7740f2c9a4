// The trigger scan in front of the date pattern: the text is cut into zones at bytes and words
// no date can contain, and only zones holding a word every date needs (a month, a weekday,
// "today", "week", "now", ... or a four-digit number starting with 1 or 2) are kept. Every
// match of the combined date pattern lies inside one kept zone, so running it on the kept
// zones alone finds exactly the matches a scan of the whole text finds. One pass, about 1 ns
// a byte.
#pragma once

#include <string_view>
#include <vector>

#include <cstdint>

namespace newsmine::dates {

// [start, end) of a zone; no date starts at or after trigger_end (the end of its last trigger).
struct DateZone {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t trigger_end = 0;
};

// Appends to `zones` the zones of [from, to) that may hold a date, in text order. Returns
// false, having appended nothing, when the text holds a non-ASCII letter the case-insensitive
// pattern folds to an ASCII one (U+017F long s, U+212A Kelvin sign): the caller must then scan
// all of [from, to).
bool find_date_zones(std::string_view text, std::size_t from, std::size_t to,
                     std::vector<DateZone>& zones);

}  // namespace newsmine::dates
