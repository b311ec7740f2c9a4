// JSON Lines and TSV record writers.
//
// Each write() reserves an upper bound of the bytes a record can take, then formats into that
// space through a raw pointer: no per-byte capacity checks on the hot path, and no zero-fill
// (the output is a ByteBuffer).
#include <fmt/format.h>
#include <simdjson.h>

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Eight bytes at a time (SWAR, little-endian): the high bit of each byte that equals `byte`
// or is below `limit` (<= 0x80). The lowest set bit is exact; bits above it may be false.
constexpr std::uint64_t kOnes = 0x0101010101010101;
constexpr std::uint64_t kHighBits = 0x8080808080808080;
constexpr std::uint64_t bytes_below(std::uint64_t block, unsigned char limit) {
  return (block - kOnes * limit) & ~block & kHighBits;
}
constexpr std::uint64_t bytes_equal(std::uint64_t block, unsigned char byte) {
  return bytes_below(block ^ (kOnes * byte), 1);
}

#if defined(__SSE2__)
// Sixteen bytes at a time: 0xFF in each byte that equals `byte` or is below `limit`.
inline __m128i bytes_equal(__m128i block, char byte) {
  return _mm_cmpeq_epi8(block, _mm_set1_epi8(byte));
}
inline __m128i bytes_below(__m128i block, unsigned char limit) {
  const __m128i highest = _mm_set1_epi8(static_cast<char>(limit - 1));
  return _mm_cmpeq_epi8(_mm_min_epu8(block, highest), block);
}
#endif

// The bytes each format escapes, as a byte table and as a test on eight (and sixteen) bytes.
struct JsonStops {
  static constexpr bool escaped(unsigned char byte) {
    return byte < 0x20 || byte == '"' || byte == '\\';
  }
  static constexpr std::uint64_t in_block(std::uint64_t block) {
    return bytes_below(block, 0x20) | bytes_equal(block, '"') | bytes_equal(block, '\\');
  }
#if defined(__SSE2__)
  static __m128i in_block(__m128i block) {
    return _mm_or_si128(_mm_or_si128(bytes_below(block, 0x20), bytes_equal(block, '"')),
                        bytes_equal(block, '\\'));
  }
#endif
};
struct TsvStops {
  static constexpr bool escaped(unsigned char byte) {
    return byte == '\t' || byte == '\n' || byte == '\r' || byte == '\\';
  }
  static constexpr std::uint64_t in_block(std::uint64_t block) {
    return bytes_equal(block, '\t') | bytes_equal(block, '\n') | bytes_equal(block, '\r') |
           bytes_equal(block, '\\');
  }
#if defined(__SSE2__)
  static __m128i in_block(__m128i block) {
    return _mm_or_si128(_mm_or_si128(bytes_equal(block, '\t'), bytes_equal(block, '\n')),
                        _mm_or_si128(bytes_equal(block, '\r'), bytes_equal(block, '\\')));
  }
#endif
};

// CSV (RFC 4180) doubles quotes inside a quoted field; other bytes are copied.
struct CsvStops {
  static constexpr bool escaped(unsigned char byte) { return byte == '"'; }
  static constexpr std::uint64_t in_block(std::uint64_t block) { return bytes_equal(block, '"'); }
#if defined(__SSE2__)
  static __m128i in_block(__m128i block) {
    return bytes_equal(block, '"');
  }
#endif
};

constexpr ByteTable kJsonStops = stop_table(JsonStops::escaped);
constexpr ByteTable kTsvStops = stop_table(TsvStops::escaped);
constexpr ByteTable kCsvStops = stop_table(CsvStops::escaped);

// The same for text known to be valid UTF-8: bytes >= 0x80 are copied as they are.
constexpr ByteTable ascii_only(ByteTable table) {
  for (std::size_t byte = 0x80; byte < 256; ++byte) table[byte] = false;
  return table;
}
constexpr ByteTable kJsonAsciiStops = ascii_only(kJsonStops);
constexpr ByteTable kTsvAsciiStops = ascii_only(kTsvStops);
constexpr ByteTable kCsvAsciiStops = ascii_only(kCsvStops);

// Most bytes one input byte can become: "\u00XX" in JSON.
constexpr std::size_t kMaxEscapeGrowth = 6;
constexpr std::size_t kMaxNumberBytes = 32;
// Fixed bytes are stored with this much padding after them (Output::put_padded).
constexpr std::size_t kPadding = 32;
// Slices up to this long are copied as one block (Output::put_slice); <= kPadding.
constexpr std::size_t kShortSlice = 16;

