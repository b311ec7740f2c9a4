// The model's weights and the greedy decoder, shared by training, eval-ner and the annotator.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "extract/entities/ner/features.hpp"
#include "newsmine/ner.hpp"
#include "util/huge_pages.hpp"

namespace newsmine::ner {

// Entity type (+1) last given to a lowercase word form in the current document.
class History {
 public:
  int find(std::uint64_t word) const;
  void set(std::uint64_t word, int type_plus_one);
  void clear();

 private:
  struct Slot {
    std::uint64_t key = 0;
    int value = 0;
  };
  std::vector<Slot> slots_ = std::vector<Slot>(256);
  std::vector<std::uint32_t> used_;
};

// Summed weights of a group of features, per tag.
using Weights = std::array<std::int32_t, kTagCount>;
// Per kNeighborOffsets.
using NeighborWeights = std::array<Weights, kNeighborOffsets.size()>;

// Weights quantized to 16 bits in one block of memory backed by huge pages where the system
// allows, so loading touches few pages.
class WeightTable {
 public:
  WeightTable() = default;
  explicit WeightTable(std::size_t count) : data_(count) {}
  std::int16_t* data() { return data_.data(); }
  const std::int16_t* data() const { return data_.data(); }
  std::size_t size() const { return data_.size(); }

 private:
  std::vector<std::int16_t, util::HugePageAllocator<std::int16_t>> data_;
};

struct Model::Impl {
  int bits = 18;
  WeightTable weights;  // (1 << bits) rows of kTagCount
  float scale = 1;      // weight = stored value * scale
  const Resources* res = nullptr;

  std::uint32_t bucket(std::uint64_t key) const {
    return static_cast<std::uint32_t>(key >> (64 - bits));
  }
  // Starts loading the row of `key`.
  void prefetch(std::uint64_t key) const {
    __builtin_prefetch(weights.data() + static_cast<std::size_t>(bucket(key)) * kTagCount);
  }
  // Adds the weights of `keys` to `scores`.
  void add_scores(std::span<const std::uint64_t> keys, std::int32_t* scores) const;
  // The same without prefetching (the caller did).
  void add_rows(std::span<const std::uint64_t> keys, std::int32_t* scores) const;
  // Sums the weights of groups of keys, loading all rows at once: group g is the keys from
  // ends[g - 1] (0 for the first) to ends[g], summed into *out[g].
  void sum_groups(std::span<const std::uint64_t> keys, std::span<const std::size_t> ends,
                  std::span<Weights* const> out) const;
};

// Memo of word descriptions: each distinct word is hashed and looked up in the tables once,
// and the weights of its word_features, tag_word_features after O and neighbor_features
// summed once, instead of at every mention. Two-way set-associative (a word evicts the one
// of its set used less recently): 16384 words of up to 24 bytes, 5 MB, allocated on first use,
// on huge pages where the system allows (its slots are read at random). The weights belong to
// one model: use a memo with one model only.
class WordMemo {
 public:
  static constexpr std::size_t kMaxWord = 24;
  // What the tagger needs of a word (its description but for the affixes and long shape,
  // which only word_features uses) in the first cache line, then its summed weights.
  struct alignas(64) Entry {
    std::uint8_t length = 0;  // bytes of text; 0 when the slot is empty
    std::uint8_t recent = 0;  // in the first entry of a set: the way used last
    bool has_weights = false;
    bool capitalized = false;
    bool all_caps = false;
    bool has_letter = false;
    bool has_upper = false;
    bool title = false;
    std::uint32_t cluster = 0;
    std::uint32_t case_bucket = 0;
    std::uint64_t word = 0;
    std::uint64_t lower = 0;
    std::uint64_t shape = 0;
    char text[kMaxWord] = {};
    Weights weights{};            // summed word_features weights (has_weights)
    Weights after_o{};            // summed tag_word_features weights after O (has_weights)
    NeighborWeights neighbors{};  // summed neighbor_features weights
  };
  // The entry of `word` (`hash`: hash_bytes(word)), described on a miss; nullptr when the
  // word is too long to keep.
  Entry* find(std::string_view word, std::uint64_t hash, const Model::Impl& model);
  // Starts loading the slot of the word of `hash`.
  void prefetch(std::uint64_t hash);
  // Sums the word_features and tag_word_features after O weights of `entry` if it lacks them
  // (a word with a capital has them from find).
  void need_weights(Entry& entry, const Model::Impl& model);
  // Fills the fields of `token` that the entry keeps (not the affixes and long shape).
  static void fill(const Entry& entry, TokenInfo& token);

 private:
  // Sums the entry's neighbor_features weights when `neighbors`, its own (word_features and
  // tag_word_features after O) when `own`.
  void sum_weights(Entry& entry, const TokenInfo& token, bool neighbors, bool own,
                   const Model::Impl& model);

  static constexpr std::size_t kSlots = 16384;
  // First slot of the set (two ways) of a word.
  static std::size_t set_of(std::uint64_t hash) { return hash & (kSlots - 2); }

  std::vector<Entry, util::HugePageAllocator<Entry>> slots_;
  std::vector<std::uint64_t> keys_;
};

// Per-worker buffers, reused across sentences and documents.
struct Scratch {
  // Per token. Tokens described through the memo lack the affixes and long shape.
  std::vector<TokenInfo> info;
  std::vector<WordMemo::Entry*> entries;  // per token, once described through the memo
  std::vector<std::uint64_t> hashes;      // per token: hash_bytes of the word, 0 not yet
  std::vector<std::uint64_t> keys;
  // context_features of the words scored whatever the tags: word i's are from
  // context_begin[i] to context_begin[i + 1] (none for the other words).
  std::vector<std::uint64_t> context;
  std::vector<std::uint32_t> context_begin;
  WordMemo memo;
  // Summed weights of what does not depend on a word, computed on first use:
  NeighborWeights edges{};  // neighbor_features of a neighbour outside the sentence
  std::array<Weights, kTagCount * kTagCount> tag_pairs{};  // tag_history_features
  bool has_fixed = false;
};

// Tags one sentence (words with straight apostrophes) and records its entities in `history`.
// `scratch` must be used with this model only (its memo holds the model's weights).
void tag_sentence(const Model::Impl& model, const std::vector<std::string_view>& words,
                  History& history, Scratch& scratch, std::vector<std::uint8_t>& tags);

// Tags the sentences of one CoNLL document (Model::tag with a reusable scratch).
void tag_document(const Model::Impl& model, const Document& doc, Scratch& scratch,
                  std::vector<std::vector<std::uint8_t>>& tags);

// Document consistency: every name takes the type it was given most often in the document.
void vote_types(const Document& doc, std::vector<std::vector<std::uint8_t>>& tags);

// Records the entities of a tagged sentence in the document history.
void remember(const std::vector<TokenInfo>& info, const std::vector<std::uint8_t>& tags,
              History& history);

}  // namespace newsmine::ner
