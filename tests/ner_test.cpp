// NER: feature extraction, decoding constraints, CoNLL reading and scoring, training a tiny
// model, the compiled-in model, the entity annotator, and the scorer against conlleval.py.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "extract/entities/ner/features.hpp"
#include "extract/entities/ner/lists.hpp"
#include "extract/entities/ner/tagger.hpp"
#include "newsmine/extractors.hpp"
#include "newsmine/ner.hpp"
#include "process.hpp"

namespace newsmine::ner {
namespace {

std::vector<std::string_view> views(const std::vector<std::string>& words) {
  return {words.begin(), words.end()};
}

TEST(NerFeatures, ShapesAndCaseFlags) {
  Resources res = make_resources("", "", "", "", "");
  std::vector<std::string> words = {"Angela", "MERKEL", "said", "1996", "Merkel"};
  std::vector<TokenInfo> info;
  describe(views(words), res, info);
  ASSERT_EQ(info.size(), 5U);
  EXPECT_TRUE(info[0].capitalized);
  EXPECT_FALSE(info[0].all_caps);
  EXPECT_TRUE(info[1].all_caps);
  EXPECT_FALSE(info[2].capitalized);
  EXPECT_FALSE(info[3].has_letter);
  // Same shape for words of the same case pattern, different for different patterns.
  EXPECT_EQ(info[0].shape, info[4].shape);
  EXPECT_NE(info[0].shape, info[1].shape);
  EXPECT_NE(info[0].shape, info[2].shape);
  // Lowercase form ignores case: MERKEL and Merkel share it, not the exact form.
  EXPECT_EQ(info[1].lower, info[4].lower);
  EXPECT_NE(info[1].word, info[4].word);
  EXPECT_EQ(info[0].prefix[1], info[0].prefix[1]);
  EXPECT_NE(info[0].suffix[0], info[2].suffix[0]);
}

// The case flags are read several bytes at a time: a capital, a lowercase letter or a UTF-8
// byte at any place of a word of any length counts, and nothing past the word does.
TEST(NerFeatures, CaseFlagsSeeEveryByte) {
  Resources res = make_resources("", "", "", "", "");
  std::vector<std::string> words;
  for (std::size_t length = 1; length <= 19; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (char mark : {'Q', 'q', '\xC3'}) {
        words.push_back(std::string(length, '7'));
        words.back()[at] = mark;
      }
    }
    words.push_back(std::string(length, '@'));  // next to the capitals, no letter
    words.push_back(std::string(length, '['));
  }
  std::string text;
  for (const std::string& word : words) text += word + "Zz";
  // Views into one buffer, so that the bytes after each word are letters.
  std::vector<std::string_view> views_of_text;
  for (std::size_t at = 0; const std::string& word : words) {
    views_of_text.push_back(std::string_view(text).substr(at, word.size()));
    at += word.size() + 2;
  }
  std::vector<TokenInfo> info;
  describe_lazy(views_of_text, res, info);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    bool upper = word.find('Q') != std::string::npos;
    bool lower = word.find('q') != std::string::npos;
    bool other = word.find('\xC3') != std::string::npos;
    EXPECT_EQ(info[i].has_upper, upper) << word;
    EXPECT_EQ(info[i].has_letter, upper || lower || other) << word;
    EXPECT_EQ(info[i].all_caps, upper && !lower && !other) << word;
    EXPECT_EQ(info[i].capitalized, word.front() == 'Q') << word;
  }
}

// A token's memory is reused from word to word: describing one sets every field the
// features read, whatever the token held, also for UTF-8 letters among the first bytes.
TEST(NerFeatures, DescribingAWordOverwritesAReusedToken) {
  Resources res = make_resources("", "", "", "", "");
  for (std::string_view word : {"\xC3\x89lys\xC3\xA9"
                                "e",
                                "ab", "Zo\xC3\xAB", "2025"}) {
    TokenInfo fresh;
    fresh.prefix = {};
    fresh.suffix = {};
    fresh.long_shape = 0;
    describe_word(word, res, fresh);
    TokenInfo reused;
    reused.prefix = {7, 7, 7, 7};
    reused.suffix = {7, 7, 7, 7};
    reused.long_shape = 7;
    reused.gazetteer[0] = 1;
    describe_word(word, res, reused);
    EXPECT_EQ(reused.prefix, fresh.prefix) << word;
    EXPECT_EQ(reused.suffix, fresh.suffix) << word;
    EXPECT_EQ(reused.long_shape, fresh.long_shape) << word;
    EXPECT_EQ(reused.gazetteer, fresh.gazetteer) << word;
    std::vector<std::uint64_t> keys_fresh;
    std::vector<std::uint64_t> keys_reused;
    word_features(fresh, keys_fresh);
    word_features(reused, keys_reused);
    EXPECT_EQ(keys_reused, keys_fresh) << word;
  }
}

