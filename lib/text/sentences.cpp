// The sentence splitter: decides for each token whether a sentence starts there.
//
//  - A blank line (breaks_before == 2) always starts one.
//  - Within a line, a sentence ends after . ! ? … (and any closing quotes or brackets after
//    them) when the next token can start one: not a lowercase word, not , ; : ) % and the like.
//    After an abbreviation that keeps its period (U.S., Inc., J.), the next word must be a
//    common sentence starter (The, He, But; not And, To, Of) or a title; after a title (Mr.,
//    Dr., No.) never.
//  - At a single line break, the line is either the end of a paragraph (texts with one
//    paragraph per line, headings) or a wrap inside one (wire copy). A sentence starts when
//    the line ends one as above, when the next line is indented deeper, or after a full stop
//    even before a lowercase line. Otherwise the sentence goes on when the next line starts
//    lowercase, the line ends with a comma, hyphen, title or function word, the line is the
//    first of a paragraph in hard-wrapped text (usual width <= 100: often a dateline was cut
//    off), or the next word would not have fit on the line (a wrap; the usual width is the
//    document's 90th-percentile line length). Else the break was deliberate (a heading, one
//    paragraph per line) and a sentence starts.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "newsmine/text.hpp"
#include "text/abbreviations.hpp"
#include "text/chars.hpp"

namespace newsmine {
namespace {

using text::CharKind;

// Last bytes of tokens that may end a sentence: . ! ? closing brackets, straight quotes and
// the last byte of any non-ASCII character.
constexpr std::array<bool, 256> kMayEndSentence = [] {
  std::array<bool, 256> may_end{};
  for (const char c : std::string_view(".!?)]}\"'")) may_end[static_cast<unsigned char>(c)] = true;
  for (std::size_t b = 0x80; b < 256; ++b) may_end[b] = true;
  return may_end;
}();

// Documents whose usual line width is at most this are hard-wrapped (wire copy wraps at 60-80).
constexpr std::size_t kMaxWrapWidth = 100;

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens)
      : text_(text), tokens_(tokens) {}

  void run(std::vector<Sentence>& sentences) {
    if (tokens_.empty()) return;
    std::size_t begin = 0;
    line_start_ = line_start_before(0, tokens_[0].start);
    line_indent_ = tokens_[0].start - line_start_;
    const Token* const tokens = tokens_.data();
    const std::size_t count = tokens_.size();
    const char* const bytes = text_.data();
    for (std::size_t i = 1; i < count; ++i) {
      const Token& token = tokens[i];
      bool cut = false;
      if (token.breaks_before == 0) {
        // Fast exit: only . ! ? ) ] } quotes and non-ASCII marks (… ” 。) end a sentence.
        if (!kMayEndSentence[static_cast<unsigned char>(bytes[tokens[i - 1].end - 1])]) continue;
        cut = ends_inline(begin, i);
      } else {
        const std::size_t next_line_start = line_start_before(tokens_[i - 1].end, token.start);
        const std::size_t next_indent = token.start - next_line_start;
        cut = token.breaks_before >= 2 || ends_at_line_break(begin, i, next_indent);
        line_start_ = next_line_start;
        line_indent_ = next_indent;
        line_opens_paragraph_ = token.breaks_before >= 2;
      }
      if (cut) {
        push(begin, i, sentences);
        begin = i;
      }
    }
    push(begin, tokens_.size(), sentences);
  }