// Token class names (token_class_name), padded for put_padded.
struct ClassName {
  char bytes[kPadding];
  std::size_t size;
};
constexpr ClassName padded_name(std::string_view name) {
  ClassName padded{};
  for (std::size_t i = 0; i < name.size(); ++i) padded.bytes[i] = name[i];
  padded.size = name.size();
  return padded;
}
constexpr std::array<ClassName, 8> kClassNames = {
    padded_name("word"),       padded_name("number"),      padded_name("punct"),
    padded_name("open_quote"), padded_name("close_quote"), padded_name("dash"),
    padded_name("url"),        padded_name("email")};

template <typename Stops>
constexpr const ByteTable& full_table() {
  if constexpr (std::is_same_v<Stops, JsonStops>)
    return kJsonStops;
  else if constexpr (std::is_same_v<Stops, CsvStops>)
    return kCsvStops;
  else
    return kTsvStops;
}
template <typename Stops>
constexpr const ByteTable& ascii_only_table() {
  if constexpr (std::is_same_v<Stops, JsonStops>)
    return kJsonAsciiStops;
  else if constexpr (std::is_same_v<Stops, CsvStops>)
    return kCsvAsciiStops;
  else
    return kTsvAsciiStops;
}

// "00", "01", ... "99".
constexpr std::array<char, 200> kDigitPairs = [] {
  std::array<char, 200> pairs{};
  for (std::size_t i = 0; i < 100; ++i) {
    pairs[2 * i] = static_cast<char>('0' + i / 10);
    pairs[2 * i + 1] = static_cast<char>('0' + i % 10);
  }
  return pairs;
}();

void put_pair(char* at, std::uint32_t two_digits) {
  std::memcpy(at, kDigitPairs.data() + 2 * two_digits, 2);
}

// Writes 1 to 4 digits of `value` (< 10^4) and returns their end.
char* put_short_decimal(char* at, std::uint32_t value) {
  if (value < 100) {
    if (value < 10) {
      *at = static_cast<char>('0' + value);
      return at + 1;
    }
    put_pair(at, value);
    return at + 2;
  }
  const std::uint32_t high = value / 100;
  if (value < 1000) {
    *at = static_cast<char>('0' + high);
    put_pair(at + 1, value % 100);
    return at + 3;
  }
  put_pair(at, high);
  put_pair(at + 2, value % 100);
  return at + 4;
}

// What std::to_chars writes for `value`, inlined below 10^8 (offsets): a branch per digit
// count, which stays the same from one offset to the next, and two digits per table load.
char* put_decimal(char* at, std::uint32_t value) {
  if (value < 10000) return put_short_decimal(at, value);
  if (value >= 100000000) return std::to_chars(at, at + 10, value).ptr;
  const std::uint32_t low = value % 10000;
  at = put_short_decimal(at, value / 10000);
  put_pair(at, low / 100);
  put_pair(at + 2, low % 100);
  return at + 4;
}

// Room for `bytes` more bytes at the end of `out`, and the end of what was written there.
// A std::string zero-fills the room (small, cold buffers); a ByteBuffer does not.
char* grow_end(std::string& out, std::size_t bytes) {
  const std::size_t size = out.size();
  out.resize(size + bytes);
  return out.data() + size;
}
void set_end(std::string& out, const char* end) {
  out.resize(static_cast<std::size_t>(end - out.data()));
}
char* grow_end(ByteBuffer& out, std::size_t bytes) {
  return out.grow_uninitialized(bytes);
}
void set_end(ByteBuffer& out, const char* end) {
  out.commit(static_cast<std::size_t>(end - (out.data() + out.size())));
}

// Formats into space reserved at the end of a buffer; commit() keeps what was written.
template <typename Buffer>
class Output {
 public:
  Output(Buffer& out, std::size_t max_bytes) : out_(out), at_(grow_end(out, max_bytes)) {}
  void commit() { set_end(out_, at_); }