TEST(NerFeatures, GazetteerPhrasesMatchLongestFirst) {
  Resources res = make_resources("United States\tUS\tcountry\nUnited\tXX\tcountry\n", "Bavaria\n",
                                 "Angela\n", "", "");
  std::vector<std::string> words = {"Angela", "left", "the", "United", "States", "for", "Bavaria"};
  std::vector<TokenInfo> info;
  describe(views(words), res, info);
  EXPECT_EQ(info[0].gazetteer[kProperNoun], 1);
  EXPECT_EQ(info[3].gazetteer[kCountry], 1);
  EXPECT_EQ(info[4].gazetteer[kCountry], 2);
  EXPECT_EQ(info[5].gazetteer[kCountry], 0);
  EXPECT_EQ(info[6].gazetteer[kSubdivision], 1);
  EXPECT_EQ(info[1].gazetteer[kSubdivision], 0);
}

TEST(NerFeatures, ClustersAndCaseTableAreLookedUp) {
  Resources res = make_resources("", "", "", "Paris\t7\t3\t1\n", "paris\t4\n");
  std::vector<std::string> words = {"Paris", "PARIS", "Rome"};
  std::vector<TokenInfo> info;
  describe(views(words), res, info);
  EXPECT_EQ(info[0].cluster & 0xFFF, 8U);  // stored +1
  EXPECT_EQ((info[0].cluster >> 12) & 0x3FF, 4U);
  EXPECT_EQ(info[2].cluster, 0U);
  EXPECT_EQ(info[0].case_bucket, 4U);
  EXPECT_EQ(info[1].case_bucket, 4U);  // by lowercase form
  EXPECT_EQ(info[2].case_bucket, 0U);
}

TEST(NerFeatures, FeaturesDependOnNeighbours) {
  Resources res = make_resources("", "", "", "", "");
  std::vector<std::string> a = {"in", "Paris", "today"};
  std::vector<std::string> b = {"Mr", "Paris", "said"};
  std::vector<TokenInfo> info_a, info_b;
  describe(views(a), res, info_a);
  describe(views(b), res, info_b);
  std::vector<std::uint64_t> keys_a, keys_b;
  static_features(info_a, 1, false, 0, keys_a);
  static_features(info_b, 1, false, 0, keys_b);
  std::sort(keys_a.begin(), keys_a.end());
  std::sort(keys_b.begin(), keys_b.end());
  std::vector<std::uint64_t> shared;
  std::set_intersection(keys_a.begin(), keys_a.end(), keys_b.begin(), keys_b.end(),
                        std::back_inserter(shared));
  EXPECT_GT(shared.size(), 5U);             // the word's own features agree
  EXPECT_LT(shared.size(), keys_a.size());  // context features differ
}

TEST(NerDecoding, InsideTagsOnlyContinueTheirType) {
  EXPECT_TRUE(allowed(0, 1));   // O -> B-PER
  EXPECT_FALSE(allowed(0, 2));  // O -> I-PER
  EXPECT_TRUE(allowed(1, 2));   // B-PER -> I-PER
  EXPECT_TRUE(allowed(2, 2));   // I-PER -> I-PER
  EXPECT_FALSE(allowed(3, 2));  // B-ORG -> I-PER
  EXPECT_TRUE(allowed(4, 0));
}

TEST(NerConll, ReadsIob1AsBio) {
  auto docs = parse_conll(
      "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n"
      "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nJohn NNP I-NP B-PER\n\n"
      "-DOCSTART- -X- O O\n\nParis NNP I-NP I-LOC\n");
  ASSERT_EQ(docs.size(), 2U);
  ASSERT_EQ(docs[0].size(), 1U);
  const Sentence& s = docs[0][0];
  ASSERT_EQ(s.words.size(), 6U);
  EXPECT_EQ(s.words[1], "rejects");
  std::vector<std::uint8_t> expected = {3, 0, 7, 1, 2, 1};
  EXPECT_EQ(s.tags, expected);
  EXPECT_EQ(docs[1][0].tags, std::vector<std::uint8_t>{5});
}

