// Reader: turns files, folders and stdin into a stream of Documents.
//
// Inputs are read in the order given; folders are walked recursively with their files in sorted
// path order. Each file (or stdin, named "-") is decompressed when it starts with the gzip, zstd,
// xz or bzip2 magic bytes, then read as JSON Lines when its first non-blank byte is '{' and as
// one plain-text article otherwise. Decompression and line splitting are streamed: memory stays
// bounded by the longest line (at most `max_line_bytes`), never by the file size.
// Details: a UTF-8 byte order mark is skipped; CRLF line ends are accepted; folder entries whose
// names start with '.' and symbolic links to folders are skipped. When the first line starting
// with '{' does not hold exactly one object (pretty-printed JSON as `jq` writes it, or several
// objects on a line), the file is read as a stream of JSON values, each up to `max_line_bytes`;
// a first line of "[" (or "[{...") makes it one JSON array of article objects. Either way values
// are cut apart as they stream in (memory bounded by the longest value, any nesting depth), an
// object's id defaults to "file:line" (its first line) or "file[index]" in an array, and
// diagnostics give the line where the value starts.
// JSON Lines with invalid UTF-8 or lone surrogate escapes are repaired (U+FFFD), reported and
// still read; a numeric date field is taken as a Unix time.
//
// Bad input never stops the reader: each problem (malformed JSON line, missing text field,
// invalid UTF-8, binary file, truncated or corrupt compressed stream, over-long line, unreadable
// file) is reported once to the DiagnosticHandler with its file and line, and reading goes on
// with the next line or file. `error_count()` tells the caller how many were reported.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsmine/diagnostic.hpp"
#include "newsmine/document.hpp"

namespace newsmine {

struct ReaderOptions {
  // JSON field names; empty means "try the common names" (text: text, content, body, article,
  // maintext; id: id, url, uuid; date: date, published, publish_date, date_publish,
  // published_at, pubDate).
  std::string text_field;
  std::string id_field;
  std::string date_field;
  // Date given to documents without one (plain text, or JSON without a date field), as
  // YYYY-MM-DD or empty.
  std::string default_date;
  // Lines, JSON values and plain-text files longer than this are reported and skipped; a
  // reported over-long line is never buffered, whatever its length.
  std::size_t max_line_bytes = std::size_t{64} << 20;
  // When true, JSON Lines that are newsmine records (objects with "kind" and "doc" but no text
  // field) are passed through as Documents whose `text` is the raw JSON line and whose
  // `is_record` is set (`id` is then "file:line"). When false they are reported as lines without a
  // text field.
  // Most record kinds carry a "text" field of their own (the mention), so with accept_records a
  // "kind" string and a "doc" field decide alone; without it such a record reads as an article.
  bool accept_records = false;
  // Stop at the first problem: next() returns false once it has been reported.
  bool strict = false;
};

class Reader {
 public:
  // `inputs`: paths of files or folders, "-" for stdin; empty means stdin.
  Reader(std::vector<std::string> inputs, ReaderOptions options, DiagnosticHandler on_problem);
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // Fills `doc` with the next document and returns true, or returns false at the end of all
  // input. `doc`'s buffers are reused, so a caller that keeps documents should move them out.
  bool next(Document& doc);

  std::uint64_t error_count() const;
  // Bytes read from the inputs so far (compressed size for compressed files).
  // Cost: about 1 ns per input byte for JSON Lines (simdjson DOM parse plus one copy of the
  // text); gzip, zstd, xz and bzip2 add their decoders' cost. Memory: one line buffer (grows to
  // the longest line, at most max_line_bytes plus 64 KiB, grown by realloc), a 256 KiB raw-input
  // buffer, the decoder's state (xz: up to its dictionary, refused past 1 GiB), and the text of
  // one plain-text file or pretty-printed JSON value (at most max_line_bytes).
  std::uint64_t bytes_read() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses a publication date in ISO 8601 ("2025-04-21", "2025-04-21T08:00:00Z") or RFC 2822
// ("Mon, 21 Apr 2025 08:00:00 +0000") form. Returns "YYYY-MM-DD", or empty when it is neither.
std::string normalize_date(std::string_view text);

}  // namespace newsmine
