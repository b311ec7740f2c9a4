// The kind registry: docs/records.md against it, columns, kind sets, the generic store and
// the per-worker scratch.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "newsmine/analyzer.hpp"
#include "newsmine/byte_buffer.hpp"
#include "newsmine/extractors.hpp"
#include "newsmine/registry.hpp"
#include "newsmine/sink.hpp"
#include "process.hpp"

namespace newsmine {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST(RecordsDoc, MatchesTheRegistry) {
  const std::string path = std::string(NEWSMINE_SOURCE_DIR) + "/docs/records.md";
  const std::string doc = read_file(path);
  const std::string begin = "<!-- BEGIN generated kinds: newsmine --generate-records-doc -->\n";
  const std::string end = "<!-- END generated kinds -->";
  const std::size_t from = doc.find(begin);
  const std::size_t to = doc.find(end);
  ASSERT_NE(from, std::string::npos) << path << " lacks the begin marker";
  ASSERT_NE(to, std::string::npos) << path << " lacks the end marker";
  const std::string section = doc.substr(from + begin.size(), to - from - begin.size());
  EXPECT_EQ(section, records_markdown())
      << "docs/records.md is out of date; replace the section between the markers with the "
         "output of `build/newsmine --generate-records-doc`";
}

TEST(Registry, EveryRowNeedsOnlyRowsBeforeItAndEveryKindHasTheCommonFields) {
  const auto& rows = kind_registry();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::string_view need : rows[i].needs) {
      const int j = find_kind(need);
      ASSERT_GE(j, 0) << rows[i].name << " needs " << need;
      if (rows[static_cast<std::size_t>(j)].make) {
        EXPECT_LT(static_cast<std::size_t>(j), i);
      }
    }
    if (!rows[i].is_record_kind()) continue;
    EXPECT_NE(rows[i].field("text"), nullptr) << rows[i].name;
    EXPECT_NE(rows[i].field("start"), nullptr) << rows[i].name;
    EXPECT_NE(rows[i].field("end"), nullptr) << rows[i].name;
    EXPECT_FALSE(rows[i].description.empty()) << rows[i].name;
    // A typed kind has all three functions; a generic one none.
    EXPECT_EQ(rows[i].count == nullptr, rows[i].emit == nullptr) << rows[i].name;
    EXPECT_EQ(rows[i].start == nullptr, rows[i].emit == nullptr) << rows[i].name;
  }
}

TEST(Registry, ColumnsAreTheUnionOfTheKindsFieldsWithTheChosenOnesFirst) {
  Kinds kinds;
  ASSERT_EQ(parse_kinds("tariff,quote", kinds), "");
  const std::vector<std::string> columns = record_columns(kinds, {"doc", "speaker", "nope"});
  const std::vector<std::string> expected = {
      "doc",           "speaker",     "kind",  "text",   "start", "end",    "speaker_text", "cue",
      "speaker_start", "speaker_end", "actor", "target", "rate",  "action", "goods",        "date"};
  EXPECT_EQ(columns, expected);
  // Every field of every kind has a column when all are written.
  Kinds all;
  ASSERT_EQ(parse_kinds("all,sentence,token", all), "");
  const std::vector<std::string> every = record_columns(all);
  for (const KindSpec& spec : kind_registry()) {
    for (const FieldSpec& field : spec.fields) {
      EXPECT_NE(std::find(every.begin(), every.end(), std::string(field.name)), every.end())
          << spec.name << "." << field.name;
    }
  }
}

TEST(Registry, KindListsNameUnknownKindsAndAllLeavesOutTextUnits) {
  Kinds kinds;
  EXPECT_EQ(parse_kinds("entity,,date,bogus", kinds), "bogus");
  EXPECT_TRUE(kinds.has("entity"));
  EXPECT_TRUE(kinds.has("date"));
  EXPECT_FALSE(kinds.has("quote"));
  Kinds all;
  EXPECT_EQ(parse_kinds("all", all), "");
  EXPECT_TRUE(all.has("tariff"));
  EXPECT_FALSE(all.has("token"));
  EXPECT_FALSE(all.has("canonical"));  // a stage, not a kind
  EXPECT_EQ(parse_kinds("canonical", kinds), "canonical");
  EXPECT_THROW(Kinds{"nope"}, std::invalid_argument);
  EXPECT_EQ(valid_kind_names().back(), "all");
}

