// Stats aggregation: counts, group-by, numbers, partial state + merge, bounded tables, output.
#include "newsmine/stats.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace newsmine {
namespace {

// A document with hand-made tokens: words split at spaces; ".,;" are Punct tokens and "." ends
// a sentence. Keeps these tests independent of the real tokenizer.
struct Article {
  Document doc;
  Analysis analysis;
};

Article make_article(std::string text, std::string date = "2025-04-21") {
  Article article;
  article.doc.id = "a";
  article.doc.date = std::move(date);
  article.doc.text = std::move(text);
  const std::string& t = article.doc.text;
  auto& tokens = article.analysis.tokens;
  std::size_t i = 0;
  while (i < t.size()) {
    if (t[i] == ' ') {
      ++i;
      continue;
    }
    const auto start = static_cast<std::uint32_t>(i);
    if (t[i] == '.' || t[i] == ',' || t[i] == ';') {
      tokens.push_back({start, start + 1, TokenClass::Punct, 0});
      ++i;
      continue;
    }
    while (i < t.size() && t[i] != ' ' && t[i] != '.' && t[i] != ',' && t[i] != ';') ++i;
    const bool number = t[start] >= '0' && t[start] <= '9';
    tokens.push_back(
        {start, static_cast<std::uint32_t>(i), number ? TokenClass::Number : TokenClass::Word, 0});
  }
  std::uint32_t first = 0;
  for (std::uint32_t k = 0; k < tokens.size(); ++k) {
    const bool last = k + 1 == tokens.size();
    if (last || t[tokens[k].start] == '.') {
      article.analysis.sentences.push_back({tokens[first].start, tokens[k].end, first, k + 1});
      first = k + 1;
    }
  }
  return article;
}

void add(Stats& stats, const std::string& text, const std::string& date = "2025-04-21") {
  Article article = make_article(text, date);
  stats.add_article(article.doc, article.analysis);
}

void add_record(Stats& stats, std::string_view line) {
  std::string error;
  ASSERT_TRUE(stats.add_record(line, error)) << line << ": " << error;
}

std::map<std::string, std::uint64_t> as_map(const CountTable& table) {
  std::map<std::string, std::uint64_t> counts;
  for (const auto& entry : table.top) counts[entry.key] = entry.count;
  return counts;
}

TEST(StatsPeriod, DayWeekMonth) {
  EXPECT_EQ(period_of("2025-04-21", Period::Day), "2025-04-21");
  EXPECT_EQ(period_of("2025-04-21", Period::Month), "2025-04");
  EXPECT_EQ(period_of("2025-04-21", Period::Week), "2025-W17");
  // ISO weeks at year boundaries: the week's Thursday decides the year.
  EXPECT_EQ(period_of("2021-01-03", Period::Week), "2020-W53");
  EXPECT_EQ(period_of("2024-12-30", Period::Week), "2025-W01");
  EXPECT_EQ(period_of("2026-01-01", Period::Week), "2026-W01");
  EXPECT_EQ(period_of("1987-02-26", Period::Week), "1987-W09");
  EXPECT_EQ(period_of("not a date", Period::Week), "not a date");
}

TEST(StatsFields, SplitFieldList) {
  EXPECT_EQ(split_field_list("type,text"), (std::vector<std::string>{"type", "text"}));
  EXPECT_EQ(split_field_list(" speaker ,,"), (std::vector<std::string>{"speaker"}));
  EXPECT_TRUE(split_field_list("").empty());
}

TEST(StatsArticles, CountsWordsBigramsAndDates) {
  Stats stats;
  add(stats, "China raised tariffs. The tariffs hit Canada, China said.", "2025-04-21");
  add(stats, "Tariffs rose again in China.", "2025-04-22");
  add(stats, "China\xE2\x80\x99s tariffs", "");
  ReportOptions options;
  options.top = 3;
  const StatsReport report = stats.report(options);
  EXPECT_EQ(report.documents, 3u);
  EXPECT_EQ(report.sentences, 4u);
  EXPECT_EQ(report.tokens, 12u + 6u + 2u);
  EXPECT_EQ(report.words, 9u + 5u + 2u);
  EXPECT_EQ(report.undated, 1u);
  // Lower-cased: china, raised, tariffs, the, hit, canada, said, rose, again, in, china's.
  EXPECT_EQ(report.distinct_words, 11u);
  // Stop words (the, said, again, in) are left out of the top words.
  EXPECT_EQ(report.top_words.distinct, 7u);
  ASSERT_EQ(report.top_words.top.size(), 3u);
  EXPECT_EQ(report.top_words.top[0].key, "tariffs");
  EXPECT_EQ(report.top_words.top[0].count, 4u);
  EXPECT_EQ(report.top_words.top[1].key, "china");
  EXPECT_EQ(report.top_words.top[1].count, 3u);
  EXPECT_EQ(report.top_words.top[2].key, "canada");  // ties by key
  // Bigrams stay inside sentences, skip stop words and do not cross punctuation.
  options.top = 0;
  const auto bigrams = as_map(stats.report(options).top_bigrams);
  EXPECT_EQ(bigrams, (std::map<std::string, std::uint64_t>{{"china raised", 1},
                                                           {"raised tariffs", 1},
                                                           {"tariffs hit", 1},
                                                           {"hit canada", 1},
                                                           {"tariffs rose", 1},
                                                           {"china's tariffs", 1}}));
  ASSERT_EQ(report.timeline.size(), 2u);
  EXPECT_EQ(report.timeline[0].key, "2025-04-21");
  EXPECT_EQ(report.timeline[1].count, 1u);
  options.period = Period::Month;
  const StatsReport monthly = stats.report(options);
  ASSERT_EQ(monthly.timeline.size(), 1u);
  EXPECT_EQ(monthly.timeline[0].key, "2025-04");
  EXPECT_EQ(monthly.timeline[0].count, 2u);
  ASSERT_TRUE(report.tokens_per_document.has_value());
  EXPECT_EQ(report.tokens_per_document->min, 2);
  EXPECT_EQ(report.tokens_per_document->median, 6);
  EXPECT_EQ(report.tokens_per_document->max, 12);
  EXPECT_DOUBLE_EQ(report.tokens_per_document->mean, 20.0 / 3);
}

// Exact mode counts articles on word ids; a bound too large to cut counts them on strings.
// Both must agree, with differently written forms of a word folded into one word and bigram,
// and with states and articles mixed in one Stats.
TEST(StatsArticles, WordIdsAgreeWithStringKeys) {
  const std::vector<std::string> texts = {"Trade War looms. TRADE war, trade WAR.",
                                          "The trade war\xE2\x80\x99s cost; Trade war.",
                                          "Steel tariffs and trade war talks."};
  StatsConfig bounded;
  bounded.max_keys = 1000;
  Stats on_ids;
  Stats on_strings(bounded);
  for (const auto& text : texts) {
    add(on_ids, text);
    add(on_strings, text);
  }
  ReportOptions options;
  options.top = 0;
  const StatsReport ids_report = on_ids.report(options);
  const StatsReport strings_report = on_strings.report(options);
  EXPECT_EQ(render_json(ids_report), render_json(strings_report));
  EXPECT_EQ(as_map(ids_report.top_bigrams)["trade war"], 5u);
  EXPECT_EQ(as_map(ids_report.top_words)["trade"], 6u);
  EXPECT_EQ(ids_report.distinct_words, strings_report.distinct_words);
  // A state merged into a Stats that also counted articles adds to the same keys.
  std::string state;
  on_ids.write_state(state);
  Stats mixed;
  add(mixed, texts[0]);
  std::size_t start = 0;
  while (start < state.size()) {
    const std::size_t end = state.find('\n', start);
    add_record(mixed, std::string_view(state).substr(start, end - start));
    start = end + 1;
  }
  Stats twice;
  for (const auto& text : texts) add(twice, text);
  add(twice, texts[0]);
  std::string mixed_state;
  std::string twice_state;
  mixed.write_state(mixed_state);
  twice.write_state(twice_state);
  // Only the count of merged state lines differs, and it is not part of the state.
  EXPECT_EQ(mixed_state, twice_state);
  EXPECT_EQ(as_map(mixed.report(options).top_bigrams)["trade war"], 5u + 3u);
}

// Word forms of every length take the same counts on ids as on strings: short forms packed in
// their slot (up to 12 bytes, also at the very end of the text), longer ones in the arena, and
// forms with a NUL byte; top-N lists with ties agree for every N.
TEST(StatsArticles, FormsOfAnyLengthAgreeWithStringKeys) {
  std::string nul_word = "ab";
  nul_word += '\0';
  nul_word += "cd";
  const std::vector<std::string> texts = {
      "Internationalisation Internationalization INTERNATIONALISATION tw elvebytesab.",
      "twelvebytesA twelvebytesa elevenbytes Elevenbytes eightbyt EIGHTBYT ab ab.",
      "x y z " + nul_word + " " + nul_word + " y z",
      "Counterintelligence counterintelligence agencies, agencies counterintelligence",
      "a",
      "twelvebytesa"};
  StatsConfig bounded;
  bounded.max_keys = 1000;
  Stats on_ids;
  Stats on_strings(bounded);
  for (int round = 0; round < 3; ++round) {
    for (const auto& text : texts) {
      add(on_ids, text);
      add(on_strings, text);
    }
  }
  for (std::size_t top : {0, 1, 2, 3, 5, 8}) {
    ReportOptions options;
    options.top = top;
    EXPECT_EQ(render_json(on_ids.report(options)), render_json(on_strings.report(options)))
        << "top " << top;
  }
  const StatsReport report = on_ids.report({});
  EXPECT_EQ(as_map(report.top_words)["internationalisation"], 6u);
  EXPECT_EQ(as_map(report.top_words)["counterintelligence"], 9u);
  EXPECT_EQ(as_map(report.top_bigrams)["counterintelligence agencies"], 3u);
  std::string ids_state;
  std::string strings_state;
  on_ids.write_state(ids_state);
  on_strings.write_state(strings_state);
  EXPECT_EQ(ids_state, strings_state);
}

TEST(StatsRecords, KindsGroupByAndNumbers) {
  StatsConfig config;
  config.group_by = {{"type", "text"}, {"goods"}, {"actor", "target"}};
  config.numeric_fields = {"rate"};
  Stats stats(config);
  add_record(stats, R"({"doc":"a","kind":"entity","type":"LOC","text":"China","start":0,"end":5})");
  add_record(stats,
             R"({"doc":"a","kind":"entity","type":"LOC","text":"China","start":9,"end":14})");
  add_record(stats, R"({"doc":"b","kind":"entity","type":"PERSON","text":"Xi \"J\"","start":0})");
  add_record(stats, R"({"doc":"b","kind":"tariff","actor":"US","target":"CN","rate":145,)"
                    R"("action":"raised","goods":["steel","cars"],"date":null})");
  add_record(stats,
             R"({"doc":"c","kind":"tariff","actor":null,"target":"CN","rate":10.5,"goods":[]})");
  add_record(stats, R"({"doc":"c","kind":"tariff","actor":"US","target":"CN","rate":null})");
  add_record(stats, R"({"doc":"d","kind":"tariff","rate":20,"extra":{"a":[1, 2]}})");
  add_record(stats, R"({"doc":"d","kind":"tariff","rate":25})");
  ReportOptions options;
  options.top = 0;
  const StatsReport report = stats.report(options);
  EXPECT_EQ(report.records, 8u);
  EXPECT_EQ(as_map(report.kinds),
            (std::map<std::string, std::uint64_t>{{"entity", 3}, {"tariff", 5}}));
  ASSERT_EQ(report.group_by.size(), 3u);
  EXPECT_EQ(as_map(report.group_by[0].table),
            (std::map<std::string, std::uint64_t>{{R"(["LOC","China"])", 2},
                                                  {R"(["PERSON","Xi \"J\""])", 1}}));
  // Lists count once per element, an empty list as null; records without the field are skipped.
  EXPECT_EQ(as_map(report.group_by[1].table),
            (std::map<std::string, std::uint64_t>{
                {R"(["cars"])", 1}, {R"(["steel"])", 1}, {"[null]", 1}}));
  EXPECT_EQ(as_map(report.group_by[2].table),
            (std::map<std::string, std::uint64_t>{{R"(["US","CN"])", 2}, {R"([null,"CN"])", 1}}));
  ASSERT_EQ(report.numbers.size(), 1u);
  const NumberSummary& rate = report.numbers[0];
  EXPECT_EQ(rate.count, 4u);
  EXPECT_EQ(rate.min, 10.5);
  EXPECT_EQ(rate.max, 145);
  EXPECT_EQ(rate.median, 22.5);  // mean of 20 and 25
  EXPECT_DOUBLE_EQ(rate.mean, (145 + 10.5 + 20 + 25) / 4.0);
  EXPECT_FALSE(rate.approximate);
}

TEST(StatsRecords, RejectsBadLines) {
  Stats stats;
  std::string error;
  EXPECT_FALSE(stats.add_record("{\"doc\":\"a\",", error));
  EXPECT_FALSE(error.empty());
  EXPECT_FALSE(stats.add_record("[1,2]", error));
  EXPECT_FALSE(stats.add_record(R"({"doc":"a"})", error));
  EXPECT_FALSE(stats.add_record(R"({"doc":"a","kind":"entity"})", error, /*states_only=*/true));
  EXPECT_EQ(stats.report({}).records, 0u);
}

// Random articles and records for the property test.
struct Corpus {
  std::vector<std::pair<std::string, std::string>> articles;  // text, date
  std::vector<std::string> records;
};

Corpus random_corpus(std::mt19937& random) {
  const std::vector<std::string> words = {"China", "tariffs", "the",  "US",      "steel",
                                          "said",  "trade",   "war",  "Beijing", "rates",
                                          "of",    "Canada",  "cars", "rose",    "fell"};
  const std::vector<std::string> types = {"PERSON", "ORG", "LOC", "MISC"};
  Corpus corpus;
  std::uniform_int_distribution<std::size_t> pick(0, 1000);
  for (int d = 0; d < 60; ++d) {
    std::string text;
    const std::size_t length = 1 + pick(random) % 30;
    for (std::size_t i = 0; i < length; ++i) {
      if (!text.empty()) text += ' ';
      text += words[pick(random) % words.size()];
      if (pick(random) % 7 == 0) text += '.';
    }
    const std::string date = pick(random) % 10 == 0
                                 ? ""
                                 : "2025-0" + std::to_string(1 + pick(random) % 9) + "-1" +
                                       std::to_string(pick(random) % 10);
    corpus.articles.emplace_back(text, date);
    for (std::size_t r = pick(random) % 4; r > 0; --r) {
      corpus.records.push_back(R"({"doc":"d)" + std::to_string(d) +
                               R"(","kind":"entity","type":")" +
                               types[pick(random) % types.size()] + R"(","text":")" +
                               words[pick(random) % words.size()] + "\"}");
    }
    if (pick(random) % 3 == 0) {
      const double rate = static_cast<double>(pick(random) % 200) / 4;
      corpus.records.push_back(
          R"({"doc":"d)" + std::to_string(d) + R"(","kind":"tariff","actor":"US","target":)" +
          (pick(random) % 2 ? "\"CN\"" : "null") + ",\"rate\":" + std::to_string(rate) +
          R"(,"goods":["steel","cars"]})");
    }
  }
  return corpus;
}

StatsConfig property_config() {
  StatsConfig config;
  config.group_by = {{"type", "text"}, {"actor", "target"}, {"goods"}};
  config.numeric_fields = {"rate"};
  return config;
}

void feed(Stats& stats, const Corpus& corpus, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    if (i < corpus.articles.size()) {
      add(stats, corpus.articles[i].first, corpus.articles[i].second);
    } else {
      add_record(stats, corpus.records[i - corpus.articles.size()]);
    }
  }
}