  void put(char c) { *at_++ = c; }
  void put(std::string_view text) {
    std::memcpy(at_, text.data(), text.size());
    at_ += text.size();
  }
  void integer(std::int64_t value) {
    // Offsets and counts of records (int64 fields) mostly fit put_decimal's fast path.
    if (value >= 0 && value <= std::int64_t{UINT32_MAX}) {
      at_ = put_decimal(at_, static_cast<std::uint32_t>(value));
    } else {
      at_ = std::to_chars(at_, at_ + kMaxNumberBytes, value).ptr;
    }
  }
  void integer(std::uint32_t value) { at_ = put_decimal(at_, value); }
  // Copies `size` bytes from `padded`, which is readable for at least kPadding bytes; short
  // copies write kPadding bytes (the caller reserves that much more).
  void put_padded(const char* padded, std::size_t size) {
    if (size <= kPadding) {
      std::memcpy(at_, padded, kPadding);  // one fixed-size block: no call
    } else {
      std::memcpy(at_, padded, size);
    }
    at_ += size;
  }
  // Copies text[start, end), short slices as one block when the text goes on long enough.
  void put_slice(const std::string& text, std::size_t start, std::size_t end) {
    const std::size_t size = end - start;
    if (size <= kShortSlice && start + kShortSlice <= text.size()) {
      std::memcpy(at_, text.data() + start, kShortSlice);  // one fixed-size block: no call
    } else {
      std::memcpy(at_, text.data() + start, size);
    }
    at_ += size;
  }
  // Whole numbers without a fraction ("145"), others in their shortest exact form ("0.8").
  // The range is tested first: converting a double outside int64_t's range is undefined.
  void number(double value) {
    if (value > -1e15 && value < 1e15 &&
        value == static_cast<double>(static_cast<std::int64_t>(value))) {
      integer(static_cast<std::int64_t>(value));
    } else {
      at_ = fmt::format_to(at_, "{}", value);
    }
  }

