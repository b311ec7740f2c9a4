// Lexer and word lists for quote attribution.
#include "extract/quotes_words.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "newsmine/embedded.hpp"
#include "text/abbreviations.hpp"
#include "text/word_table.hpp"
#include "util/list_lines.hpp"

namespace newsmine::quotes {

namespace {

using text::WordSet;
using text::WordTable;

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of the code point at `pos` (1 for invalid bytes).
std::size_t code_length(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t count = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (pos + count > text.size()) return 1;
  for (std::size_t k = 1; k < count; ++k) {
    if ((static_cast<unsigned char>(text[pos + k]) & 0xC0u) != 0x80u) return 1;
  }
  return count;
}

bool starts_with(std::string_view text, std::size_t pos, std::string_view prefix) {
  return text.compare(pos, prefix.size(), prefix) == 0;
}

// Letters and digits, including non-ASCII letters (anything outside the punctuation blocks).
bool letter_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return is_ascii_alnum(lead);
  if (lead == 0xC2) return false;  // U+0080..U+00BF: « » no-break space
  if (lead == 0xE2 && pos + 1 < text.size()) {
    const auto second = static_cast<unsigned char>(text[pos + 1]);
    if (second == 0x80 || second == 0x81) return false;  // U+2000..U+207F: quotes, dashes
  }
  if (lead == 0xE3 && starts_with(text, pos, "\xE3\x80\x80")) return false;  // ideographic space
  return true;
}

bool space_at(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return true;
  if (starts_with(text, pos, "\xC2\xA0")) return true;
  if (static_cast<unsigned char>(c) == 0xE2 && pos + 2 < text.size() &&
      static_cast<unsigned char>(text[pos + 1]) == 0x80) {
    const auto third = static_cast<unsigned char>(text[pos + 2]);
    return third <= 0x8B || third == 0xAF;
  }
  return false;
}

}  // namespace

void lex(std::string_view text, bool wrapped, std::vector<Piece>& out) {
  std::size_t pos = 0;
  bool pending_break = false;
  while (pos < text.size()) {
    if (text[pos] == '\n') {
      std::size_t next = pos + 1;
      if (next < text.size() && text[next] == '\r') ++next;
      if (!wrapped || next >= text.size() || text[next] == '\n' || text[next] == ' ' ||
          text[next] == '\t') {
        pending_break = true;
      }
      ++pos;
      continue;
    }
    if (space_at(text, pos)) {
      pos += code_length(text, pos);
      continue;
    }
    if (pending_break && !out.empty() && out.back().kind != PieceKind::Break) {
      out.push_back({static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos),
                     static_cast<std::uint32_t>(pos), PieceKind::Break});
    }
    pending_break = false;
    const auto start = static_cast<std::uint32_t>(pos);
    if (letter_at(text, pos)) {
      std::size_t end = pos + code_length(text, pos);
      for (;;) {
        while (end < text.size() && is_ascii_alnum(static_cast<unsigned char>(text[end]))) ++end;
        if (end >= text.size()) break;
        if (static_cast<unsigned char>(text[end]) >= 0x80 && letter_at(text, end)) {
          end += code_length(text, end);
          continue;
        }
        // Inner joiners: U.S, anti-China, don't, Xi’s.
        std::size_t joiner = 0;
        if (text[end] == '.' || text[end] == '-' || text[end] == '\'' || text[end] == '&') {
          joiner = 1;
        } else if (starts_with(text, end, "\xE2\x80\x99")) {
          joiner = 3;
        }
        if (joiner && letter_at(text, end + joiner)) {
          end += joiner;
          continue;
        }
        break;
      }
      std::string_view word = text.substr(pos, end - pos);
      if (end < text.size() && text[end] == '.') {
        const bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
        const bool inside_brackets =
            end + 1 < text.size() && (text[end + 1] == ')' || text[end + 1] == ',');
        if (initial || inside_brackets || word.find('.') != std::string_view::npos ||
            text::is_abbreviation_any_case(word)) {
          ++end;
        }
      }
      Piece piece{start, static_cast<std::uint32_t>(end), static_cast<std::uint32_t>(end),
                  PieceKind::Word};
      piece.upper = text[pos] >= 'A' && text[pos] <= 'Z';
      if (word.size() > 2 && (word.ends_with("'s") || word.ends_with("'S"))) {
        piece.possessive = true;
        piece.name_end = static_cast<std::uint32_t>(end - 2);
      } else if (word.size() > 4 && word.ends_with("\xE2\x80\x99s")) {
        piece.possessive = true;
        piece.name_end = static_cast<std::uint32_t>(end - 4);
      }
      out.push_back(piece);
      pos = end;
      continue;
    }
    const std::size_t length = code_length(text, pos);
    std::string_view symbol = text.substr(pos, length);
    const bool mark = symbol == "\"" || symbol == "'" || symbol == "\xE2\x80\x9C" ||
                      symbol == "\xE2\x80\x9D" || symbol == "\xE2\x80\x98" ||
                      symbol == "\xE2\x80\x99" || symbol == "\xE2\x80\x9E" ||
                      symbol == "\xC2\xAB" || symbol == "\xC2\xBB";
    out.push_back({start, static_cast<std::uint32_t>(pos + length),
                   static_cast<std::uint32_t>(pos + length),
                   mark ? PieceKind::Mark : PieceKind::Punct});
    pos += length;
  }
}

