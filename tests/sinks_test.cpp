#include <gtest/gtest.h>

#include <limits>

#include "newsmine/sink.hpp"
#include "newsmine/text.hpp"

namespace newsmine {
namespace {

TEST(JsonString, EscapesControlCharactersQuotesAndInvalidUtf8) {
  std::string out;
  append_json_string(out, "a\"b\\c\n\x01 \xE2\x80\x9C ok \xFF end");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001 \xE2\x80\x9C ok \xEF\xBF\xBD end\"");
}

// Escapes at every position of the blocks the writers copy at once (8 and 16 bytes).
TEST(Escaping, FindsEachByteToEscapeWhereverItIs) {
  struct Case {
    std::string_view byte, json, tsv;
  };
  const Case cases[] = {{"\t", "\\t", "\\t"},
                        {"\n", "\\n", "\\n"},
                        {"\r", "\\r", "\\r"},
                        {"\\", "\\\\", "\\\\"},
                        {"\"", "\\\"", "\""},
                        {"\x01", "\\u0001", "\x01"},
                        {"\xFF", "\xEF\xBF\xBD", "\xEF\xBF\xBD"},
                        {"\xC3\xA9", "\xC3\xA9", "\xC3\xA9"}};
  for (const Case& c : cases) {
    for (std::size_t at = 0; at < 40; ++at) {
      const std::string before(at, 'a'), after(40 - at, 'b');
      const std::string text = before + std::string(c.byte) + after;
      std::string json;
      append_json_string(json, text);
      EXPECT_EQ(json, "\"" + before + std::string(c.json) + after + "\"") << at;
      ByteBuffer tsv;
      TsvSink sink(tsv, {"text"});
      Record record;
      record.doc = "d";
      record.kind = "quote";
      record.add("text", std::string_view(text));
      sink.write(record);
      EXPECT_EQ(tsv.view(), before + std::string(c.tsv) + after + "\n") << at;
    }
  }
}

// Found by fuzzing (percent_fuzz): a 40-digit percentage made a double far outside int64_t,
// whose conversion was undefined; infinity would have written "inf", which is not JSON.
TEST(JsonLinesSink, HugeAndNonFiniteNumbersStayValid) {
  ByteBuffer json;
  JsonLinesSink json_sink(json);
  ByteBuffer tsv;
  TsvSink tsv_sink(tsv, {"a", "b", "c", "d"});
  Record record;
  record.doc = "d";
  record.kind = "percent";
  record.add("a", 2.5e39);
  record.add("b", -1e300);
  record.add("c", std::numeric_limits<double>::infinity());
  record.add("d", std::numeric_limits<double>::quiet_NaN());
  json_sink.write(record);
  tsv_sink.write(record);
  EXPECT_EQ(json.view(),
            "{\"doc\": \"d\", \"kind\": \"percent\", \"a\": 2.5e+39, \"b\": "
            "-1e+300, \"c\": null, \"d\": null}\n");
  EXPECT_EQ(tsv.view(), "2.5e+39\t-1e+300\t\t\n");
}

TEST(JsonLinesSink, WritesDocKindThenFieldsInOrder) {
  ByteBuffer out;
  JsonLinesSink sink(out);
  Record record;
  record.doc = "d1";
  record.kind = "percent";
  record.add("text", std::string_view("145 per cent"));
  record.add("value", 145.0);
  record.add("ratio", 0.8);
  record.add("start", std::int64_t{3});
  record.add("speaker", Null{});
  const std::string_view goods[] = {"canola", "pork"};
  record.add("goods", StringList(goods));
  sink.write(record);
  EXPECT_EQ(
      out.view(),
      "{\"doc\": \"d1\", \"kind\": \"percent\", \"text\": \"145 per cent\", \"value\": 145, "
      "\"ratio\": 0.8, \"start\": 3, \"speaker\": null, \"goods\": [\"canola\", \"pork\"]}\n");
}

TEST(TsvSink, EscapesTabsAndNewlinesAndLeavesMissingFieldsEmpty) {
  ByteBuffer out;
  TsvSink sink(out, {"doc", "speaker", "text", "goods"});
  Record record;
  record.doc = "d\t1";
  record.kind = "quote";
  record.add("text", std::string_view("line one\nline\\two"));
  const std::string_view goods[] = {"a", "b"};
  record.add("goods", StringList(goods));
  sink.write(record);
  EXPECT_EQ(tsv_header({"doc", "text"}), "doc\ttext\n");
  EXPECT_EQ(out.view(), "d\\t1\t\tline one\\nline\\\\two\ta; b\n");
}

}  // namespace
}  // namespace newsmine

