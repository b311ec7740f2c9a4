// Where a date can start: a cheap test on the word-character runs of the text, so that the
// combined date pattern runs only (anchored) where it may match.
//
// A run is a maximal stretch of [A-Za-z0-9_], the characters of RE2's \b; every date pattern
// starts with such a character right after a \b, so a date starts only at the start of a run.
// The test looks at the run and the run after it (skipping any other bytes), and never says
// None where the combined pattern has a match starting at the run (rules derived from the
// family patterns in dates.cpp; keep them in step). Cost: one look-up of each of the two runs
// in a word table; no RE2.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsmine::dates {

enum class Trigger : unsigned char {
  None,     // no date starts at this run
  Pattern,  // a date may start here: run the combined pattern anchored at the run
  Word,     // a date starts here and is the run itself (a bare year, "today", "Friday", ...)
};

// True for the bytes of a run: ASCII letters, digits and '_'.
bool is_word_byte(char c);

// Classifies the run text[start, run_end) (run_end: the first byte after the run).
Trigger classify_run(std::string_view text, std::size_t start, std::size_t run_end);

}  // namespace newsmine::dates