void pieces_from_tokens(std::string_view text, const std::vector<Token>& tokens, bool wrapped,
                        std::size_t text_end, std::vector<Piece>& out) {
  for (const Token& token : tokens) {
    if (token.start >= text_end) break;
    if (token.breaks_before > 0 && !out.empty() && out.back().kind != PieceKind::Break) {
      const char before = text[token.start - 1];
      if (!wrapped || token.breaks_before > 1 || before == ' ' || before == '\t') {
        out.push_back({token.start, token.start, token.start, PieceKind::Break});
      }
    }
    std::string_view token_text = text.substr(token.start, token.end - token.start);
    if (token.cls == TokenClass::Word && !out.empty() && out.back().kind == PieceKind::Word &&
        out.back().end == token.start &&
        (token_text == "'s" || token_text == "\xE2\x80\x99s" || token_text == "'S")) {
      Piece& owner = out.back();
      owner.possessive = true;
      owner.name_end = owner.end;
      owner.end = token.end;
      continue;
    }
    if (token.cls == TokenClass::Punct && token_text == "." && !out.empty() &&
        out.back().kind == PieceKind::Word && out.back().end == token.start &&
        token.end < text.size() && (text[token.end] == ')' || text[token.end] == ',')) {
      out.back().end = out.back().name_end = token.end;
      continue;
    }
    Piece piece{token.start, token.end, token.end, PieceKind::Word};
    switch (token.cls) {
      case TokenClass::OpenQuote:
      case TokenClass::CloseQuote:
        piece.kind = PieceKind::Mark;
        break;
      case TokenClass::Punct:
      case TokenClass::Dash:
        piece.kind = PieceKind::Punct;
        break;
      default:
        piece.upper = text[token.start] >= 'A' && text[token.start] <= 'Z';
        break;
    }
    out.push_back(piece);
  }
}

