#include "io/byte_stream.hpp"

#include <bzlib.h>
#include <fcntl.h>
#include <lzma.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>

#include <cerrno>
#include <cstring>
#include <initializer_list>

namespace newsmine {

namespace {

constexpr std::size_t kRawBufferBytes = std::size_t{256} << 10;
// Largest xz decoder memory accepted (xz -9 needs 65 MiB); a header asking for more is an error.
constexpr std::uint64_t kXzMemoryLimit = std::uint64_t{1} << 30;
constexpr std::size_t kMagicBytes = 6;  // the longest magic number sniffed (xz)

const char* lzma_message(lzma_ret status) {
  switch (status) {
    case LZMA_MEM_ERROR:
      return "out of memory";
    case LZMA_MEMLIMIT_ERROR:
      return "needs more than 1 GiB of decoder memory";
    case LZMA_FORMAT_ERROR:
      return "not in the xz format";
    case LZMA_OPTIONS_ERROR:
      return "unsupported options";
    case LZMA_DATA_ERROR:
      return "corrupt data";
    case LZMA_BUF_ERROR:
      return "truncated stream";
    default:
      return "decoder error";
  }
}

}  // namespace

// Decoder states, made on first use and reused across files.
struct ByteStream::Codecs {
  z_stream zlib{};
  bool zlib_ready = false;
  ZSTD_DCtx* zstd = nullptr;
  lzma_stream xz = LZMA_STREAM_INIT;
  bz_stream bzip2{};
  bool bzip2_ready = false;
  ~Codecs() {
    if (zlib_ready) inflateEnd(&zlib);
    if (zstd) ZSTD_freeDCtx(zstd);
    lzma_end(&xz);
    end_bzip2();
  }
  bool start_bzip2() {
    end_bzip2();
    bzip2 = bz_stream{};
    bzip2_ready = BZ2_bzDecompressInit(&bzip2, 0, 0) == BZ_OK;
    return bzip2_ready;
  }
  void end_bzip2() {
    if (bzip2_ready) BZ2_bzDecompressEnd(&bzip2);
    bzip2_ready = false;
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
  // Sniff the magic bytes: read until kMagicBytes bytes are buffered or the file ends.
  while (raw_end_ < kMagicBytes && !eof_) {
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
  return start_decoder(reinterpret_cast<const unsigned char*>(raw_.get()));
}

bool ByteStream::start_decoder(const unsigned char* magic) {
  const auto starts_with = [&](std::initializer_list<unsigned char> bytes) {
    return raw_end_ >= bytes.size() && std::equal(bytes.begin(), bytes.end(), magic);
  };
  if (starts_with({0x1F, 0x8B})) {
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
  } else if (starts_with({0x28, 0xB5, 0x2F, 0xFD})) {
    compression_ = Compression::zstd;
    if (!codecs_->zstd) codecs_->zstd = ZSTD_createDCtx();
    if (!codecs_->zstd) {
      error_ = "cannot start the zstd decoder";
      return false;
    }
    ZSTD_DCtx_reset(codecs_->zstd, ZSTD_reset_session_only);
  } else if (starts_with({0xFD, '7', 'z', 'X', 'Z', 0x00})) {
    compression_ = Compression::xz;
    const lzma_ret status = lzma_stream_decoder(&codecs_->xz, kXzMemoryLimit, LZMA_CONCATENATED);
    if (status != LZMA_OK) {
      error_ = std::string("cannot start the xz decoder: ") + lzma_message(status);
      return false;
    }
    frame_open_ = true;
  } else if (starts_with({'B', 'Z', 'h'}) && raw_end_ >= 4 && magic[3] >= '1' && magic[3] <= '9') {
    compression_ = Compression::bzip2;
    if (!codecs_->start_bzip2()) {
      error_ = "cannot start the bzip2 decoder";
      return false;
    }
    frame_open_ = true;
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
    case Compression::xz:
      return read_xz(out, capacity);
    case Compression::bzip2:
      return read_bzip2(out, capacity);
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

// One xz stream, or several concatenated (LZMA_CONCATENATED): the decoder sees the end of the
// input through LZMA_FINISH and checks that it falls after a whole stream.
std::size_t ByteStream::read_xz(char* out, std::size_t capacity) {
  lzma_stream& xz = codecs_->xz;
  while (frame_open_) {
    if (raw_pos_ == raw_end_ && !refill() && failed()) return 0;
    const bool have_input = raw_pos_ < raw_end_;
    xz.next_in = reinterpret_cast<const std::uint8_t*>(raw_.get() + raw_pos_);
    xz.avail_in = raw_end_ - raw_pos_;
    xz.next_out = reinterpret_cast<std::uint8_t*>(out);
    xz.avail_out = capacity;
    const lzma_ret status = lzma_code(&xz, have_input ? LZMA_RUN : LZMA_FINISH);
    raw_pos_ = raw_end_ - xz.avail_in;
    const std::size_t produced = capacity - xz.avail_out;
    if (status == LZMA_STREAM_END) {
      frame_open_ = false;
    } else if (status == LZMA_BUF_ERROR && !have_input) {
      error_ = "truncated xz stream";
      return 0;
    } else if (status != LZMA_OK && status != LZMA_BUF_ERROR) {
      error_ = std::string("corrupt xz stream: ") + lzma_message(status);
      return 0;
    }
    if (produced > 0) return produced;
  }
  return 0;
}

// One bzip2 stream, or several concatenated (pbzip2): the decoder restarts after each.
std::size_t ByteStream::read_bzip2(char* out, std::size_t capacity) {
  bz_stream& bzip2 = codecs_->bzip2;
  const auto out_size = static_cast<unsigned>(std::min<std::size_t>(capacity, 1u << 30));
  for (;;) {
    if (raw_pos_ == raw_end_ && !refill() && failed()) return 0;
    const bool have_input = raw_pos_ < raw_end_;
    if (!have_input && !frame_open_) return 0;  // clean end after a whole stream
    if (have_input && !frame_open_) {
      if (!codecs_->start_bzip2()) {
        error_ = "cannot start the bzip2 decoder";
        return 0;
      }
      frame_open_ = true;
    }
    bzip2.next_in = raw_.get() + raw_pos_;
    bzip2.avail_in = static_cast<unsigned>(raw_end_ - raw_pos_);
    bzip2.next_out = out;
    bzip2.avail_out = out_size;
    const int status = BZ2_bzDecompress(&bzip2);
    raw_pos_ = raw_end_ - bzip2.avail_in;
    const std::size_t produced = out_size - bzip2.avail_out;
    if (status == BZ_STREAM_END) {
      frame_open_ = false;
    } else if (status != BZ_OK) {
      error_ = status == BZ_DATA_ERROR_MAGIC ? "corrupt bzip2 stream: not in the bzip2 format"
                                             : "corrupt bzip2 stream";
      return 0;
    }
    if (produced > 0) return produced;
    if (!have_input && frame_open_) {
      error_ = "truncated bzip2 stream";
      return 0;
    }
  }
}

}  // namespace newsmine
