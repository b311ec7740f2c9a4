// Averaged perceptron over BIO tags, greedy left-to-right decoding, compact model files.
#include <zstd.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <random>
#include <stdexcept>

#include "extract/entities/ner/tagger.hpp"
#include "newsmine/embedded.hpp"
#include "text/abbreviations.hpp"

namespace newsmine::ner {

std::string_view tag_name(int tag) {
  static constexpr std::string_view kNames[] = {"O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                                "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
  return tag >= 0 && tag < kTagCount ? kNames[tag] : "O";
}

std::string_view type_name(int type) {
  static constexpr std::string_view kNames[] = {"PER", "ORG", "LOC", "MISC"};
  return type >= 0 && type < kTypeCount ? kNames[type] : "";
}

int History::find(std::uint64_t word) const {
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = word & mask;; i = (i + 1) & mask) {
    if (slots_[i].key == word) return slots_[i].value;
    if (slots_[i].key == 0) return 0;
  }
}

void History::set(std::uint64_t word, int type_plus_one) {
  if ((used_.size() + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    used_.clear();
    for (const Slot& slot : old) {
      if (slot.key != 0) set(slot.key, slot.value);
    }
  }
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = word & mask;; i = (i + 1) & mask) {
    if (slots_[i].key == word) {
      slots_[i].value = type_plus_one;
      return;
    }
    if (slots_[i].key == 0) {
      slots_[i] = {word, type_plus_one};
      used_.push_back(static_cast<std::uint32_t>(i));
      return;
    }
  }
}

void History::clear() {
  for (std::uint32_t i : used_) slots_[i] = Slot{};
  used_.clear();
}

void Model::Impl::add_scores(std::span<const std::uint64_t> keys, std::int32_t* scores) const {
  // Prefetch every row first so the look-ups overlap.
  for (std::uint64_t key : keys) prefetch(key);
  add_rows(keys, scores);
}

void Model::Impl::add_rows(std::span<const std::uint64_t> keys, std::int32_t* scores) const {
  const std::int16_t* table = weights.data();
  for (std::uint64_t key : keys) {
    const std::int16_t* row = table + static_cast<std::size_t>(bucket(key)) * kTagCount;
    for (int t = 0; t < kTagCount; ++t) scores[t] += row[t];
  }
}

void Model::Impl::sum_groups(std::span<const std::uint64_t> keys, std::span<const std::size_t> ends,
                             std::span<Weights* const> out) const {
  for (std::uint64_t key : keys) prefetch(key);
  std::size_t begin = 0;
  for (std::size_t g = 0; g < ends.size(); ++g) {
    *out[g] = {};
    add_rows(keys.subspan(begin, ends[g] - begin), out[g]->data());
    begin = ends[g];
  }
}

namespace {

// Appends the keys of `token`'s neighbor_features (nullptr: outside the sentence), one group
// per offset, and sets the groups' ends (sum_groups) and targets.
void neighbor_groups(const TokenInfo* token, std::vector<std::uint64_t>& keys, std::size_t* ends,
                     Weights** out, NeighborWeights& weights) {
  for (std::size_t j = 0; j < kNeighborOffsets.size(); ++j) {
    neighbor_features(token, kNeighborOffsets[j], keys);
    ends[j] = keys.size();
    out[j] = &weights[j];
  }
}

void add_weights(const Weights& weights, std::int32_t* scores) {
  for (int t = 0; t < kTagCount; ++t) scores[t] += weights[static_cast<std::size_t>(t)];
}

int best_allowed(const std::int32_t* scores, int prev) {
  int best = 0;
  for (int t = 1; t < kTagCount; ++t) {
    if (allowed(prev, t) && scores[t] > scores[best]) best = t;
  }
  return best;
}

int history_of(const TokenInfo& token, const History& history) {
  return token.has_letter && (token.capitalized || token.all_caps) ? history.find(token.lower) : 0;
}

}  // namespace

void remember(const std::vector<TokenInfo>& info, const std::vector<std::uint8_t>& tags,
              History& history) {
  for (std::size_t i = 0; i < tags.size(); ++i) {
    int type = tag_type(tags[i]);
    if (type >= 0 && info[i].has_letter && (info[i].capitalized || info[i].all_caps)) {
      history.set(info[i].lower, type + 1);
    }
  }
}

void WordMemo::prefetch(std::uint64_t hash) {
  if (slots_.empty()) slots_.resize(kSlots);
  const auto* set = reinterpret_cast<const char*>(&slots_[set_of(hash)]);
  for (std::size_t offset = 0; offset < 2 * sizeof(Entry); offset += 64) {
    __builtin_prefetch(set + offset);
  }
}

namespace {

// Whether the n bytes (1 to WordMemo::kMaxWord) at `a` and `b` are equal: a few loads that
// may overlap, never past n, instead of a call to memcmp per look-up.
bool same_bytes(const char* a, const char* b, std::size_t n) {
  auto differ = [a, b]<typename Chunk>(Chunk x, std::size_t at) {
    Chunk y;
    std::memcpy(&x, a + at, sizeof x);
    std::memcpy(&y, b + at, sizeof y);
    return x ^ y;
  };
  if (n >= 8) {
    std::uint64_t diff = differ(std::uint64_t{}, 0) | differ(std::uint64_t{}, n - 8);
    if (n > 16) diff |= differ(std::uint64_t{}, 8);
    return diff == 0;
  }
  if (n >= 4) return (differ(std::uint32_t{}, 0) | differ(std::uint32_t{}, n - 4)) == 0;
  return a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1];
}

}  // namespace