std::string render_all(const Stats& stats) {
  ReportOptions options;
  options.top = 5;
  options.period = Period::Week;
  const StatsReport report = stats.report(options);
  return render_json(report) + render_tsv(report) + render_table(report, false);
}

TEST(StatsMerge, PartialStatesOfRandomSplitsEqualOneRun) {
  std::mt19937 random(7);
  for (int round = 0; round < 20; ++round) {
    const Corpus corpus = random_corpus(random);
    const std::size_t size = corpus.articles.size() + corpus.records.size();
    Stats whole(property_config());
    feed(whole, corpus, 0, size);
    const std::string expected = render_all(whole);

    // Random cut points; each part writes its state; the states are merged in shuffled order.
    std::vector<std::size_t> cuts = {0, size};
    const std::size_t parts = 1 + random() % 6;
    for (std::size_t p = 1; p < parts; ++p) cuts.push_back(random() % (size + 1));
    std::sort(cuts.begin(), cuts.end());
    std::vector<std::string> states;
    for (std::size_t p = 0; p + 1 < cuts.size(); ++p) {
      Stats part(property_config());
      feed(part, corpus, cuts[p], cuts[p + 1]);
      states.emplace_back();
      part.write_state(states.back());
    }
    std::shuffle(states.begin(), states.end(), random);
    Stats merged;  // no config: the states bring their tables along
    for (const std::string& state : states) {
      std::size_t start = 0;
      while (start < state.size()) {
        const std::size_t end = state.find('\n', start);
        std::string error;
        ASSERT_TRUE(merged.add_record(std::string_view(state).substr(start, end - start), error,
                                      /*states_only=*/true))
            << error;
        start = end + 1;
      }
    }
    EXPECT_EQ(render_all(merged), expected) << "round " << round;

    // Merging Stats objects directly (what -j does) gives the same.
    Stats left(property_config());
    Stats right(property_config());
    feed(left, corpus, 0, size / 3);
    feed(right, corpus, size / 3, size);
    right.merge(left);
    EXPECT_EQ(render_all(right), expected);
  }
}

