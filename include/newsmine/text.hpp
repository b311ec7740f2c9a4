// Tokens and sentences: how newsmine cuts text. Every annotator works on these.
//
// Offsets are byte offsets into the document text, half-open [start, end). Tokens never
// overlap, lie in increasing order and start and end on UTF-8 character boundaries (an invalid
// byte counts as one character); the bytes between tokens are white space only (ASCII white
// space and controls, C1 controls, no-break and other Unicode spaces, zero-width spaces, bidi
// marks, BOM) or invalid bytes, each skipped as a one-byte junk character. Tokens themselves
// never hold ASCII white space or control characters (the writers rely on it).
//
// How text is cut (lib/text/tokenizer.cpp has the full rules):
//   U.S. / Mr. / Jan. / J.   one word with its period (abbreviations, initials)
//   end.                     "end" "."  (a period that is not part of an abbreviation)
//   7.21  1,000  10:30       one number;  145%  -> "145" "%";  $50bn -> "$" "50" "bn"
//   21st  1980s  ’90s        one word (ordinal, decade suffixes)
//   Xi’s  Xi's               "Xi" "’s" (possessive split off);  don’t, O'Brien: one word
//   anti-China  U.S.-China   one word;  table—without -> "table" "—" "without"
//   " '                      open or close quote decided by the characters around them
//   http://..., www..., a@b.org   one url / email token
//
// Cost: tokenize and split_sentences are single linear passes with table lookups for ASCII;
// about 25 instructions per input byte together on news text (see bench/tokenize_bench.cpp).
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
  // A Word of ASCII letters and digits only, starting with a letter ("Tariffs", "G7").
  bool plain = false;
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