// A kind of the generic store, as a new kind would declare it: its records come from the
// schema, in start order, absent attributes null or left out.
TEST(GenericStore, AnnotationsBecomeRecordsByTheSchema) {
  KindSpec spec;
  spec.name = "thing";
  spec.fields = {{"text", FieldType::String, Presence::Always, ""},
                 {"value", FieldType::Number, Presence::Always, ""},
                 {"code", FieldType::String, Presence::Nullable, ""},
                 {"unit", FieldType::String, Presence::Optional, ""},
                 {"parts", FieldType::List, Presence::Optional, ""},
                 {"of", FieldType::Ref, Presence::Optional, ""},
                 {"start", FieldType::Integer, Presence::Always, ""},
                 {"end", FieldType::Integer, Presence::Always, ""}};
  Document doc;
  doc.id = "d";
  doc.text = "pay 5 dollars now";
  Analysis analysis;
  Annotation& first = analysis.annotate(kind_index("date"), Span{4, 13});
  first.set("value", 5.0).set("code", std::string("USD")).set("value", 6.0);
  first.set("parts", std::vector<std::string>{"5", "dollars"});
  Annotation& second = analysis.annotate(kind_index("date"), Span{0, 3});
  second.set("of", AnnotationRef{analysis.annotations[0].id});
  EXPECT_EQ(annotation_index(second.id), 1u);
  EXPECT_EQ(annotation_kind(second.id), kind_index("date"));
  EXPECT_EQ(analysis.find_annotation(second.id), &analysis.annotations[1]);
  EXPECT_EQ(analysis.find_annotation(annotation_id(kind_index("quote"), 1)), nullptr);

  ByteBuffer out;
  JsonLinesSink sink(out);
  std::vector<std::string_view> scratch;
  const EmitContext context{doc, analysis, scratch};
  for (const Annotation& annotation : analysis.annotations) {
    Record record;
    record.doc = doc.id;
    record.kind = spec.name;
    emit_generic(context, spec, annotation, record);
    sink.write(record);
  }
  EXPECT_EQ(std::string(out.view()),
            R"({"doc": "d", "kind": "thing", "text": "5 dollars", "value": 6, "code": "USD", )"
            R"("parts": ["5", "dollars"], "start": 4, "end": 13})"
            "\n"
            R"({"doc": "d", "kind": "thing", "text": "pay", "value": null, "code": null, )" +
                std::string(R"("of": )") + std::to_string(analysis.annotations[0].id) +
                R"(, "start": 0, "end": 3})"
                "\n");
}

// A scratch is made once per worker (Analysis) and reused for every document.
struct CountingScratch : AnnotatorScratch {
  int documents = 0;
};
class CountingAnnotator : public ScratchAnnotator<CountingScratch> {
 private:
  void run(const Document& /*doc*/, Analysis& analysis, CountingScratch& scratch) const override {
    ++scratch.documents;
    analysis.percents.push_back({Span{0, 1}, static_cast<double>(scratch.documents), false});
  }
};

TEST(Scratch, EachWorkerKeepsItsOwnAcrossDocuments) {
  Analyzer analyzer;
  analyzer.add(std::make_shared<CountingAnnotator>());
  Document doc;
  doc.text = "x";
  Analysis worker_one;
  Analysis worker_two;
  analyzer.analyze(doc, worker_one);
  analyzer.analyze(doc, worker_one);
  analyzer.analyze(doc, worker_two);
  EXPECT_EQ(worker_one.percents.at(0).value, 2);
  EXPECT_EQ(worker_two.percents.at(0).value, 1);
  // Another chain does not reuse a scratch made for this one.
  Analyzer other;
  other.add(std::make_shared<CountingAnnotator>());
  other.analyze(doc, worker_one);
  EXPECT_EQ(worker_one.percents.at(0).value, 1);
}

