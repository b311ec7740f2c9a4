#include "extract/dates/tense.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace newsmine::dates {

namespace {

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
}

// Sentence-final punctuation followed by space: a clause break even when the sentence splitter
// gave a longer span.
bool is_break(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  if (c == '!' || c == '?' || c == ';') return true;
  if (c == '\n' && pos + 1 < text.size() && text[pos + 1] == '\n') return true;
  if (c != '.' || pos + 1 >= text.size() || (text[pos + 1] != ' ' && text[pos + 1] != '\n'))
    return false;
  // "U.S. officials": a period after a single capital letter is an abbreviation.
  return !(pos >= 2 && text[pos - 1] >= 'A' && text[pos - 1] <= 'Z' &&
           (text[pos - 2] == '.' || text[pos - 2] == ' '));
}

constexpr std::array<std::string_view, 12> kFutureWords = {
    "will",     "'ll",   "shall", "tomorrow", "upcoming", "scheduled",
    "expected", "plans", "plan",  "intends",  "due",      "next"};
constexpr std::array<std::string_view, 64> kPastWords = {
    "was",    "were",       "had",     "did",   "ago",      "went",  "came",      "took",
    "made",   "gave",       "met",     "rose",  "fell",     "sold",  "bought",    "won",
    "lost",   "began",      "left",    "held",  "saw",      "spoke", "wrote",     "paid",
    "hit",    "brought",    "thought", "felt",  "found",    "got",   "kept",      "knew",
    "led",    "meant",      "ran",     "sent",  "spent",    "stood", "struck",    "taught",
    "told",   "understood", "became",  "broke", "chose",    "drew",  "drove",     "flew",
    "forgot", "grew",       "heard",   "hung",  "overtook", "rang",  "sank",      "shook",
    "shot",   "slid",       "sought",  "swore", "threw",    "woke",  "yesterday", "last"};
// Words ending in -ed that are not past-tense verbs.
constexpr std::array<std::string_view, 14> kEdNotPast = {
    "need",   "seed",  "speed",   "feed",     "bed",      "red",       "shed",
    "united", "based", "related", "proposed", "expected", "scheduled", "indeed"};
constexpr std::array<std::string_view, 5> kReporting = {"said", "told", "added", "stated", "noted"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The tense a word signals on its own: 0 none, 1 past, 2 future, 3 reporting (weak past).
int cue_of_word(std::string_view word, std::string_view next) {
  if (in(kReporting, word)) return 3;
  if (word == "expected" || word == "scheduled" || word == "set" || word == "due" ||
      word == "plans" || word == "plan" || word == "planned" || word == "intends" ||
      word == "going") {
    return next == "to" || next == "for" ? 2 : 0;
  }
  if (in(kFutureWords, word)) return 2;
  if (word == "would" || word == "could") return 2;
  if (in(kPastWords, word)) return 1;
  if (word == "has" || word == "have") {
    // Present perfect: "has shown", "have agreed", "has been".
    const bool participle =
        next.size() > 3 && (next.ends_with("ed") || next.ends_with("en") || next.ends_with("wn") ||
                            next == "been" || in(kPastWords, next));
    return participle ? 1 : 0;
  }
  if (word.size() > 4 && word.ends_with("ed") && !in(kEdNotPast, word)) return 1;
  return 0;
}

// The tense a word signals in context: 0 none, 1 past, 2 future, 3 reporting (weak past).
int cue_of(std::string_view previous, std::string_view word, std::string_view next) {
  if ((word == "is" || word == "are") && next == "to") return 2;  // "is to impose"
  const int cue = cue_of_word(word, next);
  // A participle after "be", "been", "is": the auxiliary carries the tense ("will be made").
  if (cue == 1 && (previous == "be" || previous == "been" || previous == "being" ||
                   previous == "is" || previous == "are")) {
    return 0;
  }
  return cue;
}

}  // namespace

Tense clause_tense(std::string_view text, std::uint32_t clause_start, std::uint32_t clause_end,
                   std::uint32_t mention_start, std::uint32_t mention_end) {
  // Narrow the clause to the nearest breaks around the mention.
  std::size_t begin = mention_start;
  while (begin > clause_start && !is_break(text, begin - 1)) --begin;
  std::size_t end = mention_end;
  while (end < clause_end && !is_break(text, end)) ++end;

  // Collect lower-cased words with their positions.
  struct Word {
    std::string text;
    std::size_t pos;
  };
  std::array<Word, 96> words;
  std::size_t count = 0;
  for (std::size_t i = begin; i < end && count < words.size();) {
    if (!is_letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < end && is_letter(text[j])) ++j;
    if (j - i <= 20) {
      words[count].text.assign(text.substr(i, j - i));
      for (char& c : words[count].text) c = static_cast<char>(c | 0x20);
      words[count].pos = i;
      ++count;
    }
    i = j;
  }
  int best_cue = 0;
  std::size_t best_distance = 0;
  bool reported = false;
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t pos = words[k].pos;
    if (pos >= mention_start && pos < mention_end) continue;  // the mention's own words
    const std::string_view next = k + 1 < count ? std::string_view(words[k + 1].text) : "";
    const std::string_view previous = k > 0 ? std::string_view(words[k - 1].text) : "";
    const int cue = cue_of(previous, words[k].text, next);
    if (cue == 0) continue;
    if (cue == 3) {
      reported = true;
      continue;
    }
    const std::size_t distance = pos < mention_start ? mention_start - pos : pos - mention_end;
    if (best_cue == 0 || distance < best_distance) {
      best_cue = cue;
      best_distance = distance;
    }
  }
  if (best_cue == 1) return Tense::Past;
  if (best_cue == 2) return Tense::Future;
  return reported ? Tense::Past : Tense::Unknown;
}

}  // namespace newsmine::dates
