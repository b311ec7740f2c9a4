// The percent kind: its row of the kind registry (needs, annotator, fields, records).
#include "newsmine/extractors.hpp"
#include "newsmine/registry.hpp"
#include "pipeline/kind_fields.hpp"

namespace newsmine {

using namespace kind_fields;

KindSpec percent_kind() {
  KindSpec spec;
  spec.name = "percent";
  spec.description = "A percentage";
  spec.written_by = "`extract`, `newsmine`";
  spec.make = [](const ExtractorConfig&) { return make_percent_annotator(); };
  spec.fields = {text_field(),
                 {"value", F::Number, P::Always, "the number (145 for \"145 per cent\")"},
                 {"unit", F::String, P::Optional, "\"pp\" for percentage points"},
                 start_field(),
                 end_field()};
  spec.count = [](const Analysis& a) { return a.percents.size(); };
  spec.start = [](const Analysis& a, std::size_t i) { return a.percents[i].span.start; };
  spec.emit = [](const EmitContext& c, std::size_t i, Record& record) {
    const PercentMention& percent = c.analysis.percents[i];
    record.add("text", slice(c.doc, percent.span));
    record.add("value", percent.value);
    if (percent.points) record.add("unit", std::string_view("pp"));
    record.add("start", std::int64_t{percent.span.start});
    record.add("end", std::int64_t{percent.span.end});
  };
  return spec;
}

}  // namespace newsmine
