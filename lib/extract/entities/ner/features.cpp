#include "extract/entities/ner/features.hpp"

#include <algorithm>
#include <cstring>
#include <type_traits>

#include "newsmine/embedded.hpp"
#include "text/ascii.hpp"

namespace newsmine::ner {

namespace {

constexpr std::uint32_t kPrefixBit = 1U << 31;  // in Resources::phrases: starts a phrase
using util::finish_hash;
using util::fnv_step;
using util::kFnvOffset;

using text::is_digit;
using text::is_lower;
using text::is_upper;

// Calls `fn` on each line of `text` (without its newline).
template <typename Fn>
void for_each_line(std::string_view text, Fn fn) {
  while (!text.empty()) {
    std::size_t at = text.find('\n');
    fn(text.substr(0, at));
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + 1);
  }
}

// Splits a TSV line into at most cols.size() fields without allocating; returns the count.
std::size_t fields(std::string_view line, std::array<std::string_view, 4>& cols) {
  std::size_t count = 0;
  while (count < cols.size()) {
    std::size_t tab = line.find('\t');
    cols[count++] = line.substr(0, tab);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return count;
}

// Hash of a phrase's tokens joined by one space, as the matcher computes it. A possessive 's
// is a token of its own, as the annotator cuts it off ("People 's Republic").
std::uint64_t phrase_hash(std::string_view phrase) {
  std::uint64_t state = kFnvOffset;
  bool space = false;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    auto c = static_cast<unsigned char>(phrase[i]);
    if (c == ' ') {
      space = true;
      continue;
    }
    if (c == '\'' && i > 0 && phrase.substr(i + 1, 1) == "s" &&
        (i + 2 == phrase.size() || phrase[i + 2] == ' ')) {
      space = true;
    }
    if (space && state != kFnvOffset) state = fnv_step(state, ' ');
    space = false;
    state = fnv_step(state, c);
  }
  return finish_hash(state);
}

}  // namespace

