// LineReader: splits a ByteStream into lines without holding more than one line (internal
// header).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "io/byte_stream.hpp"

namespace newsmine {

class LineReader {
 public:
  // Every line handed out is followed by at least `padding` readable bytes inside the buffer
  // (simdjson reads up to SIMDJSON_PADDING bytes past the end of its input).
  LineReader(std::size_t max_line_bytes, std::size_t padding);

  // Starts reading `stream` from its beginning.
  void reset(ByteStream& stream);

  enum class Status { line, too_long, end };
  // Next line without its '\n' (nor a '\r' before it), valid until the next call.
  // `too_long`: the line was longer than max_line_bytes and has been skipped without being
  // buffered. `end`: no more input (check the stream for an error).
  Status next(std::string_view& line);

  // Number of the line last returned (1-based).
  std::uint64_t line_number() const { return line_number_; }

  // Buffers input until a byte other than ASCII whitespace is buffered or the input ends, and
  // returns it (0 when there is none). Skips a leading UTF-8 byte order mark, and drops blank
  // input over 1 MiB long so that memory stays bounded.
  unsigned char peek_first_non_blank();

  // After peek_first_non_blank(): the rest of the line holding that byte (without '\n'), buffered
  // but not consumed; cut short at max_line_bytes.
  std::string_view peek_first_line();

  // Hands the buffered, not yet returned bytes to the caller and forgets them.
  std::string_view take_buffered();

  // Reads more input after the buffered bytes. Returns false at end of input.
  bool read_more() { return fill(); }

 private:
  bool fill();

  ByteStream* stream_ = nullptr;
  std::size_t max_line_bytes_;
  std::size_t padding_;
  struct Free {
    void operator()(char* bytes) const;
  };
  // malloc'd so that growing it is a realloc: a large block is moved by remapping its pages,
  // never held twice.
  std::unique_ptr<char, Free> buffer_;
  std::size_t capacity_ = 0;  // allocated bytes, including the padding
  std::size_t begin_ = 0;     // first byte not yet returned
  std::size_t scanned_ = 0;   // bytes in [begin_, scanned_) hold no '\n'
  std::size_t end_ = 0;       // end of buffered input
  bool at_end_ = false;
  std::size_t first_offset_ = 0;  // of the first non-blank byte, relative to begin_
  std::uint64_t line_number_ = 0;
};

}  // namespace newsmine
