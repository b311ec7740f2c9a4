// JSON Lines and TSV record writers.
//
// Each write() reserves an upper bound of the bytes a record can take, then formats into that
// space through a raw pointer: no per-byte capacity checks on the hot path.
#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

#include "newsmine/sink.hpp"
#include "text/utf8.hpp"

namespace newsmine {

namespace {

using ByteTable = std::array<bool, 256>;

// Bytes that stop a plain run: every byte >= 0x80 (checked for UTF-8) and the ASCII bytes the
// format escapes.
constexpr ByteTable stop_table(bool (*escaped)(unsigned char)) {
  ByteTable table{};
  for (int byte = 0; byte < 256; ++byte) {
    table[static_cast<std::size_t>(byte)] =
        byte >= 0x80 || escaped(static_cast<unsigned char>(byte));
  }
  return table;
}

constexpr ByteTable kJsonStops =
    stop_table([](unsigned char byte) { return byte < 0x20 || byte == '"' || byte == '\\'; });
constexpr ByteTable kTsvStops = stop_table([](unsigned char byte) {
  return byte == '\t' || byte == '\n' || byte == '\r' || byte == '\\';
});

// Most bytes one input byte can become: "\u00XX" in JSON.
constexpr std::size_t kMaxEscapeGrowth = 6;
constexpr std::size_t kMaxNumberBytes = 32;

// Formats into space reserved at the end of a string; commit() trims what was not used.
class Output {
 public:
  Output(std::string& out, std::size_t max_bytes) : out_(out), old_size_(out.size()) {
    out_.resize(old_size_ + max_bytes);
    at_ = out_.data() + old_size_;
  }
  void commit() { out_.resize(static_cast<std::size_t>(at_ - out_.data())); }

  void put(char c) { *at_++ = c; }
  void put(std::string_view text) {
    std::memcpy(at_, text.data(), text.size());
    at_ += text.size();
  }
  void integer(std::int64_t value) { put(std::string_view(fmt::format_int(value).c_str())); }
  // Whole numbers without a fraction ("145"), others in their shortest exact form ("0.8").
  void number(double value) {
    if (value == static_cast<double>(static_cast<std::int64_t>(value)) && value > -1e15 &&
        value < 1e15) {
      integer(static_cast<std::int64_t>(value));
    } else {
      at_ = fmt::format_to(at_, "{}", value);
    }
  }

  // Copies `text`, sending ASCII bytes marked in `stops` through `escape` and writing U+FFFD
  // for each invalid UTF-8 byte.
  template <typename Escape>
  void escaped(std::string_view text, const ByteTable& stops, Escape escape) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
      const unsigned char byte = bytes[i];
      if (!stops[byte]) {
        *at_++ = static_cast<char>(byte);
        ++i;
      } else if (byte < 0x80) {
        escape(*this, byte);
        ++i;
      } else if (std::size_t length = utf8_sequence_length(text, i); length == 0) {
        put("\xEF\xBF\xBD");
        ++i;
      } else {
        put(text.substr(i, length));
        i += length;
      }
    }
  }

  void json_string(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    put('"');
    escaped(text, kJsonStops, [](Output& to, unsigned char byte) {
      to.put('\\');
      switch (byte) {
        case '"':
          to.put('"');
          break;
        case '\\':
          to.put('\\');
          break;
        case '\n':
          to.put('n');
          break;
        case '\t':
          to.put('t');
          break;
        case '\r':
          to.put('r');
          break;
        default:
          to.put("u00");
          to.put(kHex[byte >> 4]);
          to.put(kHex[byte & 15]);
      }
    });
    put('"');
  }

  void tsv_text(std::string_view text) {
    escaped(text, kTsvStops, [](Output& to, unsigned char byte) {
      to.put('\\');
      to.put(byte == '\t' ? 't' : byte == '\n' ? 'n' : byte == '\r' ? 'r' : '\\');
    });
  }

 private:
  std::string& out_;
  std::size_t old_size_;
  char* at_;
};

std::size_t max_value_bytes(const Value& value) {
  if (const auto* text = std::get_if<std::string_view>(&value)) {
    return text->size() * kMaxEscapeGrowth + 2;
  }
  if (const auto* list = std::get_if<StringList>(&value)) {
    std::size_t bytes = 2;
    for (std::string_view item : *list) bytes += item.size() * kMaxEscapeGrowth + 4;
    return bytes;
  }
  return kMaxNumberBytes;
}

