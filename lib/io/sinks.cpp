// JSON Lines and TSV record writers.
#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include "newsmine/sink.hpp"
#include "text/utf8.hpp"

namespace newsmine {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

void append_number(std::string& out, double value) {
  if (value == static_cast<double>(static_cast<std::int64_t>(value)) && value > -1e15 &&
      value < 1e15) {
    fmt::format_to(std::back_inserter(out), "{}", static_cast<std::int64_t>(value));
  } else {
    fmt::format_to(std::back_inserter(out), "{}", value);
  }
}

void append_json_value(std::string& out, const Value& value) {
  std::visit(
      [&out](const auto& held) {
        using T = std::decay_t<decltype(held)>;
        if constexpr (std::is_same_v<T, Null>) {
          out += "null";
        } else if constexpr (std::is_same_v<T, bool>) {
          out += held ? "true" : "false";
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          fmt::format_to(std::back_inserter(out), "{}", held);
        } else if constexpr (std::is_same_v<T, double>) {
          append_number(out, held);
        } else if constexpr (std::is_same_v<T, std::string_view>) {
          append_json_string(out, held);
        } else {
          out += '[';
          for (std::size_t i = 0; i < held.size(); ++i) {
            if (i) out += ", ";
            append_json_string(out, held[i]);
          }
          out += ']';
        }
      },
      value);
}

// TSV cell text: valid UTF-8, with \t \n \r \\ escaped.
void append_tsv_text(std::string& out, std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      switch (byte) {
        case '\t':
          out += "\\t";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\\':
          out += "\\\\";
          break;
        default:
          out += static_cast<char>(byte);
      }
      ++i;
      continue;
    }
    std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      out += kReplacement;
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
}

void append_tsv_value(std::string& out, const Value& value) {
  std::visit(
      [&out](const auto& held) {
        using T = std::decay_t<decltype(held)>;
        if constexpr (std::is_same_v<T, Null>) {
        } else if constexpr (std::is_same_v<T, bool>) {
          out += held ? "true" : "false";
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          fmt::format_to(std::back_inserter(out), "{}", held);
        } else if constexpr (std::is_same_v<T, double>) {
          append_number(out, held);
        } else if constexpr (std::is_same_v<T, std::string_view>) {
          append_tsv_text(out, held);
        } else {
          for (std::size_t i = 0; i < held.size(); ++i) {
            if (i) out += "; ";
            append_tsv_text(out, held[i]);
          }
        }
      },
      value);
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t i = 0;
  while (i < text.size()) {
    // Copy the longest run that needs no escaping in one go.
    std::size_t run = i;
    while (run < text.size()) {
      unsigned char byte = static_cast<unsigned char>(text[run]);
      if (byte < 0x20 || byte == '"' || byte == '\\' || byte >= 0x80) break;
      ++run;
    }
    out.append(text.data() + i, run - i);
    i = run;
    if (i >= text.size()) break;
    unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x80) {
      std::size_t length = utf8_sequence_length(text, i);
      if (length == 0) {
        out += kReplacement;
        ++i;
      } else {
        out.append(text.substr(i, length));
        i += length;
      }
      continue;
    }
    switch (byte) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += "\\u00";
        out += kHex[byte >> 4];
        out += kHex[byte & 15];
    }
    ++i;
  }
  out += '"';
}

void JsonLinesSink::write(const Record& record) {
  out_ += "{\"doc\": ";
  append_json_string(out_, record.doc);
  out_ += ", \"kind\": ";
  append_json_string(out_, record.kind);
  for (const Field& field : record.fields) {
    out_ += ", ";
    append_json_string(out_, field.name);
    out_ += ": ";
    append_json_value(out_, field.value);
  }
  out_ += "}\n";
}

std::string tsv_header(const std::vector<std::string>& columns) {
  std::string header;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) header += '\t';
    header += columns[i];
  }
  header += '\n';
  return header;
}

void TsvSink::write(const Record& record) {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (i) out_ += '\t';
    const std::string& column = columns_[i];
    if (column == "doc") {
      append_tsv_text(out_, record.doc);
    } else if (column == "kind") {
      append_tsv_text(out_, record.kind);
    } else if (const Value* value = record.find(column)) {
      append_tsv_value(out_, *value);
    }
  }
  out_ += '\n';
}

}  // namespace newsmine
