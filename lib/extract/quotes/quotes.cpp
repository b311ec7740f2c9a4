// Quote annotator: quotation marks -> quotations; reporting patterns around each -> speaker.
//
// Attribution, in order of preference, for one quotation:
//   1. right after it: `, he said`, `, said Lynn Kuok`, `Smith, a senior fellow, said`
//   2. before it in its sentence: `X said: “…”`, `X told CBS that “…”`, `According to X, “…”`
//   3. after it: `… according to X`
//   4. the quotation before it in the same paragraph (`“…,” he said. “…”`), or the quotation it
//      continues (a paragraph reopening with a mark), or one that starts a paragraph right
//      after a paragraph whose last quotation has a speaker.
// Speakers are then resolved: pronouns to the most recent person speaker or person mention,
// short names (`Mr. Czin`, `Bessent`) to the fullest earlier name with the same last word,
// nominal ones (`the ministry`) to the latest organisation named with that head word.
// Names come from Analysis::entities when the entity annotator produced any, else from runs of
// capitalised words. Costs: one pass over the text to find marks; documents without marks stop
// there; otherwise one lexing pass plus work linear in the pieces around each quotation.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/quotes/marks.hpp"
#include "extract/quotes/words.hpp"
#include "newsmine/countries.hpp"
#include "newsmine/extractors.hpp"
#include "text/ascii.hpp"
#include "text/word_table.hpp"

