// End-to-end tests of `newsmine stats`: exact counts on corpus/, partial + merge (also through
// GNU parallel) equal to one run, output formats, colour and progress rules.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdint>
#include <filesystem>
#include <string>

#include <unistd.h>

#include "process.hpp"

namespace newsmine {
namespace {

using testing::newsmine;
using testing::run_command;
using testing::source_path;

std::string seeds() {
  std::string quoted = "\"";
  quoted += source_path("corpus/seeds.jsonl");
  quoted += '"';
  return quoted;
}

std::uint64_t count_lines_with(const std::string& text, const std::string& needle) {
  std::uint64_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

TEST(StatsCli, ExactCountsOnCorpus) {
  const auto run = run_command(newsmine() + " stats -j1 " + seeds());
  ASSERT_EQ(run.status, 0) << run.err;
  simdjson::dom::parser parser;
  simdjson::dom::element stats = parser.parse(run.out);
  EXPECT_EQ(std::uint64_t(stats["documents"]), 5u);
  EXPECT_EQ(std::uint64_t(stats["undated"]), 0u);
  // The seed articles' text is the corpus/*.txt files byte for byte.
  std::uint64_t text_bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("corpus"))) {
    if (entry.path().extension() == ".txt") text_bytes += entry.file_size();
  }
  EXPECT_EQ(std::uint64_t(stats["bytes"]), text_bytes);
  // Tokens and sentences agree with what `newsmine tokens` prints.
  const auto tokens = run_command(newsmine() + " tokens " + seeds());
  ASSERT_EQ(tokens.status, 0);
  EXPECT_EQ(std::uint64_t(stats["tokens"]), count_lines_with(tokens.out, "\"kind\": \"token\""));
  EXPECT_EQ(std::uint64_t(stats["sentences"]),
            count_lines_with(tokens.out, "\"kind\": \"sentence\""));
  EXPECT_EQ(std::uint64_t(stats["words"]), count_lines_with(tokens.out, "\"class\": \"word\""));
  // One article a day.
  simdjson::dom::array timeline = stats["timeline"];
  ASSERT_EQ(timeline.size(), 5u);
  EXPECT_EQ(std::string_view(timeline.at(0)["period"]), "2025-04-17");
  for (auto day : timeline) EXPECT_EQ(std::uint64_t(day["documents"]), 1u);
  // "china" is the top word; stop words never appear.
  simdjson::dom::array top = stats["top_words"]["top"];
  ASSERT_EQ(top.size(), 10u);
  EXPECT_EQ(std::string_view(top.at(0)["key"]), "china");
  for (auto word : top) {
    const std::string_view key = word["key"];
    EXPECT_NE(key, "the");
    EXPECT_NE(key, "said");
  }
  // By month: all five in three months.
  const auto monthly = run_command(newsmine() + " stats --period month --format tsv " + seeds());
  EXPECT_NE(monthly.out.find("period:month\t2025-04\t3\n"), std::string::npos) << monthly.out;
  EXPECT_NE(monthly.out.find("period:month\t2025-10\t1\n"), std::string::npos);
}

TEST(StatsCli, RecordCountsByKindAndField) {
  const std::string records = newsmine() + " tokens " + seeds();
  const auto tokens = run_command(records);
  const auto run = run_command(records + " | " + newsmine() +
                               " stats --by class --num end --top 0 --format tsv");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::uint64_t token_records = count_lines_with(tokens.out, "\"kind\": \"token\"");
  EXPECT_NE(run.out.find("kind\ttoken\t" + std::to_string(token_records) + "\n"), std::string::npos)
      << run.out;
  const std::uint64_t words = count_lines_with(tokens.out, "\"class\": \"word\"");
  EXPECT_NE(run.out.find("by:class\tword\t" + std::to_string(words) + "\n"), std::string::npos);
  // Sentence records have no class field and are not counted under it.
  EXPECT_EQ(run.out.find("by:class\t-\t"), std::string::npos);
  EXPECT_NE(run.out.find("number:end\tmin\t"), std::string::npos);
}

TEST(StatsCli, PartialAndMergeEqualOneRunWhateverTheJobs) {
  const std::string both = "{ " + newsmine() + " tokens " + seeds() + "; cat " + seeds() + "; }";
  const std::string options = " --by class --by kind,class --num start --top 7";
  const auto single = run_command(both + " | " + newsmine() + " stats -j1" + options);
  ASSERT_EQ(single.status, 0) << single.err;
  const auto threaded = run_command(both + " | " + newsmine() + " stats -j3" + options);
  EXPECT_EQ(threaded.out, single.out);
  // Three uneven parts, each with its own partial state, merged in reverse order.
  const std::string dir = (std::filesystem::temp_directory_path() /
                           ("newsmine-stats-test-" + std::to_string(::getpid())))
                              .string();
  std::filesystem::create_directories(dir);
  const auto split = run_command(both + " > " + dir + "/all && cd " + dir +
                                 " && split -n l/3 all part. && for p in part.*; do " + newsmine() +
                                 " stats --partial" + options +
                                 " $p > $p.state; done && cat part.ac.state part.ab.state "
                                 "part.aa.state | " +
                                 newsmine() + " stats --merge --top 7");
  EXPECT_EQ(split.status, 0) << split.err;
  EXPECT_EQ(split.out, single.out);
  // A tree: states merged into one state first; lines sorted and tab-ended as Hadoop's shuffle
  // hands them to a reducer.
  const auto tree =
      run_command("cd " + dir + " && cat part.aa.state part.ab.state | " + newsmine() +
                  " stats --merge --partial | cat - part.ac.state | " +
                  "sed \"s/\\$/\\t/\" | sort | " + newsmine() + " stats --merge --top 7");
  EXPECT_EQ(tree.status, 0) << tree.err;
  EXPECT_EQ(tree.out, single.out);
  std::filesystem::remove_all(dir);
}

TEST(StatsCli, GnuParallelMapReduceEqualsOneRun) {
  if (!std::filesystem::exists("/usr/bin/parallel")) {
    GTEST_SKIP() << "GNU parallel is not installed (/usr/bin/parallel): map-reduce test skipped";
  }
  const std::string records = newsmine() + " tokens " + seeds();
  const std::string options = " --by class --num end";
  const auto single = run_command(records + " | " + newsmine() + " stats" + options);
  ASSERT_EQ(single.status, 0) << single.err;
  // Small blocks so the stream really is split (docs/scaling.md uses --block 10M).
  const auto mapped =
      run_command(records + " | parallel --pipe --block 50k " + newsmine() + " stats --partial" +
                  options + " | " + newsmine() + " stats --merge");
  ASSERT_EQ(mapped.status, 0) << mapped.err;
  EXPECT_EQ(mapped.out, single.out);

  const auto articles = run_command(newsmine() + " stats < " + seeds());
  const auto articles_mapped =
      run_command("parallel --pipe --block 10k " + newsmine() + " stats --partial < " + seeds() +
                  " 2>/dev/null | " + newsmine() + " stats --merge");
  EXPECT_EQ(articles_mapped.out, articles.out);
}

TEST(StatsCli, MergeRejectsWhatIsNotAState) {
  const auto run = run_command(newsmine() + " stats --merge " + seeds());
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("not a stats state"), std::string::npos) << run.err;
}

