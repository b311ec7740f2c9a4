// Closed word lists shared by the tokenizer and the sentence splitter (internal header).
#pragma once

#include <string_view>

namespace newsmine::text {

// Words written with a period that is part of the word ("Mr.", "Jan.", "Inc."), case-sensitive,
// without the period. Words with inner periods (U.S., e.g., a.m.) and single capitals (J.) are
// recognised by shape, not listed.
bool is_abbreviation(std::string_view word);
// The same in any case: "MR", "mr" and "Mr"; "ETC" and "etc".
bool is_abbreviation_any_case(std::string_view word);

// Abbreviations that precede a name or a number and so never end a sentence ("Mr.", "Dr.",
// "Gen.", "St.", "No."), without the period.
bool is_title_abbreviation(std::string_view word);

// Abbreviations that take their period only before a number ("No. 1", "Fig. 3", "pp. 4").
bool is_number_abbreviation(std::string_view word);

// Capitalised closed-class words that often start a sentence ("The", "He", "But", "In").
// After an abbreviation that can end a sentence ("in the U.S. The ..."), one of these marks a
// new sentence.
bool is_sentence_starter(std::string_view word);

// Sentence starters that also join phrases (And, Or, Of, To, With, ...): after an abbreviation
// they continue the sentence ("the U.S. And Europe").
bool is_joining_starter(std::string_view word);

// Lowercase function words after which a line break cannot end a sentence ("the", "of").
bool is_function_word(std::string_view word);

}  // namespace newsmine::text