WordMemo::Entry* WordMemo::find(std::string_view word, std::uint64_t hash,
                                const Model::Impl& model) {
  static_assert(kMaxWord <= 24, "same_bytes compares up to 24 bytes");
  if (word.empty() || word.size() > kMaxWord) return nullptr;
  if (slots_.empty()) slots_.resize(kSlots);
  std::size_t set = set_of(hash);
  for (std::size_t way = 0; way < 2; ++way) {
    Entry& entry = slots_[set + way];
    if (entry.length == word.size() && entry.word == hash &&
        same_bytes(entry.text, word.data(), word.size())) {
      slots_[set].recent = static_cast<std::uint8_t>(way);
      return &entry;
    }
  }
  // Replace the way used less recently.
  std::size_t way = 1 - slots_[set].recent;
  slots_[set].recent = static_cast<std::uint8_t>(way);
  Entry& entry = slots_[set + way];
  TokenInfo token;
  describe_word(word, *model.res, token);
  entry.length = static_cast<std::uint8_t>(word.size());
  std::memcpy(entry.text, word.data(), word.size());
  entry.capitalized = token.capitalized;
  entry.all_caps = token.all_caps;
  entry.has_letter = token.has_letter;
  entry.has_upper = token.has_upper;
  entry.title = token.title;
  entry.cluster = token.cluster;
  entry.case_bucket = token.case_bucket;
  entry.word = token.word;
  entry.lower = token.lower;
  entry.shape = token.shape;
  // Nearly every word looked up is the neighbour of a scored one, and a word with a capital
  // is always scored.
  sum_weights(entry, token, true, token.has_upper, model);
  entry.has_weights = token.has_upper;
  return &entry;
}

void WordMemo::need_weights(Entry& entry, const Model::Impl& model) {
  if (entry.has_weights) return;
  TokenInfo token;
  describe_word(std::string_view(entry.text, entry.length), *model.res, token);
  sum_weights(entry, token, false, true, model);
  entry.has_weights = true;
}

void WordMemo::sum_weights(Entry& entry, const TokenInfo& token, bool neighbors, bool own,
                           const Model::Impl& model) {
  std::array<std::size_t, kNeighborOffsets.size() + 2> ends{};
  std::array<Weights*, ends.size()> out{};
  std::size_t groups = 0;
  keys_.clear();
  if (neighbors) {
    neighbor_groups(&token, keys_, ends.data(), out.data(), entry.neighbors);
    groups = kNeighborOffsets.size();
  }
  if (own) {
    word_features(token, keys_);
    out[groups] = &entry.weights;
    ends[groups++] = keys_.size();
    tag_word_features(token, 0, keys_);
    out[groups] = &entry.after_o;
    ends[groups++] = keys_.size();
  }
  model.sum_groups(keys_, std::span(ends).first(groups), std::span(out).first(groups));
}