Resources make_resources(std::string_view countries_tsv, std::string_view subdivisions,
                         std::string_view proper_nouns, std::string_view clusters_tsv,
                         std::string_view case_tsv) {
  Resources res;
  res.phrase_filter.assign((std::size_t{1} << Resources::kFilterBits) / 64, 0);
  // About one entry a line, and as many again for the prefixes of multi-word phrases.
  std::size_t lines = 0;
  for (std::string_view text : {countries_tsv, subdivisions, proper_nouns}) {
    lines += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  }
  res.phrases.reserve(lines * 3 / 2);
  // One phrase can be in several lists: its kinds are ORed.
  auto insert = [&res](std::uint64_t hash, std::uint32_t bits) {
    res.phrases.insert_or(hash, bits);
    std::uint64_t bit = hash >> (64 - Resources::kFilterBits);
    res.phrase_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
  };
  auto add = [&](std::string_view phrase, Gazetteer kind) {
    if (phrase.empty() || phrase.front() == '#') return;
    std::size_t tokens =
        static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
    if (tokens > 6) return;
    res.max_phrase_tokens = std::max(res.max_phrase_tokens, tokens);
    insert(phrase_hash(phrase), 1U << kind);
    // Prefixes of longer phrases, so matching stops as soon as no phrase can continue.
    for (std::size_t space = phrase.find(' '); space != std::string_view::npos;
         space = phrase.find(' ', space + 1)) {
      insert(phrase_hash(phrase.substr(0, space)), kPrefixBit);
    }
  };
  for_each_line(countries_tsv, [&](std::string_view line) {
    std::array<std::string_view, 4> cols;
    if (fields(line, cols) < 3) return;
    Gazetteer kind = cols[2] == "alias"     ? kCountryAlias
                     : cols[2] == "demonym" ? kDemonym
                     : cols[2] == "capital" ? kCapital
                                            : kCountry;
    add(cols[0], kind);
  });
  for_each_line(subdivisions, [&](std::string_view line) { add(line, kSubdivision); });
  for_each_line(proper_nouns, [&](std::string_view line) { add(line, kProperNoun); });
  res.clusters.reserve(
      static_cast<std::size_t>(std::count(clusters_tsv.begin(), clusters_tsv.end(), '\n')));
  for_each_line(clusters_tsv, [&](std::string_view line) {
    std::array<std::string_view, 4> cols;
    if (fields(line, cols) < 4 || cols[0].empty() || cols[0].front() == '#') return;
    auto number = [](std::string_view text) {
      std::uint32_t value = 0;
      for (char c : text) {
        if (c >= '0' && c <= '9') value = value * 10 + static_cast<std::uint32_t>(c - '0');
      }
      return value;
    };
    std::uint32_t fine = std::min<std::uint32_t>(number(cols[1]) + 1, 4095);
    std::uint32_t middle = std::min<std::uint32_t>(number(cols[2]) + 1, 1023);
    std::uint32_t coarse = std::min<std::uint32_t>(number(cols[3]) + 1, 1023);
    res.clusters.insert(hash_bytes(cols[0]), fine | (middle << 12) | (coarse << 22));
  });
  res.case_buckets.reserve(
      static_cast<std::size_t>(std::count(case_tsv.begin(), case_tsv.end(), '\n')));
  for_each_line(case_tsv, [&](std::string_view line) {
    std::array<std::string_view, 4> cols;
    if (fields(line, cols) < 2 || cols[0].empty() || cols[0].front() == '#' || cols[1].empty()) {
      return;
    }
    res.case_buckets.insert(hash_bytes(cols[0]), static_cast<std::uint32_t>(cols[1][0] - '0'));
  });
  static constexpr std::string_view kTitles[] = {"mr",
                                                 "mr.",
                                                 "mrs",
                                                 "mrs.",
                                                 "ms",
                                                 "ms.",
                                                 "dr",
                                                 "dr.",
                                                 "prof",
                                                 "prof.",
                                                 "sen",
                                                 "sen.",
                                                 "rep",
                                                 "rep.",
                                                 "gov",
                                                 "gov.",
                                                 "gen",
                                                 "gen.",
                                                 "president",
                                                 "minister",
                                                 "premier",
                                                 "chancellor",
                                                 "secretary",
                                                 "senator",
                                                 "governor",
                                                 "mayor",
                                                 "chairman",
                                                 "chairwoman",
                                                 "ceo",
                                                 "spokesman",
                                                 "spokeswoman",
                                                 "judge",
                                                 "king",
                                                 "queen",
                                                 "prince",
                                                 "princess",
                                                 "pope",
                                                 "general",
                                                 "ambassador",
                                                 "envoy",
                                                 "commissioner",
                                                 "director",
                                                 "economist",
                                                 "analyst",
                                                 "professor",
                                                 "coach",
                                                 "captain",
                                                 "sir",
                                                 "lord",
                                                 "lady",
                                                 "vice",
                                                 "deputy",
                                                 "representative",
                                                 "lawmaker"};
  for (std::string_view title : kTitles) res.titles.insert(hash_bytes(title), 1);
  return res;
}

// "ner/proper-nouns.txt": capitalised words of Debian's wamerican list whose lowercase form is
// not a word of it (names of people, places, firms; scripts/ner-gazetteers.py).
const Resources& resources() {
  static const Resources instance =
      make_resources(embedded_data("gazetteer/countries.tsv"),
                     embedded_data("ner/subdivisions.txt"), embedded_data("ner/proper-nouns.txt"),
                     embedded_data("ner/clusters.tsv"), embedded_data("ner/case.tsv"));
  return instance;
}

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101;

// Per byte of `chunk`: 0x80 an uppercase ASCII letter, 0x40 a lowercase one, 0x20 a byte that
// is not ASCII; ORed over chunks, they say which classes a word has. No branch per byte.
std::uint64_t byte_classes(std::uint64_t chunk) {
  constexpr std::uint64_t kHigh = kOnes * 0x80;
  const std::uint64_t low7 = chunk & ~kHigh;
  // High bit of each ASCII byte in [lo, hi]; no carries cross bytes.
  auto in_range = [&](unsigned char lo, unsigned char hi) {
    return (low7 + kOnes * (0x80U - lo)) & ~(low7 + kOnes * (0x7FU - hi)) & ~chunk & kHigh;
  };
  return in_range('A', 'Z') | in_range('a', 'z') >> 1 | (chunk & kHigh) >> 2;
}

