// Declarations of the built-in kinds: needs, annotator, field schema and record emission.
// Field order is the order of the JSON Lines records (FORMAT.md).
#include "pipeline/builtin_kinds.hpp"

#include <string_view>

#include "newsmine/extractors.hpp"

namespace newsmine::kinds {

namespace {

using F = FieldType;
using P = Presence;

std::string_view slice(const Document& doc, Span span) {
  return std::string_view(doc.text).substr(span.start, span.end - span.start);
}

Value optional_string(const std::optional<std::string>& text) {
  if (!text) return Null{};
  return std::string_view(*text);
}

void add_span(Record& record, const Document& doc, Span span) {
  record.add("text", slice(doc, span));
  record.add("start", std::int64_t{span.start});
  record.add("end", std::int64_t{span.end});
}

FieldSpec text_field(std::string_view description = "the words as written") {
  return {"text", F::String, P::Always, description};
}
FieldSpec start_field() {
  return {"start", F::Integer, P::Always, "byte offset of the first byte in the text"};
}
FieldSpec end_field() {
  return {"end", F::Integer, P::Always, "byte offset after the last byte (half-open)"};
}

}  // namespace

KindSpec sentence() {
  KindSpec spec;
  spec.name = "sentence";
  spec.description = "A sentence, as the sentence splitter cut the text";
  spec.written_by = "`tokens`";
  spec.in_all = false;
  spec.fields = {text_field(),
                 start_field(),
                 end_field(),
                 {"tokens", F::Integer, P::Always, "how many tokens it holds"}};
  spec.count = [](const Analysis& a) { return a.sentences.size(); };
  spec.start = [](const Analysis& a, std::size_t i) { return a.sentences[i].start; };
  spec.emit = [](const EmitContext& c, std::size_t i, Record& record) {
    const Sentence& sentence = c.analysis.sentences[i];
    add_span(record, c.doc, {sentence.start, sentence.end});
    record.add("tokens", std::int64_t{sentence.end_token - sentence.first_token});
  };
  return spec;
}

KindSpec token() {
  KindSpec spec;
  spec.name = "token";
  spec.description = "A token, as the tokenizer cut the text";
  spec.written_by = "`tokens`";
  spec.needs = {"sentence"};  // written sentence by sentence
  spec.in_all = false;
  spec.fields = {text_field(),
                 start_field(),
                 end_field(),
                 {"class", F::String, P::Always,
                  "word, number, punct, open_quote, close_quote, dash, url or email"}};
  spec.count = [](const Analysis& a) { return a.tokens.size(); };
  spec.start = [](const Analysis& a, std::size_t i) { return a.tokens[i].start; };
  spec.emit = [](const EmitContext& c, std::size_t i, Record& record) {
    const Token& token = c.analysis.tokens[i];
    add_span(record, c.doc, {token.start, token.end});
    record.add("class", token_class_name(token.cls));
  };
  return spec;
}

KindSpec tariff_focus() {
  KindSpec spec;
  spec.name = "tariff-focus";
  spec.description =
      "marks the sentences with a tariff word, the only ones dates and percents "
      "are looked for in when tariffs alone need them";
  spec.skip_when_written = {"date", "percent"};
  spec.make = [](const ExtractorConfig&) { return make_tariff_focus_annotator(); };
  return spec;
}

KindSpec entity() {
  KindSpec spec;
  spec.name = "entity";
  spec.description = "A named entity";
  spec.written_by = "`extract`, `newsmine`";
  spec.needs = {"sentence"};
  spec.followers = {"canonical"};
  spec.make = [](const ExtractorConfig& config) {
    return make_entity_annotator(config.entity_model);
  };
  spec.fields = {{"type", F::String, P::Always,
                  "PERSON, ORG, LOC or MISC (CoNLL-2003 classes; countries and cities are LOC, "
                  "nationalities MISC)"},
                 text_field(),
                 start_field(),
                 end_field(),
                 {"link", F::String, P::Optional, "ISO 3166-1 alpha-2 code, for a country"},
                 {"canonical", F::String, P::Always,
                  "the fullest name the article uses for the same person, organisation or country "
                  "(\"Trump\" -> \"Donald J. Trump\"), else the text"}};
  spec.count = [](const Analysis& a) { return a.entities.size(); };
  spec.start = [](const Analysis& a, std::size_t i) { return a.entities[i].span.start; };
  spec.emit = [](const EmitContext& c, std::size_t i, Record& record) {
    const Entity& entity = c.analysis.entities[i];
    record.add("type", entity_type_name(entity.type));
    add_span(record, c.doc, entity.span);
    if (!entity.link.empty()) record.add("link", std::string_view(entity.link));
    const Span canonical =
        entity.canonical.end > entity.canonical.start ? entity.canonical : entity.span;
    record.add("canonical", slice(c.doc, canonical));
  };
  return spec;
}

KindSpec canonical() {
  KindSpec spec;
  spec.name = "canonical";
  spec.description = "sets each entity's canonical name: the fullest name the article uses";
  spec.needs = {"entity"};
  spec.make = [](const ExtractorConfig&) { return make_canonical_annotator(); };
  return spec;
}

KindSpec date() {
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

KindSpec percent() {
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

KindSpec quote() {
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

KindSpec tariff() {
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

}  // namespace newsmine::kinds
