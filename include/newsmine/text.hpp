// Tokens and sentences: how newsmine cuts text. Every annotator works on these.
//
// Offsets are byte offsets into the document text, half-open [start, end). Tokens never
// overlap, lie in increasing order and start and end on UTF-8 character boundaries (an invalid
// byte counts as one character); the bytes between tokens are white space only (ASCII white
// space, no-break and other Unicode spaces) or invalid bytes skipped as junk.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsmine {

enum class TokenClass : std::uint8_t {
  Word,        // letters, digits, apostrophes, inner hyphens/periods: U.S., Xi, anti-China, don't
  Number,      // 7.21, 1,000, 145% is Number "145" + Punct "%"; "$50bn" is Symbol "$" Number...
  Punct,       // . , ; : ! ? ( ) [ ] % and other symbols
  OpenQuote,   // “ ‘ « and straight quotes that open a quotation
  CloseQuote,  // ” ’ » and straight quotes that close one
  Dash,        // — – and "--"
  Url,
  Email,
};

// Name used in records: "word", "number", "punct", "open_quote", "close_quote", "dash", "url",
// "email".
std::string_view token_class_name(TokenClass cls);

struct Token {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  TokenClass cls = TokenClass::Word;
  // Number of line breaks in the gap before this token (0, 1, or 2 for "a blank line or more").
  std::uint8_t breaks_before = 0;
};

struct Sentence {
  std::uint32_t start = 0;        // byte offset of its first token
  std::uint32_t end = 0;          // byte offset just past its last token
  std::uint32_t first_token = 0;  // index into the token vector
  std::uint32_t end_token = 0;    // one past the last token
};

// Appends the tokens of `text` to `tokens`. Linear time; no allocation beyond the vector.
void tokenize(std::string_view text, std::vector<Token>& tokens);

// Appends the sentences of the tokenized `text` to `sentences`. Linear time. Every token belongs
// to exactly one sentence; sentences are in order and cover all tokens.
void split_sentences(std::string_view text, const std::vector<Token>& tokens,
                     std::vector<Sentence>& sentences);

}  // namespace newsmine
