// Words and word classes for quote attribution: a small lexer that keeps quote marks, abbreviations
// (Mr., U.S.) and possessives (Xi’s) apart the way attribution needs, plus the word lists
// (reporting verbs, titles, pronouns, determiners, organisation heads). Internal to the quote
// annotator.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "newsmine/text.hpp"

namespace newsmine::quotes {

enum class PieceKind : std::uint8_t {
  Word,   // letters/digits with inner . - ' ’ (U.S., anti-China, don’t) and abbreviation dots
  Punct,  // one punctuation character
  Mark,   // a quotation mark (not an apostrophe)
  Break,  // a paragraph break
};

struct Piece {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t name_end = 0;  // end without a possessive ’s
  PieceKind kind = PieceKind::Word;
  bool upper = false;        // starts with an ASCII capital letter
  bool possessive = false;   // ends in ’s or 's
  std::int32_t inside = -1;  // index of the quotation whose words hold this piece, or -1
};

// Appends the pieces of `text`. `wrapped`: single line breaks are not paragraph breaks (see
// is_hard_wrapped). Linear time.
void lex(std::string_view text, bool wrapped, std::vector<Piece>& out);

// The same pieces built from the tokenizer's tokens (no second pass over the bytes): a
// possessive ’s token joins the word before it, an abbreviation period before `)` or `,`
// (`D-Wis.)`) joins its word, quote tokens become marks. Tokens starting at or after
// `text_end` are left out.
void pieces_from_tokens(std::string_view text, const std::vector<Token>& tokens, bool wrapped,
                        std::size_t text_end, std::vector<Piece>& out);

// How a word reports speech.
enum class Cue : std::uint8_t {
  None,
  Finite,      // said, says, told, added, warned, wrote, ... (subject before, or inverted after)
  Participle,  // saying, telling, adding, ... (subject is the clause's subject)
  Reading,     // read, reads: only for written sources ("the letter read")
  According,   // according (to X)
};

// `word` is lower case. Tables are built once and immutable.
Cue cue_of(std::string_view word);
bool is_title(std::string_view word);       // president, mr., secretary, senator, ...
bool is_pronoun(std::string_view word);     // he, she, they, it, we, i
bool is_determiner(std::string_view word);  // the, a, an, his, its, one, ...
bool is_np_stop(std::string_view word);     // words that end a noun phrase: that, which, in, ...
bool is_skippable(std::string_view word);   // between subject and verb: also, has, later, ...
bool is_org_word(std::string_view word);    // ministry, department, agency, post, ...
bool is_connector(std::string_view word);   // inside names: of, for, de, van, al, bin, ...
bool is_sentence_opener(std::string_view word);  // capitalised only by position: The, But, In, ...
// A function word (data/stats/stopwords.txt and data/quotes/non-speakers.txt): never a speaker
// on its own (`the`, `its`, `one`, `please`).
bool is_function_word(std::string_view word);
// The head of a written source (data/quotes/document-words.txt): `report`, `statement`, ...
bool is_document_word(std::string_view word);
// `word` without a clitic (`i’m` -> `i`, `he's` -> `he`, `they’re` -> `they`), when what is left
// is a pronoun; else `word` unchanged.
std::string_view bare_pronoun(std::string_view word);
// Closed classes of data/quotes/word-classes.tsv (see there).
bool is_subordinator(std::string_view word);  // when, because, while: not an attribution after
bool is_setting_word(std::string_view word);  // in, on, during: a phrase after a reporting verb
bool is_noun_marker(std::string_view word);   // a, the, its: the reporting word after is a noun
bool is_be_form(std::string_view word);       // is, was, been: a reporting verb after is passive

}  // namespace newsmine::quotes
