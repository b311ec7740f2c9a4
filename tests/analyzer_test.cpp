// Analyzer and RecordWorker on groups of documents: a group analysed stage by stage gives each
// document the same records as analysing it alone, in input order, whatever the group size.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsmine/byte_buffer.hpp"
#include "newsmine/extractors.hpp"
#include "newsmine/pipeline.hpp"
#include "newsmine/sink.hpp"

namespace newsmine {
namespace {

std::vector<Document> invented_documents(std::size_t count) {
  std::vector<std::string> texts = {
      "Ruritania imposed a 25% tariff on Freedonian steel on March 3, 2025.",
      "\"We will respond,\" said Maria Lopez, the trade minister of Peru, on Monday.",
      "Acme Corp. said profit rose 4.5 per cent in the third quarter.",
      "",
      std::string(70000, 'a'),  // longer than a group: analysed alone
  };
  texts.back().append(" Lima said on Friday that duties on Chilean wine would rise.");
  std::vector<Document> docs(count);
  for (std::size_t i = 0; i < count; ++i) {
    docs[i].id = std::to_string(i);
    docs[i].date = "2025-04-21";
    docs[i].text = texts[i % texts.size()];
  }
  return docs;
}

std::string records_of(const Analyzer& analyzer, const Kinds& kinds,
                       const std::vector<Document>& docs, std::size_t take_every) {
  RecordWorker worker(analyzer, kinds, [](ByteBuffer& out) -> std::unique_ptr<RecordSink> {
    return std::make_unique<JsonLinesSink>(out);
  });
  std::string all;
  ByteBuffer out;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    worker.process(docs[i]);
    if ((i + 1) % take_every == 0) {
      worker.take_output(out);
      all += out.view();
    }
  }
  worker.take_output(out);
  all += out.view();
  return all;
}

TEST(GroupedAnalysis, SameRecordsAsOneDocumentAtATime) {
  Kinds kinds;
  ASSERT_TRUE(parse_kinds("all", kinds).empty());
  const Analyzer analyzer = make_analyzer(kinds);
  const std::vector<Document> docs = invented_documents(41);
  std::string alone;
  for (const Document& doc : docs) alone += records_of(analyzer, kinds, {doc}, 1);
  EXPECT_NE(alone.find("\"kind\": \"tariff\""), std::string::npos);
  EXPECT_NE(alone.find("\"kind\": \"quote\""), std::string::npos);
  for (std::size_t take_every : {1u, 3u, 16u, 100u}) {
    EXPECT_EQ(records_of(analyzer, kinds, docs, take_every), alone) << take_every;
  }
}

TEST(GroupedAnalysis, AnalyzeOverASpanMatchesAnalyzeOne) {
  Kinds kinds;
  ASSERT_TRUE(parse_kinds("entity,date,percent", kinds).empty());
  const Analyzer analyzer = make_analyzer(kinds);
  const std::vector<Document> docs = invented_documents(5);
  std::vector<Analysis> grouped(docs.size());
  analyzer.analyze(docs, grouped);
  for (std::size_t i = 0; i < docs.size(); ++i) {
    Analysis alone;
    analyzer.analyze(docs[i], alone);
    EXPECT_EQ(grouped[i].tokens.size(), alone.tokens.size()) << i;
    EXPECT_EQ(grouped[i].entities.size(), alone.entities.size()) << i;
    EXPECT_EQ(grouped[i].dates.size(), alone.dates.size()) << i;
    EXPECT_EQ(grouped[i].percents.size(), alone.percents.size()) << i;
  }
}

}  // namespace
}  // namespace newsmine
