// Helpers for the record emission of the built-in kinds' registry rows (lib/extract/<kind>/kind.cpp
// and pipeline/text_kinds.cpp): the span fields every record has and their schema entries.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "newsmine/registry.hpp"

namespace newsmine::kind_fields {

using F = FieldType;
using P = Presence;

inline std::string_view slice(const Document& doc, Span span) {
  return std::string_view(doc.text).substr(span.start, span.end - span.start);
}

inline Value optional_string(const std::optional<std::string>& text) {
  if (!text) return Null{};
  return std::string_view(*text);
}

// "text", "start" and "end" of `span`.
inline void add_span(Record& record, const Document& doc, Span span) {
  record.add("text", slice(doc, span));
  record.add("start", std::int64_t{span.start});
  record.add("end", std::int64_t{span.end});
}

inline FieldSpec text_field(std::string_view description = "the words as written") {
  return {"text", F::String, P::Always, description};
}
inline FieldSpec start_field() {
  return {"start", F::Integer, P::Always, "byte offset of the first byte in the text"};
}
inline FieldSpec end_field() {
  return {"end", F::Integer, P::Always, "byte offset after the last byte (half-open)"};
}

}  // namespace newsmine::kind_fields
