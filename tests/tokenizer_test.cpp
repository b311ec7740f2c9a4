// Tokenizer: one table-driven case per rule, and properties over random bytes and UTF-8.
#include <gtest/gtest.h>

#include <cstdint>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsmine/text.hpp"
#include "text/utf8.hpp"

namespace newsmine {
namespace {

using Piece = std::pair<std::string, TokenClass>;
constexpr TokenClass W = TokenClass::Word;
constexpr TokenClass N = TokenClass::Number;
constexpr TokenClass P = TokenClass::Punct;
constexpr TokenClass OQ = TokenClass::OpenQuote;
constexpr TokenClass CQ = TokenClass::CloseQuote;
constexpr TokenClass D = TokenClass::Dash;

std::vector<Piece> pieces(std::string_view text) {
  std::vector<Token> tokens;
  tokenize(text, tokens);
  std::vector<Piece> out;
  for (const Token& token : tokens) {
    out.emplace_back(std::string(text.substr(token.start, token.end - token.start)), token.cls);
  }
  return out;
}

struct Case {
  const char* name;
  std::string text;
  std::vector<Piece> expected;
};

// Names the case in test output instead of dumping its bytes.
void PrintTo(const Case& c, std::ostream* os) {
  *os << c.name;
}

class TokenizerCase : public ::testing::TestWithParam<Case> {};

TEST_P(TokenizerCase, TokensAndClasses) {
  const Case& c = GetParam();
  EXPECT_EQ(pieces(c.text), c.expected) << c.text;
}

const std::vector<Case> kCases = {
    {"US", "the U.S. said", {{"the", W}, {"U.S.", W}, {"said", W}}},
    {"USA", "U.S.A. and", {{"U.S.A.", W}, {"and", W}}},
    {"Mr", "Mr. Xi", {{"Mr.", W}, {"Xi", W}}},
    {"Dr", "Dr. Jones", {{"Dr.", W}, {"Jones", W}}},
    {"Jan", "on Jan. 5", {{"on", W}, {"Jan.", W}, {"5", N}}},
    {"Decimal", "rose 7.21 points", {{"rose", W}, {"7.21", N}, {"points", W}}},
    {"Percent", "145%", {{"145", N}, {"%", P}}},
    {"Thousands", "1,000 and 2,500,000", {{"1,000", N}, {"and", W}, {"2,500,000", N}}},
    {"NotThousands", "1,00", {{"1", N}, {",", P}, {"00", N}}},
    {"Currency", "$50bn", {{"$", P}, {"50", N}, {"bn", W}}},
    {"PerCent", "145 per cent", {{"145", N}, {"per", W}, {"cent", W}}},
    {"CurlyPossessive", "Xi\u2019s visit", {{"Xi", W}, {"\u2019s", W}, {"visit", W}}},
    {"StraightPossessive", "Xi's visit", {{"Xi", W}, {"'s", W}, {"visit", W}}},
    {"Contraction", "don\u2019t and don't", {{"don\u2019t", W}, {"and", W}, {"don't", W}}},
    {"InnerHyphen", "anti-China", {{"anti-China", W}}},
    {"EmDash", "table\u2014without", {{"table", W}, {"\u2014", D}, {"without", W}}},
    {"EnDash", "2019\u20132020", {{"2019", N}, {"\u2013", D}, {"2020", N}}},
    {"DoubleHyphen", "so--then", {{"so", W}, {"--", D}, {"then", W}}},
    {"SpacedHyphen", "one - two", {{"one", W}, {"-", D}, {"two", W}}},
    {"InnerPeriod", "Caliber.Az reports", {{"Caliber.Az", W}, {"reports", W}}},
    {"QuotedEllipsis", "\"\u2026\"", {{"\"", OQ}, {"\u2026", P}, {"\"", CQ}}},
    {"CurlyDouble",
     "\u201cYes,\u201d he",
     {{"\u201c", OQ}, {"Yes", W}, {",", P}, {"\u201d", CQ}, {"he", W}}},
    {"CurlySingle", "\u2018Yes\u2019 he", {{"\u2018", OQ}, {"Yes", W}, {"\u2019", CQ}, {"he", W}}},
    {"StraightDouble",
     "said \"No.\" Then",
     {{"said", W}, {"\"", OQ}, {"No", W}, {".", P}, {"\"", CQ}, {"Then", W}}},
    {"StraightSingle", "a 'big' deal", {{"a", W}, {"'", OQ}, {"big", W}, {"'", CQ}, {"deal", W}}},
    {"StraightDoubleAfterComma",
     "\"Go,\" she said",
     {{"\"", OQ}, {"Go", W}, {",", P}, {"\"", CQ}, {"she", W}, {"said", W}}},
    {"TwoApostrophesQuote",
     "''Yes,'' he",
     {{"''", OQ}, {"Yes", W}, {",", P}, {"''", CQ}, {"he", W}}},
    {"MisdirectedCurly",
     "\u201cFalse.\u201c Then",
     {{"\u201c", OQ}, {"False", W}, {".", P}, {"\u201c", CQ}, {"Then", W}}},
    {"Guillemets", "\u00abNon\u00bb", {{"\u00ab", OQ}, {"Non", W}, {"\u00bb", CQ}}},
    {"Decade", "the \u201990s and '80s", {{"the", W}, {"\u201990s", W}, {"and", W}, {"'80s", W}}},
    {"PluralPossessive",
     "the countries\u2019 leaders",
     {{"the", W}, {"countries", W}, {"\u2019", W}, {"leaders", W}}},
    {"NoBreakSpace", "100\u00a0km", {{"100", N}, {"km", W}}},
    {"UnicodeSpaces",
     "a\u2009b\u202fc\u3000d\u200be",
     {{"a", W}, {"b", W}, {"c", W}, {"d", W}, {"e", W}}},
    {"Url",
     "see https://www.reuters.com/world/a-b?x=1.",
     {{"see", W}, {"https://www.reuters.com/world/a-b?x=1", TokenClass::Url}, {".", P}}},
    {"Www", "(www.example.org)", {{"(", P}, {"www.example.org", TokenClass::Url}, {")", P}}},
    {"Email",
     "write to press@mofcom.gov.cn.",
     {{"write", W}, {"to", W}, {"press@mofcom.gov.cn", TokenClass::Email}, {".", P}}},
    {"NotEmail", "@user", {{"@", P}, {"user", W}}},
    {"FinalPeriod", "the end.", {{"the", W}, {"end", W}, {".", P}}},
    {"Initial", "J. Smith", {{"J.", W}, {"Smith", W}}},
    {"InitialAtEnd", "Plan B.", {{"Plan", W}, {"B", W}, {".", P}}},
    {"PronounI",
     "do I. Then I. M. Pei",
     {{"do", W}, {"I", W}, {".", P}, {"Then", W}, {"I.", W}, {"M.", W}, {"Pei", W}}},
    {"AbbreviationAtEnd", "in the U.S.", {{"in", W}, {"the", W}, {"U.S.", W}}},
    {"AbbreviationHyphen", "U.S.-China talks", {{"U.S.-China", W}, {"talks", W}}},
    {"NumberAbbreviation",
     "No. 1 but no. Yes",
     {{"No.", W}, {"1", N}, {"but", W}, {"no", W}, {".", P}, {"Yes", W}}},
    {"Ellipsis", "wait... what", {{"wait", W}, {"...", P}, {"what", W}}},
    {"Ordinal", "21st and 1980s", {{"21st", W}, {"and", W}, {"1980s", W}}},
    {"OrdinalHyphen", "21st-century 1980s-era", {{"21st-century", W}, {"1980s-era", W}}},
    {"Time", "at 10:30", {{"at", W}, {"10:30", N}}},
    {"Ampersand", "AT&T and S&P", {{"AT&T", W}, {"and", W}, {"S&P", W}}},
    {"Accents", "Zürich café", {{"Zürich", W}, {"café", W}}},
    {"Combining", "cafe\u0301", {{"cafe\u0301", W}}},
    {"Cjk", "\u4e2d\u56fd\u3002", {{"\u4e2d\u56fd", W}, {"\u3002", P}}},
    {"InvalidByteIsGap",
     "ab\xff"
     "cd",
     {{"ab", W}, {"cd", W}}},
    {"TruncatedSequence", "ab\xe2\x80", {{"ab", W}}},
    {"LetterDigit", "COVID-19 and G7", {{"COVID-19", W}, {"and", W}, {"G7", W}}},
    {"NumberHyphen", "2009-10", {{"2009", N}, {"-", P}, {"10", N}}},
    {"Brackets", "(Reuters)", {{"(", P}, {"Reuters", W}, {")", P}}},
};

INSTANTIATE_TEST_SUITE_P(Rules, TokenizerCase, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& param_info) {
                           return std::string(param_info.param.name);
                         });

TEST(Tokenizer, BreaksBefore) {
  const std::string text = "a b\nc\r\nd\n \n\ne\rf";
  std::vector<Token> tokens;
  tokenize(text, tokens);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[0].breaks_before, 0);
  EXPECT_EQ(tokens[1].breaks_before, 0);
  EXPECT_EQ(tokens[2].breaks_before, 1);
  EXPECT_EQ(tokens[3].breaks_before, 1);  // \r\n is one break
  EXPECT_EQ(tokens[4].breaks_before, 2);  // capped at 2
  EXPECT_EQ(tokens[5].breaks_before, 1);  // a lone \r
}