Cue cue_of(std::string_view word) {
  static const WordTable<Cue> table = [] {
    WordTable<Cue> made;
    for (std::string_view verb :
         {"said",       "says",       "say",        "told",         "tells",        "added",
          "adds",       "warned",     "warns",      "noted",        "notes",        "argued",
          "argues",     "wrote",      "writes",     "stated",       "insisted",     "insists",
          "urged",      "urges",      "repeated",   "acknowledged", "acknowledges", "explained",
          "explains",   "asked",      "asks",       "declared",     "declares",     "announced",
          "announces",  "claimed",    "claims",     "suggested",    "suggests",     "recalled",
          "recalls",    "replied",    "replies",    "responded",    "responds",     "remarked",
          "observed",   "emphasized", "emphasised", "stressed",     "stresses",     "tweeted",
          "tweets",     "posted",     "admitted",   "admits",       "conceded",     "concedes",
          "predicted",  "predicts",   "vowed",      "vows",         "promised",     "promises",
          "cautioned",  "cautions",   "complained", "complains",    "concluded",    "contended",
          "contends",   "countered",  "counters",   "charged",      "joked",        "quipped",
          "mused",      "shouted",    "yelled",     "pledged",      "pledges",      "demanded",
          "demands",    "commented",  "testified",  "confirmed",    "confirms",     "denied",
          "denies",     "lamented",   "boasted",    "bragged",      "maintained",   "maintains",
          "reiterated", "reiterates", "proclaimed", "continued",    "called",       "calls",
          "described",  "describes",  "dubbed",     "labeled",      "labelled",     "blasted",
          "slammed",    "accused",    "criticized", "criticised",   "condemned",    "reported",
          "reports",    "quoted",     "cited",      "opined",       "exclaimed",    "whispered",
          "recounted",  "agreed",     "agrees",     "advised",      "reckoned",     "thundered",
          "likened",    "fumed",      "wondered",   "answered",     "began",        "explain",
          "tweet",      "wrote",      "write",      "warn",         "add",          "tell",
          "insist",     "argue",      "note",       "claim",        "promise",      "vow",
          "urge",       "suggest",    "predict",    "declare",      "announce",     "stress"}) {
      made.insert(verb, Cue::Finite);
    }
    for (std::string_view verb :
         {"saying",        "telling",    "adding",     "noting",     "writing",     "warning",
          "arguing",       "explaining", "insisting",  "declaring",  "calling",     "urging",
          "stressing",     "claiming",   "describing", "suggesting", "tweeting",    "stating",
          "asking",        "vowing",     "promising",  "accusing",   "emphasizing", "emphasising",
          "acknowledging", "predicting", "replying",   "responding", "complaining", "pledging",
          "announcing",    "lamenting",  "recalling",  "admitting"}) {
      made.insert(verb, Cue::Participle);
    }
    made.insert("read", Cue::Reading);
    made.insert("reads", Cue::Reading);
    made.insert("according", Cue::According);
    return made;
  }();
  const Cue* found = table.find(word);
  return found ? *found : Cue::None;
}

bool is_title(std::string_view word) {
  static const WordSet table = {
      "mr.",          "mrs.",           "ms.",          "dr.",           "prof.",
      "sen.",         "rep.",           "gov.",         "gen.",          "lt.",
      "col.",         "sgt.",           "capt.",        "adm.",          "rev.",
      "hon.",         "pres.",          "mr",           "mrs",           "ms",
      "dr",           "miss",           "sir",          "dame",          "lord",
      "president",    "premier",        "minister",     "secretary",     "chancellor",
      "senator",      "representative", "congressman",  "congresswoman", "governor",
      "mayor",        "king",           "queen",        "prince",        "princess",
      "admiral",      "chairman",       "chairwoman",   "chair",         "ceo",
      "spokesman",    "spokeswoman",    "spokesperson", "ambassador",    "envoy",
      "commissioner", "director",       "leader",       "speaker",       "justice",
      "judge",        "professor",      "economist",    "analyst",       "candidate",
      "nominee",      "pope",           "sheikh",       "emir",          "chief",
      "attorney",     "officer",        "executive",    "founder",       "pastor",
      "rabbi",        "father",         "sister",       "brother",       "colonel",
      "sergeant",     "captain",        "lieutenant",   "commander",     "deputy",
      "vice",         "prime",          "treasurer",    "strategist",    "pollster",
      "host",         "anchor",         "columnist",    "editor",        "manager",
      "adviser",      "advisor",        "aide",         "lawmaker",      "official",
      "nominee",      "sens.",          "reps.",        "gens.",         "pm",
      "dpm"};
  return table.contains(word);
}

bool is_pronoun(std::string_view word) {
  return word == "he" || word == "she" || word == "they" || word == "it" || word == "we" ||
         word == "i";
}

bool is_determiner(std::string_view word) {
  static const WordSet table = {"the",   "a",       "an",      "his",   "her",   "its",
                                "their", "our",     "this",    "that",  "these", "those",
                                "one",   "another", "several", "some",  "many",  "two",
                                "three", "other",   "each",    "every", "both",  "most"};
  return table.contains(word);
}

