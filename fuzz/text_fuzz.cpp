// Fuzz target: tokenizer and sentence splitter on arbitrary bytes, checking the invariants that
// include/newsmine/text.hpp promises.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "newsmine/text.hpp"

using newsmine::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<newsmine::Token> tokens;
  newsmine::tokenize(text, tokens);
  std::uint32_t previous_end = 0;
  for (const newsmine::Token& token : tokens) {
    check(token.start >= previous_end, "tokens overlap or are out of order");
    check(token.start < token.end, "empty token");
    check(token.end <= size, "token past the end of the text");
    for (std::uint32_t k = token.start; k < token.end; ++k) {
      const auto c = static_cast<unsigned char>(text[k]);
      check(c > 0x20 && c != 0x7F, "token holds ASCII white space or a control character");
    }
    previous_end = token.end;
  }
  std::vector<newsmine::Sentence> sentences;
  newsmine::split_sentences(text, tokens, sentences);
  std::uint32_t next_token = 0;
  for (const newsmine::Sentence& sentence : sentences) {
    check(sentence.first_token == next_token, "sentences skip or repeat tokens");
    check(sentence.first_token < sentence.end_token, "empty sentence");
    check(sentence.end_token <= tokens.size(), "sentence past the last token");
    check(sentence.start == tokens[sentence.first_token].start, "sentence start");
    check(sentence.end == tokens[sentence.end_token - 1].end, "sentence end");
    next_token = sentence.end_token;
  }
  check(next_token == tokens.size(), "sentences do not cover all tokens");
  return 0;
}
