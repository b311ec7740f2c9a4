// ByteStream: the bytes of one input file or stdin, decompressed on the fly when they start with
// the gzip, zstd, xz or bzip2 magic bytes (internal header). Concatenated members, frames and
// streams (pigz, pzstd, pixz, pbzip2 output) are read one after another.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace newsmine {

enum class Compression { none, gzip, zstd, xz, bzip2 };

class ByteStream {
 public:
  ByteStream();
  ~ByteStream();
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // Opens `path` ("-" is stdin) and sniffs its compression. Returns false with `error()` set
  // when the file cannot be opened or read.
  bool open(const std::string& path);
  void close();

  // Reads up to `capacity` decompressed bytes into `out`. Returns how many, 0 at the end of the
  // input or on failure (then `failed()` is true and `error()` says why). Never blocks on more
  // than one read(2) of raw input per call.
  std::size_t read(char* out, std::size_t capacity);

  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  Compression compression() const { return compression_; }
  // Raw (compressed) bytes read from the file so far.
  std::uint64_t raw_bytes() const { return raw_bytes_; }

 private:
  // Refills the raw buffer when it is empty. Returns false at end of file or on error.
  bool refill();
  std::size_t read_plain(char* out, std::size_t capacity);
  std::size_t read_gzip(char* out, std::size_t capacity);
  std::size_t read_zstd(char* out, std::size_t capacity);
  std::size_t read_xz(char* out, std::size_t capacity);
  std::size_t read_bzip2(char* out, std::size_t capacity);
  bool start_decoder(const unsigned char* magic);

  struct Codecs;
  int fd_ = -1;
  bool owns_fd_ = false;
  bool eof_ = false;
  Compression compression_ = Compression::none;
  std::unique_ptr<char[]> raw_;
  std::size_t raw_pos_ = 0;
  std::size_t raw_end_ = 0;
  std::uint64_t raw_bytes_ = 0;
  bool frame_open_ = false;  // a gzip member, zstd frame, xz or bzip2 stream is not finished
  std::unique_ptr<Codecs> codecs_;
  std::string error_;
};

}  // namespace newsmine