TEST(NerScores, CountsExactSpans) {
  // gold: [PER 0-2) [LOC 3-4); predicted: [PER 0-1) [LOC 3-4) [ORG 5-6)
  std::vector<std::uint8_t> gold = {1, 2, 0, 5, 0, 0};
  std::vector<std::uint8_t> predicted = {1, 0, 0, 5, 0, 3};
  Scores scores;
  scores.add(gold, predicted);
  EXPECT_EQ(scores.overall.tp, 1U);
  EXPECT_EQ(scores.overall.fp, 2U);
  EXPECT_EQ(scores.overall.fn, 1U);
  EXPECT_EQ(scores.types[0].fn, 1U);
  EXPECT_EQ(scores.types[1].fp, 1U);
  EXPECT_NEAR(scores.overall.f1(), 2 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5), 1e-9);
  // A stray I- starts a span, as in conlleval.
  auto spans = tag_spans({0, 2, 2, 4});
  ASSERT_EQ(spans.size(), 2U);
  EXPECT_EQ(spans[0].first, 1U);
  EXPECT_EQ(spans[0].last, 3U);
  EXPECT_EQ(spans[1].type, 1);
}

const char* kTinyCorpus =
    "Peter B-PER\nSmith I-PER\nvisited O\nBerlin B-LOC\n. O\n\n"
    "Anna B-PER\nJones I-PER\njoined O\nSiemens B-ORG\nin O\nMunich B-LOC\n. O\n\n"
    "The O\nGerman B-MISC\nfirm O\nSiemens B-ORG\nhired O\nPeter B-PER\nJones I-PER\n. O\n\n"
    "Anna B-PER\nSmith I-PER\nleft O\nMunich B-LOC\nfor O\nBerlin B-LOC\n. O\n";

TEST(NerTraining, TinyModelTagsItsTrainingSentencesBack) {
  auto docs = parse_conll(kTinyCorpus);
  TrainOptions options;
  options.epochs = 8;
  options.hash_bits = 16;
  Model model = train(docs, {}, options);
  Scores scores = evaluate(model, docs);
  EXPECT_EQ(scores.overall.fp, 0U);
  EXPECT_EQ(scores.overall.fn, 0U);
  EXPECT_EQ(scores.overall.tp, 11U);
  // Saving and loading keeps the tags.
  Model loaded = Model::from_bytes(model.to_bytes());
  Scores again = evaluate(loaded, docs);
  EXPECT_EQ(again.overall.tp, 11U);
  EXPECT_EQ(again.overall.fp, 0U);
}

TEST(NerTraining, AverageOfRunsTagsLikeItsRuns) {
  auto docs = parse_conll(kTinyCorpus);
  TrainOptions options;
  options.epochs = 8;
  options.hash_bits = 16;
  std::vector<Model> runs;
  for (std::uint64_t seed : {1, 2, 3}) {
    options.seed = seed;
    runs.push_back(train(docs, {}, options));
  }
  Model averaged = average(runs);
  Scores scores = evaluate(averaged, docs);
  EXPECT_EQ(scores.overall.tp, 11U);
  EXPECT_EQ(scores.overall.fp, 0U);
  // The average of one model is that model, up to rounding.
  std::vector<Model> one;
  one.push_back(Model::from_bytes(runs[0].to_bytes()));
  EXPECT_EQ(average(one).to_bytes(), runs[0].to_bytes());

  EXPECT_THROW(average({}), std::invalid_argument);
  options.hash_bits = 15;
  runs.push_back(train(docs, {}, options));
  EXPECT_THROW(average(runs), std::invalid_argument);
}

TEST(NerModel, RejectsBadBytes) {
  EXPECT_THROW(Model::from_bytes("not a model"), std::runtime_error);
  EXPECT_THROW(Model::from_bytes(std::string(64, 'x')), std::runtime_error);
}

