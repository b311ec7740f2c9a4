// Turns an Analysis into Records (FORMAT.md), merged in start-offset order across kinds, each
// kind's records made as its registry row says (newsmine/registry.hpp).
#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include "newsmine/record.hpp"
#include "newsmine/registry.hpp"
#include "newsmine/sink.hpp"

namespace newsmine {

const Value* Record::find(std::string_view name) const {
  for (const Field& field : fields) {
    if (field.name == name) return &field.value;
  }
  return nullptr;
}

namespace {

// A record value viewing an attribute (lists through `scratch`, appended to).
Value attribute_value(const AttributeValue& value, std::vector<std::string_view>& scratch) {
  return std::visit(
      [&](const auto& held) -> Value {
        using T = std::decay_t<decltype(held)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return Null{};
        } else if constexpr (std::is_same_v<T, std::string>) {
          return std::string_view(held);
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          scratch.clear();
          for (const std::string& item : held) scratch.emplace_back(item);
          return StringList(scratch);
        } else if constexpr (std::is_same_v<T, AnnotationRef>) {
          if (held.id == kNoAnnotation) return Null{};
          return static_cast<std::int64_t>(held.id);  // kind < 64: fits
        } else {
          return held;
        }
      },
      value);
}

// The records of one wanted kind, in start order.
struct Source {
  const KindSpec* spec;
  std::size_t size;
  std::size_t next;
  const std::uint32_t* generic;  // generic store: indices of its annotations, by start

  std::uint32_t start(const Analysis& analysis, std::size_t index) const {
    return spec->start ? spec->start(analysis, index)
                       : analysis.annotations[generic[index]].span.start;
  }
};

void make_record(const EmitContext& context, const Source& source, std::size_t index,
                 Record& record) {
  record.clear();
  record.doc = context.doc.id;
  record.kind = source.spec->name;
  if (source.spec->emit) {
    source.spec->emit(context, index, record);
  } else {
    emit_generic(context, *source.spec, context.analysis.annotations[source.generic[index]],
                 record);
  }
}

// Sources of the wanted kinds, in registry order. `generic` holds the index lists of the
// generic-store kinds (reserved up front: sources point into it).
std::size_t gather_sources(const Analysis& analysis, const Kinds& kinds,
                           std::array<Source, 64>& sources, std::vector<std::uint32_t>& generic) {
  const auto& rows = kind_registry();
  std::size_t count = 0;
  for (std::size_t kind = 0; kind < rows.size(); ++kind) {
    if (!kinds.has(kind) || !rows[kind].is_record_kind()) continue;
    Source& source = sources[count++];
    source = {&rows[kind], 0, 0, nullptr};
    if (rows[kind].count) {
      source.size = rows[kind].count(analysis);
      continue;
    }
    if (generic.capacity() < analysis.annotations.size()) {
      generic.reserve(analysis.annotations.size());
    }
    const std::size_t first = generic.size();
    for (std::size_t i = 0; i < analysis.annotations.size(); ++i) {
      if (analysis.annotations[i].kind == kind) generic.push_back(static_cast<std::uint32_t>(i));
    }
    std::stable_sort(generic.begin() + static_cast<std::ptrdiff_t>(first), generic.end(),
                     [&](std::uint32_t a, std::uint32_t b) {
                       return analysis.annotations[a].span.start <
                              analysis.annotations[b].span.start;
                     });
    source.generic = generic.data() + first;
    source.size = generic.size() - first;
  }
  return count;
}

}  // namespace

void emit_generic(const EmitContext& context, const KindSpec& spec, const Annotation& annotation,
                  Record& record) {
  const std::string_view text = context.doc.text;
  for (const FieldSpec& field : spec.fields) {
    if (field.name == "text") {
      record.add("text",
                 text.substr(annotation.span.start, annotation.span.end - annotation.span.start));
    } else if (field.name == "start") {
      record.add("start", std::int64_t{annotation.span.start});
    } else if (field.name == "end") {
      record.add("end", std::int64_t{annotation.span.end});
    } else if (const AttributeValue* value = annotation.find(field.name)) {
      record.add(field.name, attribute_value(*value, context.scratch));
    } else if (field.presence != Presence::Optional) {
      record.add(field.name, Null{});
    }
  }
}

void RecordSink::write_text_units(const Document& doc, const Analysis& analysis, bool sentences,
                                  bool tokens) {
  Record record;
  std::vector<std::string_view> scratch;
  const EmitContext context{doc, analysis, scratch};
  const Source sentence_source{&kind_registry()[kind_index("sentence")], 0, 0, nullptr};
  const Source token_source{&kind_registry()[kind_index("token")], 0, 0, nullptr};
  auto write_tokens = [&](std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i) {
      make_record(context, token_source, i, record);
      write(record);
    }
  };
  if (!sentences) {
    if (tokens) write_tokens(0, analysis.tokens.size());
    return;
  }
  for (std::size_t i = 0; i < analysis.sentences.size(); ++i) {
    make_record(context, sentence_source, i, record);
    write(record);
    const Sentence& sentence = analysis.sentences[i];
    if (tokens) write_tokens(sentence.first_token, sentence.end_token);
  }
}

void emit_records(const Document& doc, const Analysis& analysis, const Kinds& kinds,
                  RecordSink& sink) {
  static const std::size_t sentence = kind_index("sentence");
  static const std::size_t token = kind_index("token");
  const std::uint64_t text_units = (std::uint64_t{1} << sentence) | (std::uint64_t{1} << token);
  if ((kinds.bits() & ~text_units) == 0) {
    sink.write_text_units(doc, analysis, kinds.has(sentence), kinds.has(token));
    return;
  }
  std::array<Source, 64> sources;  // not filled in: gather_sources sets the first `count`
  std::vector<std::uint32_t> generic;
  const std::size_t count = gather_sources(analysis, kinds, sources, generic);
  Record record;
  record.fields.reserve(16);  // room for any kind's fields: one allocation per document
  std::vector<std::string_view> scratch;
  const EmitContext context{doc, analysis, scratch};
  for (;;) {
    Source* best = nullptr;
    std::uint32_t best_start = 0;
    for (std::size_t k = 0; k < count; ++k) {
      Source& source = sources[k];
      if (source.next >= source.size) continue;
      const std::uint32_t start = source.start(analysis, source.next);
      if (best == nullptr || start < best_start) {
        best = &source;
        best_start = start;
      }
    }
    if (best == nullptr) break;
    make_record(context, *best, best->next++, record);
    sink.write(record);
  }
}

}  // namespace newsmine
