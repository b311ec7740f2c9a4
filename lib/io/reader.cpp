// TEMP local reader for testing (never committed)
#include "newsmine/reader.hpp"
#include <simdjson.h>
#include <fstream>
#include <iostream>
namespace newsmine {
struct Reader::Impl { std::vector<std::string> inputs; std::size_t next_input = 0; std::ifstream in; std::istream* cur = nullptr; std::uint64_t bytes = 0; simdjson::dom::parser parser;};
Reader::Reader(std::vector<std::string> inputs, ReaderOptions, DiagnosticHandler)
    : impl_(std::make_unique<Impl>()) { impl_->inputs = std::move(inputs); if (impl_->inputs.empty()) impl_->inputs.push_back("-"); }
Reader::~Reader() = default;
bool Reader::next(Document& doc) {
  auto& m = *impl_;
  std::string line;
  for (;;) {
    if (!m.cur) {
      if (m.next_input >= m.inputs.size()) return false;
      const std::string& p = m.inputs[m.next_input++];
      if (p == "-") m.cur = &std::cin; else { m.in = std::ifstream(p); m.cur = &m.in; }
    }
    if (!std::getline(*m.cur, line)) { m.cur = nullptr; continue; }
    m.bytes += line.size() + 1;
    simdjson::dom::element el;
    if (m.parser.parse(line).get(el)) continue;
    std::string_view t, id, date;
    if (el["text"].get(t)) continue;
    doc.text = std::string(t);
    doc.id = el["id"].get(id) ? std::string("x") : std::string(id);
    doc.date = el["date"].get(date) ? std::string() : std::string(date);
    return true;
  }
}
std::uint64_t Reader::error_count() const { return 0; }
std::uint64_t Reader::bytes_read() const { return impl_->bytes; }
std::string normalize_date(std::string_view s) { return std::string(s); }
}