bool is_np_stop(std::string_view word) {
  static const WordSet table = {
      "that",   "which",   "who",       "whom",  "whose", "and",       "or",       "but",
      "to",     "in",      "on",        "at",    "for",   "with",      "by",       "from",
      "as",     "of",      "is",        "was",   "were",  "are",       "be",       "been",
      "has",    "have",    "had",       "will",  "would", "could",     "should",   "may",
      "might",  "can",     "not",       "also",  "when",  "while",     "if",       "after",
      "before", "because", "than",      "into",  "about", "over",      "under",    "during",
      "since",  "until",   "where",     "what",  "why",   "how",       "there",    "then",
      "so",     "just",    "even",      "still", "yet",   "did",       "do",       "does",
      "said",   "says",    "told",      "me",    "him",   "them",      "us",       "you",
      "it",     "he",      "she",       "they",  "we",    "i",         "against",  "via",
      "per",    "however", "meanwhile", "now",   "today", "yesterday", "tomorrow", "last",
      "next"};
  return table.contains(word);
}

bool is_skippable(std::string_view word) {
  static const WordSet table = {
      "also",    "has",      "have",      "had",        "was",        "were",       "is",
      "are",     "would",    "will",      "later",      "previously", "then",       "recently",
      "further", "again",    "once",      "just",       "already",    "earlier",    "first",
      "had",     "did",      "does",      "reportedly", "often",      "frequently", "repeatedly",
      "once",    "simply",   "only",      "flatly",     "even",       "still",      "quickly",
      "finally", "publicly", "privately", "similarly",  "separately", "openly",     "bluntly",
      "angrily", "recently", "has",       "been",       "had",        "then"};
  if (table.contains(word)) return true;
  if (word.ends_with("n't") || word.ends_with("n\xE2\x80\x99t")) return true;  // didn't, won’t
  return word.size() > 4 && word.ends_with("ly") && word != "family" && word != "italy" &&
         word != "ally" && word != "rally" && word != "july";
}

bool is_org_word(std::string_view word) {
  static const WordSet table = {
      "ministry",   "department",     "office",       "agency",       "commission",
      "council",    "bank",           "group",        "inc.",         "inc",
      "corp.",      "corp",           "company",      "association",  "institute",
      "university", "news",           "times",        "post",         "journal",
      "government", "administration", "committee",    "bureau",       "party",
      "house",      "embassy",        "court",        "union",        "media",
      "reuters",    "xinhua",         "statement",    "organization", "organisation",
      "foundation", "board",          "authority",    "service",      "campaign",
      "center",     "centre",         "network",      "coalition",    "federation",
      "chamber",    "senate",         "congress",     "parliament",   "cabinet",
      "police",     "army",           "fund",         "institution",  "society",
      "tribune",    "herald",         "magazine",     "press",        "broadcaster",
      "television", "radio",          "blog",         "website",      "newspaper",
      "letter",     "report",         "announcement", "spokesperson", "spokesman",
      "spokeswoman"};
  return table.contains(word);
}

bool is_connector(std::string_view word) {
  return word == "of" || word == "for" || word == "de" || word == "da" || word == "van" ||
         word == "von" || word == "bin" || word == "al" || word == "la" || word == "del" ||
         word == "&" || word == "and";
}

bool is_sentence_opener(std::string_view word) {
  static const WordSet table = {
      "the",        "a",         "an",       "but",       "and",      "or",       "in",
      "on",         "at",        "for",      "with",      "by",       "from",     "as",
      "to",         "of",        "if",       "when",      "while",    "after",    "before",
      "this",       "that",      "these",    "those",     "it",       "he",       "she",
      "they",       "we",        "i",        "you",       "his",      "her",      "its",
      "their",      "our",       "my",       "there",     "here",     "so",       "yet",
      "still",      "already",   "last",     "next",      "even",     "also",     "now",
      "then",       "since",     "although", "though",    "because",  "why",      "what",
      "who",        "how",       "where",    "not",       "no",       "yes",      "some",
      "many",       "most",      "all",      "both",      "each",     "every",    "one",
      "two",        "three",     "asked",    "meanwhile", "however",  "instead",  "indeed",
      "ultimately", "according", "said",     "says",      "during",   "under",    "over",
      "about",      "despite",   "without",  "among",     "such",     "like",     "unlike",
      "is",         "was",       "are",      "were",      "do",       "does",     "did",
      "has",        "have",      "had",      "will",      "would",    "can",      "could",
      "should",     "may",       "might",    "must",      "let",      "please",   "thank",
      "thanks",     "dear",      "today",    "yesterday", "tomorrow", "monday",   "tuesday",
      "wednesday",  "thursday",  "friday",   "saturday",  "sunday",   "recently", "earlier",
      "later",      "again",     "further",  "more",      "other",    "another",  "any",
      "every",      "whether",   "either",   "neither",   "nor"};
  return table.contains(word);
}

