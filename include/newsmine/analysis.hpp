// Analysis: everything newsmine has found in one document.
//
// The Analyzer fills `tokens` and `sentences`, then runs its annotators in order; each
// annotator appends to its own vector and may read what earlier ones wrote (quotes read
// entities, tariffs read entities, dates and percents). All offsets are byte offsets into the
// document text, half-open. Each vector is kept in increasing `start` order.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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

struct Analysis {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::vector<DateMention> dates;
  std::vector<PercentMention> percents;
  std::vector<Quote> quotes;
  std::vector<TariffEvent> tariffs;

  // The byte ranges later stages need (increasing, disjoint), when only some sentences matter
  // (tariffs alone need dates and percents only in sentences with a trigger word). A focus
  // annotator, run first, sets both fields on every document; the date and percent annotators
  // then look only inside `focus`. `focused` false: the whole text matters.
  bool focused = false;
  std::vector<Span> focus;

  // Empties every vector but keeps their capacity, so one Analysis can serve many documents.
  void clear();
};

}  // namespace newsmine