 private:
  void push(std::size_t begin, std::size_t end, std::vector<Sentence>& sentences) const {
    sentences.push_back({tokens_[begin].start, tokens_[end - 1].end,
                         static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
  }

  std::string_view token_text(std::size_t i) const {
    return text_.substr(tokens_[i].start, tokens_[i].end - tokens_[i].start);
  }

  // Offset just past the last '\n' in [from, to), or `from` when there is none.
  std::size_t line_start_before(std::size_t from, std::size_t to) const {
    const std::size_t newline = text_.substr(from, to - from).rfind('\n');
    return newline == std::string_view::npos ? from : from + newline + 1;
  }

  // . ! ? … ... and their full-width forms.
  bool is_terminal(std::size_t i) const {
    if (tokens_[i].cls != TokenClass::Punct) return false;
    const std::string_view punct = token_text(i);
    switch (punct[0]) {
      case '.':
      case '!':
      case '?':
        return true;
      default:
        break;
    }
    return punct == "\u2026" || punct == "\u3002" || punct == "\uFF01" || punct == "\uFF1F" ||
           punct == "\u203C" || punct == "\u2047" || punct == "\u2048" || punct == "\u2049";
  }

  bool is_closing(std::size_t i) const {
    if (tokens_[i].cls == TokenClass::CloseQuote) return true;
    if (tokens_[i].cls != TokenClass::Punct) return false;
    const char c = text_[tokens_[i].start];
    return c == ')' || c == ']' || c == '}';
  }

  // A word that kept its period: an abbreviation, initial or U.S.-style word.
  bool is_abbreviation_token(std::size_t i) const {
    return tokens_[i].cls == TokenClass::Word && token_text(i).size() > 1 &&
           token_text(i).back() == '.';
  }

  bool is_title_token(std::size_t i) const {
    std::string_view word = token_text(i);
    word.remove_suffix(1);
    return text::is_title_abbreviation(word) || word == "e.g" || word == "i.e";
  }

  // Whether token i can be the first of a sentence.
  bool can_start(std::size_t i) const {
    const Token& token = tokens_[i];
    switch (token.cls) {
      case TokenClass::Word:
      case TokenClass::Number:
        return !text::starts_lowercase(text_, token.start) && text_[token.start] != '\'' &&
               !(text_.substr(token.start, 3) == "\u2019");
      case TokenClass::CloseQuote:
        return false;
      case TokenClass::Punct: {
        const std::string_view punct = token_text(i);
        switch (punct[0]) {
          case '.':
          case ',':
          case ';':
          case ':':
          case '!':
          case '?':
          case ')':
          case ']':
          case '}':
          case '%':
            return false;
          default:
            return !is_terminal(i);
        }
      }
      default:
        return true;
    }
  }

  // After an abbreviation only a common sentence starter or an opening quote starts one.
  bool strongly_starts(std::size_t i) const {
    if (tokens_[i].cls == TokenClass::OpenQuote) return true;
    if (is_abbreviation_token(i) && is_title_token(i)) return true;  // "... Ltd. Mr. Smith"
    return tokens_[i].cls == TokenClass::Word && text::is_sentence_starter(token_text(i)) &&
           !text::is_joining_starter(token_text(i));
  }

  // Whether a sentence ends before token i (same line as token i - 1).
  bool ends_inline(std::size_t begin, std::size_t i) const {
    if (!kMayEndSentence[static_cast<unsigned char>(text_[tokens_[i - 1].end - 1])]) return false;
    std::size_t last = i - 1;
    while (last > begin && is_closing(last)) --last;
    if (is_terminal(last)) return can_start(i);
    if (is_abbreviation_token(last)) return !is_title_token(last) && strongly_starts(i);
    return false;
  }

  // Whether a sentence ends before token i, the first on a new line.
  bool ends_at_line_break(std::size_t begin, std::size_t i, std::size_t next_indent) {
    const Token& next = tokens_[i];
    if ((next.cls == TokenClass::Word || next.cls == TokenClass::Number) &&
        text::starts_lowercase(text_, next.start)) {
      // A lowercase line goes on the sentence, unless the line ended with a full stop
      // ("... the Air Force said.\nreuter").
      std::size_t last = i - 1;
      while (last > begin && is_closing(last)) --last;
      return tokens_[last].cls == TokenClass::Punct && token_text(last) == ".";
    }
    if (ends_inline(begin, i)) return true;
    const std::size_t last = i - 1;
    if (is_abbreviation_token(last) && is_title_token(last)) return false;
    if (next_indent > line_indent_) return true;
    switch (tokens_[last].cls) {
      case TokenClass::Dash:
      case TokenClass::OpenQuote:
        return false;
      case TokenClass::Punct:
        switch (text_[tokens_[last].start]) {
          case ',':
          case ';':
          case '-':
          case '(':
          case '[':
          case '/':
          case '&':
            return false;
          default:
            break;
        }
        break;
      case TokenClass::Word:
        if (text::is_function_word(token_text(last))) return false;
        break;
      default:
        break;
    }
    // In hard-wrapped text the first line of a paragraph often lost its start (a dateline):
    // it goes on into the next line.
    if (line_opens_paragraph_ && line_width() <= kMaxWrapWidth) return false;
    // Would the next word have fit on this line? Then the break was deliberate.
    std::size_t word_end = i;
    while (word_end + 1 < tokens_.size() && tokens_[word_end + 1].start == tokens_[word_end].end)
      ++word_end;
    const std::size_t word_length = tokens_[word_end].end - next.start;
    const std::size_t line_length = tokens_[last].end - line_start_;
    return line_length + 1 + word_length <= line_width();
  }

  // The document's usual line width: the 90th percentile of its non-empty line lengths in
  // bytes, computed on first use.
  std::size_t line_width() {
    if (line_width_ != 0) return line_width_;
    // Lengths from kLongLine up share one bucket: such a document is not hard-wrapped and its
    // width counts as unlimited.
    constexpr std::size_t kLongLine = 255;
    std::array<std::uint32_t, kLongLine + 1> counts{};
    std::size_t lines = 0;
    std::size_t start = 0;
    while (start <= text_.size()) {
      std::size_t end = text_.find('\n', start);
      const std::size_t next = end == std::string_view::npos ? text_.size() + 1 : end + 1;
      if (end == std::string_view::npos) end = text_.size();
      while (end > start && (text_[end - 1] == '\r' || text_[end - 1] == ' ')) --end;
      if (end > start) {
        ++counts[std::min(end - start, kLongLine)];
        ++lines;
      }
      start = next;
    }
    const std::size_t wanted = (lines * 9 + 9) / 10;
    std::size_t seen = 0;
    line_width_ = SIZE_MAX;
    for (std::size_t length = 1; length < kLongLine; ++length) {
      seen += counts[length];
      if (seen >= wanted) {
        line_width_ = length;
        break;
      }
    }
    return line_width_;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  std::size_t line_start_ = 0;
  std::size_t line_indent_ = 0;
  std::size_t line_width_ = 0;
  bool line_opens_paragraph_ = true;  // the current line follows a blank line or starts the text
};

}  // namespace

void split_sentences(std::string_view text, const std::vector<Token>& tokens,
                     std::vector<Sentence>& sentences) {
  Splitter(text, tokens).run(sentences);
}

}  // namespace newsmine
