// Builds the annotator chain a set of record kinds needs.
#include <string_view>

#include "newsmine/extractors.hpp"

namespace newsmine {

Analyzer make_analyzer(const Kinds& kinds, const ExtractorConfig& config) {
  // Quotes use entities when they are there but find names on their own as well (as
  // accurately, measured on PolNeAR dev), so they do not pay for the NER model.
  const bool tariffs = kinds.tariff;
  const bool quotes = kinds.quote;
  Analyzer analyzer;
  // Dates and percents only for tariffs: find them only in the sentences tariffs read.
  if (tariffs && !kinds.date && !kinds.percent) analyzer.add(make_tariff_focus_annotator());
  if (kinds.entity) {
    analyzer.add(make_entity_annotator(config.entity_model));
    analyzer.add(make_canonical_annotator());
  }
  if (kinds.date || tariffs) analyzer.add(make_date_annotator());
  if (kinds.percent || tariffs) analyzer.add(make_percent_annotator());
  if (quotes) analyzer.add(make_quote_annotator());
  if (tariffs) analyzer.add(make_tariff_annotator());
  // Dates split a document's sentences only when a mention needs its clause tense.
  analyzer.set_split_sentences(kinds.sentence || kinds.token || kinds.entity || quotes || tariffs);
  return analyzer;
}

std::string parse_kinds(std::string_view list, Kinds& kinds) {
  while (!list.empty()) {
    std::size_t comma = list.find(',');
    std::string_view name = list.substr(0, comma);
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    if (name == "all") {
      kinds.entity = kinds.date = kinds.percent = kinds.quote = kinds.tariff = true;
    } else if (name == "entity") {
      kinds.entity = true;
    } else if (name == "date") {
      kinds.date = true;
    } else if (name == "percent") {
      kinds.percent = true;
    } else if (name == "quote") {
      kinds.quote = true;
    } else if (name == "tariff") {
      kinds.tariff = true;
    } else if (name == "sentence") {
      kinds.sentence = true;
    } else if (name == "token") {
      kinds.token = true;
    } else if (!name.empty()) {
      return std::string(name);
    }
  }
  return {};
}

}  // namespace newsmine