namespace {

// Adds the words of an embedded list (one a line, '#' starts a comment line).
void add_lines(std::string_view data, WordTable<bool>& table) {
  util::for_each_list_line(data,
                           [&](std::string_view word, std::size_t) { table.insert(word, true); });
}

}  // namespace

bool is_function_word(std::string_view word) {
  static const WordTable<bool> table = [] {
    WordTable<bool> made;
    add_lines(embedded_data("stats/stopwords.txt"), made);
    add_lines(embedded_data("quotes/non-speakers.txt"), made);
    return made;
  }();
  return table.find(word) != nullptr;
}

bool is_document_word(std::string_view word) {
  static const WordTable<bool> table = [] {
    WordTable<bool> made;
    add_lines(embedded_data("quotes/document-words.txt"), made);
    return made;
  }();
  return table.find(word) != nullptr;
}

std::string_view bare_pronoun(std::string_view word) {
  // Pronouns are at most four letters: `they’re` is the longest form with a clitic.
  if (word.size() < 3 || word.size() > 9) return word;
  // The last straight apostrophe, else the last curly one; one pass over the few bytes.
  std::size_t apostrophe = std::string_view::npos;
  std::size_t curly = std::string_view::npos;
  for (std::size_t k = word.size(); k-- > 0;) {
    if (word[k] == '\'') {
      apostrophe = k;
      break;
    }
    if (curly == std::string_view::npos && word[k] == '\x99' && k >= 2 && word[k - 1] == '\x80' &&
        word[k - 2] == '\xE2')
      curly = k - 2;
  }
  std::size_t after = apostrophe + 1;
  if (apostrophe == std::string_view::npos) {
    if (curly == std::string_view::npos) return word;
    apostrophe = curly;
    after = curly + 3;
  }
  const std::string_view clitic = word.substr(after);
  if (clitic != "m" && clitic != "s" && clitic != "re" && clitic != "ve" && clitic != "d" &&
      clitic != "ll")
    return word;
  const std::string_view stem = word.substr(0, apostrophe);
  return is_pronoun(stem) ? stem : word;
}

namespace {

enum WordClass : std::uint8_t { kSubordinator = 1, kSetting = 2, kNounMarker = 4, kBe = 8 };

bool has_class(std::string_view word, WordClass wanted) {
  static const WordTable<std::uint8_t> table = [] {
    std::vector<std::pair<std::string_view, std::uint8_t>> entries;
    util::for_each_list_line(
        embedded_data("quotes/word-classes.tsv"), [&](std::string_view line, std::size_t) {
          const std::size_t tab = line.find('\t');
          if (tab == std::string_view::npos) return;
          const std::string_view name = line.substr(tab + 1);
          const std::uint8_t bit = name == "subordinator"  ? kSubordinator
                                   : name == "setting"     ? kSetting
                                   : name == "noun-marker" ? kNounMarker
                                   : name == "be"          ? kBe
                                                           : 0;
          const std::string_view key = line.substr(0, tab);
          auto found = std::find_if(entries.begin(), entries.end(),
                                    [&](const auto& entry) { return entry.first == key; });
          if (found == entries.end()) {
            entries.emplace_back(key, bit);
          } else {
            found->second = static_cast<std::uint8_t>(found->second | bit);
          }
        });
    WordTable<std::uint8_t> made;
    for (const auto& [key, bits] : entries) made.insert(key, bits);
    return made;
  }();
  const std::uint8_t* bits = table.find(word);
  return bits && (*bits & wanted) != 0;
}

}  // namespace

bool is_subordinator(std::string_view word) {
  return has_class(word, kSubordinator);
}
bool is_setting_word(std::string_view word) {
  return has_class(word, kSetting);
}
bool is_noun_marker(std::string_view word) {
  return has_class(word, kNounMarker);
}
bool is_be_form(std::string_view word) {
  return has_class(word, kBe);
}

}  // namespace newsmine::quotes