TEST(StatsMerge, StateRoundTripsAwkwardKeys) {
  StatsConfig config;
  config.group_by = {{"text"}};
  Stats stats(config);
  add(stats, "Caf\xC3\xA9 bad\xFF byte tab\\slash");
  add_record(stats, R"({"doc":"a","kind":"quote","text":"line\nbreak \"q\" \u00e9"})");
  add_record(stats, R"({"doc":"a","kind":"percent","text":1e300})");
  std::string state;
  stats.write_state(state);
  Stats merged;
  std::size_t start = 0;
  while (start < state.size()) {
    const std::size_t end = state.find('\n', start);
    std::string error;
    ASSERT_TRUE(merged.add_record(std::string_view(state).substr(start, end - start), error))
        << error;
    start = end + 1;
  }
  EXPECT_EQ(render_all(merged), render_all(stats));
  std::string again;
  merged.write_state(again);
  EXPECT_EQ(again, state);
}

// Found by fuzzing (stats_merge_fuzz): a count of 2e74 was converted to an integer unchecked,
// which is undefined. Counts past 2^64, negative or not numbers are refused with a message.
TEST(StatsMerge, StateCountsOutOfRangeAreRefused) {
  Stats stats;
  std::string error;
  for (const char* count : {"2e74", "18446744073709551616", "-1", "\"7\""}) {
    SCOPED_TRACE(count);
    const std::string line = std::string(R"({"doc":"","kind":"stats_state","table":"word",)") +
                             R"("key":"tariff","count":)" + count + "}";
    EXPECT_FALSE(stats.add_record(line, error, true));
    EXPECT_EQ(error, "stats state line with a bad \"count\"");
  }
  // An out-of-range table error or counter is ignored, as a negative one was.
  EXPECT_TRUE(stats.add_record(R"({"doc":"","kind":"stats_state","table":"word","error":1e300})",
                               error, true))
      << error;
  EXPECT_TRUE(stats.add_record(
      R"({"doc":"","kind":"stats_state","version":1,"documents":1e300,"records":2})", error, true))
      << error;
  std::string state;
  stats.write_state(state);
  EXPECT_EQ(state.find("tariff"), std::string::npos) << state;
}