TEST(Tokenizer, PlainWordsAreAsciiLettersAndDigits) {
  std::vector<Token> tokens;
  tokenize("Tariffs rose in G7 nations", tokens);
  ASSERT_EQ(tokens.size(), 5u);
  for (const Token& token : tokens) EXPECT_TRUE(token.plain) << token.start;
  tokens.clear();
  const std::string mixed = "U.S. anti-China caf\xC3\xA9 2025 x's";
  tokenize(mixed, tokens);
  ASSERT_FALSE(tokens.empty());
  for (const Token& token : tokens) EXPECT_FALSE(token.plain) << token.start;
}

TEST(Tokenizer, ClassNames) {
  EXPECT_EQ(token_class_name(TokenClass::Word), "word");
  EXPECT_EQ(token_class_name(TokenClass::OpenQuote), "open_quote");
  EXPECT_EQ(token_class_name(TokenClass::CloseQuote), "close_quote");
  EXPECT_EQ(token_class_name(TokenClass::Email), "email");
}

// Found by fuzzing (percent_fuzz): ".5th-" followed by a letter made the tokenizer loop forever
// (a hyphenated ordinal word was started at the '.', where no word begins).
TEST(Tokenizer, DecimalWithOrdinalSuffixBeforeAHyphenEnds) {
  EXPECT_EQ(pieces("x .5nd-n"), (std::vector<Piece>{{"x", W}, {".5nd", W}, {"-", P}, {"n", W}}));
  EXPECT_EQ(pieces(".5th-century"), (std::vector<Piece>{{".5th", W}, {"-", P}, {"century", W}}));
  EXPECT_EQ(pieces("21st-century"), (std::vector<Piece>{{"21st-century", W}}));
}

