// The record-kind tables of docs/records.md, from the kind registry.
#include <string>

#include "newsmine/registry.hpp"

namespace newsmine {

namespace {

std::string_view presence_text(Presence presence) {
  switch (presence) {
    case Presence::Always:
      return "always";
    case Presence::Nullable:
      return "null when unknown";
    case Presence::Optional:
      return "left out when absent";
  }
  return "always";
}

}  // namespace

std::string records_markdown() {
  std::string out;
  for (const KindSpec& spec : kind_registry()) {
    if (!spec.is_record_kind()) continue;
    out += "### `";
    out += spec.name;
    out += "`\n\n";
    out += spec.description;
    out += ". Written by ";
    out += spec.written_by;
    out += spec.in_all ? "." : " (not in `--kinds all`).";
    out += "\n\n| field | type | presence | meaning |\n|---|---|---|---|\n";
    for (const FieldSpec& field : spec.fields) {
      out += "| `";
      out += field.name;
      out += "` | ";
      out += field_type_name(field.type);
      out += " | ";
      out += presence_text(field.presence);
      out += " | ";
      out += field.description;
      out += " |\n";
    }
    out += '\n';
  }
  return out;
}

}  // namespace newsmine
