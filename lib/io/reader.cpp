// Placeholder reader. Replaced by the streaming reader.
#include "newsmine/reader.hpp"

namespace newsmine {

struct Reader::Impl {};

Reader::Reader(std::vector<std::string>, ReaderOptions, DiagnosticHandler)
    : impl_(std::make_unique<Impl>()) {}
Reader::~Reader() = default;
bool Reader::next(Document&) {
  return false;
}
std::uint64_t Reader::error_count() const {
  return 0;
}
std::uint64_t Reader::bytes_read() const {
  return 0;
}
std::string normalize_date(std::string_view) {
  return {};
}

}  // namespace newsmine