void WordMemo::fill(const Entry& entry, TokenInfo& token) {
  token.word = entry.word;
  token.lower = entry.lower;
  token.shape = entry.shape;
  token.cluster = entry.cluster;
  token.case_bucket = entry.case_bucket;
  token.capitalized = entry.capitalized;
  token.all_caps = entry.all_caps;
  token.has_letter = entry.has_letter;
  token.has_upper = entry.has_upper;
  token.title = entry.title;
  token.described = true;
}

namespace {

// Sums the weights that do not depend on a word (Scratch::edges, Scratch::tag_pairs).
void sum_fixed(const Model::Impl& model, Scratch& scratch) {
  std::vector<std::uint64_t>& keys = scratch.keys;
  std::array<std::size_t, kNeighborOffsets.size()> ends{};
  std::array<Weights*, ends.size()> out{};
  keys.clear();
  neighbor_groups(nullptr, keys, ends.data(), out.data(), scratch.edges);
  model.sum_groups(keys, ends, out);
  for (int prev = 0; prev < kTagCount; ++prev) {
    for (int prev2 = 0; prev2 < kTagCount; ++prev2) {
      keys.clear();
      tag_history_features(prev, prev2, keys);
      model.add_scores(keys, scratch.tag_pairs[prev * kTagCount + prev2].data());
    }
  }
  scratch.has_fixed = true;
}

// The words scored whatever the tags before them are those with a capital, but a
// closed-class word that starts the sentence ("The", "But", "In"): `skip_first`.
bool always_scored(const std::vector<TokenInfo>& info, std::size_t i, bool skip_first) {
  return info[i].has_upper && (i > 0 || !skip_first);
}

// Hashes the words within two of one always scored and starts loading their memo slots, and
// the gazetteer slots of words that may start a phrase, so that the look-ups overlap; the
// other hashes are 0. One pass, one test per word.
void prefetch_near_capitals(const std::vector<std::string_view>& words, const Resources& res,
                            const std::vector<TokenInfo>& info, bool skip_first, Scratch& scratch) {
  std::vector<std::uint64_t>& hashes = scratch.hashes;
  hashes.assign(words.size(), 0);
  std::size_t near_end = 0;  // words before it are within two of a capitalised one
  for (std::size_t ahead = 0; ahead < words.size() + 2; ++ahead) {
    if (ahead < words.size() && always_scored(info, ahead, skip_first)) near_end = ahead + 3;
    if (ahead < 2) continue;
    std::size_t k = ahead - 2;
    if (k >= near_end || words[k].size() > WordMemo::kMaxWord) continue;
    hashes[k] = hash_bytes(words[k]);
    scratch.memo.prefetch(hashes[k]);
    if (info[k].capitalized && res.may_be_phrase(hashes[k])) res.phrases.prefetch(hashes[k]);
  }
}

// Describes the words of word i's window (two each side) from `from` on that are not described
// yet: from the memo, or in full when too long for it.
void describe_window(const Model::Impl& model, const std::vector<std::string_view>& words,
                     Scratch& scratch, std::size_t i, std::size_t from) {
  std::vector<TokenInfo>& info = scratch.info;
  for (std::size_t k = std::max(from, i >= 2 ? i - 2 : 0); k < info.size() && k <= i + 2; ++k) {
    if (info[k].described) continue;
    if (scratch.hashes[k] == 0) scratch.hashes[k] = hash_bytes(words[k]);
    WordMemo::Entry* entry = scratch.memo.find(words[k], scratch.hashes[k], model);
    if (entry == nullptr) {
      complete(words, *model.res, info, k);
      continue;
    }
    WordMemo::fill(*entry, info[k]);
    scratch.entries[k] = entry;
  }
}

// For the words always scored, describes their windows and computes their context_features
// into Scratch::context, starting to load the weight rows so that the loads overlap the
// decoding of the words before.
void prepare_context(const Model::Impl& model, const std::vector<std::string_view>& words,
                     const History& history, bool caps, bool skip_first, Scratch& scratch) {
  const std::vector<TokenInfo>& info = scratch.info;
  std::vector<std::uint64_t>& context = scratch.context;
  context.clear();
  scratch.context_begin.assign(words.size() + 1, 0);
  std::size_t described_end = 0;  // the windows so far end there
  for (std::size_t i = 0; i < words.size(); ++i) {
    scratch.context_begin[i] = static_cast<std::uint32_t>(context.size());
    if (!always_scored(info, i, skip_first)) continue;
    describe_window(model, words, scratch, i, described_end);
    described_end = i + 3;
    std::size_t from = context.size();
    context_features(info, i, caps, history_of(info[i], history), context);
    for (std::size_t k = from; k < context.size(); ++k) model.prefetch(context[k]);
  }
  scratch.context_begin[words.size()] = static_cast<std::uint32_t>(context.size());
}

}  // namespace