  // Copies `text`, sending ASCII bytes that `Stops` escapes through `escape` and writing U+FFFD
  // for each invalid UTF-8 byte; `valid_utf8`: the caller knows `text` is valid UTF-8. Runs of
  // plain bytes are copied sixteen (SSE2) or eight at a time.
  template <typename Stops, typename Escape>
  void escaped(std::string_view text, bool valid_utf8, Escape escape) {
    const ByteTable& stops = valid_utf8 ? ascii_only_table<Stops>() : full_table<Stops>();
    const std::uint64_t non_ascii = valid_utf8 ? 0 : kHighBits;
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
#if defined(__SSE2__)
      if (size - i >= 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
        const auto stop_bits = static_cast<unsigned>(_mm_movemask_epi8(Stops::in_block(block)) |
                                                     (valid_utf8 ? 0 : _mm_movemask_epi8(block)));
        // Copy all sixteen bytes, keep those before the first stop.
        const std::size_t plain =
            stop_bits ? static_cast<std::size_t>(std::countr_zero(stop_bits)) : std::size_t{16};
        _mm_storeu_si128(reinterpret_cast<__m128i*>(at_), block);
        at_ += plain;
        i += plain;
        if (plain == 16) continue;
      }
#endif
      if (size - i >= 8) {
        std::uint64_t block;
        std::memcpy(&block, bytes + i, 8);
        const std::uint64_t stop_bits = (block & non_ascii) | Stops::in_block(block);
        // Copy all eight bytes, keep those before the first stop (its bit is exact).
        std::size_t plain = 8;
        if (stop_bits != 0) {
          plain = std::endian::native == std::endian::little
                      ? static_cast<std::size_t>(std::countr_zero(stop_bits) / 8)
                      : 0;
        }
        std::memcpy(at_, &block, 8);
        at_ += plain;
        i += plain;
        if (plain == 8) continue;
      }
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

  // `valid_utf8`: the caller knows `text` is valid UTF-8, so only ASCII bytes need a look.
  void json_string(std::string_view text, bool valid_utf8 = false) {
    static constexpr char kHex[] = "0123456789abcdef";
    put('"');
    escaped<JsonStops>(text, valid_utf8, [](Output& to, unsigned char byte) {
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

  // A CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled.
  void csv_text(std::string_view text) {
    const bool quoted = text.find_first_of(",\"\r\n") != std::string_view::npos;
    if (quoted) put('"');
    escaped<CsvStops>(text, false, [](Output& to, unsigned char) { to.put("\"\""); });
    if (quoted) put('"');
  }

  void tsv_text(std::string_view text, bool valid_utf8 = false) {
    escaped<TsvStops>(text, valid_utf8, [](Output& to, unsigned char byte) {
      to.put('\\');
      to.put(byte == '\t' ? 't' : byte == '\n' ? 'n' : byte == '\r' ? 'r' : '\\');
    });
  }

 private:
  Buffer& out_;
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

template <typename Out, typename Text>
void put_value(Out& out, const Value& value, std::string_view null_text,
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
          if (std::isfinite(held)) {
            out.number(held);
          } else {
            out.put(null_text);  // JSON has no infinity or NaN
          }
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

// Growth of escaped text in each format: "\u00XX" in JSON; in TSV "\t", or U+FFFD (3 bytes)
// for an invalid byte.
constexpr std::size_t kMaxJsonGrowth = kMaxEscapeGrowth;
constexpr std::size_t kMaxTsvGrowth = 3;
constexpr std::size_t kMaxTsvEscapeGrowth = 2;  // in valid UTF-8
// Longest cell of a sentence or token record but the doc id and the text: an offset or count
// (uint32: 10 digits), "sentence", "close_quote".
constexpr std::size_t kMaxTextUnitCell = 11;

// Walks a document's sentences and tokens in record order (each sentence, then its tokens),
// one sentence at a time: `chunk(sentence index or -1, first token, end token)`. Sentences
// cover all tokens, so this is every record when both are wanted.
template <typename Chunk>
void for_each_sentence(const Analysis& analysis, bool sentences, bool tokens, Chunk chunk) {
  const std::size_t count = analysis.sentences.size();
  if (count == 0) {
    if (tokens && !analysis.tokens.empty()) chunk(-1, 0, analysis.tokens.size());
    return;
  }
  for (std::size_t i = 0; i < count; ++i) {
    const Sentence& sentence = analysis.sentences[i];
    chunk(sentences ? static_cast<std::ptrdiff_t>(i) : -1, tokens ? sentence.first_token : 0,
          tokens ? sentence.end_token : 0);
  }
}

std::string_view span_text(const std::string& text, std::uint32_t start, std::uint32_t end) {
  return {text.data() + start, end - start};
}

bool is_valid_utf8(const std::string& text) {
  return simdjson::validate_utf8(text.data(), text.size());
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  Output output(out, text.size() * kMaxEscapeGrowth + 2);
  output.json_string(text);
  output.commit();
}

void JsonLinesSink::write_fields(const Record& record) {
  Output out(out_, max_record_bytes(record) + 2 * fields_.size() + 8);
  auto text = [&out](std::string_view value) { out.json_string(value); };
  out.put('{');
  bool first = true;
  for (const std::string& name : fields_) {
    const Value* value = nullptr;
    Value own;
    if (name == "doc" || name == "kind") {
      own = name == "doc" ? record.doc : record.kind;
      value = &own;
    } else {
      value = record.find(name);
    }
    if (value == nullptr) continue;
    if (!first) out.put(", ");
    first = false;
    out.put('"');
    out.put(name);  // field names are plain ASCII identifiers
    out.put("\": ");
    const bool list = std::holds_alternative<StringList>(*value);
    if (list) out.put('[');
    put_value(out, *value, "null", ", ", text);
    if (list) out.put(']');
  }
  out.put("}\n");
  out.commit();
}

void JsonLinesSink::write(const Record& record) {
  if (!fields_.empty()) return write_fields(record);
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

void JsonLinesSink::write_text_units(const Document& doc, const Analysis& analysis, bool sentences,
                                     bool tokens) {
  if (!fields_.empty()) return RecordSink::write_text_units(doc, analysis, sentences, tokens);
  // `{"doc": ID, "kind": "token", "text": TEXT, "start": N, "end": N, "class": "word"}` and
  // `{"doc": ID, "kind": "sentence", "text": TEXT, "start": N, "end": N, "tokens": N}`.
  static constexpr std::array<std::string_view, 8> kClassTails = {
      ", \"class\": \"word\"}\n",        ", \"class\": \"number\"}\n",
      ", \"class\": \"punct\"}\n",       ", \"class\": \"open_quote\"}\n",
      ", \"class\": \"close_quote\"}\n", ", \"class\": \"dash\"}\n",
      ", \"class\": \"url\"}\n",         ", \"class\": \"email\"}\n"};
  constexpr std::size_t kMaxTail = 48;  // the longest class tail, or a tokens count tail
  if (doc.id != doc_ || doc_prefix_.empty()) {
    doc_.assign(doc.id);
    doc_prefix_ = "{\"doc\": ";
    append_json_string(doc_prefix_, doc.id);
    doc_prefix_ += ", \"kind\": ";
  }
  sentence_prefix_.assign(doc_prefix_).append("\"sentence\", \"text\": ");
  token_prefix_.assign(doc_prefix_).append("\"token\", \"text\": ");
  const bool valid = is_valid_utf8(doc.text);
  const std::size_t per_record = token_prefix_.size() + 2 + 2 * kMaxNumberBytes + 24 + kMaxTail;
  const std::size_t sentence_record = sentence_prefix_.size() - token_prefix_.size();
  for_each_sentence(
      analysis, sentences, tokens, [&](std::ptrdiff_t index, std::size_t first, std::size_t end) {
        const Sentence* sentence =
            index >= 0 ? &analysis.sentences[static_cast<std::size_t>(index)] : nullptr;
        // Token texts and the sentence text are slices of [sentence start, last token end).
        const std::size_t text_bytes =
            (sentence ? sentence->end - sentence->start : 0) +
            (end > first ? analysis.tokens[end - 1].end - analysis.tokens[first].start : 0);
        Output out(out_,
                   (end - first + 1) * per_record + sentence_record + text_bytes * kMaxJsonGrowth);
        if (sentence) {
          out.put(sentence_prefix_);
          out.json_string(span_text(doc.text, sentence->start, sentence->end), valid);
          out.put(", \"start\": ");
          out.integer(sentence->start);
          out.put(", \"end\": ");
          out.integer(sentence->end);
          out.put(", \"tokens\": ");
          out.integer(sentence->end_token - sentence->first_token);
          out.put("}\n");
        }
        for (std::size_t i = first; i < end; ++i) {
          const Token& token = analysis.tokens[i];
          out.put(token_prefix_);
          out.json_string(span_text(doc.text, token.start, token.end), valid);
          out.put(", \"start\": ");
          out.integer(token.start);
          out.put(", \"end\": ");
          out.integer(token.end);
          out.put(kClassTails[static_cast<std::size_t>(token.cls)]);
        }
        out.commit();
      });
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

TsvSink::TsvSink(ByteBuffer& out, std::vector<std::string> columns)
    : out_(out), columns_(std::move(columns)) {
  for (const std::string& column : columns_) {
    column_roles_.push_back(column == "doc" ? 0 : column == "kind" ? 1 : 2);
  }
  field_hint_.assign(columns_.size(), 0);
  field_hint_name_.assign(columns_.size(), nullptr);
  for (const std::string& column : columns_) {
    Cell cell = column == "doc"     ? Cell::doc
                : column == "kind"  ? Cell::kind
                : column == "text"  ? Cell::text
                : column == "start" ? Cell::start
                : column == "end"   ? Cell::end
                                    : Cell::empty;
    sentence_cells_.push_back(column == "tokens" ? Cell::extra : cell);
    token_cells_.push_back(column == "class" ? Cell::extra : cell);
  }
}

void TsvSink::build_layout(const std::vector<Cell>& cells, std::string_view kind, Layout& layout) {
  layout.pieces.clear();
  // Fixed bytes go straight to the end of `literals_`; this ends the literal begun at `start`.
  std::size_t start = literals_.size();
  auto end_literal = [&] {
    const Literal literal{static_cast<std::uint32_t>(start),
                          static_cast<std::uint32_t>(literals_.size() - start)};
    literals_.append(kPadding, '\0');
    start = literals_.size();
    return literal;
  };
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) literals_ += '\t';
    switch (cells[i]) {
      case Cell::empty:
        break;
      case Cell::doc:
        literals_ += doc_text_;
        break;
      case Cell::kind:
        literals_ += kind;
        break;
      default:
        layout.pieces.push_back({end_literal(), cells[i]});
        break;
    }
  }
  literals_ += '\n';
  layout.tail = end_literal();
}

void TsvSink::write_text_units(const Document& doc, const Analysis& analysis, bool sentences,
                               bool tokens) {
  if (doc.id != doc_ || doc_text_.empty() || literals_.empty()) {
    doc_.assign(doc.id);
    doc_text_.clear();
    Output doc_out(doc_text_, doc.id.size() * kMaxEscapeGrowth + 1);
    doc_out.tsv_text(doc.id);
    doc_out.commit();
    literals_.clear();
    build_layout(sentence_cells_, "sentence", sentence_layout_);
    build_layout(token_cells_, "token", token_layout_);
    const std::vector<Piece>& pieces = token_layout_.pieces;
    // Trailing columns that tokens do not have (a sentence's count) are in the tail literal.
    tokens_command_layout_ = token_cells_.size() >= 6 && token_cells_[0] == Cell::doc &&
                             token_cells_[1] == Cell::kind && pieces.size() == 4 &&
                             pieces[0].cell == Cell::start && pieces[1].cell == Cell::end &&
                             pieces[2].cell == Cell::extra && pieces[3].cell == Cell::text &&
                             token_cells_[5] == Cell::text;
  }
  const bool valid = is_valid_utf8(doc.text);
  // Tokens hold no white space or control characters (text.hpp), so in valid UTF-8 without a
  // backslash their text needs no escaping.
  const bool plain_tokens = valid && doc.text.find('\\') == std::string::npos;
  const std::size_t growth = valid ? kMaxTsvEscapeGrowth : kMaxTsvGrowth;
  const char* const literals = literals_.data();
  // Most bytes of a record's cells but its text: a tab or newline each, the doc id, a kind,
  // numbers, a class name.
  std::size_t per_record = 0;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    per_record += 1 + (token_cells_[i] == Cell::doc ? doc_text_.size() : kMaxTextUnitCell);
  }
  // One record: `extra` writes the cell that only one of the kinds has.
  auto put_record = [&](auto& out, const Layout& layout, std::uint32_t start, std::uint32_t end,
                        bool plain_text, auto extra) {
    for (const Piece& piece : layout.pieces) {
      out.put_padded(literals + piece.before.start, piece.before.size);
      switch (piece.cell) {
        case Cell::text:
          if (plain_text) {
            out.put_slice(doc.text, start, end);
          } else {
            out.tsv_text(span_text(doc.text, start, end), valid);
          }
          break;
        case Cell::start:
          out.integer(start);
          break;
        case Cell::end:
          out.integer(end);
          break;
        default:
          extra();
          break;
      }
    }
    out.put_padded(literals + layout.tail.start, layout.tail.size);
  };
  for_each_sentence(
      analysis, sentences, tokens, [&](std::ptrdiff_t index, std::size_t first, std::size_t end) {
        const Sentence* sentence =
            index >= 0 ? &analysis.sentences[static_cast<std::size_t>(index)] : nullptr;
        const std::size_t text_bytes =
            (sentence ? (sentence->end - sentence->start) * growth : 0) +
            (end > first ? (analysis.tokens[end - 1].end - analysis.tokens[first].start) *
                               (plain_tokens ? 1 : growth)
                         : 0);
        Output out(out_, (end - first + 1) * per_record + text_bytes + kPadding);
        if (sentence) {
          put_record(out, sentence_layout_, sentence->start, sentence->end, false,
                     [&] { out.integer(sentence->end_token - sentence->first_token); });
        }
        std::size_t i = first;
        if (tokens_command_layout_ && plain_tokens) {
          // The `tokens` command's columns, written straight: doc kind start end class text.
          const Literal head = token_layout_.pieces[0].before;
          for (; i < end; ++i) {
            const Token& token = analysis.tokens[i];
            const ClassName& name = kClassNames[static_cast<std::size_t>(token.cls)];
            out.put_padded(literals + head.start, head.size);
            out.integer(token.start);
            out.put('\t');
            out.integer(token.end);
            out.put('\t');
            out.put_padded(name.bytes, name.size);
            out.put('\t');
            out.put_slice(doc.text, token.start, token.end);
            out.put_padded(literals + token_layout_.tail.start, token_layout_.tail.size);
          }
        }
        for (; i < end; ++i) {
          const Token& token = analysis.tokens[i];
          put_record(out, token_layout_, token.start, token.end, plain_tokens, [&] {
            const ClassName& name = kClassNames[static_cast<std::size_t>(token.cls)];
            out.put_padded(name.bytes, name.size);
          });
        }
        out.commit();
      });
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

namespace newsmine {

std::string csv_header(const std::vector<std::string>& columns) {
  std::string header;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) header += ',';
    Output out(header, columns[i].size() * 2 + 2);
    out.csv_text(columns[i]);
    out.commit();
  }
  header += "\r\n";
  return header;
}

void CsvSink::write(const Record& record) {
  Output out(out_, 3 * max_record_bytes(record) + 3 * columns_.size() + 2);
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (i) out.put(',');
    const std::string& column = columns_[i];
    if (column == "doc") {
      out.csv_text(record.doc);
      continue;
    }
    if (column == "kind") {
      out.csv_text(record.kind);
      continue;
    }
    const Value* value = record.find(column);
    if (value == nullptr) continue;
    // The whole cell first: whether it needs quotes depends on all of it (a list).
    cell_.clear();
    Output cell(cell_, max_value_bytes(*value));
    put_value(cell, *value, "", "; ", [&cell](std::string_view text) { cell.put(text); });
    cell.commit();
    out.csv_text(cell_);
  }
  out.put("\r\n");
  out.commit();
}

}  // namespace newsmine
