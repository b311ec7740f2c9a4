// Analysis: everything newsmine has found in one document.
//
// The Analyzer fills `tokens` and `sentences`, then runs its annotators in order; each
// annotator appends to its own vector and may read what earlier ones wrote (quotes read
// entities, tariffs read entities, dates and percents). All offsets are byte offsets into the
// document text, half-open. Each vector is kept in increasing `start` order.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "newsmine/text.hpp"

namespace newsmine {

struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

enum class EntityType : std::uint8_t { Person, Org, Loc, Misc };
// "PERSON", "ORG", "LOC", "MISC".
std::string_view entity_type_name(EntityType type);

struct Entity {
  Span span;
  EntityType type = EntityType::Misc;
  std::string link;  // ISO 3166-1 alpha-2 code for countries, else empty
  // The fullest mention of the same person, organisation or country in the document (set by
  // the canonical stage; equal to `span` when there is none or the stage did not run).
  Span canonical{};
};

struct DateMention {
  Span span;
  std::string value;  // TIMEX3 value ("2025-05-30", "2025-W16", "PAST_REF", ...); empty = null
};

struct PercentMention {
  Span span;
  double value = 0;
  bool points = false;  // "percentage points": written with "unit": "pp"
};

struct Quote {
  Span span;                            // the quoted words, without the quote marks
  std::optional<std::string> speaker;   // canonical: the fullest name the article uses
  std::optional<Span> speaker_written;  // the attribution's words as written ("he", "Mr. Li")
  std::optional<std::string> cue;
  std::optional<Span> speaker_span;  // the mention naming the speaker, where there is one
};

enum class TariffAction : std::uint8_t { Imposed, Threatened, Raised, Lowered, Paused, Lifted };
// "imposed", "threatened", "raised", "lowered", "paused", "lifted".
std::string_view tariff_action_name(TariffAction action);

struct TariffEvent {
  Span span;                         // the sentence
  std::optional<std::string> actor;  // ISO 3166-1 alpha-2, "EU" for the European Union
  std::optional<std::string> target;
  std::optional<double> rate;  // percent
  TariffAction action = TariffAction::Imposed;
  std::vector<std::string> goods;
  std::optional<std::string> date;  // TIMEX3 value
};

// Every annotation has an id: its kind's place in the kind registry (newsmine/registry.hpp) in
// the high 8 bits, its index among the annotations that hold it in the low 24 (the typed
// vector of a built-in kind, or Analysis::annotations for the generic store). Ids are valid
// once the analysis is complete; a later annotation (a relation) may point at earlier ones.
using AnnotationId = std::uint32_t;
constexpr AnnotationId kNoAnnotation = 0xFFFFFFFF;
constexpr AnnotationId annotation_id(std::size_t kind, std::size_t index) {
  return static_cast<AnnotationId>((kind << 24) | (index & 0xFFFFFF));
}
constexpr std::size_t annotation_kind(AnnotationId id) {
  return id >> 24;
}
constexpr std::size_t annotation_index(AnnotationId id) {
  return id & 0xFFFFFF;
}

// An attribute pointing at another annotation (written as its id, an integer).
struct AnnotationRef {
  AnnotationId id = kNoAnnotation;
};
// A typed attribute value of the generic store; monostate is null.
using AttributeValue = std::variant<std::monostate, bool, std::int64_t, double, std::string,
                                    std::vector<std::string>, AnnotationRef>;
struct Attribute {
  std::string_view name;  // a field name of the kind's schema (static storage)
  AttributeValue value;
};

// One annotation of the generic store: a kind that keeps no typed vector of its own (money,
// relations) stores its results here, without editing this header. Records are made from it
// by the kind's schema: `text`, `start` and `end` from `span`, every other field from the
// attribute of the same name (absent: null, or left out for an optional field).
struct Annotation {
  AnnotationId id = kNoAnnotation;
  std::uint16_t kind = 0;  // place in the kind registry
  Span span;
  std::vector<Attribute> attributes;

  // Sets attribute `name` (replacing an earlier value) and returns *this, to chain.
  Annotation& set(std::string_view name, AttributeValue value);
  // The attribute's value, or nullptr when it was not set.
  const AttributeValue* find(std::string_view name) const;
};

// What one annotator keeps from one document to the next on one thread (buffers, caches):
// each worker has its own (as ripgrep clones a searcher per thread), so none needs a lock.
struct AnnotatorScratch {
  virtual ~AnnotatorScratch() = default;
};

// The per-worker scratch of an Analyzer's annotators (Annotator::make_scratch), kept in the
// worker's Analysis from one document to the next. Copies start empty.
struct Workspace {
  Workspace() = default;
  Workspace(const Workspace& /*other*/) {}
  Workspace& operator=(const Workspace& /*other*/) { return *this; }
  Workspace(Workspace&&) noexcept;
  Workspace& operator=(Workspace&&) noexcept;
  ~Workspace();

  std::uint64_t owner = 0;                                 // the Analyzer the scratch was made for
  std::vector<std::unique_ptr<AnnotatorScratch>> scratch;  // per annotator, in chain order
};

struct Analysis {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::vector<DateMention> dates;
  std::vector<PercentMention> percents;
  std::vector<Quote> quotes;
  std::vector<TariffEvent> tariffs;
  // The generic store, in the order annotators added to it (any start order: records are sorted
  // by start when written). Add with annotate().
  std::vector<Annotation> annotations;

  // Appends an annotation of registered kind `kind` (its name in the registry; a name that is
  // not registered throws std::logic_error) and returns it, with its id set, for its
  // attributes. Resolve the kind once with kind_index() and pass the index on hot paths.
  Annotation& annotate(std::string_view kind, Span span);
  Annotation& annotate(std::size_t kind, Span span);
  // The generic annotation `id` points at, or nullptr when it is not in the generic store.
  const Annotation* find_annotation(AnnotationId id) const;

  // The byte ranges later stages need (increasing, disjoint), when only some sentences matter
  // (tariffs alone need dates and percents only in sentences with a trigger word). A focus
  // annotator, run first, sets both fields on every document; the date and percent annotators
  // then look only inside `focus`. `focused` false: the whole text matters.
  bool focused = false;
  std::vector<Span> focus;

  Workspace workspace;  // not cleared: it serves the next document

  // Empties every vector but keeps their capacity, so one Analysis can serve many documents.
  void clear();
};

}  // namespace newsmine
