// Turns an Analysis into Records (FORMAT.md), merged in start-offset order across kinds.
#include <array>
#include <cstddef>
#include <string_view>

#include "newsmine/record.hpp"
#include "newsmine/sink.hpp"

namespace newsmine {

const Value* Record::find(std::string_view name) const {
  for (const Field& field : fields) {
    if (field.name == name) return &field.value;
  }
  return nullptr;
}

namespace {

std::string_view slice(const Document& doc, std::uint32_t start, std::uint32_t end) {
  return std::string_view(doc.text).substr(start, end - start);
}

Value optional_string(const std::optional<std::string>& text) {
  if (!text) return Null{};
  return std::string_view(*text);
}

void add_span(Record& record, const Document& doc, Span span) {
  record.add("text", slice(doc, span.start, span.end));
  record.add("start", std::int64_t{span.start});
  record.add("end", std::int64_t{span.end});
}

// Fills `record` with item `index` of the given kind. Kind numbers follow the order of Kinds.
// `scratch` holds string views that `record` points to (tariff goods).
void make_record(const Document& doc, const Analysis& analysis, int kind, std::size_t index,
                 Record& record, std::vector<std::string_view>& scratch) {
  record.clear();
  record.doc = doc.id;
  switch (kind) {
    case 0: {
      const Sentence& sentence = analysis.sentences[index];
      record.kind = "sentence";
      add_span(record, doc, {sentence.start, sentence.end});
      record.add("tokens", std::int64_t{sentence.end_token - sentence.first_token});
      break;
    }
    case 1: {
      const Token& token = analysis.tokens[index];
      record.kind = "token";
      add_span(record, doc, {token.start, token.end});
      record.add("class", token_class_name(token.cls));
      break;
    }
    case 2: {
      const Entity& entity = analysis.entities[index];
      record.kind = "entity";
      record.add("type", entity_type_name(entity.type));
      add_span(record, doc, entity.span);
      if (!entity.link.empty()) record.add("link", std::string_view(entity.link));
      {
        const Span canonical =
            entity.canonical.end > entity.canonical.start ? entity.canonical : entity.span;
        record.add("canonical", slice(doc, canonical.start, canonical.end));
      }
      break;
    }
    case 3: {
      const DateMention& date = analysis.dates[index];
      record.kind = "date";
      record.add("text", slice(doc, date.span.start, date.span.end));
      record.add("value", date.value.empty() ? Value{Null{}} : Value{std::string_view(date.value)});
      record.add("start", std::int64_t{date.span.start});
      record.add("end", std::int64_t{date.span.end});
      break;
    }
    case 4: {
      const PercentMention& percent = analysis.percents[index];
      record.kind = "percent";
      record.add("text", slice(doc, percent.span.start, percent.span.end));
      record.add("value", percent.value);
      if (percent.points) record.add("unit", std::string_view("pp"));
      record.add("start", std::int64_t{percent.span.start});
      record.add("end", std::int64_t{percent.span.end});
      break;
    }
    case 5: {
      const Quote& quote = analysis.quotes[index];
      record.kind = "quote";
      add_span(record, doc, quote.span);
      record.add("speaker", optional_string(quote.speaker));
      record.add("speaker_text",
                 quote.speaker_written
                     ? Value{slice(doc, quote.speaker_written->start, quote.speaker_written->end)}
                     : Value{Null{}});
      record.add("cue", optional_string(quote.cue));
      if (quote.speaker_span) {
        record.add("speaker_start", std::int64_t{quote.speaker_span->start});
        record.add("speaker_end", std::int64_t{quote.speaker_span->end});
      }
      break;
    }
    case 6: {
      const TariffEvent& tariff = analysis.tariffs[index];
      record.kind = "tariff";
      record.add("actor", optional_string(tariff.actor));
      record.add("target", optional_string(tariff.target));
      record.add("rate", tariff.rate ? Value{*tariff.rate} : Value{Null{}});
      record.add("action", tariff_action_name(tariff.action));
      scratch.clear();
      for (const std::string& item : tariff.goods) scratch.emplace_back(item);
      record.add("goods", StringList(scratch));
      record.add("date", optional_string(tariff.date));
      add_span(record, doc, tariff.span);
      break;
    }
    default:
      break;
  }
}

}  // namespace

void RecordSink::write_text_units(const Document& doc, const Analysis& analysis, bool sentences,
                                  bool tokens) {
  Record record;
  std::vector<std::string_view> scratch;
  auto write_tokens = [&](std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i) {
      make_record(doc, analysis, 1, i, record, scratch);
      write(record);
    }
  };
  if (!sentences) {
    if (tokens) write_tokens(0, analysis.tokens.size());
    return;
  }
  for (std::size_t i = 0; i < analysis.sentences.size(); ++i) {
    make_record(doc, analysis, 0, i, record, scratch);
    write(record);
    const Sentence& sentence = analysis.sentences[i];
    if (tokens) write_tokens(sentence.first_token, sentence.end_token);
  }
}

void emit_records(const Document& doc, const Analysis& analysis, const Kinds& kinds,
                  RecordSink& sink) {
  if (!kinds.entity && !kinds.date && !kinds.percent && !kinds.quote && !kinds.tariff) {
    sink.write_text_units(doc, analysis, kinds.sentence, kinds.token);
    return;
  }
  constexpr int kKindCount = 7;
  const std::array<bool, kKindCount> wanted = {kinds.sentence, kinds.token,   kinds.entity,
                                               kinds.date,     kinds.percent, kinds.quote,
                                               kinds.tariff};
  const std::array<std::size_t, kKindCount> sizes = {
      analysis.sentences.size(), analysis.tokens.size(),   analysis.entities.size(),
      analysis.dates.size(),     analysis.percents.size(), analysis.quotes.size(),
      analysis.tariffs.size()};
  auto start_of = [&](int kind, std::size_t index) -> std::uint32_t {
    switch (kind) {
      case 0:
        return analysis.sentences[index].start;
      case 1:
        return analysis.tokens[index].start;
      case 2:
        return analysis.entities[index].span.start;
      case 3:
        return analysis.dates[index].span.start;
      case 4:
        return analysis.percents[index].span.start;
      case 5:
        return analysis.quotes[index].span.start;
      default:
        return analysis.tariffs[index].span.start;
    }
  };
  std::array<std::size_t, kKindCount> next{};
  Record record;
  std::vector<std::string_view> scratch;
  for (;;) {
    int best = -1;
    std::uint32_t best_start = 0;
    for (int kind = 0; kind < kKindCount; ++kind) {
      if (!wanted[kind] || next[kind] >= sizes[kind]) continue;
      std::uint32_t start = start_of(kind, next[kind]);
      if (best < 0 || start < best_start) {
        best = kind;
        best_start = start;
      }
    }
    if (best < 0) break;
    make_record(doc, analysis, best, next[best]++, record, scratch);
    sink.write(record);
  }
}

}  // namespace newsmine
