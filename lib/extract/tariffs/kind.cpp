// The tariff kind and its focus stage: their rows of the kind registry.
#include "newsmine/extractors.hpp"
#include "newsmine/registry.hpp"
#include "pipeline/kind_fields.hpp"

namespace newsmine {

using namespace kind_fields;

KindSpec tariff_focus_kind() {
  KindSpec spec;
  spec.name = "tariff-focus";
  spec.description =
      "marks the sentences with a tariff word, the only ones dates and percents "
      "are looked for in when tariffs alone need them";
  spec.skip_when_written = {"date", "percent"};
  spec.make = [](const ExtractorConfig&) { return make_tariff_focus_annotator(); };
  return spec;
}

KindSpec tariff_kind() {
  KindSpec spec;
  spec.name = "tariff";
  spec.description =
      "A tariff event: one clause reporting a tariff imposed, threatened, raised, lowered, "
      "paused or lifted";
  spec.written_by = "`tariffs`, `newsmine`";
  spec.needs = {"sentence", "tariff-focus", "date", "percent"};
  spec.make = [](const ExtractorConfig&) { return make_tariff_annotator(); };
  spec.fields = {
      {"actor", F::String, P::Nullable,
       "ISO 3166-1 alpha-2 code of who imposes it (EU for the European Union)"},
      {"target", F::String, P::Nullable, "code of whose goods it hits"},
      {"rate", F::Number, P::Nullable, "the rate in percent"},
      {"action", F::String, P::Always, "imposed, threatened, raised, lowered, paused or lifted"},
      {"goods", F::List, P::Always, "the goods it covers"},
      {"date", F::String, P::Nullable, "TIMEX3 value of when"},
      text_field("the sentence"),
      start_field(),
      end_field()};
  spec.count = [](const Analysis& a) { return a.tariffs.size(); };
  spec.start = [](const Analysis& a, std::size_t i) { return a.tariffs[i].span.start; };
  spec.emit = [](const EmitContext& c, std::size_t i, Record& record) {
    const TariffEvent& tariff = c.analysis.tariffs[i];
    record.add("actor", optional_string(tariff.actor));
    record.add("target", optional_string(tariff.target));
    record.add("rate", tariff.rate ? Value{*tariff.rate} : Value{Null{}});
    record.add("action", tariff_action_name(tariff.action));
    c.scratch.clear();
    for (const std::string& item : tariff.goods) c.scratch.emplace_back(item);
    record.add("goods", StringList(c.scratch));
    record.add("date", optional_string(tariff.date));
    add_span(record, c.doc, tariff.span);
  };
  return spec;
}

}  // namespace newsmine
