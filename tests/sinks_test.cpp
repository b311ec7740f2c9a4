#include <gtest/gtest.h>

#include "newsmine/sink.hpp"

namespace newsmine {
namespace {

TEST(JsonString, EscapesControlCharactersQuotesAndInvalidUtf8) {
  std::string out;
  append_json_string(out, "a\"b\\c\n\x01 \xE2\x80\x9C ok \xFF end");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001 \xE2\x80\x9C ok \xEF\xBF\xBD end\"");
}

TEST(JsonLinesSink, WritesDocKindThenFieldsInOrder) {
  std::string out;
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
      out,
      "{\"doc\": \"d1\", \"kind\": \"percent\", \"text\": \"145 per cent\", \"value\": 145, "
      "\"ratio\": 0.8, \"start\": 3, \"speaker\": null, \"goods\": [\"canola\", \"pork\"]}\n");
}

TEST(TsvSink, EscapesTabsAndNewlinesAndLeavesMissingFieldsEmpty) {
  std::string out;
  TsvSink sink(out, {"doc", "speaker", "text", "goods"});
  Record record;
  record.doc = "d\t1";
  record.kind = "quote";
  record.add("text", std::string_view("line one\nline\\two"));
  const std::string_view goods[] = {"a", "b"};
  record.add("goods", StringList(goods));
  sink.write(record);
  EXPECT_EQ(tsv_header({"doc", "text"}), "doc\ttext\n");
  EXPECT_EQ(out, "d\\t1\t\tline one\\nline\\\\two\ta; b\n");
}

}  // namespace
}  // namespace newsmine
