// Record: one output row (FORMAT.md), the unit every subcommand writes.
//
// A Record is a view: its strings point into the Document and Analysis it was made from and
// stay valid only while the sink's write() runs. Sinks that keep values must copy them.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <variant>
#include <vector>

#include "newsmine/analysis.hpp"
#include "newsmine/document.hpp"

namespace newsmine {

struct Null {};
using StringList = std::span<const std::string_view>;  // views, like every Record string
using Value = std::variant<Null, bool, std::int64_t, double, std::string_view, StringList>;

struct Field {
  std::string_view name;
  Value value;
};

struct Record {
  std::string_view doc;
  std::string_view kind;
  std::vector<Field> fields;  // in output order, after "doc" and "kind"

  void clear() { fields.clear(); }
  void add(std::string_view name, Value value) { fields.push_back({name, std::move(value)}); }
  // The field's value, or nullptr when the record has none of that name.
  const Value* find(std::string_view name) const;
};

// Which annotation kinds to turn into records.
struct Kinds {
  bool sentence = false;
  bool token = false;
  bool entity = false;
  bool date = false;
  bool percent = false;
  bool quote = false;
  bool tariff = false;
};

class RecordSink;

// Writes the records of `analysis` selected by `kinds` to `sink`, in increasing start offset
// (sentence before the tokens it starts with; ties between kinds in the order of Kinds).
void emit_records(const Document& doc, const Analysis& analysis, const Kinds& kinds,
                  RecordSink& sink);

}  // namespace newsmine
