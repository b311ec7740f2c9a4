#include "extract/dates/tense.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "text/word_table.hpp"
#include "util/list_lines.hpp"

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

enum class WordClass : std::uint8_t { Reporting, FutureBeforeTo, Future, Past, Perfect, NotPast };

// Every word of data/dates/tense-words.tsv with its class.
[[gnu::noinline]] text::WordTable<WordClass> read_word_classes() {
  constexpr std::string_view kList = "dates/tense-words.tsv";
  text::WordTable<WordClass> built;
  util::for_each_embedded_line(kList, [&](std::string_view line, std::size_t number) {
    const std::size_t tab = line.find('\t');
    const std::string_view name =
        tab == std::string_view::npos ? std::string_view{} : line.substr(tab + 1);
    static constexpr std::array<std::pair<std::string_view, WordClass>, 6> kNames = {
        {{"reporting", WordClass::Reporting},
         {"perfect", WordClass::Perfect},
         {"future", WordClass::Future},
         {"future-before-to", WordClass::FutureBeforeTo},
         {"past", WordClass::Past},
         {"not-past", WordClass::NotPast}}};
    const auto* found = std::find_if(kNames.begin(), kNames.end(),
                                     [&](const auto& entry) { return entry.first == name; });
    if (found == kNames.end()) util::throw_list_error(kList, number, "needs word<TAB>class");
    built.insert(line.substr(0, tab), found->second);
  });
  return built;
}

// Built once, read-only afterwards. Inlined where words are looked up (one guard test), the
// reading kept out of line: as one out-of-line function it cost ~0.2% more instructions.
[[gnu::always_inline]] inline const text::WordTable<WordClass>& word_classes() {
  static const text::WordTable<WordClass> table = read_word_classes();
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
