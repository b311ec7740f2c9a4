// The date kind: its row of the kind registry (needs, annotator, fields, records).
#include "newsmine/extractors.hpp"
#include "newsmine/registry.hpp"
#include "pipeline/kind_fields.hpp"

namespace newsmine {

using namespace kind_fields;

KindSpec date_kind() {
  KindSpec spec;
  spec.name = "date";
  spec.description = "A calendar date (TimeML DATE), resolved against the article's date";
  spec.written_by = "`extract`, `newsmine`";
  // Splits a document's sentences itself when a mention needs its clause's tense.
  spec.make = [](const ExtractorConfig&) { return make_date_annotator(); };
  spec.fields = {text_field(),
                 {"value", F::String, P::Nullable,
                  "TIMEX3 value (2025-05-30, 2025-05, 2025, 2025-W16, PAST_REF, PRESENT_REF, "
                  "FUTURE_REF)"},
                 start_field(),
                 end_field()};
  spec.count = [](const Analysis& a) { return a.dates.size(); };
  spec.start = [](const Analysis& a, std::size_t i) { return a.dates[i].span.start; };
  spec.emit = [](const EmitContext& c, std::size_t i, Record& record) {
    const DateMention& date = c.analysis.dates[i];
    record.add("text", slice(c.doc, date.span));
    record.add("value", date.value.empty() ? Value{Null{}} : Value{std::string_view(date.value)});
    record.add("start", std::int64_t{date.span.start});
    record.add("end", std::int64_t{date.span.end});
  };
  return spec;
}

}  // namespace newsmine
