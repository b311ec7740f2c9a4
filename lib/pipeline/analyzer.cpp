#include "newsmine/analyzer.hpp"

#include <string_view>

namespace newsmine {

std::string_view entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::Person:
      return "PERSON";
    case EntityType::Org:
      return "ORG";
    case EntityType::Loc:
      return "LOC";
    case EntityType::Misc:
      return "MISC";
  }
  return "MISC";
}

std::string_view tariff_action_name(TariffAction action) {
  switch (action) {
    case TariffAction::Imposed:
      return "imposed";
    case TariffAction::Threatened:
      return "threatened";
    case TariffAction::Raised:
      return "raised";
    case TariffAction::Lowered:
      return "lowered";
    case TariffAction::Paused:
      return "paused";
    case TariffAction::Lifted:
      return "lifted";
  }
  return "imposed";
}

void Analysis::clear() {
  tokens.clear();
  sentences.clear();
  entities.clear();
  dates.clear();
  percents.clear();
  quotes.clear();
  tariffs.clear();
  focused = false;
  focus.clear();
}

void Analyzer::add(std::shared_ptr<const Annotator> annotator) {
  annotators_.push_back(std::move(annotator));
}

void Analyzer::analyze(const Document& doc, Analysis& analysis) const {
  analysis.clear();
  tokenize(doc.text, analysis.tokens);
  if (split_sentences_) split_sentences(doc.text, analysis.tokens, analysis.sentences);
  for (const auto& annotator : annotators_) annotator->annotate(doc, analysis);
}

}  // namespace newsmine
