// The model's weights and the greedy decoder, shared by training, eval-ner and the annotator.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/ner/features.hpp"
#include "newsmine/ner.hpp"

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

// Per-call buffers, reused across sentences.
struct Scratch {
  std::vector<TokenInfo> info;
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> buckets;
};

struct Model::Impl {
  int bits = 18;
  std::vector<float> weights;  // (1 << bits) rows of kTagCount
  const Resources* res = nullptr;

  std::uint32_t bucket(std::uint64_t key) const {
    return static_cast<std::uint32_t>(key >> (64 - bits));
  }
  // Adds the weights of `keys` to `scores`.
  void add_scores(const std::vector<std::uint64_t>& keys, std::size_t from, float* scores) const;
};

// Tags one sentence (words with straight apostrophes) and records its entities in `history`.
void tag_sentence(const Model::Impl& model, const std::vector<std::string_view>& words,
                  History& history, Scratch& scratch, std::vector<std::uint8_t>& tags);

// Records the entities of a tagged sentence in the document history.
void remember(const std::vector<TokenInfo>& info, const std::vector<std::uint8_t>& tags,
              History& history);

}  // namespace newsmine::ner