TEST(Tokenizer, AppendsToExistingTokens) {
  std::vector<Token> tokens;
  tokenize("one two", tokens);
  tokenize("three", tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[2].start, 0u);
  EXPECT_EQ(tokens[2].end, 5u);
}

// --- Properties ----------------------------------------------------------------------------

// Char boundaries of `text`: an invalid byte is a character of its own.
std::vector<bool> char_boundaries(std::string_view text) {
  std::vector<bool> boundary(text.size() + 1, false);
  std::size_t i = 0;
  while (i < text.size()) {
    boundary[i] = true;
    const std::size_t length = utf8_sequence_length(text, i);
    i += length == 0 ? 1 : length;
  }
  boundary[text.size()] = true;
  return boundary;
}

// White space allowed in gaps: ASCII controls and space, C1 controls, Unicode spaces,
// zero-width and bidi format characters.
bool is_gap_code_point(char32_t cp) {
  return cp <= 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0x1680 || cp == 0x180E ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 ||
         cp == 0xFEFF;
}

void check_properties(const std::string& text) {
  std::vector<Token> tokens;
  tokenize(text, tokens);
  std::vector<Sentence> sentences;
  split_sentences(text, tokens, sentences);
  const std::vector<bool> boundary = char_boundaries(text);

  std::string rebuilt;
  std::size_t previous_end = 0;
  for (const Token& token : tokens) {
    ASSERT_LT(token.start, token.end) << text;
    ASSERT_LE(previous_end, token.start) << text;
    ASSERT_LE(token.end, text.size()) << text;
    ASSERT_TRUE(boundary[token.start] && boundary[token.end]) << text;
    ASSERT_LE(token.breaks_before, 2);
    // Tokens hold no ASCII white space or control character (writers rely on it).
    for (std::size_t k = token.start; k < token.end; ++k) {
      ASSERT_GE(static_cast<unsigned char>(text[k]), 0x20) << text;
      ASSERT_NE(text[k], ' ') << text;
    }
    // The gap: white space or invalid bytes only.
    std::size_t k = previous_end;
    while (k < token.start) {
      const std::size_t length = utf8_sequence_length(text, k);
      if (length != 0) {
        ASSERT_TRUE(is_gap_code_point(utf8_decode(text, k, length))) << text << " at " << k;
      }
      k += length == 0 ? 1 : length;
    }
    ASSERT_EQ(k, token.start) << text;
    rebuilt.append(text, previous_end, token.start - previous_end);
    rebuilt.append(text, token.start, token.end - token.start);
    previous_end = token.end;
  }
  for (std::size_t k = previous_end; k < text.size();) {
    const std::size_t length = utf8_sequence_length(text, k);
    if (length != 0) {
      ASSERT_TRUE(is_gap_code_point(utf8_decode(text, k, length))) << text;
    }
    k += length == 0 ? 1 : length;
  }
  rebuilt.append(text, previous_end);
  ASSERT_EQ(rebuilt, text);

  // Sentences cover all tokens, in order.
  if (tokens.empty()) {
    ASSERT_TRUE(sentences.empty());
    return;
  }
  ASSERT_FALSE(sentences.empty());
  std::uint32_t next = 0;
  for (const Sentence& sentence : sentences) {
    ASSERT_EQ(sentence.first_token, next);
    ASSERT_LT(sentence.first_token, sentence.end_token);
    ASSERT_EQ(sentence.start, tokens[sentence.first_token].start);
    ASSERT_EQ(sentence.end, tokens[sentence.end_token - 1].end);
    next = sentence.end_token;
  }
  ASSERT_EQ(next, tokens.size());
}

