// The annotators newsmine ships, one factory per kind. Each returns an immutable Annotator
// that one Analyzer can share across threads. Order matters when chaining: entities, dates and
// percents before quotes and tariffs, which read them.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "newsmine/analyzer.hpp"
#include "newsmine/record.hpp"
#include "newsmine/registry.hpp"

namespace newsmine {

// Named entities (PERSON, ORG, LOC, MISC) with country links. `model_path` empty: the model
// compiled into the binary; otherwise a model file written by `newsmine train-ner`.
// Throws std::runtime_error when the model cannot be read.
std::shared_ptr<const Annotator> make_entity_annotator(const std::string& model_path = {});

// Canonical names (Entity::canonical): the fullest name the document uses for each person,
// organisation and country. Run right after the entity annotator.
std::shared_ptr<const Annotator> make_canonical_annotator();

// Dates (TimeML DATE), resolved against Document::date.
std::shared_ptr<const Annotator> make_date_annotator();

// Percentages.
std::shared_ptr<const Annotator> make_percent_annotator();

// Direct quotations with their speakers; uses entities when an earlier stage found them.
std::shared_ptr<const Annotator> make_quote_annotator();

// Tariff events; reads dates and percents.
std::shared_ptr<const Annotator> make_tariff_annotator();

// Sets Analysis::focus to the sentences with a tariff trigger word, the only ones where the
// tariff annotator reads dates and percents. Run first when tariffs are the only consumers of
// dates and percents; costs one cheap test per token.
std::shared_ptr<const Annotator> make_tariff_focus_annotator();

}  // namespace newsmine

namespace newsmine {

// An Analyzer running what `kinds` needs, dependencies included (tariffs need dates and
// percents), in the registry's order (newsmine/registry.hpp).
Analyzer make_analyzer(const Kinds& kinds, const ExtractorConfig& config = {});

// Parses a comma-separated kind list ("entity,date", "all") into `kinds`. Returns the first
// unknown name, or an empty string when all are known.
std::string parse_kinds(std::string_view list, Kinds& kinds);

}  // namespace newsmine