void tag_sentence(const Model::Impl& model, const std::vector<std::string_view>& words,
                  History& history, Scratch& scratch, std::vector<std::uint8_t>& tags) {
  flag_words(words, scratch.info);
  std::vector<TokenInfo>& info = scratch.info;
  std::vector<std::uint64_t>& keys = scratch.keys;
  scratch.entries.assign(words.size(), nullptr);
  if (!scratch.has_fixed) sum_fixed(model, scratch);
  // The memo entry of a described token; a later word of the window may have evicted it:
  // look it up again then. nullptr for words too long for the memo.
  auto entry_of = [&](std::size_t k) {
    WordMemo::Entry* entry = scratch.entries[k];
    if (entry != nullptr && entry->word != info[k].word) {
      entry = scratch.entries[k] = scratch.memo.find(words[k], info[k].word, model);
    }
    return entry;
  };
  const bool skip_first =
      !words.empty() && info[0].has_upper && text::is_sentence_starter(words[0]);
  prefetch_near_capitals(words, *model.res, info, skip_first, scratch);
  match_gazetteers(words, *model.res, info, scratch.hashes);
  bool caps = capitals_sentence(info);
  prepare_context(model, words, history, caps, skip_first, scratch);
  tags.assign(words.size(), 0);
  int prev = 0;
  int prev2 = 0;
  for (std::size_t i = 0; i < info.size(); ++i) {
    // Outside a name, a word that prepare_context left out does not start one: tag it O
    // without scoring. Most tokens take this path.
    std::uint32_t context_begin = scratch.context_begin[i];
    std::uint32_t context_end = scratch.context_begin[i + 1];
    if (prev == 0 && context_begin == context_end) {
      tags[i] = 0;
      prev2 = prev;
      continue;
    }
    if (context_begin == context_end) describe_window(model, words, scratch, i, 0);
    keys.clear();
    std::int32_t scores[kTagCount] = {};
    // The word's own features and its neighbours', summed once per memo entry.
    if (WordMemo::Entry* entry = entry_of(i)) {
      scratch.memo.need_weights(*entry, model);
      add_weights(entry->weights, scores);
      if (prev == 0) {
        add_weights(entry->after_o, scores);
      } else {
        tag_word_features(info[i], prev, keys);
      }
    } else {
      word_features(info[i], keys);
      tag_word_features(info[i], prev, keys);
    }
    add_weights(scratch.tag_pairs[static_cast<std::size_t>(prev * kTagCount + prev2)], scores);
    for (std::size_t j = 0; j < kNeighborOffsets.size(); ++j) {
      std::size_t k = i + static_cast<std::size_t>(kNeighborOffsets[j]);
      if (k >= info.size()) {
        add_weights(scratch.edges[j], scores);
      } else if (WordMemo::Entry* entry = entry_of(k)) {
        add_weights(entry->neighbors[j], scores);
      } else {
        neighbor_features(&info[k], kNeighborOffsets[j], keys);
      }
    }
    if (context_begin == context_end) {
      context_features(info, i, caps, history_of(info[i], history), keys);
    } else {
      model.add_rows(std::span(scratch.context).subspan(context_begin, context_end - context_begin),
                     scores);
    }
    model.add_scores(keys, scores);
    int best = best_allowed(scores, prev);
    tags[i] = static_cast<std::uint8_t>(best);
    prev2 = prev;
    prev = best;
  }
  remember(info, tags, history);
}

