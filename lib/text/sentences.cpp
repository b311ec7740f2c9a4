// Placeholder sentence splitter: the whole text is one sentence. Replaced by the real one.
#include "newsmine/text.hpp"

namespace newsmine {

void split_sentences(std::string_view /*text*/, const std::vector<Token>& tokens,
                     std::vector<Sentence>& sentences) {
  if (tokens.empty()) return;
  sentences.push_back(
      {tokens.front().start, tokens.back().end, 0, static_cast<std::uint32_t>(tokens.size())});
}

}  // namespace newsmine