TEST(StatsBounded, MaxKeysKeepsErrorBound) {
  StatsConfig config;
  config.group_by = {{"text"}};
  config.max_keys = 8;
  Stats stats(config);
  std::map<std::string, std::uint64_t> truth;
  std::mt19937 random(3);
  std::geometric_distribution<int> skewed(0.15);
  for (int i = 0; i < 5000; ++i) {
    std::string key = "k";
    key += std::to_string(skewed(random));
    std::string json_key = "[\"";
    json_key += key;
    json_key += "\"]";
    ++truth[json_key];
    add_record(stats, R"({"doc":"a","kind":"entity","text":")" + key + "\"}");
  }
  ReportOptions options;
  options.top = 0;
  const StatsReport report = stats.report(options);
  const CountTable& table = report.group_by[0].table;
  EXPECT_LE(table.distinct, 16u);
  EXPECT_GT(table.error, 0u);
  EXPECT_LE(table.error, 5000u / 9);  // Misra-Gries: at most N / (k + 1)
  for (const auto& entry : table.top) {
    EXPECT_LE(entry.count, truth[entry.key]) << entry.key;
    EXPECT_GE(entry.count + table.error, truth[entry.key]) << entry.key;
  }
  // The heaviest key survives and leads.
  EXPECT_EQ(table.top.front().key, R"(["k0"])");
}

