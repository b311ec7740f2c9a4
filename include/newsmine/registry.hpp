// The kind registry: one declaration per record kind and per analysis stage.
//
// Like spaCy's component `requires`/`assigns` and ripgrep's single flag table, everything that
// knows about a kind reads it from here: parse_kinds and its error message, the annotator
// chain and its order (make_analyzer), record emission (emit_records), the JSON, TSV and CSV
// writers' columns, `--fields`, and docs/records.md (checked by a test).
//
// Adding a kind: a folder lib/extract/<kind>/ with its annotator, which stores its results in
// the generic store (Analysis::annotate), and a function returning its KindSpec; then one line
// in kind_registry() (lib/extract/registry.cpp) calling that function. The rows are in
// dependency order: a row runs after every row it needs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsmine/analysis.hpp"
#include "newsmine/analyzer.hpp"
#include "newsmine/document.hpp"
#include "newsmine/record.hpp"

namespace newsmine {

struct ExtractorConfig {
  std::string entity_model;  // empty: the compiled-in model
};

enum class FieldType : std::uint8_t { String, Integer, Number, Boolean, List, Ref };
// "string", "integer", "number", "boolean", "list of strings", "annotation id".
std::string_view field_type_name(FieldType type);

// Always: every record has a value. Nullable: the field is always there, null when unknown.
// Optional: the field is left out of a JSON record when absent (an empty cell in TSV and CSV).
enum class Presence : std::uint8_t { Always, Nullable, Optional };

struct FieldSpec {
  std::string_view name;
  FieldType type = FieldType::String;
  Presence presence = Presence::Always;
  std::string_view description;
};

// What an emit function gets: the document, its analysis, and a scratch list of views for
// list fields (valid until the record is written).
struct EmitContext {
  const Document& doc;
  const Analysis& analysis;
  std::vector<std::string_view>& scratch;
};

using AnnotatorFactory = std::shared_ptr<const Annotator> (*)(const ExtractorConfig& config);
// Kinds kept in a typed vector of Analysis: how many there are, where item `index` starts,
// and its record (fields in schema order, as in FORMAT.md). Kinds of the generic store leave
// these null: their records come from the schema and the annotations' attributes.
using CountFn = std::size_t (*)(const Analysis& analysis);
using StartFn = std::uint32_t (*)(const Analysis& analysis, std::size_t index);
using EmitFn = void (*)(const EmitContext& context, std::size_t index, Record& record);

struct KindSpec {
  std::string_view name;         // the record's `kind`, the name in --kinds
  std::string_view description;  // one line, for --help and docs/records.md
  std::string_view written_by;   // the subcommands that write it, for docs/records.md
  // (spaCy's `requires`) Rows that must run before this one (their annotators run; their records
  // are written only when asked for). "token" and "sentence" are the tokenizer and the sentence
  // splitter.
  std::vector<std::string_view> needs;
  // Stages run whenever this row runs, right after it (the canonical names after entities).
  std::vector<std::string_view> followers;
  // A stage that only narrows work: left out when any of these kinds is written (the tariff
  // focus is left out when date or percent records are asked for, which need the whole text).
  std::vector<std::string_view> skip_when_written;
  AnnotatorFactory make = nullptr;  // nullptr: nothing to run (tokens, sentences)
  // The record fields after `doc` and `kind`, in output order. Empty: a stage, not a kind.
  std::vector<FieldSpec> fields;
  CountFn count = nullptr;  // typed vector kinds only; see above
  StartFn start = nullptr;
  EmitFn emit = nullptr;
  bool in_all = true;  // part of `--kinds all`

  bool is_record_kind() const { return !fields.empty(); }
  const FieldSpec* field(std::string_view name) const;
};

// Every row, in dependency order (lib/extract/registry.cpp). At most 64 rows.
const std::vector<KindSpec>& kind_registry();
// The row's index in kind_registry(), or -1 for an unknown name.
int find_kind(std::string_view name);
// The same, throwing std::logic_error for an unknown name (for annotators naming their kind).
std::size_t kind_index(std::string_view name);
// The names --kinds accepts: every record kind, then "all".
std::vector<std::string> valid_kind_names();

// The columns of records of `kinds`: doc, kind, then every field of each kind in registry
// order, each name once (union). `first`: columns to put first, in that order (a
// subcommand's usual ones); names no kind has are left out.
std::vector<std::string> record_columns(const Kinds& kinds,
                                        const std::vector<std::string>& first = {});

// The record-kind tables of docs/records.md, generated from the registry.
std::string records_markdown();

// Generic emission of an annotation of the generic store (what a kind with a null `emit` gets).
void emit_generic(const EmitContext& context, const KindSpec& spec, const Annotation& annotation,
                  Record& record);

}  // namespace newsmine