TEST(NerModel, BuiltinModelTagsAKnownSentence) {
  Document doc;
  doc.push_back({{"German", "Chancellor", "Angela", "Merkel", "met", "executives", "of",
                  "Volkswagen", "AG", "in", "Paris", "on", "Monday", "."},
                 {}});
  std::vector<std::vector<std::uint8_t>> tags;
  Model::builtin().tag(doc, tags);
  ASSERT_EQ(tags.size(), 1U);
  std::vector<std::string_view> names;
  for (std::uint8_t tag : tags[0]) names.push_back(tag_name(tag));
  std::vector<std::string_view> expected = {"B-MISC", "O",     "B-PER", "I-PER", "O", "O", "O",
                                            "B-ORG",  "I-ORG", "O",     "B-LOC", "O", "O", "O"};
  EXPECT_EQ(names, expected);
}

// The word memo (word descriptions and summed word-feature weights kept across documents)
// must not change a tag: a scratch reused over many documents, with words evicted from the
// memo and words too long for it, tags like a fresh one per document.
TEST(NerModel, ReusedScratchTagsLikeAFreshOne) {
  std::vector<Document> docs;
  for (int d = 0; d < 40; ++d) {
    Document doc;
    Sentence sentence;
    for (int w = 0; w < 400; ++w) {
      int n = (d * 7919 + w * 104729) % 3000;
      sentence.words.push_back(w % 5 == 0   ? "Name" + std::to_string(n)
                               : w % 5 == 1 ? "word" + std::to_string(n)
                               : w % 5 == 2 ? "Paris"
                               : w % 5 == 3 ? "Internationalisationsbehoerde" + std::to_string(n)
                                            : "Merkel");
    }
    doc.push_back(sentence);
    docs.push_back(doc);
  }
  const Model::Impl& model = Model::builtin().impl();
  Scratch reused;
  std::vector<std::vector<std::uint8_t>> with_reused;
  std::vector<std::vector<std::uint8_t>> with_fresh;
  for (const Document& doc : docs) {
    tag_document(model, doc, reused, with_reused);
    Model::builtin().tag(doc, with_fresh);
    EXPECT_EQ(with_reused, with_fresh);
  }
}

}  // namespace
}  // namespace newsmine::ner