TEST(CsvSink, QuotesOnlyCellsThatNeedItAndDoublesQuotes) {
  ByteBuffer out;
  CsvSink sink(out, {"doc", "kind", "text", "goods", "rate", "missing"});
  Record record;
  record.doc = "a,b";
  record.kind = "tariff";
  record.add("text", std::string_view("he said \"no\"\r\nthen\xFF left"));
  const std::vector<std::string_view> goods = {"steel", "cars, trucks"};
  record.add("goods", StringList(goods));
  record.add("rate", 0.5);
  sink.write(record);
  record.fields.clear();
  record.doc = "plain";
  record.add("text", std::string_view("x"));
  record.add("rate", Null{});
  sink.write(record);
  EXPECT_EQ(std::string(out.view()),
            "\"a,b\",tariff,\"he said \"\"no\"\"\r\nthen\xEF\xBF\xBD left\",\"steel; cars, "
            "trucks\",0.5,\r\n"
            "plain,tariff,x,,,\r\n");
  EXPECT_EQ(csv_header({"doc", "a\"b"}), "doc,\"a\"\"b\"\r\n");
}

TEST(JsonLinesSink, FieldsPicksKeysInTheirOrder) {
  ByteBuffer out;
  JsonLinesSink sink(out, {"text", "kind", "nope", "doc"});
  Record record;
  record.doc = "d";
  record.kind = "entity";
  record.add("type", std::string_view("ORG"));
  record.add("text", std::string_view("WTO"));
  sink.write(record);
  EXPECT_EQ(std::string(out.view()), R"({"text": "WTO", "kind": "entity", "doc": "d"})"
                                     "\n");
}

std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

TEST(OutputCli, TsvAndCsvHaveEveryFieldOfTheKindsAsked) {
  const std::string seeds = std::string(NEWSMINE_SOURCE_DIR) + "/corpus/seeds.jsonl";
  auto tsv = testing::run_command(testing::newsmine() +
                                  " extract --kinds tariff,quote --format tsv " + seeds);
  ASSERT_EQ(tsv.status, 0) << tsv.err;
  EXPECT_EQ(first_line(tsv.out),
            "doc\tkind\ttext\tstart\tend\tspeaker\tspeaker_text\tcue\tspeaker_start\t"
            "speaker_end\tactor\ttarget\trate\taction\tgoods\tdate");
  auto csv = testing::run_command(testing::newsmine() + " tariffs --format csv " + seeds);
  ASSERT_EQ(csv.status, 0) << csv.err;
  EXPECT_EQ(first_line(csv.out), "doc,date,actor,target,rate,action,goods,text,kind,start,end\r");
  auto picked = testing::run_command(testing::newsmine() +
                                     " extract --kinds entity --fields canonical,text --fields "
                                     "link --format tsv " +
                                     seeds + " | head -1");
  ASSERT_EQ(picked.status, 0) << picked.err;
  EXPECT_EQ(picked.out, "canonical\ttext\tlink\n");
}

TEST(OutputCli, AnUnknownFieldIsAUsageErrorListingTheValidOnes) {
  const std::string seeds = std::string(NEWSMINE_SOURCE_DIR) + "/corpus/seeds.jsonl";
  auto wrong = testing::run_command(testing::newsmine() + " quotes --fields doc,speakr " + seeds);
  EXPECT_EQ(wrong.status, 2);
  EXPECT_NE(wrong.err.find("unknown field 'speakr' (did you mean 'speaker'?)"), std::string::npos)
      << wrong.err;
  EXPECT_NE(wrong.err.find("valid fields: doc, speaker, cue, text, speaker_text, kind, start"),
            std::string::npos)
      << wrong.err;
  EXPECT_TRUE(wrong.out.empty());
}

}  // namespace
}  // namespace newsmine