StatsReport golden_report() {
  StatsReport report;
  report.documents = 1234;
  report.bytes = 5678901;
  report.sentences = 4321;
  report.tokens = 98765;
  report.words = 87654;
  report.distinct_words = 7654;
  report.period = "month";
  report.timeline = {{"2025-03", 200}, {"2025-04", 1000}, {"2025-05", 34}};
  report.top_words = {
      {{"tariffs", 900}, {"china", 450}, {"a-very-long-word-that-gets-cut", 3}}, 7000, 20000, 0};
  report.top_bigrams = {{{"trade war", 40}}, 5000, 9000, 0};
  report.records = 60;
  report.kinds = {{{"entity", 50}, {"tariff", 10}}, 2, 60, 0};
  report.group_by = {
      {{"actor", "target"}, {{{R"(["US","CN"])", 7}, {R"([null,"CA"])", 3}}, 4, 10, 2}}};
  NumberSummary rate;
  rate.field = "rate";
  rate.count = 10;
  rate.min = 10;
  rate.median = 25;
  rate.mean = 37.5;
  rate.max = 145;
  report.numbers = {rate};
  return report;
}

TEST(StatsRender, TableGolden) {
  const std::string expected = R"(Articles
  documents           1,234
  sentences           4,321
  tokens             98,765
  words              87,654
  distinct words      7,654
  bytes           5,678,901

Articles per month
  2025-03  ████████████▋                                                     200
  2025-04  ███████████████████████████████████████████████████████████████ 1,000
  2025-05  ██▏                                                                34

Top words (3 of 7,000 distinct)
  tariffs                     ██████████████████████████████████████████████ 900
  china                       ███████████████████████                        450
  a-very-long-word-that-get…  ▏                                                3

Top bigrams (1 of 5,000 distinct)
  trade war  ████████████████████████████████████████████████████████████████ 40

Records
  records  60

Records by kind
  entity  ███████████████████████████████████████████████████████████████████ 50
  tariff  █████████████▍                                                      10

By actor, target (2 of 4 distinct, counts may be low by up to 2)
  US | CN  ███████████████████████████████████████████████████████████████████ 7
  - | CA   ████████████████████████████▊                                       3

Numbers
  field  count  min  median  mean  max
  rate      10   10      25  37.5  145
)";
  EXPECT_EQ(render_table(golden_report(), false, 80), expected);
}

