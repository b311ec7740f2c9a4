// End-to-end tests of the command line on corpus/.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <filesystem>
#include <fstream>

#include "process.hpp"

namespace newsmine::testing {
namespace {

const std::string kSeeds = source_path("corpus/seeds.jsonl");

TEST(Cli, OutputIsTheSameWhateverTheThreadCount) {
  auto one = run_command(newsmine() + " tokens -j1 " + kSeeds);
  auto four = run_command(newsmine() + " tokens -j4 " + kSeeds);
  ASSERT_EQ(one.status, 0) << one.err;
  ASSERT_EQ(four.status, 0) << four.err;
  EXPECT_GT(one.out.size(), 100000u);
  EXPECT_EQ(one.out, four.out);
}

TEST(Cli, ManyDocumentsStayInInputOrderAcrossThreads) {
  // 200 copies make many batches, so workers finish out of order.
  auto one = run_command("for i in $(seq 200); do cat " + kSeeds + "; done | " + newsmine() +
                         " tokens -j1 --format tsv");
  auto three = run_command("for i in $(seq 200); do cat " + kSeeds + "; done | " + newsmine() +
                           " tokens -j3 --format tsv");
  ASSERT_EQ(one.status, 0) << one.err;
  EXPECT_EQ(one.out, three.out);
}

TEST(Cli, JsonOutputParsesBackWithDocAndKind) {
  auto result = run_command(newsmine() + " tokens " + kSeeds);
  ASSERT_EQ(result.status, 0) << result.err;
  simdjson::dom::parser parser;
  std::istringstream lines(result.out);
  std::string line;
  std::size_t count = 0;
  while (std::getline(lines, line)) {
    simdjson::dom::element record;
    ASSERT_EQ(parser.parse(line).get(record), simdjson::SUCCESS) << line;
    std::string_view doc, kind;
    ASSERT_EQ(record["doc"].get(doc), simdjson::SUCCESS) << line;
    ASSERT_EQ(record["kind"].get(kind), simdjson::SUCCESS) << line;
    EXPECT_TRUE(kind == "token" || kind == "sentence") << line;
    ++count;
  }
  EXPECT_GT(count, 4000u);
}

TEST(Cli, JsonStaysValidWithControlCharactersAndInvalidUtf8) {
  auto dir = std::filesystem::temp_directory_path() / "newsmine-cli-junk";
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir / "junk.txt", std::ios::binary);
    out << "Bad \xFF\xFE bytes and a bell \x07 here.\n";
  }
  auto result = run_command(newsmine() + " tokens " + (dir / "junk.txt").string());
  EXPECT_EQ(result.status, 1) << "invalid UTF-8 is reported";
  EXPECT_NE(result.err.find("junk.txt"), std::string::npos) << result.err;
  simdjson::dom::parser parser;
  std::istringstream lines(result.out);
  std::string line;
  std::size_t count = 0;
  while (std::getline(lines, line)) {
    simdjson::dom::element record;
    EXPECT_EQ(parser.parse(line).get(record), simdjson::SUCCESS) << line;
    ++count;
  }
  EXPECT_GT(count, 3u);
  std::filesystem::remove_all(dir);
}

TEST(Cli, TsvHasAHeaderAndOneLinePerRecord) {
  auto result = run_command(newsmine() + " tokens --format tsv " + kSeeds + " | head -3");
  ASSERT_EQ(result.status, 0) << result.err;
  // The tokens command's columns first, then the field of sentences only.
  EXPECT_EQ(result.out.substr(0, result.out.find('\n')),
            "doc\tkind\tstart\tend\tclass\ttext\ttokens");
  EXPECT_NE(result.out.find("seed-000\tsentence\t"), std::string::npos) << result.out;
}

TEST(Cli, PlainTextFilesTakeTheirPathAsIdAndTheDateOption) {
  auto result = run_command(newsmine() + " tokens --date 2025-04-21 " +
                            source_path("corpus/000_0ba294ae9852bb11.txt") + " | head -1");
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.out.find("000_0ba294ae9852bb11.txt"), std::string::npos) << result.out;
}

TEST(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run_command(newsmine() + " --no-such-option").status, 2);
  EXPECT_EQ(run_command(newsmine() + " tokens -j 0 " + kSeeds).status, 2);
  EXPECT_EQ(run_command(newsmine() + " tokens --format xml " + kSeeds).status, 2);
  EXPECT_EQ(run_command(newsmine() + " extract --kinds nonsense " + kSeeds).status, 2);
  EXPECT_EQ(run_command(newsmine() + " tokens --date 21/04/2025 " + kSeeds).status, 2);
  EXPECT_EQ(run_command(newsmine() + " --help").status, 0);
  auto missing_model = run_command(newsmine() + " extract --model /no/such/model " + kSeeds);
  EXPECT_EQ(missing_model.status, 2);
  EXPECT_NE(missing_model.err.find("newsmine: error:"), std::string::npos) << missing_model.err;
}

TEST(Cli, AClosedPipeEndsTheRunQuietly) {
  auto result = run_command("for i in $(seq 300); do cat " + kSeeds + "; done | " + newsmine() +
                            " tokens -j2 | head -1; echo \"status ${PIPESTATUS[1]}\"");
  EXPECT_NE(result.out.find("status 0"), std::string::npos) << result.out;
  EXPECT_EQ(result.err, "");
}

TEST(Cli, BadJsonLinesAreReportedWithFileAndLineAndTheRestIsRead) {
  auto dir = std::filesystem::temp_directory_path() / "newsmine-cli-bad";
  std::filesystem::create_directories(dir);
  auto path = dir / "mixed.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"id\": \"a\", \"text\": \"First article.\"}\n"
        << "{\"id\": \"b\", \"text\": \"broken\n"
        << "{\"id\": \"c\", \"body\": \"Third article.\"}\n";
  }
  auto result = run_command(newsmine() + " tokens --format tsv " + path.string());
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("mixed.jsonl:2"), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("a\tsentence"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("c\tsentence"), std::string::npos) << result.out;

  auto strict = run_command(newsmine() + " tokens --strict --format tsv " + path.string());
  EXPECT_EQ(strict.status, 1);
  EXPECT_EQ(strict.out.find("c\tsentence"), std::string::npos) << strict.out;
  std::filesystem::remove_all(dir);
}

TEST(Cli, CompressedInputGivesTheSameRecords) {
  auto plain = run_command(newsmine() + " tokens " + kSeeds);
  auto gzip = run_command("gzip -c " + kSeeds + " | " + newsmine() + " tokens");
  auto zstd = run_command("zstd -q -c " + kSeeds + " | " + newsmine() + " tokens -");
  ASSERT_EQ(plain.status, 0);
  EXPECT_EQ(gzip.status, 0) << gzip.err;
  EXPECT_EQ(zstd.status, 0) << zstd.err;
  EXPECT_EQ(plain.out, gzip.out);
  EXPECT_EQ(plain.out, zstd.out);
}

}  // namespace
}  // namespace newsmine::testing
