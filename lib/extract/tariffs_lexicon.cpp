#include "extract/tariffs_lexicon.hpp"

#include <initializer_list>
#include <utility>

#include "text/word_table.hpp"

namespace newsmine::tariffs {

namespace {

using text::WordSet;
using text::WordTable;

struct ActTable {
  WordTable<ActWord> by_word;

  void add(Act act, bool noun, std::initializer_list<std::string_view> words) {
    for (std::string_view word : words) by_word.insert(word, ActWord{act, noun});
  }

  ActTable() {
    add(Act::Impose, false,
        {"impose",     "imposed",    "imposes",     "imposing",     "place",       "placed",
         "places",     "placing",    "slap",        "slapped",      "slaps",       "slapping",
         "levied",     "levying",    "apply",       "applied",      "applies",     "applying",
         "introduce",  "introduced", "introduces",  "introducing",  "activate",    "activates",
         "activated",  "activating", "assess",      "assessed",     "assessing",   "require",
         "requires",   "required",   "establish",   "established",  "establishes", "establishing",
         "set",        "implement",  "implemented", "implementing", "enact",       "enacted",
         "adopt",      "adopted",    "put",         "puts",         "authorize",   "authorized",
         "charge",     "charged",    "charges",     "charging",     "collect",     "collected",
         "collecting", "levy",       "ruled",       "ruling"});
    add(Act::Impose, true, {"imposition", "introduction", "establishment", "implementation"});
    add(Act::Threaten, false,
        {"threaten", "threatened", "threatens", "threatening", "propose", "proposed", "proposes",
         "proposing"});
    add(Act::Threaten, true, {"threat", "threats", "proposal", "proposals"});
    add(Act::Raise, false,
        {"raise",    "raised",    "raises",     "raising",   "hike",      "hiked",    "hiking",
         "increase", "increased", "increasing", "boost",     "boosted",   "boosting", "double",
         "doubled",  "doubling",  "triple",     "tripled",   "climb",     "climbed",  "rise",
         "rose",     "risen",     "escalate",   "escalated", "escalating"});
    add(Act::Raise, true, {"hikes", "increases", "rises", "escalation"});
    add(Act::Lower, false,
        {"cut",      "cutting",  "reduce",  "reduced", "reduces", "reducing", "lower", "lowered",
         "lowers",   "lowering", "ease",    "eased",   "eases",   "easing",   "slash", "slashed",
         "slashing", "trim",     "trimmed", "improve", "halve",   "halved"});
    add(Act::Lower, true, {"cuts", "reduction", "reductions", "concession", "concessions"});
    add(Act::Pause, false,
        {"pause", "paused", "pausing", "suspend", "suspended", "suspends", "suspending", "delay",
         "delayed", "delaying", "postpone", "postponed", "postponing", "waive", "waived", "waives",
         "defer", "deferred", "freeze"});
    add(Act::Pause, true, {"pauses", "suspension", "delays", "postponement", "truce", "reprieve"});
    add(Act::Lift, false,
        {"lift",      "lifted",     "lifts",      "lifting",     "remove",     "removed",
         "removes",   "removing",   "drop",       "dropped",     "drops",      "dropping",
         "cancel",    "cancelled",  "canceled",   "cancels",     "cancelling", "canceling",
         "eliminate", "eliminated", "eliminates", "eliminating", "exempt",     "exempted",
         "exempts",   "exempting",  "exclude",    "excluded",    "excludes",   "excluding",
         "scrap",     "scrapped",   "scraps",     "abolish",     "abolished",  "repeal",
         "repealed",  "rescind",    "rescinded",  "withdraw",    "withdrew",   "withdrawn",
         "terminate", "terminated"});
    add(Act::Lift, true,
        {"removal", "elimination", "exemption", "exemptions", "exclusion", "exclusions", "repeal",
         "waiver", "waivers", "rollback"});
    add(Act::Ward, false, {"avert", "averted", "avoid", "avoided", "prevent", "prevented"});
    add(Act::React, false,
        {"respond",    "responded",   "responds",  "responding", "retaliate",  "retaliated",
         "retaliates", "retaliating", "challenge", "challenged", "oppose",     "opposed",
         "opposes",    "protest",     "protested", "condemn",    "condemned",  "denounce",
         "denounced",  "benefit",     "benefits",  "benefited",  "benefitted", "benefiting",
         "face",       "faces",       "faced",     "facing"});
    add(Act::React, true, {"retaliation", "response"});
  }
};

const ActTable& act_table() {
  static const ActTable table;
  return table;
}

}  // namespace

Trigger trigger_of(std::string_view lower) {
  if (lower.size() < 3 || lower.size() > 15) return Trigger::None;
  // Second letters first: this runs on many tokens ("the", "to", "company").
  const char second = lower[1];
  if (second != 'a' && second != 'u' && second != 'e' && second != 'o') return Trigger::None;
  switch (lower[0]) {
    case 't':
      if (lower == "tariff" || lower == "tariffs") return Trigger::Tariff;
      if (lower == "tax" || lower == "taxes") return Trigger::Tax;
      if (lower == "tariff-free") return Trigger::DutyFree;
      return Trigger::None;
    case 'd':
      if (lower == "duty" || lower == "duties") return Trigger::Tariff;
      if (lower == "duty-free") return Trigger::DutyFree;
      return Trigger::None;
    case 'l':
      if (lower == "levy" || lower == "levies") return Trigger::Tariff;
      return Trigger::None;
    case 's':
      if (lower == "surtax" || lower == "surtaxes" || lower == "surcharge" ||
          lower == "surcharges") {
        return Trigger::Tax;
      }
      return Trigger::None;
    case 'c':
      if (lower == "countermeasure" || lower == "countermeasures") return Trigger::Countermeasure;
      return Trigger::None;
    default:
      return Trigger::None;
  }
}

ActWord act_of(std::string_view lower) {
  const ActWord* found = act_table().by_word.find(lower);
  return found ? *found : ActWord{};
}

Act phrasal_act(std::string_view lower, std::string_view next_lower) {
  static const WordSet call_verbs = {"call", "calls", "called", "calling"};
  static const WordSet off_verbs = {"stave", "staved", "head",   "heads", "headed",
                                    "hold",  "holds",  "held",   "ward",  "warded",
                                    "fend",  "fended", "holding"};
  static const WordSet back_verbs = {"fight", "fought",  "fights", "fighting", "hit",
                                     "hits",  "hitting", "strike", "struck"};
  static const WordSet back_lower = {"scale", "scaled", "scaling", "roll", "rolled", "rolling"};
  if (next_lower == "off" && call_verbs.contains(lower)) return Act::Avert;
  if (next_lower == "off" && off_verbs.contains(lower)) return Act::Ward;
  if (next_lower == "back" && back_verbs.contains(lower)) return Act::React;
  if (next_lower == "back" && back_lower.contains(lower)) return Act::Lower;
  // "Cambodia was hit with duties", "goods subject to the levy": the subject is the target.
  static const WordSet hit_verbs = {"hit", "slapped", "struck", "targeted"};
  if ((next_lower == "with" || next_lower == "by") && hit_verbs.contains(lower)) return Act::React;
  if (next_lower == "to" && (lower == "subject" || lower == "subjected")) return Act::React;
  return Act::None;
}

bool is_modal(std::string_view lower) {
  static const WordSet words = {
      "will",       "would",     "shall",     "could",       "may",        "might",
      "'ll",        "plan",      "plans",     "planned",     "planning",   "threaten",
      "threatened", "threatens", "threat",    "threats",     "propose",    "proposed",
      "proposes",   "proposal",  "consider",  "considering", "considered", "seek",
      "seeking",    "seeks",     "intend",    "intends",     "intended",   "intention",
      "vow",        "vowed",     "vows",      "scheduled",   "if",         "announce",
      "announced",  "announces", "recommend", "recommended", "possible",   "potential",
      "prospect",   "unless",    "warned",    "warn",        "warns",      "pledged",
      "pledge",     "promised",  "promise",   "expected",    "likely"};
  return words.contains(lower);
}

bool is_realized(std::string_view lower) {
  static const WordSet words = {"agreed",     "decided",    "decision", "voted", "ruled",
                                "authorized", "authorised", "ruling",   "today", "yesterday"};
  return words.contains(lower);
}

bool is_negation(std::string_view lower) {
  static const WordSet words = {"not", "never", "no", "n't", "neither", "nor", "without"};
  return words.contains(lower) || lower.ends_with("n't");
}

bool is_request(std::string_view lower) {
  static const WordSet words = {"appeal",   "appeals",   "appealed", "request",
                                "requests", "requested", "demand",   "demands",
                                "demanded", "demanding", "urge",     "urged",
                                "urges",    "urging",    "lobbying", "lobbied",
                                "call",     "calls",     "called",   "calling"};
  return words.contains(lower);
}

bool is_clause_opener(std::string_view lower) {
  static const WordSet words = {"but",    "which", "while",   "whereas",   "although", "though",
                                "who",    "whom",  "whose",   "after",     "when",     "if",
                                "unless", "since", "however", "meanwhile", "whether"};
  return words.contains(lower);
}

bool is_preposition(std::string_view lower) {
  static const WordSet words = {"on",      "from",   "by",      "with",    "against", "for",
                                "to",      "in",     "into",    "at",      "between", "among",
                                "over",    "toward", "towards", "through", "across",  "amid",
                                "about",   "under",  "after",   "before",  "than",    "like",
                                "despite", "during", "via",     "upon",    "onto",    "without"};
  return words.contains(lower);
}

bool is_specific(std::string_view lower) {
  static const WordSet words = {
      "the",         "these",      "those",       "this",         "that",        "such",
      "new",         "additional", "retaliatory", "punitive",     "own",         "planned",
      "threatened",  "proposed",   "scheduled",   "anti-dumping", "antidumping", "countervailing",
      "countervail", "zero",       "extra",       "higher",       "steep",       "stiff",
      "its",         "their"};
  return words.contains(lower);
}

bool is_planned_modifier(std::string_view lower) {
  static const WordSet words = {"threatened", "planned",   "proposed", "scheduled",
                                "possible",   "potential", "looming",  "promised"};
  return words.contains(lower);
}

bool is_non_event_head(std::string_view lower) {
  static const WordSet words = {"war",           "wars",           "relief",
                                "abuse",         "abuses",         "policy",
                                "policies",      "barrier",        "barriers",
                                "law",           "laws",           "talks",
                                "regime",        "revenue",        "revenues",
                                "structure",     "schedule",       "schedules",
                                "binding",       "bindings",       "negotiations",
                                "system",        "code",           "classification",
                                "dispute",       "disputes",       "battle",
                                "fight",         "uncertainty",    "escalation",
                                "turmoil",       "fears",          "concerns",
                                "exposure",      "shock",          "cases",
                                "case",          "petition",       "petitions",
                                "investigation", "investigations", "order",
                                "orders",        "margin",         "margins",
                                "deposit",       "deposits",       "bill",
                                "legislation",   "authority",      "powers",
                                "agreement",     "agreements",     "pact",
                                "deal"};
  return words.contains(lower);
}

std::optional<bool> pronoun_plural(std::string_view lower) {
  if (lower == "its" || lower == "it" || lower == "his" || lower == "he" || lower == "her" ||
      lower == "she") {
    return false;
  }
  if (lower == "their" || lower == "they" || lower == "them") return true;
  return std::nullopt;
}

bool is_generic_goods(std::string_view lower) {
  static const WordSet words = {"goods",     "products", "exports", "imports", "items",
                                "shipments", "product",  "export",  "import",  "imported",
                                "exported",  "entries",  "range",   "worth"};
  return words.contains(lower);
}

bool ends_goods(std::string_view lower) {
  static const WordSet words = {
      "from",     "to",        "in",        "at",       "for",       "by",      "with",
      "because",  "last",      "this",      "next",     "over",      "since",   "starting",
      "from",     "that",      "which",     "who",      "as",        "and/or",  "until",
      "through",  "after",     "before",    "under",    "amid",      "while",   "but",
      "if",       "unless",    "when",      "earlier",  "later",     "today",   "yesterday",
      "tomorrow", "worth",     "valued",    "totaling", "totalling", "said",    "says",
      "is",       "are",       "was",       "were",     "will",      "would",   "could",
      "may",      "might",     "has",       "have",     "had",       "be",      "been",
      "sometime", "beginning", "effective", "within",   "into",      "against", "where",
      "so"};
  return words.contains(lower);
}

bool is_trade_word(std::string_view lower) {
  static const WordSet words = {
      "import",       "imports",   "imported",     "importing",      "importer",  "importers",
      "export",       "exports",   "exported",     "exporting",      "exporter",  "exporters",
      "customs",      "foreign",   "border",       "dumping",        "anti-dumping",
      "antidumping",  "countervailing", "countervail", "shipments", "tariff", "tariffs",
             "overseas",  "import-duty",  "export-duty",    "surcharge", "surcharges"};
  return words.contains(lower);
}

bool is_domestic_tax_word(std::string_view lower) {
  static const WordSet words = {
      "income",     "sales",    "vat",       "value-added", "consumption", "excise",
      "stamp",      "property", "franchise", "corporate",   "corporation", "payroll",
      "salaries",   "salary",   "wages",     "capital",     "inheritance", "estate",
      "wealth",     "windfall", "profits",   "profit",      "dividend",    "dividends",
      "withholding", "treaty",  "treaties",  "alcohol",     "liquor",      "tobacco",
      "cigarettes", "gasoline", "petrol",    "land",        "real",        "luxury",
      "goods-and-services", "gst", "payrolls", "earnings", "shr"};
  return words.contains(lower);
}

bool is_origin_verb(std::string_view lower) {
  static const WordSet words = {"made", "manufactured", "produced", "grown", "built",
                                "assembled", "originating", "caught", "mined"};
  return words.contains(lower);
}

bool is_price_word(std::string_view lower) {
  static const WordSet words = {"electricity", "power",   "water",  "gas",       "energy",
                                "utility",     "utilities", "feed-in", "telecom", "phone",
                                "fare",        "fares",   "rail",   "postal",    "kwh",
                                "kilowatt",    "consumers", "households", "bills"};
  return words.contains(lower);
}

bool is_list_link(std::string_view lower) {
  static const WordSet words = {"(",    ":",    "-",    "\xE2\x80\x93", "at",    "with",
                                "more", "than", "over", "faces",          "gets",  "of",
                                "a",    "rate", "now",  "about",          "nearly"};
  return words.contains(lower);
}

bool is_mutual(std::string_view lower) {
  return lower == "mutual" || lower == "tit-for-tat";
}

std::optional<std::string_view> leader_or_bloc_code(std::string_view word) {
  static const WordTable<std::string_view> codes = [] {
    WordTable<std::string_view> made;
    for (const auto& [name, code] :
         std::initializer_list<std::pair<std::string_view, std::string_view>>{
             {"Trump", "US"},    {"Reagan", "US"},    {"Biden", "US"},    {"Obama", "US"},
             {"Bush", "US"},     {"Clinton", "US"},   {"Lutnick", "US"},  {"Bessent", "US"},
             {"Greer", "US"},    {"Yeutter", "US"},   {"Baldrige", "US"}, {"Xi", "CN"},
             {"Nakasone", "JP"}, {"Trudeau", "CA"},   {"Carney", "CA"},   {"Mulroney", "CA"},
             {"EC", "EU"},       {"EEC", "EU"},       {"Brussels", "EU"}, {"Modi", "IN"},
             {"Lula", "BR"},     {"Sheinbaum", "MX"}, {"Ishiba", "JP"},   {"Macron", "FR"},
             {"Merz", "DE"},     {"Starmer", "GB"},   {"Putin", "RU"},    {"Erdogan", "TR"},
             {"Albanese", "AU"}})
      made.insert(name, code);
    return made;
  }();
  const std::string_view* code = codes.find(word);
  if (!code) return std::nullopt;
  return *code;
}

}  // namespace newsmine::tariffs
