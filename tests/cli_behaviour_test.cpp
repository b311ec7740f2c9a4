// The command line behaves as people used to ripgrep, jq and coreutils expect: options take one
// value, mistakes are usage errors with a suggestion, --help and --version everywhere,
// diagnostics that respect the terminal.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>

#include "process.hpp"

namespace newsmine::testing {
namespace {

const std::string kSeeds = source_path("corpus/seeds.jsonl");

std::filesystem::path scratch(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("newsmine-behaviour-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

void write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

TEST(CliBehaviour, ByAndNumTakeOneValueAndLeaveTheFile) {
  auto dir = scratch("by");
  write(dir / "t.jsonl",
        "{\"doc\": \"a\", \"kind\": \"tariff\", \"actor\": \"US\", \"target\": \"CN\", \"rate\": "
        "25}\n"
        "{\"doc\": \"b\", \"kind\": \"tariff\", \"actor\": \"US\", \"target\": \"CN\", \"rate\": "
        "10}\n");
  auto result = run_command(newsmine() + " stats --format tsv --by actor,target " +
                            (dir / "t.jsonl").string() + " --num rate < /dev/null");
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.out.find("by:actor,target\tUS; CN\t2\n"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("number:rate\tmax\t25\n"), std::string::npos) << result.out;
  auto json =
      run_command(newsmine() + " stats --num rate " + (dir / "t.jsonl").string() + " < /dev/null");
  EXPECT_NE(json.out.find("\"records\":2"), std::string::npos) << json.out;
  std::filesystem::remove_all(dir);
}

TEST(CliBehaviour, MistypedSubcommandIsAUsageErrorWithASuggestion) {
  auto result = run_command(newsmine() + " extarct " + source_path("corpus") + " < /dev/null");
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.err.find("did you mean 'newsmine extract'"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());
  // A file that exists is read, whatever its name.
  EXPECT_EQ(run_command(newsmine() + " " + kSeeds + " | head -1").status, 0);
}

TEST(CliBehaviour, UnknownOptionIsAUsageErrorWithASuggestion) {
  auto result = run_command(newsmine() + " extract --kind entity " + kSeeds);
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.err.find("did you mean '--kinds'"), std::string::npos) << result.err;
  auto stats = run_command(newsmine() + " stats --partail " + kSeeds);
  EXPECT_EQ(stats.status, 2);
  EXPECT_NE(stats.err.find("did you mean '--partial'"), std::string::npos) << stats.err;
}

TEST(CliBehaviour, ArgumentsBeforeTheSubcommandAreNotIgnored) {
  auto file_first = run_command(newsmine() + " " + kSeeds + " quotes < /dev/null");
  EXPECT_EQ(file_first.status, 2);
  EXPECT_NE(file_first.err.find("newsmine quotes " + kSeeds), std::string::npos) << file_first.err;
  auto option_first = run_command(newsmine() + " --format tsv quotes " + kSeeds);
  EXPECT_EQ(option_first.status, 2);
  EXPECT_NE(option_first.err.find("--format"), std::string::npos) << option_first.err;
  EXPECT_TRUE(option_first.out.empty());
}

TEST(CliBehaviour, HelpShowsExamplesFieldsAndExitCodes) {
  for (const char* sub : {"extract", "quotes", "tariffs", "stats", "tokens", "eval-ner"}) {
    auto result = run_command(newsmine() + " " + sub + " --help");
    EXPECT_EQ(result.status, 0) << sub;
    EXPECT_NE(result.out.find("EXAMPLES:\n  newsmine " + std::string(sub)), std::string::npos)
        << sub << result.out;
    EXPECT_NE(result.out.find("OUTPUT FIELDS:"), std::string::npos) << sub;
    EXPECT_NE(result.out.find("EXIT STATUS:\n  0  "), std::string::npos) << sub;
  }
}

TEST(CliBehaviour, VersionOnEverySubcommandIsTheProjectVersion) {
  const std::string expected = std::string("newsmine ") + NEWSMINE_PROJECT_VERSION + "\n";
  EXPECT_EQ(run_command(newsmine() + " --version").out, expected);
  for (const char* sub :
       {"extract", "quotes", "tariffs", "stats", "tokens", "train-ner", "eval-ner"}) {
    auto result = run_command(newsmine() + " " + sub + " --version");
    EXPECT_EQ(result.status, 0) << sub << result.err;
    EXPECT_EQ(result.out, expected) << sub;
  }
}

TEST(CliBehaviour, DiagnosticsAreColouredOnlyOnATerminalAndNeverWithNoColor) {
  auto piped = run_command(newsmine() + " tokens /no/such/file");
  EXPECT_EQ(piped.status, 1);
  EXPECT_NE(piped.err.find("newsmine: error: /no/such/file"), std::string::npos) << piped.err;
  EXPECT_EQ(piped.err.find('\x1b'), std::string::npos);
  if (!std::filesystem::exists("/usr/bin/script")) {
    GTEST_SKIP() << "script(1) is not installed: terminal checks skipped";
  }
  const std::string command = std::string(NEWSMINE_BINARY) + " tokens --no-progress /no/such/file";
  auto terminal = run_command("TERM=xterm script -qec \"" + command + "\" /dev/null");
  EXPECT_NE(terminal.out.find("\x1b["), std::string::npos) << terminal.out;
  auto plain = run_command("TERM=xterm NO_COLOR=1 script -qec \"" + command + "\" /dev/null");
  EXPECT_NE(plain.out.find("error"), std::string::npos) << plain.out;
  EXPECT_EQ(plain.out.find("\x1b["), std::string::npos) << plain.out;
}

TEST(CliBehaviour, KindsTolerateSpacesAreRepeatableAndListTheValidOnes) {
  auto spaced = run_command(newsmine() + " extract --kinds \" entity, date\" " + kSeeds);
  ASSERT_EQ(spaced.status, 0) << spaced.err;
  EXPECT_NE(spaced.out.find("\"kind\": \"entity\""), std::string::npos);
  EXPECT_NE(spaced.out.find("\"kind\": \"date\""), std::string::npos);
  EXPECT_EQ(spaced.out.find("\"kind\": \"percent\""), std::string::npos);
  auto repeated = run_command(newsmine() + " extract --kinds entity --kinds date " + kSeeds);
  EXPECT_EQ(repeated.out, spaced.out);
  auto wrong = run_command(newsmine() + " extract --kinds entitys " + kSeeds);
  EXPECT_EQ(wrong.status, 2);
  EXPECT_NE(wrong.err.find("did you mean 'entity'"), std::string::npos) << wrong.err;
  EXPECT_NE(wrong.err.find("sentence, token, entity, date, percent, quote, tariff, money, all"),
            std::string::npos)
      << wrong.err;
}

TEST(CliBehaviour, ByWithAnUnknownFieldListsTheFieldsSeen) {
  auto dir = scratch("fields");
  write(dir / "t.jsonl",
        "{\"doc\": \"a\", \"kind\": \"tariff\", \"actor\": \"US\", \"target\": \"CN\"}\n");
  auto result = run_command(newsmine() + " stats --by actr " + (dir / "t.jsonl").string());
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.err.find("actr"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("actor, doc, kind, target"), std::string::npos) << result.err;
  std::filesystem::remove_all(dir);
}

TEST(CliBehaviour, TheSameDiagnosticIsShownTenTimesThenCounted) {
  auto dir = scratch("repeat");
  std::string lines;
  for (int i = 0; i < 25; ++i) lines += "{\"id\": \"x\", \"nothing\": 1}\n";
  write(dir / "a.jsonl", lines);
  write(dir / "b.jsonl", lines.substr(0, lines.size() / 5));
  auto result = run_command(newsmine() + " tokens " + dir.string());
  EXPECT_EQ(result.status, 1);
  std::size_t count = 0;
  for (std::size_t at = result.err.find("a.jsonl:"); at != std::string::npos;
       at = result.err.find("a.jsonl:", at + 1)) {
    if (std::isdigit(static_cast<unsigned char>(result.err[at + 8]))) ++count;
  }
  EXPECT_EQ(count, 10u) << result.err;
  EXPECT_NE(result.err.find("a.jsonl: 15 more like this"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("b.jsonl:5:"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("b.jsonl: "), std::string::npos) << result.err;
  std::filesystem::remove_all(dir);
}

TEST(CliBehaviour, ProgressOnRecordSubcommandsOnRequest) {
  for (const char* sub : {"extract", "quotes", "tariffs", "tokens"}) {
    auto quiet = run_command(newsmine() + " " + sub + " " + kSeeds + " > /dev/null");
    EXPECT_TRUE(quiet.err.empty()) << sub << quiet.err;
    auto shown = run_command(newsmine() + " " + sub + " --progress " + kSeeds + " > /dev/null");
    EXPECT_EQ(shown.status, 0) << sub;
    EXPECT_NE(shown.err.find("MB/s, 100%"), std::string::npos) << sub << shown.err;
  }
  if (!std::filesystem::exists("/usr/bin/script")) {
    GTEST_SKIP() << "script(1) is not installed: terminal checks skipped";
  }
  // On a terminal, progress is on unless --no-progress.
  const std::string command = std::string(NEWSMINE_BINARY) + " tokens " + kSeeds + " > /dev/null";
  auto terminal = run_command("script -qec \"" + command + "\" /dev/null");
  EXPECT_NE(terminal.out.find("MB/s, 100%"), std::string::npos) << terminal.out;
  auto off = run_command("script -qec \"" + command + " --no-progress\" /dev/null");
  EXPECT_EQ(off.out.find("MB/s"), std::string::npos) << off.out;
}

TEST(CliBehaviour, EvalNerRejectsAFileThatIsNotConll) {
  auto result = run_command(newsmine() + " eval-ner " + kSeeds);
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("seeds.jsonl:1: not CoNLL"), std::string::npos) << result.err;
  auto dir = scratch("conll");
  write(dir / "ok.conll", "-DOCSTART- -X- O O\n\nAnna NNP B-PER\nspoke VBD O\n\n");
  auto ok = run_command(newsmine() + " eval-ner " + (dir / "ok.conll").string());
  EXPECT_EQ(ok.status, 0) << ok.err;
  std::filesystem::remove_all(dir);
}

TEST(CliBehaviour, ManPagesAndCompletionsComeFromTheHelpDefinitions) {
  auto man = run_command(newsmine() + " --generate-man tariffs");
  ASSERT_EQ(man.status, 0) << man.err;
  EXPECT_NE(man.out.find(".TH NEWSMINE-TARIFFS 1"), std::string::npos);
  EXPECT_NE(man.out.find(".SH EXIT STATUS"), std::string::npos);
  auto help = run_command(newsmine() + " tariffs --help");
  for (const char* option : {"text-field", "strict", "jobs", "progress"}) {
    EXPECT_NE(help.out.find(std::string("--") + option), std::string::npos) << option;
    std::string roff = std::string("--") + option;  // as the man page writes it: \-\-text\-field
    for (std::size_t at = 0; (at = roff.find('-', at)) != std::string::npos; at += 2)
      roff.replace(at, 1, "\\-");
    EXPECT_NE(man.out.find(roff), std::string::npos) << roff;
  }
  for (const char* shell : {"bash", "zsh", "fish"}) {
    auto completion = run_command(newsmine() + " --generate-completion " + shell);
    EXPECT_EQ(completion.status, 0) << shell;
    EXPECT_NE(completion.out.find("train-ner"), std::string::npos) << shell;
    EXPECT_NE(completion.out.find("max-keys"), std::string::npos) << shell;
  }
  auto bash =
      run_command("source <(" + newsmine() +
                  " --generate-completion bash); COMP_WORDS=(newsmine stats --max); COMP_CWORD=2; "
                  "_newsmine; echo \"${COMPREPLY[@]}\"");
  EXPECT_EQ(bash.out, "--max-keys\n") << bash.err;
}

}  // namespace
}  // namespace newsmine::testing
