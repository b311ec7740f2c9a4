// Fuzz target: one extractor (NEWSMINE_FUZZ_KINDS, e.g. "entity" or "tariff") run through the
// analyzer on arbitrary text, its records written as JSON Lines and checked to be valid JSON
// with offsets inside the text.
// The first input byte picks the document's publication date (or none), which dates and tariffs
// resolve against.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "newsmine/byte_buffer.hpp"
#include "newsmine/extractors.hpp"
#include "newsmine/pipeline.hpp"
#include "newsmine/sink.hpp"

#ifndef NEWSMINE_FUZZ_KINDS
#error "define NEWSMINE_FUZZ_KINDS"
#endif

namespace {

struct Setup {
  newsmine::Kinds kinds;
  newsmine::Analyzer analyzer;
  std::unique_ptr<newsmine::RecordWorker> worker;
  Setup() {
    if (!newsmine::parse_kinds(NEWSMINE_FUZZ_KINDS, kinds).empty()) newsmine::fuzz::fail("kinds");
    analyzer = newsmine::make_analyzer(kinds);
    worker = std::make_unique<newsmine::RecordWorker>(
        analyzer, kinds, [](newsmine::ByteBuffer& out) -> std::unique_ptr<newsmine::RecordSink> {
          return std::make_unique<newsmine::JsonLinesSink>(out);
        });
  }
};

constexpr std::array<const char*, 4> kDates = {"", "2025-04-21", "1999-12-31", "2030-02-28"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Setup setup;
  if (size == 0) return 0;
  newsmine::Document doc;
  doc.id = "fuzz";
  doc.source = "fuzz";
  doc.date = kDates[data[0] % kDates.size()];
  doc.text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  setup.worker->process(doc);
  newsmine::ByteBuffer out;
  setup.worker->take_output(out);
  newsmine::fuzz::check_json_lines(out.view(), doc.text.size());
  return 0;
}
