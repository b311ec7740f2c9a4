// Entity annotator: tags the tokens of each sentence with the NER model
// (lib/extract/entities/ner/), then applies FORMAT.md's entity guidelines (titles and possessive 's
// are not part of a name, a country is LOC even as a modifier) and links countries to ISO 3166-1
// alpha-2 codes.
#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "extract/entities/ner/lists.hpp"
#include "extract/entities/ner/tagger.hpp"
#include "extract/money/money.hpp"
#include "newsmine/countries.hpp"
#include "newsmine/extractors.hpp"
#include "text/abbreviations.hpp"
#include "text/ascii.hpp"
#include "util/hash.hpp"

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

using text::is_alnum;
using text::is_alpha;
using text::is_upper;

// Whether `word` has a hyphen (bit 0) and a curly quote's first byte (bit 1); 4 or 8 bytes
// at a time (the loads overlap instead of reading past the word).
unsigned hyphen_and_quote(std::string_view word) {
  auto marks = [](auto chunk) {
    using Chunk = decltype(chunk);
    constexpr auto kOnes = static_cast<Chunk>(0x0101010101010101ULL);
    auto has = [chunk](unsigned char byte) {
      Chunk x = chunk ^ static_cast<Chunk>(kOnes * byte);
      return ((x - kOnes) & ~x & static_cast<Chunk>(kOnes * 0x80)) != 0;
    };
    return (has('-') ? 1U : 0U) | (has(0xE2) ? 2U : 0U);
  };
  auto load = [&word]<typename Chunk>(Chunk chunk, std::size_t at) {
    std::memcpy(&chunk, word.data() + at, sizeof chunk);
    return chunk;
  };
  std::size_t n = word.size();
  unsigned found = 0;
  if (n < 4) {
    // Bytes 0, n / 2 and n - 1 are all of them (no loop, no branch per byte).
    auto byte = [&word](std::size_t at) {
      return std::uint32_t{static_cast<unsigned char>(word[at])};
    };
    if (n > 0) found = marks(byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
  } else if (n < 8) {  // two overlapping halves, tested as one chunk
    found = marks(load(std::uint32_t{}, 0) | std::uint64_t{load(std::uint32_t{}, n - 4)} << 32);
  } else {
    for (std::size_t at = 0; at + 8 < n; at += 8) found |= marks(load(std::uint64_t{}, at));
    found |= marks(load(std::uint64_t{}, n - 8));
  }
  return found;
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

// Whether a lowercase part of a hyphenated word makes the word a compound: a prefix
// ("post-", "sub-", `after_capital` false), or after a capitalised part a word mostly written in
// lowercase ("-based", "-led"), not a syllable of a given name ("Jong-un", "Geun-hye").
bool lowercase_word(std::string_view part, bool after_capital) {
  if (!(part.front() >= 'a' && part.front() <= 'z')) return false;
  if (!after_capital) return true;
  const std::uint32_t bucket = ner::case_bucket(part, ner::resources());
  return bucket >= 1 && bucket <= 2;
}

// Splits "U.S.-China", "US-developed" and "Shanghai-based" into words and hyphens when a part
// is a country name or a lowercase word, so the names in them stand alone. "Coca-Cola",
// "Abdul-Karim" and "Kim Jong-un" stay whole. Returns false when it did not split.
bool split_hyphens(std::string_view text, std::uint32_t start, std::uint32_t end,
                   std::vector<Piece>& pieces) {
  std::string_view word = text.substr(start, end - start);
  if (word.find('-') == std::string_view::npos || word.front() == '-' || word.back() == '-') {
    return false;
  }
  bool split = false;
  bool any_capital = false;
  for (std::size_t at = 0; at <= word.size();) {
    std::size_t hyphen = std::min(word.find('-', at), word.size());
    std::string_view part = word.substr(at, hyphen - at);
    if (part.empty()) return false;
    if (lowercase_word(part, any_capital) || find_country(part)) split = true;
    if (is_upper(part.front())) any_capital = true;
    at = hyphen + 1;
  }
  if (!split || !any_capital) return false;
  for (std::uint32_t at = start; at <= end;) {
    auto hyphen =
        static_cast<std::uint32_t>(std::min<std::size_t>(text.substr(0, end).find('-', at), end));
    pieces.push_back({at, hyphen, text.substr(at, hyphen - at)});
    if (hyphen < end) pieces.push_back({hyphen, hyphen + 1, "-"});
    at = hyphen + 1;
  }
  return true;
}

// Cuts a token into model tokens, PTB-like: outer brackets and punctuation, final periods of
// non-abbreviations and a possessive 's or ' come off; curly quotes and apostrophes are read as
// straight ones. `tail`: scratch.
[[gnu::flatten]] void split_token(std::string_view text, const Token& token,
                                  std::deque<std::string>& storage, std::vector<Piece>& pieces,
                                  std::vector<Piece>& tail) {
  std::uint32_t start = token.start;
  std::uint32_t end = token.end;
  if (token.plain) {  // most words
    pieces.push_back({start, end, text.substr(start, end - start)});
    return;
  }
  tail.clear();  // the pieces cut off its end, last first
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
    // Most words: a letter or digit at both ends, no possessive, hyphen or curly quote.
    std::string_view whole = view(start, end);
    if (is_alnum(whole.front()) && is_alnum(whole.back()) &&
        !(whole.size() > 2 && whole[whole.size() - 2] == '\'') && hyphen_and_quote(whole) == 0) {
      pieces.push_back({start, end, whole});
      return;
    }
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
  // Most words have neither a hyphen nor a curly quote.
  unsigned marks = hyphen_and_quote(word);
  bool hyphen = (marks & 1) != 0;
  bool multibyte = (marks & 2) != 0;
  if (hyphen && split_hyphens(text, start, end, pieces)) {
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) pieces.push_back(*it);
    return;
  }
  if (multibyte && word.find("\xE2\x80\x99") != std::string_view::npos) {
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

// True for a word the case table says is nearly always written in lowercase ("reply", "the").
bool common_word(const ner::TokenInfo& token) {
  return token.case_bucket == 1;
}

// Page furniture on a line of its own, written in title case but naming nothing ("Read More",
// "Post Comment"): lowercase, sorted, without trailing punctuation.
constexpr std::array<std::string_view, 52> kBoilerplateLines = {"add comment",
                                                                "advertisement",
                                                                "all rights reserved",
                                                                "back to top",
                                                                "cancel reply",
                                                                "click here",
                                                                "click here to subscribe",
                                                                "comments",
                                                                "continue reading",
                                                                "cookie policy",
                                                                "email",
                                                                "follow us",
                                                                "leave a comment",
                                                                "leave a reply",
                                                                "load more",
                                                                "log in",
                                                                "login",
                                                                "most popular",
                                                                "most read",
                                                                "newsletter",
                                                                "next post",
                                                                "post a comment",
                                                                "post comment",
                                                                "previous post",
                                                                "print",
                                                                "privacy policy",
                                                                "read more",
                                                                "read the full story",
                                                                "recommended",
                                                                "register",
                                                                "related",
                                                                "related articles",
                                                                "related posts",
                                                                "related stories",
                                                                "see more",
                                                                "share",
                                                                "share on facebook",
                                                                "share on twitter",
                                                                "share this",
                                                                "share this article",
                                                                "show more",
                                                                "sign in",
                                                                "sign up",
                                                                "sign up for our newsletter",
                                                                "skip to content",
                                                                "sponsored",
                                                                "subscribe",
                                                                "subscribe now",
                                                                "terms of use",
                                                                "trending",
                                                                "view comments",
                                                                "you may also like"};
static_assert(std::is_sorted(kBoilerplateLines.begin(), kBoilerplateLines.end()));

// True when the line around byte `at` is page furniture (kBoilerplateLines).
bool on_boilerplate_line(std::string_view text, std::size_t at) {
  std::size_t begin = text.rfind('\n', at);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  std::size_t end = std::min(text.find('\n', at), text.size());
  std::string_view line = text.substr(begin, end - begin);
  auto is_trimmed = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == ':' || c == '.' || c == '!';
  };
  while (!line.empty() && is_trimmed(line.front())) line.remove_prefix(1);
  while (!line.empty() && is_trimmed(line.back())) line.remove_suffix(1);
  char lower[32];
  if (line.empty() || line.size() > sizeof lower) return false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    lower[i] = is_upper(line[i]) ? static_cast<char>(line[i] + 32) : line[i];
  }
  return std::binary_search(kBoilerplateLines.begin(), kBoilerplateLines.end(),
                            std::string_view(lower, line.size()));
}

// Seats of government that news uses for the institution ("the White House said"): ORG, as
// FORMAT.md's institutions, where CoNLL-2003 mostly has LOC.
bool is_seat_of_government(std::string_view name) {
  static constexpr std::array<std::string_view, 7> kSeats = {
      "Blue House",  "Downing Street", "Kremlin", "Pentagon",
      "White House", "Zhongnanhai",    "Élysée"};
  static_assert(std::is_sorted(kSeats.begin(), kSeats.end()));
  return std::binary_search(kSeats.begin(), kSeats.end(), name);
}

// Names the model cut in parts that together are a country's name ("United States" of
// "America", "Democratic People" 's "Republic" of "Korea") or a listed organisation ("World"
// "Economic Forum") become one LOC or ORG: spans next to each other or apart by at most two of
// "of", "'s", "the", "and", whose text from the first to the last is such a name.
void join_listed_names(const ner::NameLists& lists, std::string_view text,
                       const std::vector<Piece>& pieces, std::vector<ner::TagSpan>& spans) {
  constexpr int kOrg = 1;  // kTypes
  constexpr int kLoc = 2;
  auto connects = [&](std::uint32_t from, std::uint32_t to) {
    if (to - from > 2) return false;
    for (std::uint32_t k = from; k < to; ++k) {
      std::string_view form = pieces[k].form;
      if (form != "of" && form != "'s" && form != "the" && form != "and") return false;
    }
    return true;
  };
  std::size_t out = 0;
  for (std::size_t i = 0; i < spans.size(); ++out) {
    std::size_t joined = i;
    int type = kLoc;
    for (std::size_t j = i + 1; j < spans.size() && j < i + 4; ++j) {
      if (!connects(spans[j - 1].last, spans[j].first)) break;
      std::uint32_t start = pieces[spans[i].first].start;
      std::string_view name = text.substr(start, pieces[spans[j].last - 1].end - start);
      auto country = find_country(name);
      if (country &&
          (country->form == CountryForm::Country || country->form == CountryForm::Alias)) {
        joined = j;
        type = kLoc;
      } else if (lists.organisation(name)) {
        joined = j;
        type = kOrg;
      }
    }
    spans[out] = spans[i];
    if (joined != i) spans[out] = {spans[i].first, spans[joined].last, type};
    i = joined + 1;
  }
  spans.resize(out);
}

bool is_connector(std::string_view form) {
  return form == "of" || form == "for" || form == "on";
}

// A country or nationality ("US", "Chinese"): an organisation's head word after it ("US
// Congress") starts a name of its own, as the gold sets have it.
bool country_or_demonym(std::string_view text, const std::vector<Piece>& pieces,
                        const ner::TagSpan& span) {
  std::uint32_t start = pieces[span.first].start;
  return find_country(text.substr(start, pieces[span.last - 1].end - start)).has_value();
}

// Whether span `a` and the span `b` after it are one word joined by a hyphen ("US-Mexico").
bool hyphen_joined(const std::vector<Piece>& pieces, const ner::TagSpan& a, const ner::TagSpan& b) {
  if (b.first != a.last + 1 || pieces[a.last].form != "-") return false;
  return pieces[a.last].start == pieces[a.last - 1].end &&
         pieces[b.first].start == pieces[a.last].end;
}

// "Office" [of the] "US Trade Representative": a name ending in an organisation's or a law's
// head word takes "of"/"for"/"on" (and "the") and the `next` name; the connectors may be
// inside either span. Returns whether `span` grew.
template <typename Role>
bool join_over_connectors(const std::vector<Piece>& pieces, const std::vector<ner::TokenInfo>& info,
                          const ner::TagSpan& next, ner::TagSpan& span, const Role& role) {
  std::uint32_t k = span.last;
  while (k > span.first + 1 && (is_connector(pieces[k - 1].form) || pieces[k - 1].form == "the")) {
    --k;
  }
  ner::NameRole head = role(k - 1);
  if (head != ner::NameRole::Org && head != ner::NameRole::Misc) return false;
  int connectors = 0;
  bool linked = false;
  while (k < next.last && connectors < 3 &&
         (is_connector(pieces[k].form) || (linked && pieces[k].form == "the"))) {
    linked = linked || is_connector(pieces[k].form);
    ++connectors;
    ++k;
  }
  if (!linked || k >= next.last || k < next.first || !info[k].capitalized) return false;
  span = {span.first, next.last, head == ner::NameRole::Misc ? 3 : 1};
  return true;
}

// Names the model cut short or in parts (docs/ner.md, "Rules"): a company suffix joins the
// name before it ("Marriott" + "Corp", "Beck and Co"); a capitalised head word right after a
// name makes it an organisation or a law, agreement or day ("George Mason" + "University",
// "Liberation" + "Day"); a name ending in such a head takes "of"/"for"/"on" (and "the") and the
// name after it ("Office" of the "US Trade Representative").
[[gnu::noinline]] void extend_names(const ner::NameLists& lists, std::string_view text,
                                    const std::vector<Piece>& pieces,
                                    const std::vector<ner::TokenInfo>& info,
                                    std::vector<ner::TagSpan>& spans) {
  constexpr int kOrg = 1;
  constexpr int kMisc = 3;
  auto role = [&](std::uint32_t k) {
    // Every word with a role starts with a capital letter: most pieces need no look-up.
    return k < pieces.size() && is_upper(pieces[k].form.front()) ? lists.role(pieces[k].form)
                                                                 : ner::NameRole::None;
  };
  auto head_type = [](ner::NameRole r) { return r == ner::NameRole::Misc ? kMisc : kOrg; };
  auto is_head = [](ner::NameRole r) {
    return r == ner::NameRole::Org || r == ner::NameRole::Misc;
  };
  std::size_t out = 0;
  for (std::size_t i = 0; i < spans.size(); ++out) {
    ner::TagSpan span = spans[i++];
    if (span.last - span.first > 1 && role(span.last - 1) == ner::NameRole::Misc &&
        info[span.last - 1].capitalized) {
      // "Japan Treaty", "Liberation Day": a law's or day's name is MISC.
      span.type = kMisc;
      while (out > 0 && hyphen_joined(pieces, spans[out - 1], span))
        span.first = spans[--out].first;
    }
    for (bool grew = true; grew;) {
      grew = false;
      std::uint32_t next = span.last;
      if (next >= pieces.size()) break;
      // The next span, when it starts right here and is one piece.
      bool single_next = i < spans.size() && spans[i].first == next && spans[i].last == next + 1;
      bool free_next = i >= spans.size() || spans[i].first > next;
      ner::NameRole r = role(next);
      std::string_view form = pieces[next].form;
      if (r == ner::NameRole::Suffix && (free_next || single_next)) {
        span = {span.first, next + 1, kOrg};
        grew = true;
      } else if ((form == "'s" || form == "and" || form == "&") &&
                 role(next + 1) == ner::NameRole::Suffix &&
                 (i >= spans.size() || spans[i].first > next + 1 ||
                  (spans[i].first == next + 1 && spans[i].last == next + 2))) {
        span = {span.first, next + 2, kOrg};  // "Standard and Poor's Corp", "Beck and Co"
        grew = true;
      } else if (is_head(r) && info[next].capitalized && (free_next || single_next) &&
                 !country_or_demonym(text, pieces, span)) {
        span = {span.first, next + 1, head_type(r)};
        grew = true;
      } else if (r == ner::NameRole::Misc && info[next].capitalized && (free_next || single_next) &&
                 out > 0 && hyphen_joined(pieces, spans[out - 1], span)) {
        // "US-Mexico-Canada Agreement": names joined by hyphens before a law's head word.
        while (out > 0 && hyphen_joined(pieces, spans[out - 1], span))
          span.first = spans[--out].first;
        span = {span.first, next + 1, head_type(r)};
        grew = true;
      } else if (i < spans.size()) {
        grew = join_over_connectors(pieces, info, spans[i], span, role);
      }
      if (grew) {
        while (i < spans.size() && spans[i].first < span.last) ++i;
      }
    }
    spans[out] = span;
  }
  spans.resize(out);
}

// A set of words of one document: sorted by hash, so that a look-up of a word that is not in
// it, the common case, compares no strings.
class WordSet {
 public:
  void clear() { words_.clear(); }
  void add(std::string_view word) { words_.emplace_back(util::hash_string(word), word); }
  // After the last add().
  void seal() {
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  }
  bool empty() const { return words_.empty(); }
  bool contains(std::string_view word) const {
    const std::uint64_t hash = util::hash_string(word);
    auto it =
        std::lower_bound(words_.begin(), words_.end(), hash,
                         [](const auto& item, std::uint64_t key) { return item.first < key; });
    for (; it != words_.end() && it->first == hash; ++it) {
      if (it->second == word) return true;
    }
    return false;
  }

 private:
  std::vector<std::pair<std::uint64_t, std::string_view>> words_;
};

// What annotating one document needs, kept from one document to the next so that a worker
// does not allocate them anew for each (the word memo alone is 5 MB).
struct Buffers : AnnotatorScratch {
  ner::Scratch scratch;
  ner::History history;
  std::deque<std::string> storage;  // straightened forms of the pieces of a sentence
  std::vector<Piece> pieces;
  std::vector<Piece> tail;  // split_token
  std::vector<std::string_view> words;
  std::vector<std::uint8_t> tags;
  std::vector<ner::TagSpan> spans;  // of the sentence
  std::vector<Piece> capitalized;   // capitalised pieces outside entities, for consistency
  struct Mention {
    std::uint64_t hash;  // of the name, so that sorting compares few strings
    std::string_view name;
    std::size_t entity;
  };
  std::vector<Mention> names;
  WordSet person_words;                     // words of multi-word person names
  std::vector<std::string_view> companies;  // apply_document_rules
  WordSet persons;                          // ... one-word person names
};

class EntityAnnotator : public ScratchAnnotator<Buffers> {
 public:
  explicit EntityAnnotator(std::shared_ptr<const ner::Model> owned, const ner::Model& model)
      : owned_(std::move(owned)), model_(model.impl()), lists_(ner::NameLists::builtin()) {}

 private:
  // Buffers outlive a document: each worker keeps its own (its scratch).
  void run(const Document& doc, Analysis& analysis, Buffers& buffers) const override {
    std::string_view text = doc.text;
    ner::Scratch& scratch = buffers.scratch;
    ner::History& history = buffers.history;
    std::deque<std::string>& storage = buffers.storage;
    std::vector<Piece>& pieces = buffers.pieces;
    std::vector<std::string_view>& words = buffers.words;
    std::vector<std::uint8_t>& tags = buffers.tags;
    std::vector<Piece>& capitalized = buffers.capitalized;
    history.clear();
    storage.clear();
    pieces.clear();
    capitalized.clear();
    std::size_t first_entity = analysis.entities.size();
    auto tag_pieces = [&] {
      if (pieces.empty()) return;
      words.clear();
      for (const Piece& piece : pieces) words.push_back(piece.form);
      ner::tag_sentence(model_, words, history, scratch, tags);
      bool headline = title_case(scratch.info);
      for (std::size_t i = 1; i < tags.size() && !headline; ++i) {
        if (tags[i] == 0 && scratch.info[i].capitalized) capitalized.push_back(pieces[i]);
      }
      std::vector<ner::TagSpan>& spans = buffers.spans;
      ner::tag_spans(tags, spans);
      join_listed_names(lists_, text, pieces, spans);
      extend_names(lists_, text, pieces, scratch.info, spans);
      for (const ner::TagSpan& span : spans) {
        add_entity(text, pieces, scratch.info, span, headline, analysis.entities);
      }
      pieces.clear();
      storage.clear();
    };
    for (const Sentence& sentence : analysis.sentences) {
      for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
        // A blank line ends a name even where the splitter saw no sentence end (headlines).
        if (analysis.tokens[t].breaks_before >= 2) tag_pieces();
        split_token(text, analysis.tokens[t], storage, pieces, buffers.tail);
      }
      tag_pieces();
    }
    make_consistent(text, first_entity, buffers, analysis.entities);
  }

  // Most words with letters capitalised: a headline or a title-case boilerplate line.
  static bool title_case(const std::vector<ner::TokenInfo>& info) {
    int letters = 0;
    int capitals = 0;
    for (const ner::TokenInfo& token : info) {  // no branch per token
      letters += token.has_letter;
      capitals += token.has_letter & (token.capitalized | token.all_caps);
    }
    return letters >= 2 && capitals * 10 >= letters * 7;
  }

  void add_entity(std::string_view text, const std::vector<Piece>& pieces,
                  const std::vector<ner::TokenInfo>& info, const ner::TagSpan& span, bool headline,
                  std::vector<Entity>& entities) const {
    std::uint32_t first = span.first;
    std::uint32_t last = span.last;
    int type = span.type;
    // Titles are not part of a name: "President Donald Trump" -> "Donald Trump".
    if (type == 0) {
      while (last - first > 1 && info[first].title) ++first;
    }
    // Punctuation at the edges is not part of a name, nor is a lowercase function word at its
    // end ("Asia Society Policy Institute in").
    while (last > first && !info[first].has_letter && !is_digit_piece(pieces[first])) ++first;
    while (last > first && ((!info[last - 1].has_letter && !is_digit_piece(pieces[last - 1])) ||
                            text::is_function_word(pieces[last - 1].form))) {
      --last;
    }
    if (last == first) return;
    // Common words capitalised by a headline or boilerplate line ("Leave a Reply", "Post
    // Comment") or at the start of a sentence ("Meanwhile") are not names.
    bool all_common = true;
    for (std::uint32_t k = first; k < last && all_common; ++k) {
      all_common = info[k].has_letter && common_word(info[k]) && !in_gazetteer(info[k]);
    }
    if (all_common && (headline || last - first == 1)) return;
    // In a title-case line, a name made only of words written mostly in lowercase elsewhere
    // ("Imposes Tariffs", "Reciprocal Tariffs") is the headline's capitals, not a name.
    if (headline && last - first > 1 && !mostly_common_kept(text, pieces, info, first, last)) {
      return;
    }
    if (headline && on_boilerplate_line(text, pieces[first].start)) return;
    // A title alone is no name ("Mr" before a name the model tagged apart).
    if (type == 0 && last - first == 1 && info[first].title) return;
    // A government office before a name, and the department's common words before it, are a
    // title ("Treasury Secretary Scott Bessent", "US Trade Representative Jamieson Greer"
    // -> "US").
    if (!trim_office(pieces, info, first, last)) return;
    Entity entity;
    entity.span = {pieces[first].start, pieces[last - 1].end};
    // "U.S" + "." at the end of a sentence: the period belongs to the abbreviation.
    if (entity.span.end < text.size() && text[entity.span.end] == '.' &&
        keeps_period(
            text.substr(pieces[last - 1].start, entity.span.end + 1 - pieces[last - 1].start)) &&
        pieces[last - 1].form.find('.') != std::string_view::npos) {
      ++entity.span.end;
    }
    std::string_view name = text.substr(entity.span.start, entity.span.end - entity.span.start);
    entity.type = kTypes[type];
    if (entity.type == EntityType::Loc && is_seat_of_government(name))
      entity.type = EntityType::Org;
    // Acronyms of common nouns ("CEO", "GDP") and the wire's sign-off ("Reuter" on its own
    // line) are not names.
    const ner::NameLists& lists = lists_;
    ner::NameLists::Entry listed = lists.lookup(name);
    // A company suffix left alone ("Corp" after a name the model missed) and punctuation
    // ("…") are no names.
    if (listed.role() == ner::NameRole::Suffix || !has_word_character(name)) return;
    if ((listed.currency() || (listed.none() && lists.currency_in_capitals(name))) &&
        !acronym_of_previous(text, entity.span, entities)) {
      return;
    }
    // No money amount is a name: "US" of "US$1.6bn", "H.K. Dlrs" of "3.25 H.K. Dlrs".
    if (money::names_currency(money::Lexicon::builtin(), text, entity.span)) return;
    if (listed.common_acronym() ||
        (name.size() > 2 && name.back() == 's' && lists.common_acronym(name))) {
      return;
    }
    if (listed.role() == ner::NameRole::Wire && sign_off(text, entity.span)) return;
    link_country(name, entity);
    // International organisations ("IMF", "World Bank"), news agencies ("a Reuter survey") and
    // publications ("Financial Times") are ORG.
    if (entity.link.empty() && (listed.organisation() || listed.role() == ner::NameRole::Wire ||
                                (last - first > 1 && info[last - 1].capitalized &&
                                 lists.role(pieces[last - 1].form) == ner::NameRole::Media))) {
      entity.type = EntityType::Org;
    }
    entities.push_back(std::move(entity));
  }

  // False when every word of pieces [first, last) is written in lowercase more often than not
  // (case buckets 1-2) and in no gazetteer, and the name is no listed organisation or seat of
  // government.
  bool mostly_common_kept(std::string_view text, const std::vector<Piece>& pieces,
                          const std::vector<ner::TokenInfo>& info, std::uint32_t first,
                          std::uint32_t last) const {
    for (std::uint32_t k = first; k < last; ++k) {
      const ner::TokenInfo& token = info[k];
      if (!token.has_letter) continue;
      if (!token.described || token.case_bucket < 1 || token.case_bucket > 2 ||
          in_gazetteer(token)) {
        return true;
      }
    }
    std::string_view name =
        text.substr(pieces[first].start, pieces[last - 1].end - pieces[first].start);
    return lists_.organisation(name) || is_seat_of_government(name);
  }

  // Whether `name` has a letter or digit: ASCII, or any multi-byte character outside the
  // general punctuation block (U+2000-U+206F: "…", "–").
  static bool has_word_character(std::string_view name) {
    for (std::size_t i = 0; i < name.size(); ++i) {
      auto c = static_cast<unsigned char>(name[i]);
      if (c < 0x80) {
        if (is_alnum(name[i])) return true;
      } else if (c >= 0xC0) {
        bool punctuation = c == 0xE2 && i + 1 < name.size() &&
                           (static_cast<unsigned char>(name[i + 1]) & 0xFE) == 0x80;
        if (!punctuation) return true;
      }
    }
    return false;
  }

  // Cuts "Treasury Secretary" / "US Commerce" + "Secretary Howard Lutnick": an office word
  // followed by a capitalised word, and the words before it that are often written in
  // lowercase, are not part of a name. Returns false when nothing is left.
  bool trim_office(const std::vector<Piece>& pieces, const std::vector<ner::TokenInfo>& info,
                   std::uint32_t first, std::uint32_t& last) const {
    const ner::NameLists& lists = lists_;
    auto office = [&](std::uint32_t k) {
      return k < pieces.size() && info[k].capitalized &&
             lists.role(pieces[k].form) == ner::NameRole::Office;
    };
    std::uint32_t end = last;
    if (office(last - 1) && last < pieces.size() && info[last].capitalized) {
      --end;  // the name after the office was tagged apart
    } else if (!office(last)) {
      return true;
    }
    auto lowercase_often = [&](std::uint32_t k) {
      return info[k].described && info[k].case_bucket >= 1 && info[k].case_bucket <= 3 &&
             !find_country(pieces[k].form);
    };
    while (end > first && lowercase_often(end - 1)) --end;
    if (end == last) return true;
    last = end;
    return end > first;
  }

  // A news agency's name that starts its line or ends the text, or in capitals ends its line:
  // the wire's sign-off ("Reuter", "REUTER" under a story), not a mention of the agency.
  static bool sign_off(std::string_view text, const Span& span) {
    std::string_view name = text.substr(span.start, span.end - span.start);
    bool capitals =
        std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    std::size_t eol = std::min(text.find('\n', span.end), text.size());
    if (capitals && std::none_of(text.begin() + static_cast<std::ptrdiff_t>(span.end),
                                 text.begin() + static_cast<std::ptrdiff_t>(eol), is_alnum)) {
      return true;
    }
    std::size_t begin = text.rfind('\n', span.start == 0 ? 0 : span.start - 1);
    begin = (begin == std::string_view::npos || span.start == 0) ? 0 : begin + 1;
    bool starts_line = true;
    for (std::size_t k = begin; k < span.start && starts_line; ++k) {
      starts_line = text[k] == ' ' || text[k] == '\t' || text[k] == '\r';
    }
    std::size_t line_end = std::min(text.find('\n', span.end), text.size());
    for (std::size_t k = span.end; k < line_end && starts_line; ++k) {
      starts_line = !(text[k] >= 'a' && text[k] <= 'z');
    }
    if (starts_line) return true;
    for (std::size_t k = span.end; k < text.size(); ++k) {
      if (is_alnum(text[k])) return false;
    }
    return true;
  }

  // Countries are LOC, also as modifiers ("U.S. officials"), and get their ISO code;
  // nationalities are MISC. The European Union keeps the model's type.
  static void link_country(std::string_view name, Entity& entity) {
    auto country = find_country(name);
    if (!country && name.size() > 3 &&
        std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      // A headline in capitals: "CHINA" -> "China", "SOUTH KOREA" -> "South Korea".
      std::string title(name);
      for (std::size_t i = 1; i < title.size(); ++i) {
        if (is_upper(title[i]) && is_alpha(title[i - 1]))
          title[i] = static_cast<char>(title[i] + 32);
      }
      country = find_country(title);
    }
    if (!country || country->code == "EU") return;
    bool is_country = country->form == CountryForm::Country || country->form == CountryForm::Alias;
    if (is_country && entity.type != EntityType::Person) entity.type = EntityType::Loc;
    if (country->form == CountryForm::Demonym && entity.type == EntityType::Loc) {
      entity.type = EntityType::Misc;
    }
    if (is_country && entity.type == EntityType::Loc) entity.link = std::string(country->code);
  }

  // Document consistency: a name takes the type it has most often in the article, and a word
  // of a multi-word person name ("Donald Trump") said alone ("Trump") is that person.
  void make_consistent(std::string_view text, std::size_t first_entity, Buffers& buffers,
                       std::vector<Entity>& entities) const {
    if (entities.size() == first_entity) return;
    auto& names = buffers.names;
    auto& person_words = buffers.person_words;
    names.clear();
    person_words.clear();
    for (std::size_t e = first_entity; e < entities.size(); ++e) {
      std::string_view name =
          text.substr(entities[e].span.start, entities[e].span.end - entities[e].span.start);
      if (entities[e].type != EntityType::Person || name.find(' ') == std::string_view::npos) {
        continue;
      }
      for (std::size_t start = 0; start <= name.size();) {
        std::size_t end = std::min(name.find(' ', start), name.size());
        std::string_view word = name.substr(start, end - start);
        if (word.size() > 1 && !lists_.currency(word)) {
          person_words.add(word);
        }
        start = end + 1;
      }
    }
    person_words.seal();
    auto is_person_word = [&](std::string_view word) { return person_words.contains(word); };
    apply_document_rules(text, first_entity, is_person_word, buffers, entities);
    for (std::size_t e = first_entity; e < entities.size(); ++e) {
      std::string_view name =
          text.substr(entities[e].span.start, entities[e].span.end - entities[e].span.start);
      names.push_back({util::hash_string(name), name, e});
    }
    // The mentions of one name are adjacent once sorted: count their types, then apply.
    std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) {
      return a.hash != b.hash ? a.hash < b.hash : a.name < b.name;
    });
    for (std::size_t first = 0, last = 0; first < names.size(); first = last) {
      std::string_view name = names[first].name;
      std::array<int, 4> count{};
      for (last = first;
           last < names.size() && names[last].hash == names[first].hash && names[last].name == name;
           ++last) {
        ++count[static_cast<std::size_t>(entities[names[last].entity].type)];
      }
      bool person_word = is_person_word(name);
      for (std::size_t k = first; k < last; ++k) {
        Entity& entity = entities[names[k].entity];
        if (person_word) {
          bool said_as_other = count[1] + count[2] + count[3] > 0;
          if (said_as_other && entity.type != EntityType::Person && entity.link.empty()) {
            entity.type = EntityType::Person;
          }
          continue;
        }
        auto best = static_cast<std::size_t>(entity.type);
        for (std::size_t type = 0; type < 4; ++type) {
          if (count[type] > count[best]) best = type;
        }
        if (best != static_cast<std::size_t>(entity.type) && entity.link.empty()) {
          entity.type = kTypes[best];
          link_country(name, entity);
        }
      }
    }
    // Person-name words the model left untagged mid-sentence.
    if (person_words.empty()) return;
    bool added = false;
    for (const Piece& piece : buffers.capitalized) {
      std::string_view word = text.substr(piece.start, piece.end - piece.start);
      if (!is_person_word(word)) continue;
      Entity entity;
      entity.span = {piece.start, piece.end};
      entity.type = EntityType::Person;
      entities.push_back(std::move(entity));
      added = true;
    }
    if (added) {
      std::sort(entities.begin() + static_cast<std::ptrdiff_t>(first_entity), entities.end(),
                [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
    }
  }

  // Whether the entity at `span` is written in brackets right after the organisation's name
  // that ends `entities` ("Dome Mines Ltd <DM>", "Swedish Export Credit (SEK)"): its acronym or
  // ticker, not a currency.
  static bool acronym_of_previous(std::string_view text, const Span& span,
                                  const std::vector<Entity>& entities) {
    if (entities.empty() || entities.back().type != EntityType::Org) return false;
    std::string_view name = text.substr(span.start, span.end - span.start);
    if (std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      return false;  // acronyms and tickers are in capitals
    }
    if (span.start < 2 || span.end >= text.size()) return false;
    char open = text[span.start - 1];
    char close = text[span.end];
    if (!((open == '(' && close == ')') || (open == '<' && close == '>'))) return false;
    std::uint32_t end = entities.back().span.end;
    if (end > span.start - 1) return false;
    std::string_view gap = text.substr(end, span.start - 1 - end);
    return gap.find_first_not_of(" \n\r\t") == std::string_view::npos;
  }

  // Rules over the whole article (docs/ner.md, "Rules"): "Trump Administration" is the person
  // "Trump" when the article names a person so; a country said alone is LOC unless it is a word
  // of a person's name in the article; a name followed by a company cue ("Tesla CEO", "Boeing
  // shares") or used with a company suffix ("Tesla Inc") is ORG at every mention.
  template <typename IsPersonWord>
  void apply_document_rules(std::string_view text, std::size_t first_entity,
                            const IsPersonWord& is_person_word, Buffers& buffers,
                            std::vector<Entity>& entities) const {
    constexpr std::string_view kAdministration = " Administration";
    std::vector<std::string_view>& companies = buffers.companies;
    companies.clear();
    // One-word PERSON names of the article ("Vance" of "Mr Vance").
    WordSet& alone = buffers.persons;
    alone.clear();
    for (std::size_t e = first_entity; e < entities.size(); ++e) {
      std::string_view name =
          text.substr(entities[e].span.start, entities[e].span.end - entities[e].span.start);
      if (entities[e].type == EntityType::Person && name.find(' ') == std::string_view::npos) {
        alone.add(name);
      }
    }
    alone.seal();
    for (std::size_t e = first_entity; e < entities.size(); ++e) {
      Entity& entity = entities[e];
      std::string_view name = text.substr(entity.span.start, entity.span.end - entity.span.start);
      std::size_t space = name.rfind(' ');
      if (space != std::string_view::npos && name.ends_with(kAdministration)) {
        std::string_view head = name.substr(0, space);
        if (head.find(' ') == std::string_view::npos && is_person_word(head)) {
          entity.span.end = entity.span.start + static_cast<std::uint32_t>(head.size());
          entity.type = EntityType::Person;
          entity.link.clear();
          continue;
        }
      }
      bool one_word = space == std::string_view::npos;
      if (entity.type != EntityType::Person && entity.link.empty() && !one_word &&
          name.find(' ') == space && alone.contains(name.substr(space + 1))) {
        entity.type = EntityType::Person;  // "JD Vance" when the article has "Mr Vance"
        continue;
      }
      if (entity.type == EntityType::Person && one_word && !is_person_word(name)) {
        auto country = find_country(name);
        if (country && country->code != "EU" &&
            (country->form == CountryForm::Country || country->form == CountryForm::Alias)) {
          entity.type = EntityType::Loc;
          entity.link = std::string(country->code);
          continue;
        }
      }
      if (!entity.link.empty()) continue;
      std::string_view company;
      if (entity.type == EntityType::Org && !one_word &&
          lists_.role(name.substr(space + 1)) == ner::NameRole::Suffix) {
        std::string_view first_word = name.substr(0, name.find(' '));
        if (lists_.role(first_word) == ner::NameRole::None) company = first_word;
      } else if (one_word && company_cue_near(text, entity.span)) {
        company = name;
      }
      if (!company.empty() && !is_person_word(company) && !find_country(company)) {
        companies.push_back(company);
      }
    }
    if (companies.empty()) return;
    for (std::size_t e = first_entity; e < entities.size(); ++e) {
      Entity& entity = entities[e];
      std::string_view name = text.substr(entity.span.start, entity.span.end - entity.span.start);
      if (entity.link.empty() &&
          std::find(companies.begin(), companies.end(), name) != companies.end()) {
        entity.type = EntityType::Org;
      }
    }
  }

  // A company cue right after the name ("Tesla CEO", "Boeing's shares") or before it ("chief
  // executive of Tesla").
  bool company_cue_near(std::string_view text, const Span& span) const {
    std::string_view after = text.substr(span.end, 24);
    if (after.starts_with("'s ")) {
      after.remove_prefix(3);
    } else if (after.starts_with("\xE2\x80\x99s ")) {
      after.remove_prefix(5);
    } else if (after.starts_with(" ")) {
      after.remove_prefix(1);
    } else {
      after = {};
    }
    if (!after.empty() && lists_.company_cue(after) != 0) return true;
    std::uint32_t from = span.start < 24 ? 0 : span.start - 24;
    std::string_view before = text.substr(from, span.start - from);
    return (before.ends_with("of ") || before.ends_with("in ")) &&
           lists_.company_cue_before(before);
  }

  static bool is_digit_piece(const Piece& piece) {
    return !piece.form.empty() && piece.form.front() >= '0' && piece.form.front() <= '9';
  }

  std::shared_ptr<const ner::Model> owned_;
  const ner::Model::Impl& model_;
  const ner::NameLists& lists_;
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
