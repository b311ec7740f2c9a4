// The quote kind: its row of the kind registry (needs, annotator, fields, records).
#include "newsmine/extractors.hpp"
#include "newsmine/registry.hpp"
#include "pipeline/kind_fields.hpp"

namespace newsmine {

using namespace kind_fields;

KindSpec quote_kind() {
  KindSpec spec;
  spec.name = "quote";
  spec.description = "A direct quotation with its speaker";
  spec.written_by = "`quotes`, `newsmine`";
  // Quotes use entities when they ran, and find names on their own otherwise.
  spec.needs = {"sentence"};
  spec.make = [](const ExtractorConfig&) { return make_quote_annotator(); };
  spec.fields = {
      text_field("the quoted words, without the quote marks"),
      start_field(),
      end_field(),
      {"speaker", F::String, P::Nullable,
       "the speaker's fullest name in the article (or organisation, description)"},
      {"speaker_text", F::String, P::Nullable, "the attribution's words as written (\"he\")"},
      {"cue", F::String, P::Nullable, "the reporting verb"},
      {"speaker_start", F::Integer, P::Optional, "start of the mention naming the speaker"},
      {"speaker_end", F::Integer, P::Optional, "end of the mention naming the speaker"}};
  spec.count = [](const Analysis& a) { return a.quotes.size(); };
  spec.start = [](const Analysis& a, std::size_t i) { return a.quotes[i].span.start; };
  spec.emit = [](const EmitContext& c, std::size_t i, Record& record) {
    const Quote& quote = c.analysis.quotes[i];
    add_span(record, c.doc, quote.span);
    record.add("speaker", optional_string(quote.speaker));
    record.add("speaker_text",
               quote.speaker_written ? Value{slice(c.doc, *quote.speaker_written)} : Value{Null{}});
    record.add("cue", optional_string(quote.cue));
    if (quote.speaker_span) {
      record.add("speaker_start", std::int64_t{quote.speaker_span->start});
      record.add("speaker_end", std::int64_t{quote.speaker_span->end});
    }
  };
  return spec;
}

}  // namespace newsmine