// Case flags only: what deciding whether to score a token needs.
[[gnu::always_inline]] inline void flag_token(std::string_view word, TokenInfo& token) {
  // Loads never read past the word; they may overlap, as classes are ORed.
  auto load = [&word]<typename Chunk>(Chunk chunk, std::size_t at) {
    std::memcpy(&chunk, word.data() + at, sizeof chunk);
    return chunk;
  };
  auto byte = [&word](std::size_t at) {
    return std::uint64_t{static_cast<unsigned char>(word[at])};
  };
  const std::size_t n = word.size();
  std::uint64_t classes = 0;
  if (n > 8) {
    for (std::size_t at = 0; at + 8 < n; at += 8)
      classes |= byte_classes(load(std::uint64_t{}, at));
    classes |= byte_classes(load(std::uint64_t{}, n - 8));
  } else if (n >= 4) {
    classes =
        byte_classes(load(std::uint32_t{}, 0) | std::uint64_t{load(std::uint32_t{}, n - 4)} << 32);
  } else if (n > 0) {  // bytes 0, n / 2 and n - 1 are all of them
    classes = byte_classes(byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
  }
  token.has_upper = (classes & kOnes * 0x80) != 0;
  token.has_letter = classes != 0;
  token.capitalized = n > 0 && is_upper(static_cast<unsigned char>(word.front()));
  token.all_caps = (classes & kOnes * 0x60) == 0 && token.has_upper;
}

// A byte of a word's lower form (TokenInfo::lower): ASCII letters in lowercase, digits as 0.
unsigned char lower_form_byte(unsigned char c) {
  return is_digit(c) ? '0' : static_cast<unsigned char>(text::to_lower(static_cast<char>(c)));
}

// Everything else: hashes of the forms, shape, affixes and table look-ups.
void complete_token(std::string_view word, const Resources& res, TokenInfo& token) {
  token.prefix = {};  // the places of UTF-8 continuation bytes stay 0
  char shape[32];
  std::uint64_t exact = kFnvOffset;
  std::uint64_t lower = kFnvOffset;
  std::uint64_t short_shape = kFnvOffset;
  std::size_t long_length = 0;
  char last_class = 0;
  int run = 0;
  bool any_lower = false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    auto c = static_cast<unsigned char>(word[k]);
    exact = fnv_step(exact, c);
    lower = fnv_step(lower, lower_form_byte(c));
    char cls = is_upper(c)   ? 'X'
               : is_lower(c) ? 'x'
               : is_digit(c) ? 'd'
               : c >= 0x80   ? 'u'
                             : static_cast<char>(c);
    if (c >= 0x80 && (c & 0xC0) == 0x80) continue;  // continuation byte of a UTF-8 letter
    if (is_upper(c)) token.has_letter = token.has_upper = true;
    if (is_lower(c) || c >= 0x80) {
      token.has_letter = true;
      any_lower = any_lower || is_lower(c);
    }
    if (long_length < sizeof shape) shape[long_length++] = cls;
    if (cls == last_class) {
      ++run;
    } else {
      run = 1;
      last_class = cls;
    }
    if (run <= 2) short_shape = fnv_step(short_shape, static_cast<unsigned char>(cls));
    if (k < 4) token.prefix[k] = finish_hash(exact);
  }
  for (std::size_t k = word.size(); k < 4; ++k) token.suffix[k] = 0;
  std::uint64_t back = kFnvOffset;
  for (std::size_t k = 0; k < word.size() && k < 4; ++k) {
    back = fnv_step(back, static_cast<unsigned char>(word[word.size() - 1 - k]));
    token.suffix[k] = finish_hash(back);
  }
  token.word = finish_hash(exact);
  token.lower = finish_hash(lower);
  res.clusters.prefetch(token.word);
  res.clusters.prefetch(token.lower);
  res.case_buckets.prefetch(token.lower);
  token.shape = finish_hash(short_shape);
  token.long_shape = hash_bytes(std::string_view(shape, long_length));
  unsigned char first = word.empty() ? 0 : static_cast<unsigned char>(word.front());
  token.capitalized = is_upper(first);
  token.all_caps = token.has_letter && !any_lower &&
                   std::none_of(word.begin(), word.end(),
                                [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  token.cluster = res.clusters.find(token.word);
  if (token.cluster == 0) token.cluster = res.clusters.find(token.lower);
  token.title = res.titles.find(token.lower) != 0;
  token.case_bucket = res.case_buckets.find(token.lower);
  token.described = true;
}

}  // namespace

void complete(const std::vector<std::string_view>& words, const Resources& res,
              std::vector<TokenInfo>& info, std::size_t i) {
  if (!info[i].described) complete_token(words[i], res, info[i]);
}

std::uint32_t case_bucket(std::string_view word, const Resources& res) {
  std::uint64_t lower = kFnvOffset;
  for (char c : word) lower = fnv_step(lower, lower_form_byte(static_cast<unsigned char>(c)));
  return res.case_buckets.find(finish_hash(lower));
}

void describe_word(std::string_view word, const Resources& res, TokenInfo& token) {
  token.gazetteer = {};  // complete_token sets every other field
  flag_token(word, token);
  complete_token(word, res, token);
}

void describe(const std::vector<std::string_view>& words, const Resources& res,
              std::vector<TokenInfo>& info) {
  describe_lazy(words, res, info);
  for (std::size_t i = 0; i < words.size(); ++i) complete(words, res, info, i);
}

void describe_lazy(const std::vector<std::string_view>& words, const Resources& res,
                   std::vector<TokenInfo>& info) {
  flag_words(words, info);
  match_gazetteers(words, res, info, {});
}

void flag_words(const std::vector<std::string_view>& words, std::vector<TokenInfo>& info) {
  // Only the fields read of a token that complete() or WordMemo::fill() has not filled are
  // reset here (the case flags, gazetteer marks, title and case bucket that the entity rules
  // read, `described`); zeroing whole TokenInfos (~120 bytes each) cost more than the rest.
  info.resize(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    TokenInfo& token = info[i];
    token.gazetteer = {};
    token.title = false;
    token.case_bucket = 0;
    token.described = false;
    flag_token(words[i], token);
  }
}

namespace {

// `state` followed by the bytes of `word`; `fold`: all but its first byte in lowercase.
std::uint64_t add_word(std::uint64_t state, std::string_view word, bool fold) {
  for (std::size_t c = 0; c < word.size(); ++c) {
    auto byte = static_cast<unsigned char>(word[c]);
    if (fold && c > 0) byte = static_cast<unsigned char>(text::to_lower(word[c]));
    state = fnv_step(state, byte);
  }
  return state;
}

}  // namespace

void match_gazetteers(const std::vector<std::string_view>& words, const Resources& res,
                      std::vector<TokenInfo>& info, std::span<const std::uint64_t> word_hashes) {
  // Gazetteer phrases, longest match first, starting at capitalised words. Words in capitals
  // ("BELGIUM BEAT") are matched as written, then as title case ("Belgium").
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!info[i].capitalized) continue;
    const std::uint64_t known = i < word_hashes.size() ? word_hashes[i] : 0;
    std::size_t best_end = 0;
    std::uint32_t best_bits = 0;
    for (bool title_case : {false, true}) {
      if (title_case && (best_bits != 0 || !info[i].all_caps)) break;
      const bool use_known = known != 0 && !title_case;
      std::uint64_t state = kFnvOffset;
      for (std::size_t k = i; k < words.size() && k < i + res.max_phrase_tokens; ++k) {
        std::uint64_t hash = known;  // the word alone, as the caller hashed it
        if (k > i || !use_known) {
          if (k == i + 1 && use_known) state = add_word(kFnvOffset, words[i], false);
          if (k > i) state = fnv_step(state, ' ');
          state = add_word(state, words[k], title_case && info[k].all_caps);
          hash = finish_hash(state);
        }
        std::uint32_t bits = res.may_be_phrase(hash) ? res.phrases.find(hash) : 0;
        if (bits == 0) break;  // neither a phrase nor the start of one
        if ((bits & ~kPrefixBit) != 0) {
          best_end = k + 1;
          best_bits = bits & ~kPrefixBit;
        }
      }
    }
    if (best_bits == 0) continue;
    for (int kind = 0; kind < kGazetteerCount; ++kind) {
      if ((best_bits & (1U << kind)) == 0) continue;
      for (std::size_t k = i; k < best_end; ++k) {
        info[k].gazetteer[kind] = static_cast<std::uint8_t>(k == i ? 1 : 2);
      }
    }
  }
}