std::size_t max_record_bytes(const Record& record) {
  std::size_t bytes = (record.doc.size() + record.kind.size()) * kMaxEscapeGrowth + 32;
  for (const Field& field : record.fields) {
    bytes += field.name.size() * kMaxEscapeGrowth + 6 + max_value_bytes(field.value);
  }
  return bytes;
}

template <typename Text>
void put_value(Output& out, const Value& value, std::string_view null_text,
               std::string_view list_separator, Text text) {
  std::visit(
      [&](const auto& held) {
        using T = std::decay_t<decltype(held)>;
        if constexpr (std::is_same_v<T, Null>) {
          out.put(null_text);
        } else if constexpr (std::is_same_v<T, bool>) {
          out.put(held ? std::string_view("true") : std::string_view("false"));
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          out.integer(held);
        } else if constexpr (std::is_same_v<T, double>) {
          out.number(held);
        } else if constexpr (std::is_same_v<T, std::string_view>) {
          text(held);
        } else {
          for (std::size_t i = 0; i < held.size(); ++i) {
            if (i) out.put(list_separator);
            text(held[i]);
          }
        }
      },
      value);
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  Output output(out, text.size() * kMaxEscapeGrowth + 2);
  output.json_string(text);
  output.commit();
}

void JsonLinesSink::write(const Record& record) {
  if (record.doc != doc_ || doc_prefix_.empty()) {
    doc_.assign(record.doc);
    doc_prefix_ = "{\"doc\": ";
    append_json_string(doc_prefix_, record.doc);
    doc_prefix_ += ", \"kind\": ";
  }
  Output out(out_, doc_prefix_.size() + max_record_bytes(record));
  auto text = [&out](std::string_view value) { out.json_string(value); };
  out.put(doc_prefix_);
  out.json_string(record.kind);
  for (const Field& field : record.fields) {
    out.put(", \"");
    out.put(field.name);  // field names are plain ASCII identifiers
    out.put("\": ");
    const bool list = std::holds_alternative<StringList>(field.value);
    if (list) out.put('[');
    put_value(out, field.value, "null", ", ", text);
    if (list) out.put(']');
  }
  out.put("}\n");
  out.commit();
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

TsvSink::TsvSink(std::string& out, std::vector<std::string> columns)
    : out_(out), columns_(std::move(columns)) {
  for (const std::string& column : columns_) {
    column_roles_.push_back(column == "doc" ? 0 : column == "kind" ? 1 : 2);
  }
  field_hint_.assign(columns_.size(), 0);
  field_hint_name_.assign(columns_.size(), nullptr);
}

void TsvSink::write(const Record& record) {
  if (record.doc != doc_ || doc_text_.empty()) {
    doc_.assign(record.doc);
    doc_text_.clear();
    Output doc_out(doc_text_, record.doc.size() * kMaxEscapeGrowth + 1);
    doc_out.tsv_text(record.doc);
    doc_out.commit();
  }
  Output out(out_, max_record_bytes(record) + columns_.size() + 1);
  auto text = [&out](std::string_view value) { out.tsv_text(value); };
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (i) out.put('\t');
    if (column_roles_[i] == 0) {
      out.put(doc_text_);
    } else if (column_roles_[i] == 1) {
      out.tsv_text(record.kind);
    } else {
      // Records of one kind keep their field order, so the last position is usually right.
      std::size_t& hint = field_hint_[i];
      const char*& hint_name = field_hint_name_[i];
      // Field names are usually the same string literal: compare addresses before bytes.
      if (hint >= record.fields.size() || (record.fields[hint].name.data() != hint_name &&
                                           record.fields[hint].name != columns_[i])) {
        hint = 0;
        while (hint < record.fields.size() && record.fields[hint].name != columns_[i]) ++hint;
        hint_name = hint < record.fields.size() ? record.fields[hint].name.data() : nullptr;
      }
      const Value* value = hint < record.fields.size() ? &record.fields[hint].value : nullptr;
      if (value) put_value(out, *value, "", "; ", text);
    }
  }
  out.put('\n');
  out.commit();
}

}  // namespace newsmine
