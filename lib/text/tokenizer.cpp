// Placeholder tokenizer: white-space split. Replaced by the real tokenizer.
#include "newsmine/text.hpp"

namespace newsmine {

std::string_view token_class_name(TokenClass cls) {
  switch (cls) {
    case TokenClass::Word:
      return "word";
    case TokenClass::Number:
      return "number";
    case TokenClass::Punct:
      return "punct";
    case TokenClass::OpenQuote:
      return "open_quote";
    case TokenClass::CloseQuote:
      return "close_quote";
    case TokenClass::Dash:
      return "dash";
    case TokenClass::Url:
      return "url";
    case TokenClass::Email:
      return "email";
  }
  return "word";
}

void tokenize(std::string_view text, std::vector<Token>& tokens) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < text.size() && !(text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    if (i > start) {
      tokens.push_back(
          {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i), TokenClass::Word, 0});
    }
  }
}

}  // namespace newsmine