bool capitals_sentence(const std::vector<TokenInfo>& info) {
  int letters = 0;
  int caps = 0;
  for (const TokenInfo& token : info) {  // no branch per token
    letters += token.has_letter;
    caps += token.all_caps;  // implies has_letter
  }
  return letters >= 2 && caps * 10 >= letters * 7;
}

namespace {

// Template ids: one per feature kind, mixed with the values.
enum Template : std::uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kLowerPrev,
  kLowerNext,
  kLowerPrev2,
  kLowerNext2,
  kShape,
  kLongShape,
  kShapePrev,
  kShapeNext,
  kShapePrevCur,
  kShapeCurNext,
  kPrefix,
  kSuffix = kPrefix + 4,
  kBigramPrev = kSuffix + 4,
  kBigramNext,
  kFirstShape,
  kCapsShape,
  kCapsLower,
  kGaz,
  kGazPrev = kGaz + 16,
  kGazNext = kGazPrev + 16,
  kClusterFine = kGazNext + 16,
  kClusterMiddle,
  kClusterCoarse,
  kClusterPrev,
  kClusterNext,
  kClusterPrevCoarse,
  kClusterNextCoarse,
  kHistory,
  kHistoryShape,
  kTitlePrev,
  kPrevTag,
  kPrevTags,
  kPrevTagLower,
  kPrevTagShape,
  kPrevTagCluster,
  kLastWordShape,
  kCase,
  kCaseShape,
  kCasePrev,
  kCaseNext,
  kClusterPrev2,
  kClusterNext2
};

