// Named-entity recognition: the sequence labeller behind `extract --kinds entity`, and what
// `train-ner` / `eval-ner` need to retrain and score it on CoNLL-2003-style data.
//
// The model is a greedy left-to-right averaged perceptron over BIO tags with hashed features
// (word, lowercase, shape, affixes, neighbours, gazetteers, word clusters, document history);
// see docs/ner.md. Tagging costs O(scored tokens x features x tags): words without a capital
// outside a name are not scored (~80% of news tokens); a scored token costs ~28 feature
// look-ups in a table of 2^bits x 9 16-bit weights, plus its word's own ~17 features, summed
// once per distinct word by a per-worker memo (~3 MB). A model holds that table (2^bits x 18
// bytes in memory; 4.7 MB at 18 bits, the built-in model) and is immutable once built, so one
// model serves all threads.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newsmine::ner {

// Tags: 0 O, 1 B-PER, 2 I-PER, 3 B-ORG, 4 I-ORG, 5 B-LOC, 6 I-LOC, 7 B-MISC, 8 I-MISC.
inline constexpr int kTagCount = 9;
inline constexpr int kTypeCount = 4;  // PER, ORG, LOC, MISC
// "O", "B-PER", ... .
std::string_view tag_name(int tag);
// Entity type of a tag (0 PER .. 3 MISC), or -1 for O.
inline int tag_type(int tag) {
  return tag == 0 ? -1 : (tag - 1) / 2;
}
inline bool tag_inside(int tag) {
  return tag != 0 && (tag - 1) % 2 == 1;
}
// "PER", "ORG", "LOC", "MISC".
std::string_view type_name(int type);

// One CoNLL sentence: words and their BIO tags (tags empty when unlabelled).
struct Sentence {
  std::vector<std::string> words;
  std::vector<std::uint8_t> tags;
};
// Sentences of one article (CoNLL "-DOCSTART-" separates articles).
using Document = std::vector<Sentence>;

// Parses CoNLL-2003 text: one token a line, word first and label (IOB1 or IOB2) last, blank
// lines between sentences. Lines with a single column are read as unlabelled words.
std::vector<Document> parse_conll(std::string_view text);

// Span counts for one type or overall, conlleval rules (exact span and type).
struct SpanCounts {
  std::uint64_t tp = 0, fp = 0, fn = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};
struct Scores {
  std::array<SpanCounts, kTypeCount> types;
  SpanCounts overall;
  std::uint64_t tokens = 0;
  // Adds one sentence's gold and predicted BIO tags (same length).
  void add(const std::vector<std::uint8_t>& gold, const std::vector<std::uint8_t>& predicted);
};

// Half-open token range [first, last) with an entity type (0 PER .. 3 MISC).
struct TagSpan {
  std::uint32_t first = 0, last = 0;
  int type = 0;
};
// The spans of a BIO tag sequence (a stray I- starts a span, as conlleval reads it).
std::vector<TagSpan> tag_spans(const std::vector<std::uint8_t>& tags);
// The same into `spans` (cleared first), whose memory a caller can reuse.
void tag_spans(const std::vector<std::uint8_t>& tags, std::vector<TagSpan>& spans);

struct TrainOptions {
  int epochs = 12;
  int hash_bits = 18;
  std::uint64_t seed = 1;
  // Called after each epoch with the dev F1 (negative without dev data).
  std::function<void(int epoch, double train_accuracy, double dev_f1)> progress;
};

class Model {
 public:
  Model();
  ~Model();
  Model(Model&&) noexcept;
  Model& operator=(Model&&) noexcept;

  // The model compiled into the binary (data/ner/model.bin), loaded once.
  static const Model& builtin();
  // Reads the bytes written by to_bytes(). Throws std::runtime_error on a bad model.
  static Model from_bytes(std::string_view bytes);
  // Compact form: weights quantized to 16 bits, zstd-compressed.
  std::string to_bytes() const;

  // Tags the sentences of one article in order (document history flows between them).
  void tag(const Document& doc, std::vector<std::vector<std::uint8_t>>& tags) const;

  struct Impl;
  const Impl& impl() const { return *impl_; }
  Impl& impl() { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

// Trains on `train`, keeps the epoch with the best F1 on `dev` (the last epoch if `dev` is
// empty). Deterministic for a given seed.
Model train(const std::vector<Document>& train_docs, const std::vector<Document>& dev_docs,
            const TrainOptions& options);

// The average of models trained alike (same hash bits) from different seeds: their weights
// averaged and quantized again. It keeps what every run learnt and damps what one shuffle of
// the data taught by chance. Throws std::invalid_argument when `models` is empty or mixed.
Model average(const std::vector<Model>& models);

// Scores `model` on labelled documents.
Scores evaluate(const Model& model, const std::vector<Document>& docs);

}  // namespace newsmine::ner