namespace newsmine {
namespace {

struct Found {
  std::string text;
  std::string type;
  std::string link;
};

std::vector<Found> entities_of(const std::string& text) {
  Analyzer analyzer = make_analyzer(Kinds{"entity"});
  newsmine::Document doc;
  doc.text = text;
  Analysis analysis;
  analyzer.analyze(doc, analysis);
  std::vector<Found> found;
  for (const Entity& entity : analysis.entities) {
    found.push_back({text.substr(entity.span.start, entity.span.end - entity.span.start),
                     std::string(entity_type_name(entity.type)), entity.link});
  }
  return found;
}

// "TYPE text" (and " link" with `links`) for each entity of `text`, in order.
std::vector<std::string> typed_names(const std::string& text, bool links = false) {
  std::vector<std::string> names;
  for (const Found& f : entities_of(text)) {
    names.push_back(f.type + " " + f.text + (links ? " " + f.link : ""));
  }
  return names;
}

TEST(EntityAnnotator, FollowsTheGuidelinesAndLinksCountries) {
  auto found = entities_of(
      "President Donald Trump said China's exports to the U.S. fell, officials in Beijing "
      "said on Monday.");
  auto find = [&](std::string_view text) -> const Found* {
    for (const Found& f : found) {
      if (f.text == text) return &f;
    }
    return nullptr;
  };
  const Found* trump = find("Donald Trump");
  ASSERT_NE(trump, nullptr);  // the title is not part of the name
  EXPECT_EQ(trump->type, "PERSON");
  const Found* china = find("China");  // possessive 's left out
  ASSERT_NE(china, nullptr);
  EXPECT_EQ(china->type, "LOC");
  EXPECT_EQ(china->link, "CN");
  const Found* us = find("U.S.");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->link, "US");
  const Found* beijing = find("Beijing");
  ASSERT_NE(beijing, nullptr);
  EXPECT_EQ(beijing->type, "LOC");
  EXPECT_EQ(beijing->link, "");  // a capital, not a country
  EXPECT_EQ(find("Monday"), nullptr);
}

// Headlines in capitals, bylines and page furniture give their names and no junk.
TEST(EntityAnnotator, HeadlinesBylinesAndBoilerplateGiveNoJunk) {
  std::vector<std::string> names = typed_names(
      "CHINA SAYS TALKS WITH U.S. WILL GO ON\n\nBy Jane Doe and John Roe\n\nBEIJING (Reuters) - "
      "China said on Friday that talks would continue.\n\nLeave a Reply\n\nPost Comment\n\n"
      "Share this:\n\nRelated Posts\n\nRead More\n\nClick Here To Subscribe\n");
  std::vector<std::string> expected = {"LOC CHINA",       "LOC U.S.",    "PERSON Jane Doe",
                                       "PERSON John Roe", "LOC BEIJING", "ORG Reuters",
                                       "LOC China"};
  EXPECT_EQ(names, expected);
}

TEST(EntityAnnotator, SeatsOfGovernmentAreInstitutions) {
  std::vector<std::string> names =
      typed_names("The White House and the Kremlin said talks would resume in Geneva.");
  std::vector<std::string> expected = {"ORG White House", "ORG Kremlin", "LOC Geneva"};
  EXPECT_EQ(names, expected);
}

TEST(EntityAnnotator, OfficialCountryNamesAreOneLocation) {
  std::vector<std::string> names = typed_names(
      "Talks between the Democratic People’s Republic of Korea and the United States of America "
      "resumed.",
      true);
  std::vector<std::string> expected = {"LOC Democratic People’s Republic of Korea KP",
                                       "LOC United States of America US"};
  EXPECT_EQ(names, expected);
}

// The model cuts some listed organisations in parts of different types ("World" ORG,
// "Economic" MISC, "Forum" ORG); together they are the listed name.
TEST(EntityAnnotator, ListedOrganisationsCutApartAreOneName) {
  std::vector<std::string> names =
      typed_names("Ministers met at the World Economic Forum and the Gulf Cooperation Council.");
  std::vector<std::string> expected = {"ORG World Economic Forum", "ORG Gulf Cooperation Council"};
  EXPECT_EQ(names, expected);
}

// A hyphen splits a word where a part is a prefix or a lowercase word ("Seoul-based"), not
// inside a given name whose second syllable is no English word ("Min-ho").
TEST(EntityAnnotator, HyphenatedGivenNamesStayWhole) {
  std::vector<std::string> names =
      typed_names("Talks resumed on Monday, said Lee Min-ho, the envoy of the Seoul-based group.");
  std::vector<std::string> expected = {"PERSON Lee Min-ho", "LOC Seoul"};
  EXPECT_EQ(names, expected);
}

TEST(EntityAnnotator, NamesDoNotEndInAFunctionWord) {
  // The model runs this name on into "in" ("Asia Society Policy Institute in").
  std::vector<std::string> names = typed_names(
      "\u201cThe Trump administration has forced it upon the world,\u201d said Rorry Daniels, the "
      "managing director of the Asia Society Policy Institute in New York.");
  EXPECT_NE(std::find(names.begin(), names.end(), "ORG Asia Society Policy Institute"),
            names.end());
  for (const std::string& name : names) EXPECT_FALSE(name.ends_with(" in")) << name;
}

// Currency codes, abbreviations and wire spellings are not names.
TEST(EntityAnnotator, CurrenciesAreNotNames) {
  std::vector<std::string> names = typed_names(
      "The bank lent Rs 4.5 billion and USD 300 million to the port, and the fee rose to LKR "
      "2,000 from EUR 15.\nProfit was 12 mln Dlrs, or US$ 3 a share, against 9 mln DLRS.");
  for (const std::string& name : names) {
    for (std::string_view currency : {" Rs", " USD", " LKR", " EUR", " Dlrs", " DLRS", " US$"}) {
      EXPECT_FALSE(name.ends_with(currency)) << name;
    }
  }
}

// A code in brackets right after an organisation's name is its ticker or acronym.
TEST(EntityAnnotator, TickersInBracketsStayNames) {
  std::vector<std::string> names =
      typed_names("Northgate Mining Ltd <NGM> said Harwell Foods Corp <SEK> bought a stake.");
  std::vector<std::string> expected = {"ORG Northgate Mining Ltd", "ORG NGM",
                                       "ORG Harwell Foods Corp", "ORG SEK"};
  EXPECT_EQ(names, expected);
}

TEST(EntityAnnotator, InternationalOrganisationsAreOrganisations) {
  std::vector<std::string> names = typed_names(
      "The IMF and the WTO met OPEC and NATO officials at the UN, while GATT talks went on in "
      "Geneva.\nThe World Bank said the IMF would lend more.");
  std::vector<std::string> expected = {"ORG IMF",    "ORG WTO",        "ORG OPEC",
                                       "ORG NATO",   "ORG UN",         "ORG GATT",
                                       "LOC Geneva", "ORG World Bank", "ORG IMF"};
  EXPECT_EQ(names, expected);
}

TEST(EntityAnnotator, CommonNounAcronymsAreNotNames) {
  EXPECT_EQ(typed_names("The CEO said AI tools, EVs and VAT cuts would lift GDP, and the firm "
                        "hired a new CFO and R&D chief."),
            std::vector<std::string>{});
}

// "Reuter" under a story is the wire's sign-off; "told Reuters" names the agency.
TEST(EntityAnnotator, WireSignOffsAreNotNames) {
  EXPECT_EQ(typed_names("Wheat rose on Tuesday, traders in Chicago told Reuters.\n Reuter\n"),
            (std::vector<std::string>{"LOC Chicago", "ORG Reuters"}));
  EXPECT_EQ(typed_names("The ministry said exports fell 3 pct in March.        REUTER"),
            std::vector<std::string>{});
}

// "Treasury Secretary", "US Commerce Secretary": the office is a title; the country is LOC.
TEST(EntityAnnotator, GovernmentOfficesAreTitles) {
  std::vector<std::string> names = typed_names(
      "Treasury Secretary Ralph Okonjo and US Commerce Secretary Dana Whitfield met in Ohio.");
  std::vector<std::string> expected = {"PERSON Ralph Okonjo", "LOC US", "PERSON Dana Whitfield",
                                       "LOC Ohio"};
  EXPECT_EQ(names, expected);
}

// Names the model cuts in parts: company suffixes, "Office of the ...", laws and days.
TEST(EntityAnnotator, CutNamesAreJoined) {
  EXPECT_EQ(typed_names("Analysts at the Office of the US Trade Representative disagreed with "
                        "Marriott Corp and Beck and Co."),
            (std::vector<std::string>{"ORG Office of the US Trade Representative",
                                      "ORG Marriott Corp", "ORG Beck and Co."}));
  EXPECT_EQ(typed_names("Under the US-Mexico-Canada Agreement, trade grew, officials said on "
                        "Liberation Day."),
            (std::vector<std::string>{"MISC US-Mexico-Canada Agreement", "MISC Liberation Day"}));
}

TEST(EntityAnnotator, SuffixAfterPossessiveJoinsTheName) {
  EXPECT_EQ(typed_names("Standard and Poor's Corp said it cut the rating of Harlow Steel."),
            (std::vector<std::string>{"ORG Standard and Poor's Corp", "ORG Harlow Steel"}));
}

// The capitals of a title-case headline do not make its common words a name.
TEST(EntityAnnotator, HeadlineCommonWordsAreNotNames) {
  EXPECT_EQ(typed_names("Fact Sheet: President Ana Ruiz Imposes Heightened Tariffs on Imports "
                        "from Peru\nThe president acted on Monday."),
            (std::vector<std::string>{"PERSON Ana Ruiz", "LOC Peru"}));
}

// A name whose last word the article uses alone for a person is that person.
TEST(EntityAnnotator, NameOfAPersonSaidAloneIsAPerson) {
  std::vector<std::string> names = typed_names(
      "He picked the 41-year-old Iowa senator, RJ Tolliver. Mr Tolliver grew up on a farm.");
  EXPECT_NE(std::find(names.begin(), names.end(), "PERSON RJ Tolliver"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "PERSON Tolliver"), names.end());
}

// A company cue anywhere in the article makes the name ORG at every mention.
TEST(EntityAnnotator, CompaniesAreOrganisationsThroughout) {
  EXPECT_EQ(typed_names("Vexlor's chief executive said Vexlor would build a plant. Shares of "
                        "Vexlor rose after Vexlor cut prices."),
            (std::vector<std::string>(4, "ORG Vexlor")));
}

TEST(EntityAnnotator, PersonsAdministrationIsThePerson) {
  EXPECT_EQ(typed_names("Officials of the Harding Administration said President Warren Harding "
                        "would sign. The Food and Drug Administration agreed."),
            (std::vector<std::string>{"PERSON Harding", "PERSON Warren Harding",
                                      "ORG Food and Drug Administration"}));
}

TEST(EntityAnnotator, CountriesAloneAreLocations) {
  EXPECT_EQ(typed_names("Tariffs hit Cambodia at 49 percent, Laos 48 percent and Vietnam 46 "
                        "percent.",
                        true),
            (std::vector<std::string>{"LOC Cambodia KH", "LOC Laos LA", "LOC Vietnam VN"}));
}

TEST(EntityAnnotator, PublicationsAreOrganisations) {
  EXPECT_EQ(typed_names("Rena Castell told the Financial Times that the 10 per cent duty was "
                        "unfair."),
            (std::vector<std::string>{"PERSON Rena Castell", "ORG Financial Times"}));
}

TEST(NameLists, ReadsTheListFiles) {
  const ner::NameLists lists =
      ner::NameLists::parse("# currencies\nUSD\nYen\n", "IMF\n", "CEO\n",
                            "# word\trole\nCorp\tsuffix\nUniversity\torg\nDay\tmisc\nCEO\tcompany\n"
                            "chief executive of\tcompany-of\n");
  EXPECT_TRUE(lists.currency("USD"));
  EXPECT_TRUE(lists.currency("YEN"));  // in capitals
  EXPECT_FALSE(lists.currency("Usd"));
  EXPECT_FALSE(lists.currency("# currencies"));
  EXPECT_TRUE(lists.organisation("IMF"));
  EXPECT_TRUE(lists.common_acronym("CEOs"));
  EXPECT_FALSE(lists.common_acronym("IMF"));
  EXPECT_EQ(lists.role("Corp"), ner::NameRole::Suffix);
  EXPECT_EQ(lists.role("University"), ner::NameRole::Org);
  EXPECT_EQ(lists.role("Day"), ner::NameRole::Misc);
  EXPECT_EQ(lists.role("corp"), ner::NameRole::None);
  EXPECT_EQ(lists.company_cue("CEO Jan Roe"), 3U);
  EXPECT_EQ(lists.company_cue("CEOX"), 0U);
  EXPECT_TRUE(lists.company_cue_before("the chief executive of "));
  EXPECT_FALSE(lists.company_cue_before("the chief of "));
}

TEST(EntityAnnotator, OffsetsPointAtTheNames) {
  std::string text = "Reporting by Anna Smith in London.";
  auto found = entities_of(text);
  ASSERT_FALSE(found.empty());
  for (const Found& f : found) EXPECT_NE(text.find(f.text), std::string::npos);
}

TEST(EntityAnnotator, ModelFileOptionLoadsAModelAndRejectsABadOne) {
  EXPECT_THROW(make_entity_annotator("/nonexistent/model.bin"), std::runtime_error);
  EXPECT_NE(make_entity_annotator(), nullptr);
}

// eval-ner's scores agree with ../shared/eval/conlleval.py on CoNLL dev.
TEST(EvalNer, AgreesWithConllevalPy) {
  namespace fs = std::filesystem;
  fs::path shared = NEWSMINE_SHARED_DIR;
  if (!fs::exists(shared / "data/conll2003/dev.txt") || !fs::exists(shared / "eval/conlleval.py")) {
    GTEST_SKIP() << "../shared/data/conll2003 or ../shared/eval/conlleval.py absent";
  }
  using testing::run_command;
  fs::path predictions = fs::temp_directory_path() / ("ner-dev-" + std::to_string(::getpid()));
  auto ours =
      run_command(testing::newsmine() + " eval-ner --json --output " + predictions.string() + " " +
                  (shared / "data/conll2003/dev.txt").string());
  ASSERT_EQ(ours.status, 0) << ours.err;
  auto theirs = run_command("python3 " + (shared / "eval/conlleval.py").string() + " --json " +
                            predictions.string());
  fs::remove(predictions);
  ASSERT_EQ(theirs.status, 0) << theirs.err;
  // Compare the overall tp counts and F1 (4 decimals).
  auto number_after = [](const std::string& json, const std::string& name) {
    std::size_t at = json.find("\"" + name + "\"");
    if (at == std::string::npos) return -1.0;
    at = json.find(':', at);
    return std::stod(json.substr(at + 1));
  };
  EXPECT_EQ(number_after(ours.out, "tp"), number_after(theirs.out, "tp"));
  EXPECT_NEAR(number_after(ours.out, "f1"), number_after(theirs.out, "f1"), 1e-4);
  EXPECT_GT(number_after(ours.out, "f1"), 0.85);
}

}  // namespace
}  // namespace newsmine
