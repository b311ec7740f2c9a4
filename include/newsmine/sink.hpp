// RecordSink: the one seam between analysis and output.
//
// Invariants every sink may rely on:
//  - One sink instance is driven by one thread at a time; the pipeline gives each worker its
//    own instance (see pipeline.hpp), so sinks need no locking.
//  - For each document: begin_document(), then its records in increasing start offset, then
//    end_document(). Documents reach one sink in input order.
//  - Offsets in records are byte offsets into Document::text, half-open.
//  - Record strings are views, valid only during the call (record.hpp).
//  - write_text_units() stands for the write() calls of a document's sentence and token
//    records; the default makes those Records, the text sinks format them directly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsmine/analysis.hpp"
#include "newsmine/byte_buffer.hpp"
#include "newsmine/document.hpp"
#include "newsmine/record.hpp"

namespace newsmine {

class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual void begin_document(const Document& /*doc*/, const Analysis& /*analysis*/) {}
  virtual void write(const Record& record) = 0;
  virtual void end_document() {}
  // Writes the sentence records (when `sentences`) and token records (when `tokens`) of one
  // document, each sentence before its tokens, exactly as write() would format them. The
  // default builds a Record per item (lib/pipeline/records.cpp).
  virtual void write_text_units(const Document& doc, const Analysis& analysis, bool sentences,
                                bool tokens);
};

// Formats records as JSON Lines (FORMAT.md) and appends them to a buffer the caller drains.
// Output is always valid JSON: control characters are escaped and invalid UTF-8 bytes become
// U+FFFD. Numbers are written in the shortest form that reads back exactly ("145", "0.8").
// write_text_units costs about 230 instructions per record (callgrind, `tokens` on news).
// `fields` not empty: only those keys ("doc", "kind" or record fields), in that order; a record
// field the record does not have is left out (--fields).
class JsonLinesSink : public RecordSink {
 public:
  explicit JsonLinesSink(ByteBuffer& out, std::vector<std::string> fields = {})
      : out_(out), fields_(std::move(fields)) {}
  void write(const Record& record) override;
  void write_text_units(const Document& doc, const Analysis& analysis, bool sentences,
                        bool tokens) override;

 private:
  void write_fields(const Record& record);
  ByteBuffer& out_;
  std::vector<std::string> fields_;
  std::string doc_;              // id of the last record's document ...
  std::string doc_prefix_;       // ... and its escaped `{"doc": "...", "kind": ` prefix
  std::string sentence_prefix_;  // `{"doc": "...", "kind": "sentence", "text": ` of a document
  std::string token_prefix_;     // ... and the same for tokens
};

// Formats records as tab-separated values with a fixed column list. `doc` and `kind` name the
// record's own id and kind; other names are record fields. A missing field or null is an empty
// cell; lists are joined with "; "; tab, newline, carriage return and backslash in values are
// written as \t, \n, \r and \\ . The header line is written by tsv_header().
// write_text_units costs about 140 instructions per record (callgrind, `tokens` on news), a
// third of it the two offsets.
class TsvSink : public RecordSink {
 public:
  TsvSink(ByteBuffer& out, std::vector<std::string> columns);
  void write(const Record& record) override;
  void write_text_units(const Document& doc, const Analysis& analysis, bool sentences,
                        bool tokens) override;

 private:
  // What a column holds in sentence and token records (write_text_units).
  enum class Cell : std::uint8_t { empty, doc, kind, text, start, end, extra };
  std::vector<Cell> sentence_cells_;  // per column; extra: the token count
  std::vector<Cell> token_cells_;     // per column; extra: the token class
  // A record line for the current document: the fixed bytes before each varying cell (tabs,
  // doc id, kind), then the bytes after the last one. Fixed bytes live in `literals_`, each
  // followed by padding so that short ones copy as one block.
  struct Literal {
    std::uint32_t start = 0;
    std::uint32_t size = 0;
  };
  struct Piece {
    Literal before;
    Cell cell = Cell::empty;
  };
  struct Layout {
    std::vector<Piece> pieces;
    Literal tail;
  };
  void build_layout(const std::vector<Cell>& cells, std::string_view kind, Layout& layout);
  std::string literals_;
  Layout sentence_layout_;
  Layout token_layout_;
  bool tokens_command_layout_ = false;  // columns doc, kind, start, end, class, text
  ByteBuffer& out_;
  std::vector<std::string> columns_;
  std::vector<int> column_roles_;  // 0: doc, 1: kind, 2: a record field
  std::string doc_;                // id of the last record's document, and its escaped text
  std::string doc_text_;
  std::vector<std::size_t> field_hint_;       // per column: where the field was in the last record
  std::vector<const char*> field_hint_name_;  // ... and the address of its name
};

std::string tsv_header(const std::vector<std::string>& columns);

// Formats records as comma-separated values (RFC 4180) with a fixed column list, as TsvSink
// does: `doc` and `kind` name the record's id and kind, other names record fields; a missing
// field or null is an empty cell; lists are joined with "; ". A cell holding a comma, quote,
// CR or LF is quoted, with its quotes doubled; lines end with CRLF. Invalid UTF-8 bytes become
// U+FFFD. The header line is written by csv_header().
class CsvSink : public RecordSink {
 public:
  CsvSink(ByteBuffer& out, std::vector<std::string> columns)
      : out_(out), columns_(std::move(columns)) {}
  void write(const Record& record) override;

 private:
  ByteBuffer& out_;
  std::vector<std::string> columns_;
  std::string cell_;
};

std::string csv_header(const std::vector<std::string>& columns);

// JSON string escaping as used by JsonLinesSink: appends `"text"` to `out`.
void append_json_string(std::string& out, std::string_view text);

}  // namespace newsmine