Model::Model() : impl_(std::make_unique<Impl>()) {}
Model::~Model() = default;
Model::Model(Model&&) noexcept = default;
Model& Model::operator=(Model&&) noexcept = default;

namespace {

constexpr char kMagic[8] = {'N', 'M', 'N', 'E', 'R', '0', '0', '2'};

struct Header {
  char magic[8];
  std::uint32_t bits;
  std::uint32_t tags;
  float scale;
  std::uint32_t reserved;
  std::uint64_t raw_size;
};

}  // namespace

std::string Model::to_bytes() const {
  const WeightTable& weights = impl_->weights;
  Header header{};
  std::memcpy(header.magic, kMagic, sizeof kMagic);
  header.bits = static_cast<std::uint32_t>(impl_->bits);
  header.tags = kTagCount;
  header.scale = impl_->scale;
  header.raw_size = weights.size() * sizeof(std::int16_t);
  std::string out(sizeof header, '\0');
  std::memcpy(out.data(), &header, sizeof header);
  std::size_t bound = ZSTD_compressBound(header.raw_size);
  out.resize(sizeof header + bound);
  std::size_t written =
      ZSTD_compress(out.data() + sizeof header, bound, weights.data(), header.raw_size, 19);
  if (ZSTD_isError(written)) throw std::runtime_error("NER model: compression failed");
  out.resize(sizeof header + written);
  return out;
}

Model Model::from_bytes(std::string_view bytes) {
  Header header{};
  if (bytes.size() < sizeof header) throw std::runtime_error("NER model: file too short");
  std::memcpy(&header, bytes.data(), sizeof header);
  if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0) {
    throw std::runtime_error("NER model: not a newsmine NER model");
  }
  if (header.tags != kTagCount || header.bits < 10 || header.bits > 26) {
    throw std::runtime_error("NER model: unsupported layout");
  }
  std::size_t count = (std::size_t{1} << header.bits) * kTagCount;
  if (header.raw_size != count * sizeof(std::int16_t)) {
    throw std::runtime_error("NER model: bad size");
  }
  Model model;
  model.impl_->bits = static_cast<int>(header.bits);
  model.impl_->scale = header.scale;
  model.impl_->res = &resources();
  model.impl_->weights = WeightTable(count);
  std::size_t read = ZSTD_decompress(model.impl_->weights.data(), header.raw_size,
                                     bytes.data() + sizeof header, bytes.size() - sizeof header);
  if (ZSTD_isError(read) || read != header.raw_size) {
    throw std::runtime_error("NER model: corrupt weights");
  }
  return model;
}

const Model& Model::builtin() {
  static const Model instance = from_bytes(embedded_data("ner/model.bin"));
  return instance;
}

void Model::tag(const Document& doc, std::vector<std::vector<std::uint8_t>>& tags) const {
  Scratch scratch;
  tag_document(*impl_, doc, scratch, tags);
}

void tag_document(const Model::Impl& model, const Document& doc, Scratch& scratch,
                  std::vector<std::vector<std::uint8_t>>& tags) {
  History history;
  std::vector<std::string_view> words;
  tags.resize(doc.size());
  for (std::size_t s = 0; s < doc.size(); ++s) {
    words.assign(doc[s].words.begin(), doc[s].words.end());
    tag_sentence(model, words, history, scratch, tags[s]);
  }
  vote_types(doc, tags);
}