TEST(StatsCli, MaxKeysBoundsThePartialState) {
  const auto run =
      run_command(newsmine() + " stats --partial --max-keys 20 " + seeds() + " | grep -c word");
  // At most 2 * max_keys word keys, plus the table's header line.
  ASSERT_FALSE(run.out.empty());
  EXPECT_LE(std::stoi(run.out), 41);
  EXPECT_GT(std::stoi(run.out), 1);
  const auto merged = run_command(newsmine() + " stats --partial --max-keys 20 " + seeds() + " | " +
                                  newsmine() + " stats --merge --format table");
  EXPECT_NE(merged.out.find("counts may be low by up to"), std::string::npos) << merged.out;
}

TEST(StatsCli, FormatsColourAndProgress) {
  // Piped: JSON, no progress on stderr.
  const auto piped = run_command(newsmine() + " stats " + seeds());
  ASSERT_EQ(piped.status, 0);
  EXPECT_EQ(piped.out.front(), '{');
  EXPECT_TRUE(piped.err.empty()) << piped.err;
  // --format table on a pipe: no colour.
  const auto table = run_command(newsmine() + " stats --format table " + seeds());
  EXPECT_NE(table.out.find("Top words"), std::string::npos);
  EXPECT_EQ(table.out.find('\x1b'), std::string::npos);
  // --progress on a pipe: progress lines with documents, MB, MB/s and percent.
  const auto progress = run_command(newsmine() + " stats --progress " + seeds());
  EXPECT_NE(progress.err.find("5 documents, "), std::string::npos) << progress.err;
  EXPECT_NE(progress.err.find("MB/s, 100%"), std::string::npos) << progress.err;

  if (!std::filesystem::exists("/usr/bin/script")) {
    GTEST_SKIP() << "script(1) is not installed: terminal colour checks skipped";
  }
  // On a terminal (script gives one): a table, coloured unless NO_COLOR is set.
  const std::string command =
      std::string(NEWSMINE_BINARY) + " stats --no-progress " + source_path("corpus/seeds.jsonl");
  const auto terminal = run_command("script -qec \"" + command + "\" /dev/null");
  EXPECT_NE(terminal.out.find("Top words"), std::string::npos) << terminal.out;
  EXPECT_NE(terminal.out.find("\x1b[1m"), std::string::npos);
  const auto no_colour = run_command("NO_COLOR=1 script -qec \"" + command + "\" /dev/null");
  EXPECT_NE(no_colour.out.find("Top words"), std::string::npos) << no_colour.out;
  EXPECT_EQ(no_colour.out.find('\x1b'), std::string::npos);
}

}  // namespace
}  // namespace newsmine
