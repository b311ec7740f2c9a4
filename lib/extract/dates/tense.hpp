// The tense of the clause around a date mention, read from its verbs: past ("said", "-ed"
// forms, irregular pasts, "has/had"), future ("will", "is expected to", "plans to"). Used to
// resolve weekdays and yearless months. O(words in the sentence).
#pragma once

#include <cstdint>
#include <string_view>

namespace newsmine::dates {

enum class Tense : std::uint8_t { Unknown, Past, Future };

// `text` is the whole document; [clause_start, clause_end) bounds the sentence holding the
// mention [mention_start, mention_end). The nearest tense cue wins; reporting verbs ("said")
// count only when nothing else marks the tense.
Tense clause_tense(std::string_view text, std::uint32_t clause_start, std::uint32_t clause_end,
                   std::uint32_t mention_start, std::uint32_t mention_end);

}  // namespace newsmine::dates