inline std::uint64_t key(std::uint64_t tmpl, std::uint64_t value) {
  return mix(tmpl, value);
}
inline std::uint64_t key(std::uint64_t tmpl, std::uint64_t a, std::uint64_t b) {
  return mix(mix(tmpl, a), b);
}

constexpr std::uint64_t kStart = 0x51A4;  // value of words before the sentence
constexpr std::uint64_t kEnd = 0xE4D5;    // value of words after it

}  // namespace

void static_features(const std::vector<TokenInfo>& info, std::size_t i, bool caps_sentence,
                     int history, std::vector<std::uint64_t>& keys) {
  word_features(info[i], keys);
  for (int offset : kNeighborOffsets) {
    std::size_t k = i + static_cast<std::size_t>(offset);
    neighbor_features(k < info.size() ? &info[k] : nullptr, offset, keys);
  }
  context_features(info, i, caps_sentence, history, keys);
}

void word_features(const TokenInfo& cur, std::vector<std::uint64_t>& keys) {
  keys.push_back(key(kBias, 0));
  keys.push_back(key(kWord, cur.word));
  keys.push_back(key(kLower, cur.lower));
  keys.push_back(key(kShape, cur.shape));
  keys.push_back(key(kLongShape, cur.long_shape));
  for (std::uint64_t k = 0; k < 4; ++k) {
    if (cur.prefix[k] != 0) keys.push_back(key(kPrefix + k, cur.prefix[k]));
    if (cur.suffix[k] != 0) keys.push_back(key(kSuffix + k, cur.suffix[k]));
  }
  if (cur.cluster != 0) {
    keys.push_back(key(kClusterFine, cur.cluster & 0xFFF));
    keys.push_back(key(kClusterMiddle, (cur.cluster >> 12) & 0x3FF));
    keys.push_back(key(kClusterCoarse, cur.cluster >> 22));
  }
  keys.push_back(key(kCase, cur.case_bucket));
}

void neighbor_features(const TokenInfo* token, int offset, std::vector<std::uint64_t>& keys) {
  switch (offset) {
    case -2:
      keys.push_back(key(kLowerPrev2, token ? token->lower : kStart));
      keys.push_back(key(kClusterPrev2, token ? (token->cluster >> 12) & 0x3FF : 0xFFFF));
      break;
    case -1:
      keys.push_back(key(kLowerPrev, token ? token->lower : kStart));
      keys.push_back(key(kShapePrev, token ? token->shape : kStart));
      keys.push_back(key(kClusterPrev, token ? (token->cluster >> 12) & 0x3FF : 0xFFFF));
      break;
    case 1:
      keys.push_back(key(kLowerNext, token ? token->lower : kEnd));
      keys.push_back(key(kShapeNext, token ? token->shape : kEnd));
      keys.push_back(key(kClusterNext, token ? (token->cluster >> 12) & 0x3FF : 0xFFFF));
      break;
    case 2:
      keys.push_back(key(kLowerNext2, token ? token->lower : kEnd));
      keys.push_back(key(kClusterNext2, token ? (token->cluster >> 12) & 0x3FF : 0xFFFF));
      break;
    default:
      break;
  }
}