TEST(StatsRender, ColourOnlyWhenAsked) {
  const std::string plain = render_table(golden_report(), false, 80);
  const std::string coloured = render_table(golden_report(), true, 80);
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
  EXPECT_NE(coloured.find("\x1b[1mArticles\x1b[0m"), std::string::npos);
  EXPECT_NE(coloured.find("\x1b[36m"), std::string::npos);
}

TEST(StatsRender, JsonAndTsv) {
  const StatsReport report = golden_report();
  const std::string json = render_json(report);
  EXPECT_EQ(json.back(), '\n');
  EXPECT_NE(json.find(R"("timeline":[{"period":"2025-03","documents":200},)"), std::string::npos);
  EXPECT_NE(
      json.find(
          R"("counts":{"distinct":4,"total":10,"error":2,"top":[{"key":["US","CN"],"count":7})"),
      std::string::npos);
  EXPECT_NE(json.find(R"({"field":"rate","count":10,"min":10,"median":25,"mean":37.5,"max":145,)"),
            std::string::npos);
  const std::string tsv = render_tsv(report);
  EXPECT_EQ(tsv.substr(0, tsv.find('\n')), "section\tkey\tvalue");
  EXPECT_NE(tsv.find("total\tdocuments\t1234\n"), std::string::npos);
  EXPECT_NE(tsv.find("by:actor,target\t-; CA\t3\n"), std::string::npos);
  EXPECT_NE(tsv.find("number:rate\tmean\t37.5\n"), std::string::npos);
  EXPECT_NE(tsv.find("period:month\t2025-04\t1000\n"), std::string::npos);
}

}  // namespace
}  // namespace newsmine
