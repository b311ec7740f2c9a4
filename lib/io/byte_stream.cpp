#include "io/byte_stream.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>

namespace newsmine {

namespace {

constexpr std::size_t kRawBufferBytes = std::size_t{256} << 10;

}  // namespace

// Decoder states, made on first use and reused across files.
struct ByteStream::Codecs {
  z_stream zlib{};
  bool zlib_ready = false;
  ZSTD_DCtx* zstd = nullptr;
  ~Codecs() {
    if (zlib_ready) inflateEnd(&zlib);
    if (zstd) ZSTD_freeDCtx(zstd);
  }
};

ByteStream::ByteStream()
    : raw_(std::make_unique<char[]>(kRawBufferBytes)), codecs_(std::make_unique<Codecs>()) {}

ByteStream::~ByteStream() {
  close();
}

void ByteStream::close() {
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
  fd_ = -1;
  owns_fd_ = false;
}

bool ByteStream::open(const std::string& path) {
  close();
  eof_ = false;
  raw_pos_ = raw_end_ = 0;
  raw_bytes_ = 0;
  frame_open_ = false;
  compression_ = Compression::none;
  error_.clear();
  if (path == "-") {
    fd_ = STDIN_FILENO;
  } else {
    do {
      fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    } while (fd_ < 0 && errno == EINTR);
    if (fd_ < 0) {
      error_ = std::string("cannot open: ") + std::strerror(errno);
      return false;
    }
    owns_fd_ = true;
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
  }
  // Sniff the magic bytes: read until 4 bytes are buffered or the file ends.
  while (raw_end_ < 4 && !eof_) {
    ssize_t got = ::read(fd_, raw_.get() + raw_end_, kRawBufferBytes - raw_end_);
    if (got < 0) {
      if (errno == EINTR) continue;
      error_ = std::string("cannot read: ") + std::strerror(errno);
      return false;
    }
    if (got == 0) eof_ = true;
    raw_end_ += static_cast<std::size_t>(got);
    raw_bytes_ += static_cast<std::uint64_t>(got);
  }
  const auto* magic = reinterpret_cast<const unsigned char*>(raw_.get());
  if (raw_end_ >= 2 && magic[0] == 0x1F && magic[1] == 0x8B) {
    compression_ = Compression::gzip;
    z_stream& zlib = codecs_->zlib;
    if (!codecs_->zlib_ready) {
      zlib = z_stream{};
      // 16 + 15: gzip wrapper only, largest window.
      if (inflateInit2(&zlib, 16 + MAX_WBITS) != Z_OK) {
        error_ = "cannot start the gzip decoder";
        return false;
      }
      codecs_->zlib_ready = true;
    } else {
      inflateReset(&zlib);
    }
  } else if (raw_end_ >= 4 && magic[0] == 0x28 && magic[1] == 0xB5 && magic[2] == 0x2F &&
             magic[3] == 0xFD) {
    compression_ = Compression::zstd;
    if (!codecs_->zstd) codecs_->zstd = ZSTD_createDCtx();
    if (!codecs_->zstd) {
      error_ = "cannot start the zstd decoder";
      return false;
    }
    ZSTD_DCtx_reset(codecs_->zstd, ZSTD_reset_session_only);
  }
  return true;
}

bool ByteStream::refill() {
  if (raw_pos_ < raw_end_) return true;
  raw_pos_ = raw_end_ = 0;
  while (!eof_) {
    ssize_t got = ::read(fd_, raw_.get(), kRawBufferBytes);
    if (got < 0) {
      if (errno == EINTR) continue;
      error_ = std::string("read error: ") + std::strerror(errno);
      return false;
    }
    if (got == 0) {
      eof_ = true;
      break;
    }
    raw_end_ = static_cast<std::size_t>(got);
    raw_bytes_ += static_cast<std::uint64_t>(got);
    return true;
  }
  return false;
}

std::size_t ByteStream::read(char* out, std::size_t capacity) {
  if (fd_ < 0 || failed() || capacity == 0) return 0;
  switch (compression_) {
    case Compression::gzip:
      return read_gzip(out, capacity);
    case Compression::zstd:
      return read_zstd(out, capacity);
    case Compression::none:
      break;
  }
  return read_plain(out, capacity);
}

std::size_t ByteStream::read_plain(char* out, std::size_t capacity) {
  if (raw_pos_ < raw_end_) {  // bytes buffered while sniffing
    std::size_t count = std::min(capacity, raw_end_ - raw_pos_);
    std::memcpy(out, raw_.get() + raw_pos_, count);
    raw_pos_ += count;
    return count;
  }
  while (!eof_) {  // straight into the caller's buffer: no copy
    ssize_t got = ::read(fd_, out, capacity);
    if (got < 0) {
      if (errno == EINTR) continue;
      error_ = std::string("read error: ") + std::strerror(errno);
      return 0;
    }
    if (got == 0) eof_ = true;
    raw_bytes_ += static_cast<std::uint64_t>(got);
    return static_cast<std::size_t>(got);
  }
  return 0;
}

std::size_t ByteStream::read_gzip(char* out, std::size_t capacity) {
  z_stream& zlib = codecs_->zlib;
  const uInt out_size = static_cast<uInt>(std::min<std::size_t>(capacity, 1u << 30));
  for (;;) {
    if (raw_pos_ == raw_end_ && !refill() && failed()) return 0;
    const bool have_input = raw_pos_ < raw_end_;
    if (!have_input && !frame_open_) return 0;  // clean end after a whole member
    if (have_input && !frame_open_) {
      inflateReset(&zlib);  // next member of a multi-member file
      frame_open_ = true;
    }
    zlib.next_in = reinterpret_cast<Bytef*>(raw_.get() + raw_pos_);
    zlib.avail_in = static_cast<uInt>(raw_end_ - raw_pos_);
    zlib.next_out = reinterpret_cast<Bytef*>(out);
    zlib.avail_out = out_size;
    int status = inflate(&zlib, Z_NO_FLUSH);
    raw_pos_ = raw_end_ - zlib.avail_in;
    const std::size_t produced = out_size - zlib.avail_out;
    if (status == Z_STREAM_END) {
      frame_open_ = false;
    } else if (status != Z_OK && status != Z_BUF_ERROR) {
      error_ = std::string("corrupt gzip stream: ") + (zlib.msg ? zlib.msg : "inflate failed");
      return 0;
    }
    if (produced > 0) return produced;
    if (!have_input && frame_open_) {
      error_ = "truncated gzip stream";
      return 0;
    }
  }
}

std::size_t ByteStream::read_zstd(char* out, std::size_t capacity) {
  for (;;) {
    if (raw_pos_ == raw_end_ && !refill() && failed()) return 0;
    const bool have_input = raw_pos_ < raw_end_;
    if (!have_input && !frame_open_) return 0;  // clean end after a whole frame
    ZSTD_inBuffer input{raw_.get(), raw_end_, raw_pos_};
    ZSTD_outBuffer output{out, capacity, 0};
    std::size_t status = ZSTD_decompressStream(codecs_->zstd, &output, &input);
    raw_pos_ = input.pos;
    if (ZSTD_isError(status)) {
      error_ = std::string("corrupt zstd stream: ") + ZSTD_getErrorName(status);
      return 0;
    }
    frame_open_ = status != 0;
    if (output.pos > 0) return output.pos;
    if (!have_input && frame_open_) {
      error_ = "truncated zstd stream";
      return 0;
    }
  }
}

}  // namespace newsmine
