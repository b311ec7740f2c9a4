// The kind registry (newsmine/registry.hpp): its rows, kind sets, the annotator chain a set
// of kinds needs, and the columns of their records.
#include <stdexcept>
#include <string>
#include <string_view>

#include "newsmine/extractors.hpp"
#include "newsmine/registry.hpp"
#include "pipeline/builtin_kinds.hpp"

namespace newsmine {

// Kinds declared in their own folders (lib/extract/<kind>/) add their declaration here, as
// `KindSpec money_kind();` ...
KindSpec money_kind();

namespace {

std::vector<KindSpec> make_registry() {
  // ... and one row here, after the rows it needs. Rows that tie on a start offset are written
  // in this order (a sentence before its first token).
  // One row per line, so that adding a kind is a one-line change.
  // clang-format off
  std::vector<KindSpec> rows = {
      kinds::sentence(),
      kinds::token(),
      kinds::tariff_focus(),
      kinds::entity(),
      kinds::canonical(),
      kinds::date(),
      kinds::percent(),
      kinds::quote(),
      kinds::tariff(),
      money_kind(),
  };
  // clang-format on
  if (rows.size() > 64) throw std::logic_error("more than 64 kinds");
  // A row must come after every row it needs that runs an annotator (tokens and sentences are
  // made before any annotator runs).
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::string_view need : rows[i].needs) {
      std::size_t j = 0;
      while (j < rows.size() && rows[j].name != need) ++j;
      if (j == rows.size()) throw std::logic_error("kind needs an unknown row");
      if (j > i && rows[j].make != nullptr) throw std::logic_error("kind before what it needs");
    }
  }
  return rows;
}

}  // namespace

const std::vector<KindSpec>& kind_registry() {
  static const std::vector<KindSpec> rows = make_registry();
  return rows;
}

int find_kind(std::string_view name) {
  const auto& rows = kind_registry();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

std::size_t kind_index(std::string_view name) {
  const int index = find_kind(name);
  if (index < 0) throw std::logic_error("unregistered kind " + std::string(name));
  return static_cast<std::size_t>(index);
}

std::vector<std::string> valid_kind_names() {
  std::vector<std::string> names;
  for (const KindSpec& spec : kind_registry()) {
    if (spec.is_record_kind()) names.emplace_back(spec.name);
  }
  names.emplace_back("all");
  return names;
}

const FieldSpec* KindSpec::field(std::string_view field_name) const {
  for (const FieldSpec& spec : fields) {
    if (spec.name == field_name) return &spec;
  }
  return nullptr;
}

std::string_view field_type_name(FieldType type) {
  switch (type) {
    case FieldType::String:
      return "string";
    case FieldType::Integer:
      return "integer";
    case FieldType::Number:
      return "number";
    case FieldType::Boolean:
      return "boolean";
    case FieldType::List:
      return "list of strings";
    case FieldType::Ref:
      return "annotation id";
  }
  return "string";
}

Kinds::Kinds(std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) add(name);
}

bool Kinds::has(std::string_view name) const {
  const int index = find_kind(name);
  return index >= 0 && has(static_cast<std::size_t>(index));
}

Kinds& Kinds::add(std::string_view name) {
  const int index = find_kind(name);
  if (index < 0 || !kind_registry()[static_cast<std::size_t>(index)].is_record_kind()) {
    throw std::invalid_argument("unknown kind " + std::string(name));
  }
  return add(static_cast<std::size_t>(index));
}

Analyzer make_analyzer(const Kinds& kinds, const ExtractorConfig& config) {
  const auto& rows = kind_registry();
  // Every row the wanted kinds need, directly or through others, and their followers.
  std::uint64_t run = kinds.bits();
  for (bool grew = true; grew;) {
    grew = false;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (((run >> i) & 1) == 0) continue;
      for (const auto* list : {&rows[i].needs, &rows[i].followers}) {
        for (std::string_view name : *list) {
          const std::uint64_t bit = std::uint64_t{1} << kind_index(name);
          if ((run & bit) == 0) {
            run |= bit;
            grew = true;
          }
        }
      }
    }
  }
  Analyzer analyzer;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (((run >> i) & 1) == 0 || rows[i].make == nullptr) continue;
    bool skip = false;
    for (std::string_view name : rows[i].skip_when_written) skip = skip || kinds.has(name);
    if (!skip) analyzer.add(rows[i].make(config));
  }
  // Without the sentence row, the date stage splits a document itself when a mention needs
  // its clause's tense.
  analyzer.set_split_sentences(((run >> kind_index("sentence")) & 1) != 0);
  return analyzer;
}

std::string parse_kinds(std::string_view list, Kinds& kinds) {
  while (!list.empty()) {
    std::size_t comma = list.find(',');
    std::string_view name = list.substr(0, comma);
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    if (name.empty()) continue;
    if (name == "all") {
      const auto& rows = kind_registry();
      for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].is_record_kind() && rows[i].in_all) kinds.add(i);
      }
      continue;
    }
    const int index = find_kind(name);
    if (index < 0 || !kind_registry()[static_cast<std::size_t>(index)].is_record_kind()) {
      return std::string(name);
    }
    kinds.add(static_cast<std::size_t>(index));
  }
  return {};
}

std::vector<std::string> record_columns(const Kinds& kinds, const std::vector<std::string>& first) {
  std::vector<std::string> all = {"doc", "kind"};
  auto add = [](std::vector<std::string>& to, std::string_view name) {
    for (const std::string& have : to) {
      if (have == name) return;
    }
    to.emplace_back(name);
  };
  const auto& rows = kind_registry();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!kinds.has(i)) continue;
    for (const FieldSpec& field : rows[i].fields) add(all, field.name);
  }
  std::vector<std::string> columns;
  for (const std::string& name : first) {
    for (const std::string& have : all) {
      if (have == name) add(columns, name);
    }
  }
  for (const std::string& name : all) add(columns, name);
  return columns;
}

}  // namespace newsmine