TEST(TokenizerProperty, RandomBytes) {
  std::mt19937 rng(12345);
  // Mostly news-like bytes so the rules fire, plus any byte at all.
  const std::string alphabet = "aZs.'\"-,:@/%$& \n\r\t0159wh";
  for (int iteration = 0; iteration < 3000; ++iteration) {
    const std::size_t length = rng() % 64;
    std::string text;
    for (std::size_t i = 0; i < length; ++i) {
      if (rng() % 3 == 0) {
        text.push_back(static_cast<char>(rng() % 256));
      } else {
        text.push_back(alphabet[rng() % alphabet.size()]);
      }
    }
    check_properties(text);
  }
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

TEST(TokenizerProperty, RandomUtf8) {
  std::mt19937 rng(67890);
  const std::vector<char32_t> interesting = {
      'a',    'S',    's',    '.',    '\'',   '"',    '-',    ',',     '@',      '/',    ' ',
      '\n',   '1',    '%',    ':',    '(',    ')',    0xA0,   0xAB,    0xBB,     0xE9,   0x301,
      0x2009, 0x200B, 0x200D, 0x2014, 0x2013, 0x2018, 0x2019, 0x201C,  0x201D,   0x2026, 0x2028,
      0x2029, 0x3000, 0x3002, 0x4E2D, 0xFE0F, 0xFEFF, 0xFFFD, 0x1F600, 0x10FFFF, 0x85};
  for (int iteration = 0; iteration < 3000; ++iteration) {
    const std::size_t length = rng() % 48;
    std::string text;
    for (std::size_t i = 0; i < length; ++i) {
      char32_t cp = 0;
      if (rng() % 2 == 0) {
        cp = interesting[rng() % interesting.size()];
      } else {
        do {
          cp = static_cast<char32_t>(rng() % 0x110000);
        } while (cp >= 0xD800 && cp <= 0xDFFF);
      }
      append_utf8(text, cp);
    }
    ASSERT_EQ(utf8_first_invalid(text), text.size());
    check_properties(text);
  }
}

}  // namespace
}  // namespace newsmine
