#include "io/line_reader.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

namespace newsmine {

namespace {

constexpr std::size_t kInitialBytes = std::size_t{1} << 20;
constexpr std::size_t kMinReadBytes = std::size_t{64} << 10;

bool is_blank(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

void LineReader::Free::operator()(char* bytes) const {
  std::free(bytes);
}

LineReader::LineReader(std::size_t max_line_bytes, std::size_t padding)
    : max_line_bytes_(max_line_bytes), padding_(padding) {
  capacity_ = kInitialBytes + padding_;
  buffer_.reset(static_cast<char*>(std::malloc(capacity_)));
  if (!buffer_) throw std::bad_alloc();
}

void LineReader::reset(ByteStream& stream) {
  stream_ = &stream;
  begin_ = scanned_ = end_ = 0;
  at_end_ = false;
  line_number_ = 0;
}

bool LineReader::fill() {
  if (at_end_ || !stream_) return false;
  std::size_t usable = capacity_ - padding_;
  if (usable - end_ < kMinReadBytes && begin_ > 0) {  // move the partial line to the front
    std::memmove(buffer_.get(), buffer_.get() + begin_, end_ - begin_);
    scanned_ -= begin_;
    end_ -= begin_;
    begin_ = 0;
  }
  if (usable - end_ < kMinReadBytes) {  // the line in progress fills the buffer: grow it
    // Doubling, but never past what the longest line allowed needs (a longer one is skipped).
    const std::size_t cap = std::max(end_, max_line_bytes_ + 1) + kMinReadBytes;
    std::size_t grown = std::min(std::max(2 * usable, end_ + kMinReadBytes), cap) + padding_;
    auto* bigger = static_cast<char*>(std::realloc(buffer_.get(), grown));
    if (!bigger) throw std::bad_alloc();
    (void)buffer_.release();
    buffer_.reset(bigger);
    capacity_ = grown;
    usable = capacity_ - padding_;
  }
  std::size_t got = stream_->read(buffer_.get() + end_, usable - end_);
  if (got == 0) {
    at_end_ = true;
    return false;
  }
  end_ += got;
  return true;
}

LineReader::Status LineReader::next(std::string_view& line) {
  for (;;) {
    if (scanned_ < end_) {
      const void* newline = std::memchr(buffer_.get() + scanned_, '\n', end_ - scanned_);
      if (newline) {
        const std::size_t stop =
            static_cast<std::size_t>(static_cast<const char*>(newline) - buffer_.get());
        const std::size_t start = begin_;
        begin_ = scanned_ = stop + 1;
        ++line_number_;
        if (stop - start > max_line_bytes_) return Status::too_long;
        line = std::string_view(buffer_.get() + start, stop - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        return Status::line;
      }
      scanned_ = end_;
    }
    if (end_ - begin_ > max_line_bytes_) {  // skip the rest of the line without buffering it
      ++line_number_;
      begin_ = scanned_ = end_ = 0;
      while (fill()) {
        const void* newline = std::memchr(buffer_.get(), '\n', end_);
        if (newline) {
          begin_ = scanned_ =
              static_cast<std::size_t>(static_cast<const char*>(newline) - buffer_.get()) + 1;
          break;
        }
        begin_ = scanned_ = end_ = 0;
      }
      return Status::too_long;
    }
    if (!fill()) {
      // A last line without '\n'; dropped when the stream broke off in the middle of it.
      if (begin_ == end_ || stream_->failed()) return Status::end;
      line = std::string_view(buffer_.get() + begin_, end_ - begin_);
      begin_ = scanned_ = end_;
      ++line_number_;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      return Status::line;
    }
  }
}

unsigned char LineReader::peek_first_non_blank() {
  while (end_ - begin_ < 3 && fill()) {
  }
  if (line_number_ == 0 && end_ - begin_ >= 3 &&
      std::memcmp(buffer_.get() + begin_, "\xEF\xBB\xBF", 3) == 0) {
    begin_ += 3;
    scanned_ = std::max(scanned_, begin_);
  }
  std::size_t offset = 0;  // relative to begin_: fill() may move the buffered bytes
  for (;;) {
    for (; begin_ + offset < end_; ++offset) {
      const auto c = static_cast<unsigned char>(buffer_.get()[begin_ + offset]);
      if (!is_blank(c)) {
        first_offset_ = offset;
        return c;
      }
    }
    if (offset > kInitialBytes) {  // a long blank start: drop it (keeping the line count)
      line_number_ += static_cast<std::uint64_t>(
          std::count(buffer_.get() + begin_, buffer_.get() + begin_ + offset, '\n'));
      begin_ = scanned_ = end_;
      offset = 0;
    }
    if (!fill()) return 0;
  }
}

std::string_view LineReader::peek_first_line() {
  std::size_t scan = first_offset_;  // relative to begin_
  for (;;) {
    const char* start = buffer_.get() + begin_;
    const void* newline = std::memchr(start + scan, '\n', end_ - begin_ - scan);
    if (newline) {
      const char* stop = static_cast<const char*>(newline);
      return std::string_view(start + first_offset_,
                              static_cast<std::size_t>(stop - start) - first_offset_);
    }
    scan = end_ - begin_;
    if (scan - first_offset_ > max_line_bytes_ || !fill()) {
      return std::string_view(buffer_.get() + begin_ + first_offset_, scan - first_offset_);
    }
  }
}

std::string_view LineReader::take_buffered() {
  std::string_view rest(buffer_.get() + begin_, end_ - begin_);
  begin_ = scanned_ = end_;
  return rest;
}

}  // namespace newsmine