namespace newsmine {

namespace {

using quotes::Cue;
using quotes::MarkedSpan;
using quotes::Piece;
using quotes::PieceKind;

constexpr std::size_t kMaxWindow = 80;  // pieces searched on each side of a quotation

enum class SpeakerKind : std::uint8_t { None, Name, Pronoun, Description };

struct Candidate {
  SpeakerKind kind = SpeakerKind::None;
  std::uint32_t first = 0;  // piece range of the mention, half-open
  std::uint32_t last = 0;
};

// A name seen in the article (entity or capitalised run), titles stripped.
struct Mention {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string text;
  std::string last_word;
  std::uint32_t words = 0;
  bool person = false;
  bool org = false;
  bool typed_place = false;  // typed LOC or MISC by the entity annotator
  bool country = false;      // names a country (looked up when the mention is made)
  bool place() const { return typed_place || country; }
};

// A resolved speaker as later quotations and pronouns see it.
struct Resolved {
  std::optional<std::string> text;
  std::optional<Span> span;
  std::uint32_t at = 0;  // byte offset of the attribution
  std::uint32_t cue_piece = 0;
  bool person = false;
  std::optional<Span> written;  // the attribution's words as written
};

// One quotation while the article is attributed.
struct Found {
  Quote quote;
  Resolved speaker;
  bool attributed = false;  // by a reporting pattern around it
  std::uint32_t words = 0;
  std::uint32_t paragraph_first = 0;  // first piece of its paragraph
  std::uint32_t open_piece = 0;
};

constexpr auto lower_string = text::lower;

// A copy of `text` with the ASCII letters of capitalised pieces lower-cased (the word lists are
// lower case; other pieces need no change), same offsets.
std::string lower_pieces(std::string_view text, const std::vector<Piece>& pieces) {
  std::string out(text.substr(0, pieces.empty() ? 0 : pieces.back().end));
  for (const Piece& piece : pieces) {
    if (!piece.upper) continue;
    for (std::uint32_t at = piece.start; at < piece.end; ++at) {
      out[at] = text::to_lower(out[at]);
    }
  }
  return out;
}

std::string_view last_word_of(std::string_view text) {
  const auto space = text.rfind(' ');
  return text.substr(space == std::string_view::npos ? 0 : space + 1);
}

// A quotation whose speaker an organisation entity named: `canonical` is the entity's fullest
// name in the article, `named` the entity as written where the quotation's attribution names
// it (`IMF`, `Acme`).
struct OrganisationSpeaker {
  std::size_t quote = 0;  // index in the output
  std::string canonical;
  std::string named;
};

// Which of two names is the fuller: more words, then more bytes.
bool fuller_name(std::string_view a, std::string_view b) {
  const auto words_a = std::count(a.begin(), a.end(), ' ');
  const auto words_b = std::count(b.begin(), b.end(), ' ');
  return words_a != words_b ? words_a > words_b : a.size() > b.size();
}

// Every quotation of one organisation gets one speaker: the fullest name the article's
// attributions give it (`IMF` throughout when only `the IMF` is said to speak, even where the
// article once writes `International Monetary Fund`); so a count by speaker counts the
// organisation once, under a name a reader sees it speak by.
void one_name_per_organisation(std::vector<OrganisationSpeaker>& organisations,
                               std::vector<Quote>& out) {
  // Few quotations per document have an organisation as speaker: pairs are compared.
  for (std::size_t from = 0; from < organisations.size(); ++from) {
    if (organisations[from].canonical.empty()) continue;  // done with its organisation
    const std::string canonical = std::move(organisations[from].canonical);
    const std::string* best = nullptr;
    for (std::size_t k = from; k < organisations.size(); ++k) {
      if (k > from && organisations[k].canonical != canonical) continue;
      const std::string& named = organisations[k].named;
      if (!named.empty() && (!best || fuller_name(named, *best))) best = &named;
    }
    for (std::size_t k = from; k < organisations.size(); ++k) {
      if (k > from && organisations[k].canonical != canonical) continue;
      if (best) out[organisations[k].quote].speaker = *best;
      organisations[k].canonical.clear();
    }
  }
}

// A party and state label (`D-Mo.`, `R-Utah`, `I-Vt.`) after a legislator's name: one word, a
// capital, a hyphen and a capital. The entity annotator may type it PERSON; it names nobody.
bool party_label(std::string_view text) {
  return text.size() >= 3 && text.find(' ') == std::string_view::npos && text::is_upper(text[0]) &&
         text[1] == '-' && text::is_upper(text[2]);
}

// `name` with each run of white space made one space (`Nick\nEdwards` of hard-wrapped copy), as
// the quote stage writes the names it finds itself.
std::string one_line(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool space = false;
  for (char c : name) {
    if (text::is_space(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// True when the last word of `name` is a title (`Acme Executive Director`).
bool ends_in_title(std::string_view name) {
  return quotes::is_title(lower_string(last_word_of(name)));
}

// True when `words` (space separated) holds `word` as a whole word.
bool has_word(std::string_view words, std::string_view word) {
  for (std::size_t at = words.find(word); at != std::string_view::npos;
       at = words.find(word, at + 1)) {
    const bool starts = at == 0 || words[at - 1] == ' ';
    const bool ends = at + word.size() == words.size() || words[at + word.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

class Attributor {
 public:
  // `cue_cache`: a worker's buffer, reused from one document to the next.
  Attributor(const Document& doc, const Analysis& analysis, std::vector<Piece>& pieces,
             const std::vector<MarkedSpan>& marked, std::vector<std::int8_t>& cue_cache)
      : text_(doc.text),
        lowered_(lower_pieces(doc.text, pieces)),
        analysis_(analysis),
        pieces_(pieces),
        marked_(marked),
        cue_cache_(cue_cache) {
    cue_cache_.assign(pieces.size(), -1);
  }

  void run(std::vector<Quote>& out);

 private:
  // Lower-cased text of a piece (ASCII letters only, so offsets match the text).
  std::string_view word(std::uint32_t index) const {
    const Piece& piece = pieces_[index];
    return std::string_view(lowered_).substr(piece.start, piece.end - piece.start);
  }
  std::string_view raw(std::uint32_t index) const {
    const Piece& piece = pieces_[index];
    return text_.substr(piece.start, piece.end - piece.start);
  }
  // The reporting-verb class of a word piece, looked up once per piece.
  // A reporting word after an article or possessive is a noun (`a note`, `its demands`).
  Cue cue_at(std::uint32_t index) const {
    std::int8_t& cached = cue_cache_[index];
    if (cached < 0) {
      Cue cue = quotes::cue_of(word(index));
      if (cue != Cue::None && index > 0 && is_word(index - 1) &&
          quotes::is_noun_marker(word(index - 1)))
        cue = Cue::None;
      cached = static_cast<std::int8_t>(cue);
    }
    return static_cast<Cue>(cached);
  }
  // The pronoun a word is, clitics dropped (`I’m` -> `i`), or an empty view.
  std::string_view pronoun_at(std::uint32_t index) const {
    if (!is_word(index)) return {};
    std::string_view bare = quotes::bare_pronoun(word(index));
    return quotes::is_pronoun(bare) ? bare : std::string_view{};
  }
  bool is_word(std::uint32_t index) const {
    return index < pieces_.size() && pieces_[index].kind == PieceKind::Word;
  }
  bool is_punct(std::uint32_t index, std::string_view symbol) const {
    return index < pieces_.size() && pieces_[index].kind == PieceKind::Punct &&
           raw(index) == symbol;
  }
  bool later_finite_cue(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t k = from; k < to; ++k) {
      if (is_word(k) && pieces_[k].inside < 0 && cue_at(k) == Cue::Finite) return true;
    }
    return false;
  }
  bool is_dash(std::uint32_t index) const {
    return is_punct(index, "\xE2\x80\x94") || is_punct(index, "\xE2\x80\x93") ||
           is_punct(index, "\xE2\x80\x95") || is_punct(index, "-");
  }
  bool is_terminator(std::uint32_t index) const {
    if (index >= pieces_.size()) return false;
    const Piece& piece = pieces_[index];
    if (piece.kind != PieceKind::Punct || piece.end != piece.start + 1) return false;
    const char c = text_[piece.start];
    return c == '.' || c == '!' || c == '?';
  }
  // The first piece starting at or after `offset`; a paragraph break there comes before it.
  std::uint32_t first_piece_at(std::uint32_t offset) const {
    auto found =
        std::lower_bound(pieces_.begin(), pieces_.end(), offset,
                         [](const Piece& piece, std::uint32_t at) { return piece.start < at; });
    while (found != pieces_.end() && found->kind == PieceKind::Break && found->start == offset)
      ++found;
    return static_cast<std::uint32_t>(found - pieces_.begin());
  }

  void collect_mentions();
  Candidate np_backward(std::uint32_t index, std::uint32_t floor);
  std::uint32_t before_time_phrase(std::uint32_t index, std::uint32_t floor);
  Candidate appositive_backward(std::uint32_t index, std::uint32_t floor);
  Candidate name_backward(std::uint32_t index, std::uint32_t floor);
  Candidate description_backward(std::uint32_t index, std::uint32_t floor);
  Candidate np_forward(std::uint32_t index, std::uint32_t ceiling);
  Candidate clause_subject(std::uint32_t floor, std::uint32_t ceiling);
  Candidate name_run_backward(std::uint32_t index, std::uint32_t floor);
  Candidate name_run_forward(std::uint32_t index, std::uint32_t ceiling);
  bool is_name_word(std::uint32_t index) const;
  bool joins_name(std::uint32_t index) const;
  bool opener_only(std::uint32_t index) const;
  bool is_time_word(std::uint32_t index) const;
  Candidate before_attribution(std::uint32_t open_piece, std::uint32_t& cue_piece);
  Candidate after_attribution(std::uint32_t after_piece, bool ends_sentence,
                              std::uint32_t& cue_piece);
  Resolved resolve(const Candidate& candidate, std::uint32_t at);
  Resolved resolve_mention(const Candidate& candidate, std::uint32_t at);
  Resolved resolve_pronoun(const Candidate& candidate, std::uint32_t at);
  const Entity* speaker_entity(const Resolved& speaker) const;
  std::string_view whole_words(Span span) const;
  bool canonical_speaker(Resolved& speaker, std::string& organisation);
  void collect_events(const std::vector<std::uint32_t>& open_pieces,
                      const std::vector<std::uint32_t>& after_pieces);
  void attribute(std::size_t q, std::uint32_t open_piece, std::uint32_t after_piece, Found& item);
  void continue_speakers(std::vector<Found>& found) const;
  void emit(std::vector<Found>& found, std::vector<Quote>& out);
  Resolved resolve_description(const std::string& text, std::uint32_t start, std::uint32_t end,
                               std::uint32_t at);
  Resolved resolve_name(const Candidate& candidate, const std::string& text, std::uint32_t start,
                        std::uint32_t end, bool titled, std::uint32_t at);
  const Mention* previous_subject(std::uint32_t index) const;
  bool person_like(const Mention& mention) const;
  bool function_words_only(std::uint32_t first, std::uint32_t last, std::uint32_t from) const;
  std::string name_text(std::uint32_t first, std::uint32_t last, std::uint32_t& start,
                        std::uint32_t& end, bool& titled);
  std::optional<std::string> fullest_name(const std::string& name, std::uint32_t at);

  std::string_view text_;
  std::string lowered_;
  const Analysis& analysis_;
  std::vector<Piece>& pieces_;
  const std::vector<MarkedSpan>& marked_;
  std::vector<std::int8_t>& cue_cache_;  // Cue per piece, -1 until looked up
  std::vector<Mention> mentions_;
  std::vector<Resolved> events_;  // every `subject <reporting verb>` in the article, resolved
};

// A capitalised word at `index` that is capitalised only because it opens a sentence, not a
// name's first word ("He" in "He Yadong" is a name).
bool Attributor::opener_only(std::uint32_t index) const {
  std::string_view opener = quotes::bare_pronoun(word(index));  // `I’m` as `i`
  if (!quotes::is_sentence_opener(opener)) return false;
  if (quotes::is_pronoun(opener) && index + 1 < pieces_.size() && is_name_word(index + 1) &&
      !quotes::is_sentence_opener(word(index + 1)))
    return false;
  return true;
}

// A word that places a statement in time (`on Thursday`, `last week`, `May 30`).
bool Attributor::is_time_word(std::uint32_t index) const {
  if (!is_word(index)) return false;
  std::string_view time = word(index);
  if (time.empty() || (time[0] >= '0' && time[0] <= '9')) return true;
  static constexpr std::string_view kTimeWords[] = {
      "monday",  "tuesday",   "wednesday", "thursday", "friday",    "saturday", "sunday",
      "january", "february",  "march",     "april",    "may",       "june",     "july",
      "august",  "september", "october",   "november", "december",  "jan.",     "feb.",
      "aug.",    "sept.",     "oct.",      "nov.",     "dec.",      "week",     "month",
      "year",    "today",     "yesterday", "morning",  "afternoon", "evening",  "night",
      "weekend", "tonight",   "day"};
  return std::find(std::begin(kTimeWords), std::end(kTimeWords), time) != std::end(kTimeWords);
}

// The connector at `index` joins two capitalised runs into one name: a particle (de, van, bin)
// or of/for after an organisation or title word (`Ministry of Commerce`, `Secretary of State`),
// not `Elijah Cummings of Maryland`.
bool Attributor::joins_name(std::uint32_t index) const {
  if (!is_word(index) || index == 0 || !is_word(index - 1)) return false;
  std::string_view connector = word(index);
  if (!quotes::is_connector(connector) || connector == "and") return false;
  if (connector != "of" && connector != "for") return true;
  std::string_view before = word(index - 1);
  return quotes::is_org_word(before) || quotes::is_title(before) || before == "kingdom" ||
         before == "republic" || before == "bank" || before == "state" || before == "states";
}

// A capitalised word that can be part of a name.
[[gnu::always_inline]] inline bool Attributor::is_name_word(std::uint32_t index) const {
  if (!is_word(index) || !pieces_[index].upper) return false;
  return cue_at(index) == Cue::None;
}

// The text of pieces [first, last) joined by single spaces, titles dropped from the front and a
// possessive dropped from the end. Sets the byte span of what is kept.
std::string Attributor::name_text(std::uint32_t first, std::uint32_t last, std::uint32_t& start,
                                  std::uint32_t& end, bool& titled) {
  titled = false;
  std::uint32_t keep = first;
  for (std::uint32_t index = first; index + 1 < last; ++index) {
    if (is_word(index) && quotes::is_title(word(index))) {
      keep = index + 1;
      titled = true;
    }
  }
  while (keep < last && is_word(keep) && quotes::is_connector(word(keep))) ++keep;
  std::string out;
  start = pieces_[keep].start;
  end = start;
  for (std::uint32_t index = keep; index < last; ++index) {
    const Piece& piece = pieces_[index];
    if (!out.empty() && piece.kind == PieceKind::Word) out += ' ';
    const std::uint32_t piece_end = index + 1 == last ? piece.name_end : piece.end;
    out.append(text_.substr(piece.start, piece_end - piece.start));
    end = piece_end;
  }
  return out;
}

void Attributor::collect_mentions() {
  for (std::uint32_t index = 0; index < pieces_.size();) {
    if (!is_name_word(index)) {
      ++index;
      continue;
    }
    std::uint32_t first = index;
    std::uint32_t last = index;
    while (last < pieces_.size()) {
      if (is_name_word(last)) {
        ++last;
        if (pieces_[last - 1].possessive) break;
        continue;
      }
      if (last > first && joins_name(last) && is_name_word(last + 1)) {
        ++last;
        continue;
      }
      break;
    }
    index = last;
    while (first < last && opener_only(first)) ++first;
    if (first >= last) continue;
    Mention mention;
    bool titled = false;
    mention.text = name_text(first, last, mention.start, mention.end, titled);
    if (mention.text.empty()) continue;
    std::uint32_t words = 0;
    for (std::uint32_t k = first; k < last; ++k) {
      if (!is_word(k)) continue;
      if (pieces_[k].start >= mention.start) ++words;
      if (quotes::is_org_word(word(k))) mention.org = true;
    }
    mention.words = words;
    mention.person = titled && !mention.org;
    auto space = mention.text.rfind(' ');
    mention.last_word = mention.text.substr(space == std::string::npos ? 0 : space + 1);
    mention.country = find_country(mention.text).has_value();
    mentions_.push_back(std::move(mention));
  }
  // Entity types, where the entity annotator ran, refine the shapes: a PERSON overlapping a
  // run makes it a person; an ORG does so for an organisation unless a title says person.
  std::size_t next_entity = 0;
  const std::vector<Entity>& entities = analysis_.entities;
  for (Mention& mention : mentions_) {
    while (next_entity < entities.size() && entities[next_entity].span.end <= mention.start)
      ++next_entity;
    for (std::size_t e = next_entity; e < entities.size() && entities[e].span.start < mention.end;
         ++e) {
      if (entities[e].type == EntityType::Person) {
        if (party_label(mention.text)) continue;
        mention.person = true;
        mention.org = false;
      } else if (entities[e].type == EntityType::Org && !mention.person) {
        mention.org = true;
      } else if (entities[e].type != EntityType::Org) {
        mention.typed_place = true;
      }
    }
  }
}

// A run of capitalised words ending at `index` (inclusive), not before `floor`.
Candidate Attributor::name_run_backward(std::uint32_t index, std::uint32_t floor) {
  if (!is_name_word(index) || pieces_[index].possessive) return {};
  std::uint32_t first = index;
  while (first > floor) {
    const std::uint32_t previous = first - 1;
    if (is_name_word(previous) && !pieces_[previous].possessive) {
      first = previous;
    } else if (previous > floor && joins_name(previous) && is_name_word(previous - 1) &&
               !pieces_[previous - 1].possessive) {
      first = previous - 1;
    } else {
      break;
    }
  }
  while (first <= index && opener_only(first)) ++first;
  if (first > index) return {};
  return {SpeakerKind::Name, first, index + 1};
}

// A run of capitalised words starting at `index`, before `ceiling`.
Candidate Attributor::name_run_forward(std::uint32_t index, std::uint32_t ceiling) {
  std::uint32_t first = index;
  while (first < ceiling && is_name_word(first) && opener_only(first)) ++first;
  std::uint32_t last = first;
  while (last < ceiling) {
    if (is_name_word(last)) {
      ++last;
      if (pieces_[last - 1].possessive) return {};
      continue;
    }
    if (last > first && joins_name(last) && last + 1 < ceiling && is_name_word(last + 1)) {
      ++last;
      continue;
    }
    break;
  }
  if (last == first) return {};
  return {SpeakerKind::Name, first, last};
}

// `index` moved back over a time phrase before a verb: `Beijing on Thursday dismissed`,
// `Trump on May 30 accused`.
std::uint32_t Attributor::before_time_phrase(std::uint32_t index, std::uint32_t floor) {
  if (!is_time_word(index)) return index;
  std::uint32_t back = index;
  while (back > floor && index - back < 5 && (is_time_word(back) || is_punct(back, ","))) --back;
  if (!is_word(back) || back <= floor) return index;
  std::string_view preposition = word(back);
  if (preposition == "on" || preposition == "in" || preposition == "last" ||
      preposition == "this" || preposition == "earlier" || preposition == "late") {
    return back - 1;
  }
  return index;
}

// The speaker of an appositive ending at the comma `index`: `Lynn Kuok, a senior fellow at
// Brookings, said` -> the phrase before it; `Another economist, Acme University’s Jo Bloggs,
// said` -> the name after the owner.
Candidate Attributor::appositive_backward(std::uint32_t index, std::uint32_t floor) {
  std::uint32_t comma = index;
  while (comma > floor && index - comma < 30) {
    --comma;
    if (is_punct(comma, ",")) break;
    const Piece& piece = pieces_[comma];
    if (piece.kind == PieceKind::Break || piece.kind == PieceKind::Mark || is_terminator(comma))
      return {};
  }
  if (!is_punct(comma, ",") || comma <= floor) return {};
  std::uint32_t inner_start = comma + 1;
  for (std::uint32_t k = inner_start; k < index && k - inner_start < 5 && is_name_word(k); ++k) {
    if (pieces_[k].possessive) {
      inner_start = k + 1;
      break;
    }
  }
  Candidate inner = name_run_forward(inner_start, index);
  if (inner.kind == SpeakerKind::Name && inner.last == index && inner.last - inner.first >= 2 &&
      inner.last - inner.first <= 4) {
    return inner;
  }
  return np_backward(comma - 1, floor);
}

// The name ending at `index`; before an affiliation (`Mr. Morgan of the Sierra Club said`,
// `Cameron Easley for Morning Consult wrote`) the name before it. A determiner before a name
// (`the New York Post`) is not part of it.
Candidate Attributor::name_backward(std::uint32_t index, std::uint32_t floor) {
  Candidate name = name_run_backward(index, floor);
  if (name.kind == SpeakerKind::None) return {};
  std::uint32_t link = name.first;
  if (link > floor + 1 && word(link - 1) == "the") --link;
  if (link > floor + 1 && is_word(link - 1)) {
    std::string_view preposition = word(link - 1);
    if ((preposition == "of" || preposition == "for" || preposition == "at" ||
         preposition == "from") &&
        is_name_word(link - 2) && !pieces_[link - 2].possessive) {
      Candidate person = name_run_backward(link - 2, floor);
      if (person.kind == SpeakerKind::Name) return person;
    }
  }
  return name;
}

// A description ending at `index` (`the Chinese government`): up to five words back to a
// determiner or possessive.
Candidate Attributor::description_backward(std::uint32_t index, std::uint32_t floor) {
  std::uint32_t first = index;
  for (std::uint32_t steps = 0; steps < 5 && first > floor; ++steps) {
    const std::uint32_t previous = first - 1;
    if (!is_word(previous)) break;
    std::string_view previous_word = word(previous);
    if (quotes::is_np_stop(previous_word) || quotes::cue_of(previous_word) != Cue::None) break;
    first = previous;
    if (quotes::is_determiner(previous_word) || pieces_[previous].possessive) break;
  }
  return {SpeakerKind::Description, first, index + 1};
}

// The noun phrase ending at `index`: a pronoun, a name, or a description (`the ministry`).
Candidate Attributor::np_backward(std::uint32_t index, std::uint32_t floor) {
  while (index > floor && is_word(index) && quotes::is_skippable(word(index))) --index;
  index = before_time_phrase(index, floor);
  if (index < floor) return {};
  if (is_punct(index, ")")) {
    std::uint32_t open = index;
    while (open > floor && index - open < 10 && !is_punct(open, "(")) --open;
    if (!is_punct(open, "(") || open == floor) return {};
    index = open - 1;
  }
  if (is_punct(index, ",")) return appositive_backward(index, floor);
  if (!is_word(index)) return {};
  if (!pronoun_at(index).empty() &&
      !(index > floor && is_name_word(index - 1) && quotes::is_pronoun(word(index - 1)))) {
    return {SpeakerKind::Pronoun, index, index + 1};
  }
  if (is_name_word(index) && !pieces_[index].possessive) return name_backward(index, floor);
  std::string_view head = word(index);
  if (quotes::is_np_stop(head) || quotes::cue_of(head) != Cue::None || is_time_word(index))
    return {};
  return description_backward(index, floor);
}

// The noun phrase starting at `index`.
Candidate Attributor::np_forward(std::uint32_t index, std::uint32_t ceiling) {
  while (index < ceiling && is_word(index) && quotes::is_skippable(word(index))) ++index;
  if (index >= ceiling || !is_word(index)) return {};
  std::string_view head = word(index);
  if (!pronoun_at(index).empty() && opener_only(index)) {
    return {SpeakerKind::Pronoun, index, index + 1};
  }
  std::uint32_t start = index;
  if (head == "the" && is_name_word(index + 1)) {
    Candidate name = name_run_forward(index + 1, ceiling);
    bool all_names = name.kind == SpeakerKind::Name;
    if (all_names && !(name.last < ceiling && is_word(name.last) && !pieces_[name.last].upper &&
                       !quotes::is_np_stop(word(name.last)) && cue_at(name.last) == Cue::None)) {
      return name;
    }
  }
  if (is_name_word(index) && !opener_only(index)) {
    Candidate name = name_run_forward(index, ceiling);
    if (name.kind != SpeakerKind::None) {
      // `MSNBC host Chris Matthews`: an affiliation, a lower-case title, then the name.
      std::uint32_t next = name.last;
      bool titled = false;
      while (next < ceiling && next - name.last < 3 && is_word(next) && !pieces_[next].upper &&
             !quotes::is_np_stop(word(next)) && cue_at(next) == Cue::None) {
        titled = titled || quotes::is_title(word(next));
        ++next;
      }
      if (titled && is_name_word(next)) {
        Candidate person = name_run_forward(next, ceiling);
        if (person.kind == SpeakerKind::Name) return person;
      }
      return name;
    }
  }
  if (!quotes::is_determiner(head) && !pieces_[index].possessive) {
    if (quotes::is_np_stop(head) || quotes::cue_of(head) != Cue::None) return {};
  }
  // `9/11 widow Terry Strada`, `longtime Democratic pollster Pat Caddell`: modifiers, then a
  // name.
  for (std::uint32_t next = index; next < ceiling && next - index < 6; ++next) {
    if (is_name_word(next) && !opener_only(next) && next > index) {
      Candidate name = np_forward(next, ceiling);
      if (name.kind == SpeakerKind::Name) return name;
      break;
    }
    const bool modifier = (is_word(next) && !quotes::is_np_stop(word(next)) &&
                           cue_at(next) == Cue::None && !quotes::is_determiner(word(next))) ||
                          is_punct(next, "/") || is_punct(next, "-");
    if (!modifier) break;
  }
  std::uint32_t last = start + 1;
  while (last < ceiling && last - start < 6 && is_word(last)) {
    std::string_view next = word(last);
    if (quotes::is_np_stop(next) || quotes::cue_of(next) != Cue::None || quotes::is_skippable(next))
      break;
    ++last;
  }
  return {SpeakerKind::Description, start, last};
}

// The subject of the clause starting at `floor`: its first name or pronoun, or the first noun
// phrase after an opening phrase (`Still, Mr. Trump kept …`).
Candidate Attributor::clause_subject(std::uint32_t floor, std::uint32_t ceiling) {
  Candidate found = np_forward(floor, ceiling);
  if (found.kind == SpeakerKind::Name || found.kind == SpeakerKind::Pronoun) return found;
  Candidate first_after_comma;
  int commas = 0;
  for (std::uint32_t k = floor; k < ceiling && commas < 3; ++k) {
    if (!is_punct(k, ",")) continue;
    ++commas;
    Candidate next = np_forward(k + 1, ceiling);
    if (next.kind == SpeakerKind::Name || next.kind == SpeakerKind::Pronoun) return next;
    if (first_after_comma.kind == SpeakerKind::None) first_after_comma = next;
  }
  return first_after_comma.kind != SpeakerKind::None ? first_after_comma : found;
}

// Attribution before the quotation in its sentence. Sets `cue_piece`.
Candidate Attributor::before_attribution(std::uint32_t open_piece, std::uint32_t& cue_piece) {
  std::uint32_t floor = open_piece;
  while (floor > 0 && open_piece - floor < kMaxWindow) {
    const std::uint32_t previous = floor - 1;
    if (pieces_[previous].kind == PieceKind::Break || is_terminator(previous)) break;
    floor = previous;
  }
  // A reporting verb right before the quotation (`Trump boasted, “…”`, `X wrote: “…”`) wins
  // over earlier ones in the sentence.
  std::uint32_t adjacent = open_piece;
  while (adjacent > floor && open_piece - adjacent < 3 &&
         (is_punct(adjacent - 1, ",") || is_punct(adjacent - 1, ":") ||
          (is_word(adjacent - 1) && word(adjacent - 1) == "that")))
    --adjacent;
  if (adjacent > floor + 1 && is_word(adjacent - 1) && cue_at(adjacent - 1) == Cue::Finite) {
    Candidate found = np_backward(adjacent - 2, floor);
    if (found.kind != SpeakerKind::None) {
      cue_piece = adjacent - 1;
      return found;
    }
  }
  for (std::uint32_t index = floor; index < open_piece; ++index) {
    if (!is_word(index) || pieces_[index].inside >= 0) continue;
    const Cue cue = cue_at(index);
    if (cue == Cue::None || cue == Cue::Reading) continue;
    Candidate found;
    if (cue == Cue::According) {
      if (!(is_word(index + 1) && word(index + 1) == "to")) continue;
      found = np_forward(index + 2, open_piece);
    } else if (cue == Cue::Participle) {
      if (index > floor && is_name_word(index - 1) && !pieces_[index - 1].possessive) {
        found = name_run_backward(index - 1, floor);  // `footage of Smith saying “…”`
      } else {
        if (index == floor || !is_punct(index - 1, ",")) continue;
        found = clause_subject(floor, index);
      }
    } else if (index > floor) {
      if (is_punct(index + 1, ",") && later_finite_cue(index + 2, open_piece)) {
        continue;  // `Another economist cited, Acme’s Jo Bloggs, said “…”`: a modifier
      }
      found = np_backward(index - 1, floor);
      if (found.kind == SpeakerKind::None && is_name_word(index + 1)) {
        found = np_forward(index + 1, open_piece);  // inverted: `…, said Smith: “…”`
      }
    } else if (is_name_word(index + 1)) {
      found = np_forward(index + 1, open_piece);  // `Said Smith: “…”`
    }
    if (found.kind != SpeakerKind::None) {
      cue_piece = index;
      return found;
    }
  }
  // A colon introducing the quotation without a reporting verb (`Sanders made the following
  // comment:`): the clause's subject, when it is a name or a pronoun.
  if (open_piece > floor && is_punct(open_piece - 1, ":")) {
    Candidate found = clause_subject(floor, open_piece - 1);
    if (found.kind == SpeakerKind::Name || found.kind == SpeakerKind::Pronoun) {
      cue_piece = open_piece - 1;
      return found;
    }
  }
  return {};
}

// Attribution right after the quotation: `, he said`, `, said Smith`, `Smith, the …, said`,
// or `… according to X` anywhere up to the end of the sentence.
Candidate Attributor::after_attribution(std::uint32_t after_piece, bool ends_sentence,
                                        std::uint32_t& cue_piece) {
  std::uint32_t ceiling = after_piece;
  while (ceiling < pieces_.size() && ceiling - after_piece < kMaxWindow) {
    const Piece& piece = pieces_[ceiling];
    if (piece.kind == PieceKind::Break || piece.kind == PieceKind::Mark || is_terminator(ceiling) ||
        piece.inside >= 0)
      break;
    ++ceiling;
  }
  std::uint32_t start = after_piece;
  bool dashed = false;
  while (start < ceiling && (is_punct(start, ",") || is_dash(start))) {
    dashed = dashed || is_dash(start);
    ++start;
  }
  if (dashed && start < ceiling && is_name_word(start)) {
    // `“…” ― Jane Roe` (an epigraph's byline): a name that ends the line or the sentence.
    Candidate name = name_run_forward(start, ceiling);
    if (name.kind == SpeakerKind::Name && (name.last == ceiling || is_punct(name.last, ","))) {
      cue_piece = start - 1;
      return name;
    }
  }
  // After the reporting verb, a sentence-final quotation needs the clause to end (or go on
  // with a place, time or addressee), or this is a new sentence about something else.
  auto closes = [&](std::uint32_t index) {
    if (!ends_sentence || index >= ceiling || !is_word(index)) return true;
    static constexpr std::string_view kAfterCue[] = {
        "in",        "on",        "at",      "to",    "during", "after", "before",
        "from",      "according", "via",     "while", "when",   "last",  "this",
        "reporters", "in",        "earlier", "later", "told",   "as"};
    std::string_view next = word(index);
    if (pieces_[index].upper) return true;
    return std::find(std::begin(kAfterCue), std::end(kAfterCue), next) != std::end(kAfterCue);
  };
  if (start < ceiling && is_word(start)) {
    const Cue cue = cue_at(start);
    if (cue == Cue::Finite || cue == Cue::Reading) {
      Candidate found = np_forward(start + 1, ceiling);  // `said Lynn Kuok`
      if (found.kind != SpeakerKind::None) {
        cue_piece = start;
        return found;
      }
    }
    if (cue == Cue::None && !quotes::is_subordinator(word(start))) {
      // `he said`, `the post said`, `Tulsa police Chief Chuck Jordan said Monday`,
      // `Smith, a spokesman for the ministry, said`: the first reporting verb, its subject
      // starting the clause. A passive one inside an appositive (`who is said to`) is passed.
      for (std::uint32_t verb = start; verb < ceiling && verb - start < 30; ++verb) {
        if (!is_word(verb) || (cue_at(verb) != Cue::Finite && cue_at(verb) != Cue::Reading))
          continue;
        if (verb > start && is_word(verb - 1) && quotes::is_be_form(word(verb - 1))) continue;
        if (verb == start || !closes(verb + 1)) break;
        Candidate subject = np_backward(verb - 1, start);
        if (subject.kind != SpeakerKind::None) {
          cue_piece = verb;
          return subject;
        }
        break;
      }
    }
  }
  for (std::uint32_t index = start; index + 1 < ceiling; ++index) {
    if (is_word(index) && word(index) == "according" && word(index + 1) == "to") {
      Candidate found = np_forward(index + 2, ceiling);
      if (found.kind != SpeakerKind::None) {
        cue_piece = index;
        return found;
      }
    }
  }
  return {};
}

// The fullest earlier person name ending in the same word as `name` (most mentioned, then
// earliest), or nothing.
std::optional<std::string> Attributor::fullest_name(const std::string& name, std::uint32_t at) {
  auto space = name.rfind(' ');
  std::string_view last_word =
      std::string_view(name).substr(space == std::string::npos ? 0 : space + 1);
  const std::size_t name_words =
      static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1;
  const Mention* best = nullptr;
  int best_count = 0;
  for (const Mention& mention : mentions_) {
    if (mention.start >= at) break;
    if (mention.org || mention.words <= name_words || mention.last_word != last_word) continue;
    if (mention.words > 4) continue;
    int count = 0;
    for (const Mention& other : mentions_) {
      if (other.start >= at) break;
      if (other.text == mention.text) ++count;
    }
    if (!best || count > best_count) {
      best = &mention;
      best_count = count;
    }
  }
  if (!best && name_words == 1) {
    // `Li` for `Li Qiang`, `Hillary` for `Hillary Clinton`: a person named by the first word.
    for (const Mention& mention : mentions_) {
      if (mention.start >= at) break;
      if (!mention.person || mention.words < 2 || mention.words > 3) continue;
      if (std::string_view(mention.text).substr(0, name.size() + 1) == name + " ") {
        best = &mention;
        break;
      }
    }
  }
  if (!best) return std::nullopt;
  return best->text;
}

// A mention that names a person by its shape when nothing typed it: two or three words, not
// an organisation, a place or an acronym.
bool Attributor::person_like(const Mention& mention) const {
  if (mention.person) return true;
  if (mention.org || mention.place() || mention.words < 2 || mention.words > 3) return false;
  return !(mention.text.size() > 1 && mention.text[1] >= 'A' && mention.text[1] <= 'Z');
}

// For a pronoun opening its sentence (`He said …`), the subject of the sentence before, in
// this or the previous paragraph, when it is a person: its first name outside quotations,
// after no more than four other words and no pronoun (`Fund manager Jo Bloggs pointed to …`).
const Mention* Attributor::previous_subject(std::uint32_t index) const {
  // The pronoun's sentence may open with the quotation it attributes (`“…,” he said`) and with
  // up to two other words (`But he said`).
  std::uint32_t start = index;
  for (std::uint32_t words = 0; start > 0; --start) {
    const Piece& before = pieces_[start - 1];
    if (before.kind == PieceKind::Break) break;
    if (before.inside >= 0 || before.kind == PieceKind::Mark || is_punct(start - 1, ",")) continue;
    if (is_terminator(start - 1)) break;
    if (!is_word(start - 1) || ++words > 2 || !pronoun_at(start - 1).empty()) return nullptr;
  }
  if (start == 0) return nullptr;
  std::uint32_t end = start - 1;  // the break or terminator ending the sentence before
  if (pieces_[end].kind == PieceKind::Break && end > 0 && is_terminator(end - 1)) --end;
  std::uint32_t first = end;
  while (first > 0 && end - first < kMaxWindow && pieces_[first - 1].kind != PieceKind::Break &&
         (!is_terminator(first - 1) || pieces_[first - 1].inside >= 0))
    --first;
  auto mention = std::lower_bound(mentions_.begin(), mentions_.end(), pieces_[first].start,
                                  [](const Mention& m, std::uint32_t at) { return m.start < at; });
  std::uint32_t words = 0;
  std::uint32_t k = first;
  for (; mention != mentions_.end() && mention->start < pieces_[end].start; ++mention) {
    for (; k < end && pieces_[k].start < mention->start; ++k) {
      if (!is_word(k) || pieces_[k].inside >= 0) continue;
      if (!pronoun_at(k).empty() || ++words > 4) return nullptr;
    }
    if (k < end && pieces_[k].inside >= 0) continue;  // a name quoted
    // `During his travels in Southeast Asia, he …`: a name after a preposition is no subject.
    if (k > first && is_word(k - 1) && quotes::is_np_stop(word(k - 1))) continue;
    if (person_like(*mention)) return &*mention;
    // `Hedge-fund manager Jo Bloggs`: a name that modifies a title goes on to the next one.
    const std::uint32_t after = first_piece_at(mention->end);
    if (!(is_word(after) && !pieces_[after].upper && quotes::is_title(word(after)))) return nullptr;
  }
  return nullptr;
}

// True when the words of pieces [first, last) from byte `from` on are all function words
// (`the`, `its`, `one`, `please`); an acronym (`US`, `IT`) is not one.
bool Attributor::function_words_only(std::uint32_t first, std::uint32_t last,
                                     std::uint32_t from) const {
  bool any = false;
  for (std::uint32_t k = first; k < last; ++k) {
    if (!is_word(k) || pieces_[k].start < from) continue;
    std::string_view lowered = word(k);
    if (pieces_[k].possessive) lowered = lowered.substr(0, pieces_[k].name_end - pieces_[k].start);
    if (!quotes::is_function_word(quotes::bare_pronoun(lowered))) return false;
    if (pieces_[k].upper && find_country(raw(k))) return false;  // `US`, not `us`
    any = true;
  }
  return any;
}

Resolved Attributor::resolve(const Candidate& candidate, std::uint32_t at) {
  Resolved resolved = resolve_mention(candidate, at);
  if (resolved.text) {
    resolved.written = Span{pieces_[candidate.first].start, pieces_[candidate.last - 1].name_end};
  }
  return resolved;
}

Resolved Attributor::resolve_mention(const Candidate& mention, std::uint32_t at) {
  if (mention.kind == SpeakerKind::Pronoun) return resolve_pronoun(mention, at);
  // `Trump himself said`: an intensifying reflexive is not part of the name.
  Candidate candidate = mention;
  if (candidate.last - candidate.first >= 2 && is_word(candidate.last - 1)) {
    const std::string_view last = word(candidate.last - 1);
    if ((last.ends_with("self") || last.ends_with("selves")) && quotes::is_function_word(last))
      --candidate.last;
  }
  Resolved resolved;
  resolved.at = at;
  if (candidate.kind == SpeakerKind::None) return resolved;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool titled = false;
  std::string text = name_text(candidate.first, candidate.last, start, end, titled);
  if (text.empty() || function_words_only(candidate.first, candidate.last, start)) return resolved;
  if (candidate.kind == SpeakerKind::Description) {
    // `the IMF report said`: a written source speaks for the name it is written by.
    if (quotes::is_document_word(word(candidate.last - 1))) {
      for (std::uint32_t k = candidate.first; k + 1 < candidate.last; ++k) {
        if (!is_name_word(k) || opener_only(k)) continue;
        Candidate author = name_run_forward(k, candidate.last - 1);
        if (author.kind == SpeakerKind::Name) return resolve_mention(author, at);
        break;
      }
    }
    // A lone verb form caught in the subject slot (`after being accused`, `was named`).
    if (candidate.last - candidate.first == 1 && (text.ends_with("ed") || text.ends_with("ing")))
      return resolved;
    return resolve_description(text, start, end, at);
  }
  return resolve_name(candidate, text, start, end, titled, at);
}

Resolved Attributor::resolve_pronoun(const Candidate& candidate, std::uint32_t at) {
  Resolved resolved;
  resolved.at = at;
  {
    std::string_view pronoun = pronoun_at(candidate.first);
    const bool personal = pronoun == "he" || pronoun == "she" || pronoun == "i";
    if (pronoun == "he" || pronoun == "she") {
      if (const Mention* subject = previous_subject(candidate.first)) {
        resolved.text = subject->text;
        if (auto full = fullest_name(subject->text, at)) resolved.text = *full;
        resolved.person = true;
        return resolved;
      }
    }
    const std::uint32_t pronoun_start = pieces_[candidate.first].start;
    const Resolved* latest_speaker = nullptr;
    for (const Resolved& event : events_) {
      // `it` is an organisation, not any description that happened to precede a reporting
      // verb (`the calculations explained`).
      if (pronoun == "it" && event.text && !event.text->empty() &&
          !((*event.text)[0] >= 'A' && (*event.text)[0] <= 'Z') &&
          !quotes::is_org_word(lower_string(last_word_of(*event.text))))
        continue;
      if (event.text && event.person == personal && event.at < pronoun_start &&
          (!latest_speaker || event.at > latest_speaker->at)) {
        latest_speaker = &event;
      }
    }
    // Names inside quotations are not antecedents.
    const Mention* latest_mention = nullptr;
    for (const Mention& mention : mentions_) {
      if (mention.start >= pieces_[candidate.first].start) break;
      if ((personal ? mention.person : mention.org) &&
          pieces_[first_piece_at(mention.start)].inside < 0)
        latest_mention = &mention;
    }
    // The subject of a recent reporting verb (this or the previous paragraph) beats names
    // mentioned since (`Reagan said Nakasone had …` ¶ `He said …`); further back, the latest.
    bool recent_speaker = false;
    if (latest_speaker) {
      int breaks = 0;
      for (std::uint32_t k = candidate.first; k > 0 && pieces_[k - 1].start > latest_speaker->at;
           --k) {
        if (pieces_[k - 1].kind == PieceKind::Break) ++breaks;
      }
      recent_speaker = breaks <= 1;
    }
    if (latest_mention && !recent_speaker &&
        (!latest_speaker || latest_mention->start > latest_speaker->at)) {
      resolved.text = latest_mention->text;
      if (auto full = fullest_name(latest_mention->text, at)) resolved.text = *full;
      resolved.person = personal;
    } else if (latest_speaker) {
      resolved.text = latest_speaker->text;
      resolved.person = latest_speaker->person;
    }
    return resolved;
  }
}

Resolved Attributor::resolve_description(const std::string& text, std::uint32_t start,
                                         std::uint32_t end, std::uint32_t at) {
  Resolved resolved;
  resolved.at = at;
  {
    // Keep what is written (`the post`), unless an organisation with that head was named.
    std::string head =
        lower_string(text.substr(text.rfind(' ') == std::string::npos ? 0 : text.rfind(' ') + 1));
    const Mention* latest = nullptr;
    if (quotes::is_org_word(head)) {
      for (const Mention& mention : mentions_) {
        if (mention.start >= start) break;
        if (!mention.org) continue;
        if (has_word(lower_string(mention.text), head)) latest = &mention;
      }
    }
    if (latest) {
      resolved.text = latest->text;
    } else {
      resolved.text = text;
      resolved.span = Span{start, end};
    }
    return resolved;
  }
}

Resolved Attributor::resolve_name(const Candidate& candidate, const std::string& text,
                                  std::uint32_t start, std::uint32_t end, bool titled,
                                  std::uint32_t at) {
  Resolved resolved;
  resolved.at = at;
  bool org = false;
  std::uint32_t words = 0;
  for (std::uint32_t k = candidate.first; k < candidate.last; ++k) {
    if (!is_word(k)) continue;
    if (quotes::is_org_word(word(k))) org = true;
    if (pieces_[k].start >= start) ++words;
  }
  resolved.span = Span{start, end};
  resolved.text = text;
  // A single word said to speak is a person unless it is a place or an acronym (`Obama said`,
  // not `China said`, `USTR said`).
  const bool acronym = text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z';
  resolved.person = !org && (titled || words >= 2 || (!acronym && !find_country(text).has_value()));
  bool typed_org = false;  // an organisation by the entity annotator only
  if (!org) {
    for (const Entity& entity : analysis_.entities) {
      if (entity.span.start <= start && entity.span.end >= end) {
        if (entity.type == EntityType::Person) resolved.person = true;
        if (entity.type == EntityType::Org && !titled) {
          resolved.person = false;
          org = true;
          typed_org = true;
        }
        break;
      }
    }
  }
  // A surname the entity annotator typed ORG (`Yeutter said` after `Trade Representative
  // Clayton Yeutter`) is the person named in full before (a name that ends with it, not one
  // that starts with it: `Acme` of `Acme Energy`).
  if (!org || (typed_org && words == 1)) {
    auto full = fullest_name(text, at);
    if (full && org && !full->ends_with(" " + text)) full.reset();
    if (full) {
      resolved.text = *full;
      resolved.person = true;
    }
  }
  return resolved;
}

// The entity that names a speaker: the one at its mention (titles and affiliations left out),
// else one written as the speaker is. An organisation's name is no person's. An entity that
// stops before the mention does names only a part of it (`Azucena` of `Azucena Gonzàlez`,
// `New York` of `the New York businessman`), unless the mention is its voice or its writing
// (`a Unisys spokesman`, `Chirac’s statement`).
[[gnu::noinline]] const Entity* Attributor::speaker_entity(const Resolved& speaker) const {
  for (const Entity& entity : analysis_.entities) {
    bool at_mention = speaker.span &&
                      (entity.type == EntityType::Person ||
                       (entity.type == EntityType::Org && !speaker.person)) &&
                      entity.span.start < speaker.span->end &&
                      speaker.span->start < entity.span.end;
    if (at_mention && entity.span.end < speaker.span->end) {
      const std::string head = lower_string(
          last_word_of(text_.substr(speaker.span->start, speaker.span->end - speaker.span->start)));
      at_mention = quotes::is_document_word(head) ||
                   (entity.type == EntityType::Org && quotes::is_org_word(head));
    }
    if (at_mention ||
        text_.substr(entity.span.start, entity.span.end - entity.span.start) == *speaker.text)
      return &entity;
  }
  return nullptr;
}

// The text of `span` to the end of its last word: an entity may stop inside a hyphenated or
// accented word (`Park Geun` of `Park Geun-hye`). Letters are ASCII or Latin ones of two bytes
// (lead byte 0xC3-0xC9: `à`, `ő`), not a no-break space.
std::string_view Attributor::whole_words(Span span) const {
  auto latin = [&](std::size_t at) {
    const auto lead = static_cast<unsigned char>(text_[at]);
    return at + 1 < text_.size() && lead >= 0xC3 && lead <= 0xC9 &&
           (static_cast<unsigned char>(text_[at + 1]) & 0xC0) == 0x80;
  };
  // The length of the letter at `at`, or 0.
  auto letter = [&](std::size_t at) -> std::size_t {
    if (at >= text_.size()) return 0;
    if (text::is_alnum(text_[at])) return 1;
    return latin(at) ? 2 : 0;
  };
  std::size_t end = span.end;
  const bool in_word = end > span.start && (text::is_alnum(text_[end - 1]) ||
                                            (end >= span.start + 2 && latin(end - 2)));
  while (in_word) {
    if (const std::size_t size = letter(end)) {
      end += size;
    } else if (end < text_.size() && text_[end] == '-' && letter(end + 1) > 0) {
      ++end;
    } else {
      break;
    }
  }
  return text_.substr(span.start, end - span.start);
}

// The canonical form of a speaker: the entity stage's canonical name of speaker_entity();
// else, for a person, the fullest name in the whole article with the same last word (the most
// frequent such name for a one-word speaker, then its longest form with the same first word);
// a description opens in lower case (`The company` -> `the company`). True when an
// organisation entity names the speaker: `organisation` is then the entity as written there.
bool Attributor::canonical_speaker(Resolved& speaker, std::string& organisation) {
  if (!speaker.text || speaker.text->empty()) return false;
  std::string& name = *speaker.text;
  if (const Entity* entity = speaker_entity(speaker)) {
    const std::string_view written = whole_words(entity->span);
    if (entity->canonical.end > entity->canonical.start) {
      const std::string_view canonical = whole_words(entity->canonical);
      // A fuller name that ends in a title (`Acme Executive Director` for `Acme`) took in the
      // title of a person named after it: it is no name of the speaker.
      if (!ends_in_title(canonical) || ends_in_title(written)) name = one_line(canonical);
    }
    if (entity->type != EntityType::Org) return false;
    organisation = one_line(written);
    return true;
  }
  if (!(name[0] >= 'A' && name[0] <= 'Z')) return false;
  const auto space = name.find(' ');
  if (space != std::string::npos && quotes::is_determiner(lower_string(name.substr(0, space)))) {
    name[0] = static_cast<char>(name[0] - 'A' + 'a');
    return false;
  }
  if (!speaker.person) return false;
  const auto last_space = name.rfind(' ');
  const std::string_view last =
      std::string_view(name).substr(last_space == std::string::npos ? 0 : last_space + 1);
  const std::string_view first = std::string_view(name).substr(0, space);
  const bool one_word = space == std::string::npos;
  std::vector<const Mention*> same;  // fuller names of the same person
  for (const Mention& mention : mentions_) {
    if (mention.org || mention.place() || mention.words > 4 || mention.last_word != last) continue;
    if (mention.text.size() <= name.size()) continue;
    // `Trade and Industry Gan`: a run joined by a connector is a title or an organisation.
    if (has_word(mention.text, "and") || has_word(mention.text, "of") ||
        has_word(mention.text, "for"))
      continue;
    if (!one_word &&
        std::string_view(mention.text).substr(0, first.size() + 1) != std::string(first) + " ")
      continue;
    same.push_back(&mention);
  }
  if (same.empty()) return false;
  const Mention* best = same.front();
  if (one_word) {
    std::size_t best_count = 0;
    for (const Mention* candidate : same) {
      std::size_t count = 0;
      for (const Mention* other : same) count += other->text == candidate->text;
      if (count > best_count) {
        best = candidate;
        best_count = count;
      }
    }
  }
  const std::string_view best_first =
      std::string_view(best->text).substr(0, best->text.find(' ') + 1);
  for (const Mention* candidate : same) {
    if (candidate->text.size() > best->text.size() &&
        std::string_view(candidate->text).substr(0, best_first.size()) == best_first)
      best = candidate;
  }
  name = best->text;
  return false;
}

void Attributor::run(std::vector<Quote>& out) {
  collect_mentions();
  std::vector<Found> found(marked_.size());
  std::vector<std::uint32_t> open_pieces(marked_.size());
  std::vector<std::uint32_t> after_pieces(marked_.size());
  for (std::size_t q = 0; q < marked_.size(); ++q) {
    const MarkedSpan& span = marked_[q];
    const std::uint32_t first = first_piece_at(span.content_start);
    const std::uint32_t last = first_piece_at(span.content_end);
    for (std::uint32_t k = first; k < last; ++k) {
      pieces_[k].inside = static_cast<std::int32_t>(q);
      if (pieces_[k].kind == PieceKind::Word) ++found[q].words;
    }
    open_pieces[q] = first_piece_at(span.open);
    after_pieces[q] = first_piece_at(span.close_end);
  }
  collect_events(open_pieces, after_pieces);
  for (std::size_t q = 0; q < marked_.size(); ++q) {
    attribute(q, open_pieces[q], after_pieces[q], found[q]);
  }
  continue_speakers(found);
  emit(found, out);
}

// Every `subject <reporting verb>` outside quotations: pronouns and later short names resolve
// against these. Only the three paragraphs before each quotation and the text right after it
// are read. Then titled names and named subjects of reporting verbs are people; so is any
// mention ending in the same word (`Trump` after `Donald Trump said`).
void Attributor::collect_events(const std::vector<std::uint32_t>& open_pieces,
                                const std::vector<std::uint32_t>& after_pieces) {
  std::vector<std::uint8_t> near(pieces_.size(), 0);
  for (std::size_t q = 0; q < marked_.size(); ++q) {
    std::uint32_t from = open_pieces[q];
    for (int breaks = 0; from > 0; --from) {
      if (pieces_[from - 1].kind == PieceKind::Break && ++breaks > 3) break;
    }
    const std::size_t to = std::min<std::size_t>(pieces_.size(), after_pieces[q] + kMaxWindow);
    for (std::size_t k = from; k < to; ++k) near[k] = 1;
  }
  std::uint32_t sentence_floor = 0;
  for (std::uint32_t index = 0; index < pieces_.size(); ++index) {
    if (pieces_[index].kind == PieceKind::Break || is_terminator(index)) {
      sentence_floor = index + 1;
      continue;
    }
    if (!near[index] || !is_word(index) || pieces_[index].inside >= 0 || index == sentence_floor)
      continue;
    if (cue_at(index) != Cue::Finite) continue;
    Candidate subject = np_backward(index - 1, sentence_floor);
    if (subject.kind == SpeakerKind::None) continue;
    Resolved event = resolve(subject, pieces_[index].start);
    event.cue_piece = index;
    if (event.text) events_.push_back(std::move(event));
  }
  // Last words of people (views into mentions_ and events_, which stay put here).
  text::WordSet person_last_words;
  for (const Mention& mention : mentions_) {
    if (mention.person) person_last_words.insert(mention.last_word);
  }
  for (const Resolved& event : events_) {
    if (!event.person || !event.text) continue;
    const std::string_view name = *event.text;
    const auto space = name.rfind(' ');
    person_last_words.insert(name.substr(space == std::string_view::npos ? 0 : space + 1));
  }
  for (Mention& mention : mentions_) {
    if (person_last_words.contains(mention.last_word) &&
        !quotes::is_org_word(lower_string(mention.last_word))) {
      mention.person = true;
      mention.org = false;
    }
  }
}

// Attributes quotation `q` by the reporting patterns around it (the file comment's steps 1-3
// and the colon and sentence-end rules).
void Attributor::attribute(std::size_t q, std::uint32_t open_piece, std::uint32_t after_piece,
                           Found& item) {
  const MarkedSpan& span = marked_[q];
  item.quote.span = Span{span.content_start, span.content_end};
  item.open_piece = open_piece;
  std::uint32_t paragraph_first = open_piece;
  while (paragraph_first > 0 && pieces_[paragraph_first - 1].kind != PieceKind::Break)
    --paragraph_first;
  item.paragraph_first = paragraph_first;
  const char final_char = text_[span.content_end - 1];
  const bool ends_sentence = final_char == '.' || final_char == '!' || final_char == '?';
  std::uint32_t cue_piece = 0;
  Candidate candidate = after_attribution(after_piece, ends_sentence, cue_piece);
  if (candidate.kind == SpeakerKind::None) {
    candidate = before_attribution(open_piece, cue_piece);
  }
  if (candidate.kind == SpeakerKind::None && open_piece >= 2 &&
      pieces_[open_piece - 1].kind == PieceKind::Break && is_punct(open_piece - 2, ":")) {
    candidate = before_attribution(open_piece - 1, cue_piece);  // `Smith said:` ¶ `“…”`
  }
  if (candidate.kind == SpeakerKind::None && open_piece >= 1 && is_terminator(open_piece - 1)) {
    // `…, the post said.` `“…”`: a sentence ending in its attribution, or in a place or
    // time phrase after it (`X said in an interview on Channel 5.` `“…”`).
    for (auto event = events_.rbegin(); event != events_.rend(); ++event) {
      if (event->cue_piece >= open_piece) continue;
      const std::uint32_t tail = open_piece - 1 - event->cue_piece;
      const bool phrase = tail <= 14 && is_word(event->cue_piece + 1) &&
                          quotes::is_setting_word(word(event->cue_piece + 1));
      if (tail > 6 && !phrase) continue;
      bool clear = true;
      for (std::uint32_t k = event->cue_piece; k + 1 < open_piece; ++k) {
        if (pieces_[k].kind != PieceKind::Word && pieces_[k].kind != PieceKind::Punct)
          clear = false;
        if (is_terminator(k) || (is_word(k) && word(k) == "that")) clear = false;
      }
      if (!clear) continue;
      item.attributed = true;
      item.speaker = *event;
      item.quote.cue = std::string(word(event->cue_piece));
      break;
    }
  }
  if (candidate.kind != SpeakerKind::None) {
    item.attributed = true;
    item.speaker = resolve(candidate, pieces_[cue_piece].start);
    if (is_word(cue_piece)) item.quote.cue = std::string(word(cue_piece));
    if (item.quote.cue == "according") item.quote.cue = "according to";
    item.speaker.cue_piece = cue_piece;
    if (item.speaker.text) events_.push_back(item.speaker);
  }
}

// Continuations: a reopened paragraph, a quotation after an attributed one in the same
// paragraph, or a paragraph opening with a quotation right after a quoting paragraph.
void Attributor::continue_speakers(std::vector<Found>& found) const {
  for (std::size_t q = 0; q + 1 < found.size(); ++q) {
    if (marked_[q + 1].continues_previous && found[q + 1].attributed && !found[q].attributed) {
      // Back-fill an opening paragraph from the paragraph that closes the quotation.
      std::size_t back = q + 1;
      while (back > 0 && marked_[back].continues_previous && !found[back - 1].attributed) {
        found[back - 1].speaker = found[back].speaker;
        found[back - 1].quote.cue = found[back].quote.cue;
        --back;
      }
    }
  }
  for (std::size_t q = 1; q < found.size(); ++q) {
    Found& item = found[q];
    if (item.attributed || item.speaker.text) continue;
    const Found& previous = found[q - 1];
    const bool same_paragraph = marked_[q].paragraph == marked_[q - 1].paragraph;
    const bool opens_next_paragraph = marked_[q].paragraph == marked_[q - 1].paragraph + 1 &&
                                      item.open_piece == item.paragraph_first;
    if (same_paragraph || marked_[q].continues_previous || opens_next_paragraph) {
      item.speaker = previous.speaker;
      item.quote.cue = previous.quote.cue;
    }
  }
}

// Writes the quotations worth a record, with their speakers in canonical form.
void Attributor::emit(std::vector<Found>& found, std::vector<Quote>& out) {
  std::vector<OrganisationSpeaker> organisations;
  for (Found& item : found) {
    // One or two words are a quotation only when a reporting verb governs them; otherwise a
    // scare quote or a title.
    if (item.words <= 2 && !item.attributed) continue;
    const bool spoken = item.attributed || item.speaker.text.has_value();
    if (!spoken) {
      // A title in title case (`Make America Great Again`) nobody is reported as saying.
      std::uint32_t capitalised = 0;
      std::uint32_t words = 0;
      for (std::uint32_t k = item.open_piece;
           k < pieces_.size() && pieces_[k].start < item.quote.span.end; ++k) {
        if (!is_word(k) || pieces_[k].start < item.quote.span.start) continue;
        ++words;
        if (pieces_[k].upper || quotes::is_connector(word(k)) || word(k) == "the" || word(k) == "a")
          ++capitalised;
      }
      if (words <= 6 && capitalised == words) continue;
    }
    std::string named;  // an organisation's name as the article writes it there
    if (canonical_speaker(item.speaker, named))
      organisations.push_back({out.size(), *item.speaker.text, std::move(named)});
    item.quote.speaker = item.speaker.text;
    item.quote.speaker_span = item.speaker.span;
    if (item.speaker.text) item.quote.speaker_written = item.speaker.written;
    if (!item.quote.speaker) item.quote.cue.reset();
    out.push_back(std::move(item.quote));
  }
  one_name_per_organisation(organisations, out);
}

// A worker's buffers, kept from one document to the next.
struct QuoteScratch : AnnotatorScratch {
  std::vector<MarkedSpan> marked;
  std::vector<Piece> pieces;
  std::vector<std::int8_t> cue_cache;
};

class QuoteAnnotator : public ScratchAnnotator<QuoteScratch> {
 private:
  void run(const Document& doc, Analysis& analysis, QuoteScratch& scratch) const override {
    std::vector<MarkedSpan>& marked = scratch.marked;
    marked.clear();
    const bool wrapped = quotes::is_hard_wrapped(doc.text);
    quotes::find_quotations(doc.text, wrapped, marked);
    if (marked.empty()) return;
    // Attribution reads at most a sentence past the last quotation.
    const std::size_t lex_end =
        std::min(doc.text.size(), static_cast<std::size_t>(marked.back().close_end) + 1000);
    std::vector<Piece>& pieces = scratch.pieces;
    pieces.clear();
    pieces.reserve(lex_end / 5);
    if (analysis.tokens.empty()) {
      quotes::lex(std::string_view(doc.text).substr(0, lex_end), wrapped, pieces);
    } else {
      quotes::pieces_from_tokens(doc.text, analysis.tokens, wrapped, lex_end, pieces);
    }
    Attributor(doc, analysis, pieces, marked, scratch.cue_cache).run(analysis.quotes);
  }
};

}  // namespace

std::shared_ptr<const Annotator> make_quote_annotator() {
  return std::make_shared<QuoteAnnotator>();
}

}  // namespace newsmine
