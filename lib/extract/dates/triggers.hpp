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

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsmine::dates {

enum class Trigger : unsigned char {
  None,     // no date starts at this run
  Pattern,  // a date may start here: run the combined pattern anchored at the run
  Word,     // a date starts here and is the run itself (a bare year, "today", "Friday", ...)
};

// True for the bytes of a run: ASCII letters, digits and '_'.
inline bool is_word_byte(char c) {
  static constexpr std::array<bool, 256> kWordBytes = [] {
    std::array<bool, 256> table{};
    for (int byte = 0; byte < 256; ++byte) {
      table[static_cast<std::size_t>(byte)] = (byte >= 'a' && byte <= 'z') ||
                                              (byte >= 'A' && byte <= 'Z') ||
                                              (byte >= '0' && byte <= '9') || byte == '_';
    }
    return table;
  }();
  return kWordBytes[static_cast<unsigned char>(c)];
}

// A run: where it ends, and its first bytes with ASCII letters lower-cased (bytes past the run
// are junk).
struct Run {
  static constexpr std::size_t kBlock = 16;
  std::size_t end = 0;
  std::array<char, kBlock> lowered{};
  // The run starts among the block's bytes after this run (bit k: start + k), when the block
  // was read whole; 0 otherwise.
  std::uint32_t later_starts = 0;
  bool whole_block = false;
};

// Measures the run that starts at `start` (a word byte). Reads a fixed block of 16 bytes where
// the text has them, so the common short run costs no data-dependent branch.
inline void measure_run(std::string_view text, std::size_t start, Run& run) {
  if (text.size() - start >= Run::kBlock) {
#if defined(__SSE2__)
    // Unsigned x < n as a signed compare: (x ^ 0x80) < (n ^ 0x80).
    auto below = [](__m128i x, char n) {
      return _mm_cmplt_epi8(_mm_xor_si128(x, _mm_set1_epi8(static_cast<char>(0x80))),
                            _mm_set1_epi8(static_cast<char>(n ^ 0x80)));
    };
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + start));
    const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(run.lowered.data()), folded);
    const __m128i word =
        _mm_or_si128(_mm_or_si128(below(_mm_sub_epi8(folded, _mm_set1_epi8('a')), 26),
                                  below(_mm_sub_epi8(bytes, _mm_set1_epi8('0')), 10)),
                     _mm_cmpeq_epi8(bytes, _mm_set1_epi8('_')));
    const auto word_bytes = static_cast<std::uint32_t>(_mm_movemask_epi8(word));
#else
    std::uint32_t word_bytes = 0;
    for (std::size_t k = 0; k < Run::kBlock; ++k) {
      run.lowered[k] = static_cast<char>(text[start + k] | 0x20);
      word_bytes |= static_cast<std::uint32_t>(is_word_byte(text[start + k])) << k;
    }
#endif
    std::size_t length = static_cast<std::size_t>(std::countr_one(word_bytes));
    if (length < Run::kBlock) {
      run.end = start + length;
      run.later_starts = word_bytes & ~(word_bytes << 1) & ~((2U << length) - 1);
      run.whole_block = true;
      return;
    }
  } else {
    for (std::size_t k = 0; k < Run::kBlock && start + k < text.size(); ++k) {
      run.lowered[k] = static_cast<char>(text[start + k] | 0x20);
    }
  }
  std::size_t end = start + 1;
  while (end < text.size() && is_word_byte(text[end])) ++end;
  run.end = end;
  run.later_starts = 0;
  run.whole_block = false;
}

// The first run start (a word byte after a byte that is not one, or at 0) in [from, to), or
// `to`.
inline std::size_t next_run_start(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t i = from;
  for (; i < to && !is_word_byte(text[i]); ++i) {
  }
  if (i == to || i == 0 || !is_word_byte(text[i - 1])) return i;
  // Inside a run that began before `from`: the next start is after its end.
  while (i < to && is_word_byte(text[i])) ++i;
  while (i < to && !is_word_byte(text[i])) ++i;
  return i;
}

// The start of the run after `run` (measured at `start`), at or after `from` (>= run.end), in
// [from, to); `to` when there is none.
inline std::size_t run_after(std::string_view text, std::size_t start, const Run& run,
                             std::size_t from, std::size_t to) {
  if (run.whole_block && from == run.end) {
    if (run.later_starts != 0) {
      const std::size_t next = start + static_cast<std::size_t>(std::countr_zero(run.later_starts));
      return next < to ? next : to;
    }
    from = std::min(start + Run::kBlock, to);  // the block's bytes after the run hold no start
  }
  return next_run_start(text, from, to);
}

// A Bloom-style filter over short lower-cased words (up to 9 bytes): one bit per word, from a
// multiplicative hash of its bytes. A clear bit proves the word absent with one load and a
// branch that is nearly always predicted the same way.
class WordFilter {
 public:
  // A word as the filter sees it: its bytes as two integers, its length, its bit.
  struct Key {
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    std::size_t length = 0;
    std::size_t bit = 0;
  };
  // `lowered` holds at least 9 readable bytes; those past `length` are ignored.
  static Key key_of(const char* lowered, std::size_t length) {
    Key key;
    std::memcpy(&key.low, lowered, 8);
    key.high = static_cast<unsigned char>(lowered[8]);
    if (length < 8) {
      key.low &= (std::uint64_t{1} << (8 * length)) - 1;
      key.high = 0;
    } else if (length == 8) {
      key.high = 0;
    }
    key.length = length;
    const std::uint64_t mixed = (key.low ^ (key.high << 56) ^ length) * 0x9E3779B97F4A7C15ULL;
    key.bit = static_cast<std::size_t>(mixed >> 52);  // 4096 bits
    return key;
  }
  static Key key_of(std::string_view word) {
    std::array<char, Run::kBlock> padded{};
    for (std::size_t i = 0; i < word.size() && i < padded.size(); ++i) padded[i] = word[i];
    return key_of(padded.data(), word.size());
  }

  void add(std::string_view word) {
    const std::size_t bit = key_of(word).bit;
    bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  bool may_hold(const Key& key) const { return (bits_[key.bit / 64] >> (key.bit % 64)) & 1; }
  bool may_hold(const char* lowered, std::size_t length) const {
    return may_hold(key_of(lowered, length));
  }

 private:
  std::array<std::uint64_t, 64> bits_{};
};

// The filter of the words a date can start with.
const WordFilter& trigger_filter();

// False when no date can start at the run at `start` (measured by measure_run): a cheap first
// test, inline, before classify_run.
inline bool may_trigger(const WordFilter& filter, std::string_view text, std::size_t start,
                        const Run& run) {
  const char first = text[start];
  if ((first >= '0' && first <= '9') || (first | 0x20) == 'q') return true;
  const std::size_t length = run.end - start;
  return length <= 9 && filter.may_hold(run.lowered.data(), length);
}

// Classifies the run at `start`, measured by measure_run.
Trigger classify_run(std::string_view text, std::size_t start, const Run& run);

// The same for the run text[start, run_end) (run_end: the first byte after the run).
Trigger classify_run(std::string_view text, std::size_t start, std::size_t run_end);

}  // namespace newsmine::dates
