// Entity annotator: tags the tokens of each sentence with the NER model (lib/extract/ner/),
// then applies FORMAT.md's entity guidelines (titles and possessive 's are not part of a name,
// a country is LOC even as a modifier) and links countries to ISO 3166-1 alpha-2 codes.
#include <deque>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "extract/ner/tagger.hpp"
#include "newsmine/countries.hpp"
#include "newsmine/extractors.hpp"

namespace newsmine {

namespace {

using ner::kTagCount;

constexpr EntityType kTypes[] = {EntityType::Person, EntityType::Org, EntityType::Loc,
                                 EntityType::Misc};

bool ascii_punct(char c) {
  switch (c) {
    case '(':
    case ')':
    case '[':
    case ']':
    case ',':
    case ';':
    case ':':
    case '"':
    case '!':
    case '?':
      return true;
    default:
      return false;
  }
}

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_alpha(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// A word whose final period belongs to it: "U.S.", "Mr.", "Inc.", "Jan.".
bool keeps_period(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') return false;
  std::string_view stem = word.substr(0, word.size() - 1);
  bool initials = stem.size() >= 1 && stem.size() % 2 == 1;
  for (std::size_t i = 0; initials && i < stem.size(); ++i) {
    initials = (i % 2 == 0) ? is_alpha(stem[i]) : stem[i] == '.';
  }
  if (initials) return true;
  if (stem.size() > 4 || !is_upper(stem.front())) return false;
  for (char c : stem.substr(1)) {
    if (!(c >= 'a' && c <= 'z')) return false;
  }
  return true;
}

// One token as the model sees it: a byte range of the text and its normalised form.
struct Piece {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string_view form;
};

// Cuts a token into model tokens, PTB-like: outer brackets and punctuation, final periods of
// non-abbreviations and a possessive 's or ' come off; curly quotes and apostrophes are read as
// straight ones.
void split_token(std::string_view text, const Token& token, std::deque<std::string>& storage,
                 std::vector<Piece>& pieces) {
  std::uint32_t start = token.start;
  std::uint32_t end = token.end;
  std::vector<Piece> tail;
  auto view = [&](std::uint32_t a, std::uint32_t b) { return text.substr(a, b - a); };
  if (token.cls == TokenClass::OpenQuote || token.cls == TokenClass::CloseQuote) {
    pieces.push_back({start, end, "\""});
    return;
  }
  if (token.cls == TokenClass::Dash) {
    pieces.push_back({start, end, "-"});
    return;
  }
  if (token.cls == TokenClass::Word || token.cls == TokenClass::Number) {
    while (end - start > 1 && ascii_punct(text[start])) {
      pieces.push_back({start, start + 1, view(start, start + 1)});
      ++start;
    }
    for (;;) {
      if (end - start > 1 && ascii_punct(text[end - 1])) {
        tail.push_back({end - 1, end, view(end - 1, end)});
        --end;
        continue;
      }
      if (end - start > 1 && text[end - 1] == '.' && !keeps_period(view(start, end))) {
        tail.push_back({end - 1, end, "."});
        --end;
        continue;
      }
      break;
    }
    std::string_view word = view(start, end);
    if (word.size() > 2 && (word.ends_with("'s") || word.ends_with("'S"))) {
      tail.push_back({end - 2, end, "'s"});
      end -= 2;
    } else if (word.size() > 4 && word.ends_with("\xE2\x80\x99s")) {
      tail.push_back({end - 4, end, "'s"});
      end -= 4;
    } else if (word.size() > 2 && word.ends_with("s'")) {
      tail.push_back({end - 1, end, "'"});
      end -= 1;
    }
  }
  std::string_view word = view(start, end);
  if (word.find("\xE2\x80\x99") != std::string_view::npos) {
    std::string& straight = storage.emplace_back();
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
        straight += '\'';
        i += 2;
      } else {
        straight += word[i];
      }
    }
    word = straight;
  }
  pieces.push_back({start, end, word});
  for (auto it = tail.rbegin(); it != tail.rend(); ++it) pieces.push_back(*it);
}

class EntityAnnotator : public Annotator {
 public:
  explicit EntityAnnotator(std::shared_ptr<const ner::Model> owned, const ner::Model& model)
      : owned_(std::move(owned)), model_(model.impl()) {}

  void annotate(const Document& doc, Analysis& analysis) const override {
    std::string_view text = doc.text;
    ner::History history;
    ner::Scratch scratch;
    std::deque<std::string> storage;
    std::vector<Piece> pieces;
    std::vector<std::string_view> words;
    std::vector<std::uint8_t> tags;
    auto tag_pieces = [&] {
      if (pieces.empty()) return;
      words.clear();
      for (const Piece& piece : pieces) words.push_back(piece.form);
      ner::tag_sentence(model_, words, history, scratch, tags);
      for (const ner::TagSpan& span : ner::tag_spans(tags)) {
        add_entity(text, pieces, scratch.info, span, analysis.entities);
      }
      pieces.clear();
      storage.clear();
    };
    for (const Sentence& sentence : analysis.sentences) {
      for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
        // A blank line ends a name even where the splitter saw no sentence end (headlines).
        if (analysis.tokens[t].breaks_before >= 2) tag_pieces();
        split_token(text, analysis.tokens[t], storage, pieces);
      }
      tag_pieces();
    }
  }

 private:
  void add_entity(std::string_view text, const std::vector<Piece>& pieces,
                  const std::vector<ner::TokenInfo>& info, const ner::TagSpan& span,
                  std::vector<Entity>& entities) const {
    std::uint32_t first = span.first;
    std::uint32_t last = span.last;
    int type = span.type;
    // Titles are not part of a name: "President Donald Trump" -> "Donald Trump".
    if (type == 0) {
      while (last - first > 1 && info[first].title) ++first;
    }
    // Punctuation at the edges is not part of a name.
    while (last > first && !info[first].has_letter && !is_digit_piece(pieces[first])) ++first;
    while (last > first && !info[last - 1].has_letter && !is_digit_piece(pieces[last - 1])) --last;
    if (last == first) return;
    Entity entity;
    entity.span = {pieces[first].start, pieces[last - 1].end};
    std::string_view name = text.substr(entity.span.start, entity.span.end - entity.span.start);
    if (auto country = find_country(name)) {
      bool is_country =
          country->form == CountryForm::Country || country->form == CountryForm::Alias;
      if (is_country && type != 0) type = 2;  // "U.S." is LOC, also as a modifier
      if (country->form == CountryForm::Demonym && type == 2) type = 3;  // nationalities: MISC
      if (is_country && type == 2) entity.link = std::string(country->code);
    }
    entity.type = kTypes[type];
    entities.push_back(std::move(entity));
  }

  static bool is_digit_piece(const Piece& piece) {
    return !piece.form.empty() && piece.form.front() >= '0' && piece.form.front() <= '9';
  }

  std::shared_ptr<const ner::Model> owned_;
  const ner::Model::Impl& model_;
};

}  // namespace

std::shared_ptr<const Annotator> make_entity_annotator(const std::string& model_path) {
  if (model_path.empty()) {
    return std::make_shared<EntityAnnotator>(nullptr, ner::Model::builtin());
  }
  std::ifstream in(model_path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read NER model " + model_path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  auto model = std::make_shared<const ner::Model>(ner::Model::from_bytes(bytes.str()));
  const ner::Model& ref = *model;
  return std::make_shared<EntityAnnotator>(std::move(model), ref);
}

}  // namespace newsmine
