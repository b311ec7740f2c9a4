#include "extract/dates/tense.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "text/word_table.hpp"

namespace newsmine::dates {

namespace {

// Letters and the apostrophe ("'ll").
constexpr std::array<bool, 256> kWordByte = [] {
  std::array<bool, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) {
    table[static_cast<std::size_t>(c)] = table[static_cast<std::size_t>(c - 'a' + 'A')] = true;
  }
  table['\''] = true;
  return table;
}();

bool is_letter(char c) {
  return kWordByte[static_cast<unsigned char>(c)];
}

constexpr std::array<bool, 256> kMayBreak = [] {
  std::array<bool, 256> table{};
  for (const char c : std::string_view("!?;.\n")) table[static_cast<unsigned char>(c)] = true;
  return table;
}();

// The bytes a clause break can be at: the cheap test before is_break.
bool may_break(char c) {
  return kMayBreak[static_cast<unsigned char>(c)];
}

// Sentence-final punctuation followed by space: a clause break even when the sentence splitter
// gave a longer span. Call only where may_break holds.
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

enum class WordClass : std::uint8_t { Reporting, FutureBeforeTo, Future, Past, Perfect, NotPast };

// Every listed word with its class, built once and read-only afterwards. A word keeps its first
// class, so the lists go from the strongest reading to the weakest.
const text::WordTable<WordClass>& word_classes() {
  static const text::WordTable<WordClass> table = [] {
    text::WordTable<WordClass> built;
    for (std::string_view word : kReporting) built.insert(word, WordClass::Reporting);
    for (std::string_view word : {"has", "have"}) built.insert(word, WordClass::Perfect);
    // Plans and schedules are about what comes: "protesters planned a rally on Saturday".
    for (std::string_view word :
         {"plan", "plans", "planned", "planning", "scheduled", "upcoming"}) {
      built.insert(word, WordClass::Future);
    }
    for (std::string_view word : {"expected", "set", "due", "going", "intends", "hopes"}) {
      built.insert(word, WordClass::FutureBeforeTo);
    }
    for (std::string_view word : {"would", "could"}) built.insert(word, WordClass::Future);
    for (std::string_view word : kFutureWords) built.insert(word, WordClass::Future);
    for (std::string_view word : kPastWords) built.insert(word, WordClass::Past);
    for (std::string_view word : kEdNotPast) built.insert(word, WordClass::NotPast);
    return built;
  }();
  return table;
}

bool is_past_word(std::string_view word) {
  const WordClass* word_class = word_classes().find(word);
  return word_class != nullptr && *word_class == WordClass::Past;
}

// The tense a word signals on its own: 0 none, 1 past, 2 future, 3 reporting (weak past).
int cue_of_word(std::string_view word, std::string_view next) {
  if (const WordClass* word_class = word_classes().find(word)) {
    switch (*word_class) {
      case WordClass::Reporting:
        return 3;
      case WordClass::FutureBeforeTo:
        return next == "to" || next == "for" ? 2 : 0;
      case WordClass::Future:
        return 2;
      case WordClass::Past:
        return 1;
      case WordClass::Perfect:
        // Present perfect: "has shown", "have agreed", "has been".
        return next.size() > 3 && (next.ends_with("ed") || next.ends_with("en") ||
                                   next.ends_with("wn") || is_past_word(next))
                   ? 1
                   : 0;
      case WordClass::NotPast:
        return 0;
    }
  }
  return word.size() > 4 && word.ends_with("ed") ? 1 : 0;
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
  // At most kReach bytes either side, so long run-on text costs the same as a sentence.
  constexpr std::size_t kReach = 240;
  const std::size_t low =
      std::max<std::size_t>(clause_start, mention_start > kReach ? mention_start - kReach : 0);
  const std::size_t high = std::min<std::size_t>(clause_end, mention_end + kReach);
  std::size_t begin = mention_start;
  while (begin > low && !(may_break(text[begin - 1]) && is_break(text, begin - 1))) --begin;
  std::size_t end = mention_end;
  while (end < high && end < text.size() && !(may_break(text[end]) && is_break(text, end))) ++end;

  // Collect lower-cased words with their positions.
  struct Word {
    std::array<char, 20> buffer;
    std::string_view text;
    std::size_t pos;
  };
  std::array<Word, 64> words;
  std::size_t count = 0;
  for (std::size_t i = begin; i < end && count < words.size();) {
    if (!is_letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < end && is_letter(text[j])) ++j;
    if (j - i <= 20) {
      Word& word = words[count];
      for (std::size_t k = i; k < j; ++k) word.buffer[k - i] = static_cast<char>(text[k] | 0x20);
      word.text = std::string_view(word.buffer.data(), j - i);
      word.pos = i;
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
    const std::string_view next = k + 1 < count ? words[k + 1].text : "";
    const std::string_view previous = k > 0 ? words[k - 1].text : "";
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