void vote_types(const Document& doc, std::vector<std::vector<std::uint8_t>>& tags) {
  // Each name of the document with its count per type, sorted by name.
  std::vector<std::pair<std::string, std::array<int, kTypeCount>>> votes;
  auto name_of = [&](const Sentence& sentence, const TagSpan& span) {
    std::string name;
    for (std::uint32_t i = span.first; i < span.last; ++i) {
      if (i > span.first) name += ' ';
      name += sentence.words[i];
    }
    return name;
  };
  for (std::size_t s = 0; s < doc.size(); ++s) {
    for (const TagSpan& span : tag_spans(tags[s])) {
      std::array<int, kTypeCount> one{};
      ++one[static_cast<std::size_t>(span.type)];
      votes.emplace_back(name_of(doc[s], span), one);
    }
  }
  std::sort(votes.begin(), votes.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::size_t kept = 0;
  for (std::size_t k = 0; k < votes.size(); ++k) {
    if (kept > 0 && votes[kept - 1].first == votes[k].first) {
      for (std::size_t t = 0; t < kTypeCount; ++t) votes[kept - 1].second[t] += votes[k].second[t];
    } else {
      if (kept != k) votes[kept] = std::move(votes[k]);
      ++kept;
    }
  }
  votes.resize(kept);
  auto counts_of = [&](const std::string& name) -> const std::array<int, kTypeCount>& {
    return std::lower_bound(
               votes.begin(), votes.end(), name,
               [](const auto& entry, const std::string& key) { return entry.first < key; })
        ->second;
  };
  for (std::size_t s = 0; s < doc.size(); ++s) {
    for (const TagSpan& span : tag_spans(tags[s])) {
      const auto& count = counts_of(name_of(doc[s], span));
      auto best = static_cast<std::size_t>(span.type);
      for (std::size_t t = 0; t < count.size(); ++t) {
        if (count[t] > count[best]) best = t;
      }
      if (best == static_cast<std::size_t>(span.type)) continue;
      for (std::uint32_t i = span.first; i < span.last; ++i) {
        tags[s][i] = static_cast<std::uint8_t>(1 + 2 * best + (i > span.first ? 1 : 0));
      }
    }
  }
}

namespace {

// Stores real weights (`value(i)` for i < count) in `impl`, quantized to 16 bits as the model
// file keeps them.
template <typename Value>
void quantize(std::size_t count, Model::Impl& impl, Value value) {
  double largest = 0;
  for (std::size_t i = 0; i < count; ++i) largest = std::max(largest, std::fabs(value(i)));
  double scale = largest > 0 ? largest / 32767.0 : 1.0;
  impl.scale = static_cast<float>(scale);
  if (impl.weights.size() != count) impl.weights = WeightTable(count);
  std::int16_t* quantized = impl.weights.data();
  for (std::size_t i = 0; i < count; ++i) {
    quantized[i] = static_cast<std::int16_t>(std::lround(value(i) / scale));
  }
}

}  // namespace

Model average(const std::vector<Model>& models) {
  if (models.empty()) throw std::invalid_argument("NER model average: no models");
  const Model::Impl& first = models.front().impl();
  std::size_t count = first.weights.size();
  std::vector<double> sum(count, 0.0);
  for (const Model& model : models) {
    const Model::Impl& impl = model.impl();
    if (impl.bits != first.bits || impl.weights.size() != count) {
      throw std::invalid_argument("NER model average: models of different sizes");
    }
    const std::int16_t* weights = impl.weights.data();
    for (std::size_t i = 0; i < count; ++i) sum[i] += weights[i] * static_cast<double>(impl.scale);
  }
  Model result;
  Model::Impl& impl = result.impl();
  impl.bits = first.bits;
  impl.res = first.res;
  auto runs = static_cast<double>(models.size());
  quantize(count, impl, [&](std::size_t i) { return sum[i] / runs; });
  return result;
}

Scores evaluate(const Model& model, const std::vector<Document>& docs) {
  Scores scores;
  std::vector<std::vector<std::uint8_t>> tags;
  Scratch scratch;
  for (const Document& doc : docs) {
    tag_document(model.impl(), doc, scratch, tags);
    for (std::size_t s = 0; s < doc.size(); ++s) scores.add(doc[s].tags, tags[s]);
  }
  return scores;
}

Model train(const std::vector<Document>& train_docs, const std::vector<Document>& dev_docs,
            const TrainOptions& options) {
  const Resources& res = resources();
  // Describe every training sentence once.
  struct Prepared {
    std::vector<TokenInfo> info;
    const std::vector<std::uint8_t>* gold;
    bool caps;
  };
  std::vector<std::vector<Prepared>> docs;
  std::vector<std::string_view> words;
  for (const Document& doc : train_docs) {
    std::vector<Prepared> sentences;
    for (const Sentence& sentence : doc) {
      if (sentence.words.empty() || sentence.tags.size() != sentence.words.size()) continue;
      Prepared prepared;
      words.assign(sentence.words.begin(), sentence.words.end());
      describe(words, res, prepared.info);
      prepared.gold = &sentence.tags;
      prepared.caps = capitals_sentence(prepared.info);
      sentences.push_back(std::move(prepared));
    }
    docs.push_back(std::move(sentences));
  }

  Model model;
  Model::Impl& impl = model.impl();
  impl.bits = options.hash_bits;
  impl.res = &res;
  std::size_t count = (std::size_t{1} << impl.bits) * kTagCount;
  std::vector<double> current(count, 0.0);  // the perceptron's running weights
  std::vector<double> summed(count, 0.0);   // sum of step * update, for averaging
  double step = 1;

  Model best;
  double best_f1 = -1;
  std::vector<std::size_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 random(options.seed);
  History history;
  std::vector<std::uint64_t> keys;
  std::vector<std::uint8_t> predicted;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), random);
    std::uint64_t correct = 0;
    std::uint64_t total = 0;
    for (std::size_t d : order) {
      history.clear();
      for (const Prepared& sentence : docs[d]) {
        const std::vector<TokenInfo>& info = sentence.info;
        predicted.assign(info.size(), 0);
        int prev = 0;
        int prev2 = 0;
        for (std::size_t i = 0; i < info.size(); ++i) {
          keys.clear();
          static_features(info, i, sentence.caps, history_of(info[i], history), keys);
          tag_features(info, i, prev, prev2, keys);
          double scores[kTagCount] = {};
          for (std::uint64_t key : keys) {
            const double* row = current.data() + std::size_t{impl.bucket(key)} * kTagCount;
            for (int t = 0; t < kTagCount; ++t) scores[t] += row[t];
          }
          int guess = 0;
          for (int t = 1; t < kTagCount; ++t) {
            if (allowed(prev, t) && scores[t] > scores[guess]) guess = t;
          }
          int gold = (*sentence.gold)[i];
          if (!allowed(prev, gold)) gold -= 1;  // I-X after a wrong tag: the right move is B-X
          if (guess != gold) {
            for (std::uint64_t key : keys) {
              std::size_t row = std::size_t{impl.bucket(key)} * kTagCount;
              current[row + static_cast<std::size_t>(gold)] += 1;
              summed[row + static_cast<std::size_t>(gold)] += step;
              current[row + static_cast<std::size_t>(guess)] -= 1;
              summed[row + static_cast<std::size_t>(guess)] -= step;
            }
          } else {
            ++correct;
          }
          ++total;
          step += 1;
          predicted[i] = static_cast<std::uint8_t>(guess);
          prev2 = prev;
          prev = guess;
        }
        remember(info, predicted, history);
      }
    }
    // The averaged perceptron's weights.
    quantize(count, impl, [&](std::size_t i) { return current[i] - summed[i] / step; });
    double dev_f1 = -1;
    if (!dev_docs.empty()) dev_f1 = evaluate(model, dev_docs).overall.f1();
    double accuracy = total ? static_cast<double>(correct) / static_cast<double>(total) : 0;
    if (options.progress) options.progress(epoch, accuracy, dev_f1);
    if (dev_docs.empty() || dev_f1 > best_f1) {
      best_f1 = dev_f1;
      best.impl().bits = impl.bits;
      best.impl().res = impl.res;
      best.impl().scale = impl.scale;
      best.impl().weights = impl.weights;
    }
  }
  return best;
}

}  // namespace newsmine::ner
