// Fuzz target: the Reader on one input file (JSON Lines, pretty-printed JSON, JSON arrays, plain
// text, gzip, zstd, xz, bzip2). An input whose first byte is below 0x10 is a command: bits 0-2
// pick how the rest is stored (1-4: compressed with gzip, zstd, xz, bzip2, so that the decoders'
// output paths see arbitrary text; else as is) and bit 3 turns on accept_records. Any other
// input is the file's bytes as they are (corrupt compressed streams come from the seeds).
#include <bzlib.h>
#include <lzma.h>
#include <sys/mman.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_check.hpp"
#include "newsmine/reader.hpp"

namespace {

std::string gzip(const std::string& in) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, in.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string zstd(const std::string& in) {
  std::string out(ZSTD_compressBound(in.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), in.data(), in.size(), 1));
  return out;
}

std::string xz(const std::string& in) {
  std::string out(lzma_stream_buffer_bound(in.size()), '\0');
  std::size_t written = 0;
  lzma_easy_buffer_encode(0, LZMA_CHECK_CRC64, nullptr,
                          reinterpret_cast<const std::uint8_t*>(in.data()), in.size(),
                          reinterpret_cast<std::uint8_t*>(out.data()), &written, out.size());
  out.resize(written);
  return out;
}

std::string bzip2(const std::string& in) {
  std::string out(in.size() + in.size() / 100 + 700, '\0');
  auto length = static_cast<unsigned>(out.size());
  BZ2_bzBuffToBuffCompress(out.data(), &length, const_cast<char*>(in.data()),
                           static_cast<unsigned>(in.size()), 1, 0, 0);
  out.resize(length);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t mode = data[0] < 0x10 ? data[0] : 0;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] >= 0x10) bytes.assign(reinterpret_cast<const char*>(data), size);
  switch (mode & 7) {
    case 1:
      bytes = gzip(bytes);
      break;
    case 2:
      bytes = zstd(bytes);
      break;
    case 3:
      bytes = xz(bytes);
      break;
    case 4:
      bytes = bzip2(bytes);
      break;
    default:
      break;
  }
  static const int fd = memfd_create("newsmine-fuzz", MFD_CLOEXEC);
  newsmine::fuzz::check(fd >= 0, "memfd_create");
  newsmine::fuzz::check(ftruncate(fd, 0) == 0, "ftruncate");
  newsmine::fuzz::check(
      pwrite(fd, bytes.data(), bytes.size(), 0) == static_cast<ssize_t>(bytes.size()), "pwrite");
  newsmine::ReaderOptions options;
  options.max_line_bytes = 1 << 20;
  options.accept_records = (mode & 8) != 0;
  options.default_date = "2025-04-21";
  const std::string path = "/proc/self/fd/" + std::to_string(fd);
  std::uint64_t problems = 0;
  newsmine::Reader reader({path}, options, [&](const newsmine::Diagnostic&) { ++problems; });
  newsmine::Document doc;
  std::size_t documents = 0;
  while (reader.next(doc)) {
    ++documents;
    newsmine::fuzz::check(doc.source == path, "document from another source");
    newsmine::fuzz::check(!doc.id.empty(), "document without an id");
  }
  newsmine::fuzz::check(reader.error_count() == problems, "error count differs from reports");
  return 0;
}