namespace newsmine {
namespace {

// Forwards records to another sink but keeps the default write_text_units, which builds a
// Record per sentence and token: the reference for the sinks' direct formatting.
class RecordBySink : public RecordSink {
 public:
  explicit RecordBySink(RecordSink& to) : to_(to) {}
  void write(const Record& record) override { to_.write(record); }

 private:
  RecordSink& to_;
};

void expect_same_text_units(const Document& doc, const std::vector<std::string>& columns) {
  Analysis analysis;
  tokenize(doc.text, analysis.tokens);
  split_sentences(doc.text, analysis.tokens, analysis.sentences);
  for (int both = 0; both < 3; ++both) {
    const bool sentences = both != 1;
    const bool tokens = both != 0;
    ByteBuffer fast_json, slow_json, fast_tsv, slow_tsv;
    JsonLinesSink json(fast_json), json_reference(slow_json);
    TsvSink tsv(fast_tsv, columns), tsv_reference(slow_tsv, columns);
    json.write_text_units(doc, analysis, sentences, tokens);
    RecordBySink(json_reference).write_text_units(doc, analysis, sentences, tokens);
    tsv.write_text_units(doc, analysis, sentences, tokens);
    RecordBySink(tsv_reference).write_text_units(doc, analysis, sentences, tokens);
    EXPECT_EQ(fast_json.view(), slow_json.view()) << doc.text;
    EXPECT_EQ(fast_tsv.view(), slow_tsv.view()) << doc.text;
  }
}

TEST(TextUnits, DirectFormattingMatchesRecords) {
  std::vector<std::string> texts = {
      "",
      "Plain words. And a second sentence that runs past sixteen bytes, surely.",
      "Tabs\tand\nnew lines\r\nand a back\\slash, \"quotes\" and \x01 controls.",
      "Invalid \xFF UTF-8 \xC3( here. Curly \xE2\x80\x9Cquotes\xE2\x80\x9D and caf\xC3\xA9.",
      "A very-long-hyphenated-word-beyond-thirty-two-bytes-for-sure and http://example.com/a.",
  };
  const std::vector<std::vector<std::string>> column_lists = {
      {"doc", "kind", "start", "end", "class", "text"},
      {"text", "doc", "tokens", "class", "missing", "kind"},
  };
  // Offsets at every digit count the writers handle.
  std::string spaced(1000005, ' ');
  for (std::size_t at :
       {0, 9, 10, 99, 100, 999, 1000, 9999, 10000, 99999, 100000, 999999, 1000000}) {
    spaced[at] = 'x';
  }
  texts.push_back(spaced);
  // Bytes to escape (and UTF-8, valid or not) at every position of the blocks the writers
  // copy at once, in sentences longer than those blocks.
  for (std::string_view special : {"\t", "\n", "\r", "\\", "\"", "\x01", "\xFF", "\xC3\xA9"}) {
    for (std::size_t at = 0; at < 40; ++at) {
      std::string text(48, 'a');
      text.insert(at, special);
      texts.push_back(text);
    }
  }
  for (const std::string& text : texts) {
    for (const std::string& id : {std::string("d1"), std::string("id\twith\\tab\"q")}) {
      Document doc;
      doc.id = id;
      doc.text = text;
      for (const auto& columns : column_lists) expect_same_text_units(doc, columns);
    }
  }
}

}  // namespace
}  // namespace newsmine
