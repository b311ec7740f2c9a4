// End-to-end reliability: write failures, closed pipes, input shapes a news dump may hold, and
// inputs at the edge of the resource bounds (kept small here; bench/reliability.sh has the
// large sizes).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "process.hpp"

namespace newsmine::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSeeds = source_path("corpus/seeds.jsonl");
const std::string kDiskFull = "newsmine: error: cannot write output: No space left on device";

// A folder of its own, removed at the end of the test.
class Scratch {
 public:
  Scratch() {
    static int counter = 0;
    path_ = fs::temp_directory_path() / ("newsmine-reliability-" + std::to_string(::getpid()) +
                                         "-" + std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~Scratch() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path_ / name, std::ios::binary) << bytes;
    return (path_ / name).string();
  }
  std::string path(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

// Runs `arguments` with stdout on /dev/full and checks the write-error status and message.
void expect_disk_full(const std::string& arguments) {
  SCOPED_TRACE(arguments);
  auto result = run_command(newsmine() + " " + arguments + " > /dev/full");
  EXPECT_EQ(result.status, 3);
  EXPECT_NE(result.err.find(kDiskFull), std::string::npos) << result.err;
  // Reported once, not once per batch.
  EXPECT_EQ(result.err.find(kDiskFull), result.err.rfind(kDiskFull)) << result.err;
}

TEST(WriteErrors, ExtractOnAFullDiskExitsWithThree) {
  expect_disk_full("extract " + kSeeds);
  expect_disk_full("extract -j1 " + kSeeds);
  expect_disk_full("extract --format tsv " + kSeeds);
}

TEST(WriteErrors, QuotesOnAFullDiskExitsWithThree) {
  expect_disk_full("quotes " + kSeeds);
}

TEST(WriteErrors, TariffsOnAFullDiskExitsWithThree) {
  expect_disk_full("tariffs " + kSeeds);
}

TEST(WriteErrors, TokensOnAFullDiskExitsWithThree) {
  expect_disk_full("tokens " + kSeeds);
  expect_disk_full("tokens -j2 " + kSeeds);
}

TEST(WriteErrors, StatsOnAFullDiskExitsWithThree) {
  expect_disk_full("stats " + kSeeds);
  expect_disk_full("stats --partial " + kSeeds);
}

TEST(WriteErrors, DefaultCommandOnAFullDiskExitsWithThree) {
  expect_disk_full(kSeeds);
}

TEST(WriteErrors, BadInputAndAFullDiskExitWithThree) {
  Scratch scratch;
  const std::string bad = scratch.write("bad.jsonl", "{\"text\": \"Fine.\"}\nnot json\n");
  expect_disk_full("tokens " + bad);
}

const std::string kTinyConll =
    "-DOCSTART- -X- O O\n\nAnna NNP B-NP B-PER\nvisited VBD B-VP O\nParis NNP B-NP B-LOC\n. . O "
    "O\n\nThe DT B-NP O\nAcme NNP I-NP B-ORG\nboard NN I-NP O\nmet VBD B-VP O\n. . O O\n";

TEST(WriteErrors, EvalNerOnAFullDiskExitsWithThree) {
  Scratch scratch;
  const std::string conll = scratch.write("tiny.conll", kTinyConll);
  expect_disk_full("eval-ner " + conll);
  auto predictions = run_command(newsmine() + " eval-ner --output /dev/full " + conll);
  EXPECT_EQ(predictions.status, 3);
  EXPECT_NE(predictions.err.find("cannot write /dev/full"), std::string::npos) << predictions.err;
}

TEST(WriteErrors, TrainNerToAFullDiskExitsWithThree) {
  Scratch scratch;
  const std::string conll = scratch.write("tiny.conll", kTinyConll);
  auto result = run_command(newsmine() + " train-ner --train " + conll +
                            " --epochs 1 --bits 12 -o /dev/full");
  EXPECT_EQ(result.status, 3);
  EXPECT_NE(result.err.find("cannot write /dev/full"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("wrote /dev/full"), std::string::npos) << result.err;
}

TEST(WriteErrors, AClosedStdoutIsAWriteError) {
  auto result = run_command(newsmine() + " tokens " + kSeeds + " >&-");
  EXPECT_EQ(result.status, 3);
  EXPECT_NE(result.err.find("cannot write output: Bad file descriptor"), std::string::npos)
      << result.err;
}

TEST(WriteErrors, AClosedPipeStaysQuietForEveryCommand) {
  for (const std::string command : {"tokens", "extract", "quotes", "tariffs", "stats --partial"}) {
    SCOPED_TRACE(command);
    auto result = run_command("for i in $(seq 100); do cat " + kSeeds + "; done | " + newsmine() +
                              " " + command + " -j2 | head -c 10 >/dev/null; " +
                              "echo \"status ${PIPESTATUS[1]}\"");
    EXPECT_NE(result.out.find("status 0"), std::string::npos) << result.out;
    EXPECT_EQ(result.err, "");
  }
}

TEST(Inputs, JqPrettyPrintedXzAndBzip2GiveTheSameRecordsAsJsonLines) {
  auto plain = run_command(newsmine() + " extract " + kSeeds);
  ASSERT_EQ(plain.status, 0);
  auto pretty = run_command(
      "python3 -c \"import json,sys\n"
      "for line in open(sys.argv[1]): print(json.dumps(json.loads(line), "
      "indent=2, ensure_ascii=False))\" " +
      kSeeds + " | " + newsmine() + " extract");
  EXPECT_EQ(pretty.status, 0) << pretty.err;
  EXPECT_EQ(plain.out, pretty.out);
  auto array = run_command(
      "python3 -c \"import json,sys\n"
      "print(json.dumps([json.loads(l) for l in open(sys.argv[1])], "
      "indent=1))\" " +
      kSeeds + " | " + newsmine() + " extract");
  EXPECT_EQ(array.status, 0) << array.err;
  EXPECT_EQ(plain.out, array.out);
  auto xz = run_command("xz -c " + kSeeds + " | " + newsmine() + " extract");
  EXPECT_EQ(xz.status, 0) << xz.err;
  EXPECT_EQ(plain.out, xz.out);
  auto bzip2 = run_command("bzip2 -c " + kSeeds + " | " + newsmine() + " extract -");
  EXPECT_EQ(bzip2.status, 0) << bzip2.err;
  EXPECT_EQ(plain.out, bzip2.out);
}

TEST(Inputs, BadObjectsInAPrettyPrintedStreamAreReportedAtTheirLine) {
  Scratch scratch;
  const std::string path = scratch.write("pretty.json",
                                         "{\n  \"id\": \"a\",\n  \"text\": \"First one.\"\n}\n"
                                         "{\n  \"id\": \"b\",\n  \"txt\": \"No text.\"\n}\n"
                                         "{\n  \"id\": \"c\",\n  \"text\": \"Third one.\"\n}\n");
  auto result = run_command(newsmine() + " tokens --format tsv " + path);
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("pretty.json:5: no text field"), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("a\tsentence"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("c\tsentence"), std::string::npos) << result.out;
}

TEST(Inputs, EndlessStdinStreams) {
  // JSON Lines from an endless producer: records come out while it runs.
  auto lines = run_command("yes \"{\\\"text\\\": \\\"Yes it is.\\\"}\" | " + newsmine() +
                           " tokens | head -n 2000 | wc -l");
  EXPECT_EQ(lines.out, "2000\n");
  // Endless plain text is one article: refused once it passes the line limit, not buffered.
  auto text = run_command("yes | head -c 70000000 | " + newsmine() + " tokens | wc -l");
  EXPECT_EQ(text.out, "0\n");
  EXPECT_NE(text.err.find("-: file longer than 67108864 bytes (skipped)"), std::string::npos)
      << text.err;
}

TEST(Inputs, ALineOverTheLimitIsRefusedAndTheRestKept) {
  // 70 MB, past the 64 MiB limit: skipped without being buffered.
  auto result = run_command(
      "{ echo \"{\\\"text\\\": \\\"Before.\\\"}\"; printf \"{\\\"text\\\": \\\"\"; "
      "head -c 70000000 /dev/zero | tr \"\\0\" a; printf \"\\\"}\\n\"; "
      "echo \"{\\\"text\\\": \\\"After.\\\"}\"; } | " +
      newsmine() + " tokens --format tsv");
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("-:2: line longer than 67108864 bytes (skipped)"), std::string::npos)
      << result.err;
  EXPECT_NE(result.out.find("Before"), std::string::npos);
  EXPECT_NE(result.out.find("After"), std::string::npos);
}

// Peak memory of a run over an input much larger than the pipeline's buffers stays small. Not
// under the sanitizers, whose shadow memory and quarantine dwarf the figure.
#if !defined(__SANITIZE_ADDRESS__)
TEST(Inputs, AnOverLongLineOrFileIsRefusedWithinTheLimitsMemory) {
  // 70 MB, just past the 64 MiB limit: memory stays near the limit (not twice it).
  const std::string line =
      "{ echo \"{\\\"text\\\": \\\"Before.\\\"}\"; printf \"{\\\"text\\\": \\\"\"; "
      "head -c 70000000 /dev/zero | tr \"\\0\" a; printf \"\\\"}\\n\"; } | ";
  const std::string text = "yes | head -c 70000000 | ";
  for (const std::string& input : {line, text}) {
    auto result = run_command(input + "/usr/bin/time -f %M " + newsmine() +
                              " tokens 2>&1 >/dev/null | tail -n 1");
    const long peak_kb = std::stol(result.out);
    EXPECT_LT(peak_kb, 90 * 1024) << input;
  }
}

TEST(Inputs, StreamedInputRunsInBoundedMemory) {
  // 1,000,000 tiny documents (about 15 MB of input, 2 million output lines), on one thread and
  // on two: output is written per batch of documents, not per 256 KiB of text.
  for (const std::string jobs : {"-j1", "-j2"}) {
    SCOPED_TRACE(jobs);
    auto result = run_command(
        "yes \"{\\\"text\\\": \\\"t\\\"}\" | head -n 1000000 | "
        "/usr/bin/time -f %M " +
        newsmine() + " tokens " + jobs + " | wc -l");
    EXPECT_EQ(result.out, "2000000\n");
    const long peak_kb = std::stol(result.err);
    EXPECT_LT(peak_kb, 50 * 1024) << result.err;
  }
}
#endif

TEST(Inputs, DeepNestingIsAnErrorWithItsLineAndTheRestIsRead) {
  Scratch scratch;
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const std::string lines =
      scratch.write("deep.jsonl", "{\"text\": \"Before.\"}\n{\"text\": \"x\", \"deep\": " + deep +
                                      "}\n{\"text\": \"After.\"}\n");
  auto result = run_command(newsmine() + " tokens --format tsv " + lines);
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("deep.jsonl:2: malformed JSON"), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("Before"), std::string::npos);
  EXPECT_NE(result.out.find("After"), std::string::npos);

  const std::string pretty =
      scratch.write("deep.json", "{\n \"text\": \"Before.\"\n}\n{\n \"deep\": " + deep +
                                     "\n}\n{\n \"text\": \"After.\"\n}\n");
  result = run_command(newsmine() + " tokens --format tsv " + pretty);
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("deep.json:4: malformed JSON"), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("After"), std::string::npos);
}

}  // namespace
}  // namespace newsmine::testing
