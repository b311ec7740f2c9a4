// NER features: per-token descriptions (hashes of word forms, shape, affixes, gazetteer and
// cluster look-ups) and the hashed feature buckets the perceptron scores.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/hash_table.hpp"

namespace newsmine::ner {

using util::hash_bytes;
using util::HashTable;
using util::mix;

// Gazetteers (multi-word phrases, matched longest first) and word clusters, parsed once from
// the embedded data files.
enum Gazetteer : int {
  kCountry,
  kCountryAlias,
  kDemonym,
  kCapital,
  kSubdivision,
  kProperNoun,
  kGazetteerCount
};
struct Resources {
  // Phrase hash (tokens joined by one space) -> bit set of Gazetteer kinds.
  HashTable phrases;
  // A filter of 2^kFilterBits bits, set for the top bits of the keys of `phrases`: most
  // capitalised words start no phrase, and this tells so without a probe of the table.
  static constexpr int kFilterBits = 17;
  std::vector<std::uint64_t> phrase_filter;
  bool may_be_phrase(std::uint64_t hash) const {
    std::uint64_t bit = hash >> (64 - kFilterBits);
    return (phrase_filter[bit / 64] >> (bit % 64)) & 1;
  }
  std::size_t max_phrase_tokens = 1;
  // Word hash -> cluster ids packed: fine (bits 0-11), middle (12-21), coarse (22-31); +1 each.
  HashTable clusters;
  // Lowercase word hash -> how often the word is written in lowercase (1 mostly .. 4 rarely).
  HashTable case_buckets;
  // Lowercase word hash of known title words ("President", "Mr.") -> 1.
  HashTable titles;
};
const Resources& resources();
// Builds resources from explicit file contents (tests).
Resources make_resources(std::string_view countries_tsv, std::string_view subdivisions,
                         std::string_view proper_nouns, std::string_view clusters_tsv,
                         std::string_view case_tsv);

// What the features need to know about one token. What the tagger reads of most tokens
// comes first, in one cache line (the struct is 64-byte aligned); the affixes and long shape,
// which only word_features reads, after.
struct alignas(64) TokenInfo {
  // User-provided, so that a new token (a vector of them growing, sentence after sentence)
  // does not zero the affixes and long shape: complete() sets them before anything reads them.
  TokenInfo() {}
  std::uint64_t word = 0;         // exact form
  std::uint64_t lower = 0;        // lowercase, digits as 0
  std::uint64_t shape = 0;        // "Xxxxx" -> "Xx" style collapsed shape
  std::uint32_t cluster = 0;      // packed as in Resources::clusters
  std::uint32_t case_bucket = 0;  // as in Resources::case_buckets; 0 unknown
  // Per Gazetteer kind: 0 no match, 1 begins a match, 2 inside one.
  std::array<std::uint8_t, kGazetteerCount> gazetteer{};
  bool capitalized = false;  // first byte is an uppercase letter
  bool all_caps = false;     // has letters, all uppercase
  bool has_letter = false;
  bool title = false;
  bool has_upper = false;  // has an ASCII capital letter somewhere
  bool described = false;  // hashes and look-ups filled in (see describe_lazy)
  std::uint64_t long_shape;
  std::array<std::uint64_t, 4> prefix;  // first 1..4 bytes
  std::array<std::uint64_t, 4> suffix;  // last 1..4 bytes
};

// Describes the words of one sentence fully. `words` need straight apostrophes.
void describe(const std::vector<std::string_view>& words, const Resources& res,
              std::vector<TokenInfo>& info);
// Sets only the case flags and gazetteer matches; complete() fills in the rest of a token
// when it is needed (the tagger skips most lowercase words).
void describe_lazy(const std::vector<std::string_view>& words, const Resources& res,
                   std::vector<TokenInfo>& info);
// describe_lazy in two steps, for a caller that hashes words in between: the case flags,
// then the gazetteer matches. `word_hashes`: per word, hash_bytes of it or 0 (not known; may
// be empty), so that matching does not hash a word twice.
void flag_words(const std::vector<std::string_view>& words, std::vector<TokenInfo>& info);
void match_gazetteers(const std::vector<std::string_view>& words, const Resources& res,
                      std::vector<TokenInfo>& info, std::span<const std::uint64_t> word_hashes);
void complete(const std::vector<std::string_view>& words, const Resources& res,
              std::vector<TokenInfo>& info, std::size_t i);
// The case table's bucket of `word` (TokenInfo::case_bucket) without describing it.
std::uint32_t case_bucket(std::string_view word, const Resources& res);
// Describes one word on its own: everything but the gazetteer matches.
void describe_word(std::string_view word, const Resources& res, TokenInfo& token);

// A token's gazetteer marks as one number: 0 when it is in no gazetteer phrase.
inline std::uint64_t gazetteer_marks(const TokenInfo& token) {
  static_assert(kGazetteerCount <= 8);
  std::uint64_t marks = 0;
  std::memcpy(&marks, token.gazetteer.data(), token.gazetteer.size());
  return marks;
}
inline bool in_gazetteer(const TokenInfo& token) {
  return gazetteer_marks(token) != 0;
}

// True when a sentence is a headline in capitals (most words with letters are all-caps).
bool capitals_sentence(const std::vector<TokenInfo>& info);

// Feature keys for token `i` that do not depend on tags. `history` is the entity type this
// word's lowercase form was last given in the document (+1; 0 none). The union of
// word_features (the token alone: ~17 keys, the same at every mention of a word),
// neighbor_features (each neighbour alone: the same wherever that word is the neighbour at
// that offset) and context_features (pairs of tokens, position, gazetteers and history).
// The tagger sums the first two once per word (WordMemo): a feature that depends on one
// token only belongs there, one that combines tokens in context_features.
void static_features(const std::vector<TokenInfo>& info, std::size_t i, bool caps_sentence,
                     int history, std::vector<std::uint64_t>& keys);
void word_features(const TokenInfo& token, std::vector<std::uint64_t>& keys);
inline constexpr std::array<int, 4> kNeighborOffsets = {-2, -1, 1, 2};
// `token` is the neighbour at `offset` (one of kNeighborOffsets); nullptr: outside the
// sentence.
void neighbor_features(const TokenInfo* token, int offset, std::vector<std::uint64_t>& keys);
void context_features(const std::vector<TokenInfo>& info, std::size_t i, bool caps_sentence,
                      int history, std::vector<std::uint64_t>& keys);
// Feature keys that depend on the previous two tags: the union of tag_history_features (the
// tags alone) and tag_word_features (the previous tag with the token), which the tagger sums
// once per pair of tags and once per word after O.
void tag_features(const std::vector<TokenInfo>& info, std::size_t i, int prev, int prev2,
                  std::vector<std::uint64_t>& keys);
void tag_history_features(int prev, int prev2, std::vector<std::uint64_t>& keys);
void tag_word_features(const TokenInfo& token, int prev, std::vector<std::uint64_t>& keys);

// True when tag `next` may follow `prev` (I-X only after B-X or I-X).
inline bool allowed(int prev, int next) {
  if (next == 0 || (next - 1) % 2 == 0) return true;
  return prev == next || prev == next - 1;
}

}  // namespace newsmine::ner
