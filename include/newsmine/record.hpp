// Record: one output row (FORMAT.md), the unit every subcommand writes.
//
// A Record is a view: its strings point into the Document and Analysis it was made from and
// stay valid only while the sink's write() runs. Sinks that keep values must copy them.
#pragma once

#include <cstdint>
#include <initializer_list>
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

// Which record kinds to write: a set of rows of the kind registry (newsmine/registry.hpp).
class Kinds {
 public:
  Kinds() = default;
  // The named kinds; an unknown name throws std::invalid_argument (see parse_kinds).
  Kinds(std::initializer_list<std::string_view> names);
  bool has(std::string_view name) const;
  bool has(std::size_t index) const { return index < 64 && ((bits_ >> index) & 1) != 0; }
  // Adds a registered kind; an unknown name throws std::invalid_argument.
  Kinds& add(std::string_view name);
  Kinds& add(std::size_t index) {
    bits_ |= std::uint64_t{1} << index;
    return *this;
  }
  bool empty() const { return bits_ == 0; }
  std::uint64_t bits() const { return bits_; }
  friend bool operator==(const Kinds&, const Kinds&) = default;

 private:
  std::uint64_t bits_ = 0;
};

class RecordSink;

// Writes the records of `analysis` selected by `kinds` to `sink`, in increasing start offset
// (sentence before the tokens it starts with; ties between kinds in registry order).
void emit_records(const Document& doc, const Analysis& analysis, const Kinds& kinds,
                  RecordSink& sink);

}  // namespace newsmine
