// Fuzz target: the CoNLL-2003 reader of train-ner / eval-ner.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "newsmine/ner.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto documents =
      newsmine::ner::parse_conll(std::string_view(reinterpret_cast<const char*>(data), size));
  for (const auto& document : documents) {
    for (const auto& sentence : document) {
      newsmine::fuzz::check(sentence.tags.empty() || sentence.tags.size() == sentence.words.size(),
                            "tags and words differ in number");
      for (std::uint8_t tag : sentence.tags) {
        newsmine::fuzz::check(tag < newsmine::ner::kTagCount, "tag out of range");
      }
    }
  }
  return 0;
}