void context_features(const std::vector<TokenInfo>& info, std::size_t i, bool caps_sentence,
                      int history, std::vector<std::uint64_t>& keys) {
  const TokenInfo& cur = info[i];
  const TokenInfo* prev = i > 0 ? &info[i - 1] : nullptr;
  const TokenInfo* next = i + 1 < info.size() ? &info[i + 1] : nullptr;
  std::uint64_t prev_shape = prev ? prev->shape : kStart;
  std::uint64_t next_shape = next ? next->shape : kEnd;
  keys.push_back(key(kShapePrevCur, prev_shape, cur.shape));
  keys.push_back(key(kShapeCurNext, cur.shape, next_shape));
  keys.push_back(key(kBigramPrev, prev ? prev->lower : kStart, cur.lower));
  keys.push_back(key(kBigramNext, cur.lower, next ? next->lower : kEnd));
  keys.push_back(key(kFirstShape, i == 0 ? 1 : 0, cur.shape));
  if (caps_sentence) {
    keys.push_back(key(kCapsShape, cur.shape));
    keys.push_back(key(kCapsLower, cur.lower));
  }
  // Most tokens and their neighbours are in no gazetteer.
  std::uint64_t marks = gazetteer_marks(cur) | (prev ? gazetteer_marks(*prev) : 0) |
                        (next ? gazetteer_marks(*next) : 0);
  if (marks != 0) {
    for (std::uint64_t kind = 0; kind < kGazetteerCount; ++kind) {
      if (cur.gazetteer[kind]) keys.push_back(key(kGaz + kind, cur.gazetteer[kind]));
      if (prev && prev->gazetteer[kind])
        keys.push_back(key(kGazPrev + kind, prev->gazetteer[kind]));
      if (next && next->gazetteer[kind])
        keys.push_back(key(kGazNext + kind, next->gazetteer[kind]));
    }
  }
  keys.push_back(key(kClusterPrevCoarse, prev ? prev->cluster >> 22 : 0xFFFF, cur.shape));
  keys.push_back(key(kClusterNextCoarse, next ? next->cluster >> 22 : 0xFFFF, cur.shape));
  if (history != 0) {
    keys.push_back(key(kHistory, static_cast<std::uint64_t>(history)));
    keys.push_back(key(kHistoryShape, static_cast<std::uint64_t>(history), cur.shape));
  }
  if (prev && prev->title) keys.push_back(key(kTitlePrev, cur.shape));
  keys.push_back(
      key(kCaseShape, cur.case_bucket, cur.shape + (i == 0 ? 1 : 0) + (caps_sentence ? 2 : 0)));
  keys.push_back(key(kCasePrev, prev ? prev->case_bucket : 9, cur.case_bucket));
  keys.push_back(key(kCaseNext, cur.case_bucket, next ? next->case_bucket : 9));
  if (i + 1 == info.size() || i == 0) keys.push_back(key(kLastWordShape, i == 0, cur.shape));
}

void tag_features(const std::vector<TokenInfo>& info, std::size_t i, int prev, int prev2,
                  std::vector<std::uint64_t>& keys) {
  tag_history_features(prev, prev2, keys);
  tag_word_features(info[i], prev, keys);
}

void tag_history_features(int prev, int prev2, std::vector<std::uint64_t>& keys) {
  auto p = static_cast<std::uint64_t>(prev);
  keys.push_back(key(kPrevTag, p));
  keys.push_back(key(kPrevTags, p, static_cast<std::uint64_t>(prev2)));
}

void tag_word_features(const TokenInfo& cur, int prev, std::vector<std::uint64_t>& keys) {
  auto p = static_cast<std::uint64_t>(prev);
  keys.push_back(key(kPrevTagLower, p, cur.lower));
  keys.push_back(key(kPrevTagShape, p, cur.shape));
  keys.push_back(key(kPrevTagCluster, p, (cur.cluster >> 12) & 0x3FF));
}

}  // namespace newsmine::ner
