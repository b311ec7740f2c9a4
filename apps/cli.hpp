// What every subcommand shares: input options, the record-writing run, exit codes.
#pragma once

#include <CLI/CLI.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newsmine/analyzer.hpp"
#include "newsmine/diagnostic.hpp"
#include "newsmine/extractors.hpp"
#include "newsmine/reader.hpp"
#include "newsmine/record.hpp"

namespace newsmine::cli {

// Exit statuses: 0 all input read cleanly, 1 some input was bad (reported on stderr),
// 2 usage error, 3 output could not be written (disk full, I/O error: reported on stderr; a
// closed pipe, as with `| head`, ends the run quietly with the status it would have had).
constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;
constexpr int kExitWriteError = 3;

struct InputOptions {
  std::vector<std::string> inputs;
  std::string text_field;
  std::string id_field;
  std::string date_field;
  std::string date;
  bool strict = false;
  unsigned jobs = 0;  // 0: all cores
  std::string format = "json";
  std::vector<std::string> fields;  // --fields: the columns to write; empty: every one
  std::optional<bool> progress;     // unset: on when stderr is a terminal
};

// The --help footer's last section, shared by every subcommand (and the man pages).
constexpr const char* kExitStatusHelp =
    "EXIT STATUS:\n"
    "  0  all input was read cleanly\n"
    "  1  some input was bad (reported on stderr with file and line; the rest was processed)\n"
    "  2  usage error (unknown subcommand or option, bad option value)\n"
    "  3  output could not be written (disk full, I/O error); a closed pipe is quiet\n";
// A --help footer: EXAMPLES, OUTPUT FIELDS (when not empty), EXIT STATUS.
std::string help_footer(std::string_view examples, std::string_view fields);

// Writes the man page of subcommand `name` ("newsmine" for newsmine itself) or a completion script
// for `shell` (bash, zsh, fish) on stdout; see apps/docs.cpp.
int write_man_page(CLI::App& app, const std::string& name);
int write_completion(CLI::App& app, const std::string& shell);

// Record kinds from --kinds values: comma-separated, spaces around names ignored, the option
// repeatable. Throws CLI::ValidationError naming the valid kinds for an unknown one.
Kinds parse_kind_lists(const std::vector<std::string>& lists);
// The name of `names` closest to `word` (at most two edits apart, or a prefix), or "".
std::string closest_name(std::string_view word, const std::vector<std::string>& names);

// A progress line on stderr: documents, MB read, MB/s, and for files percent done and ETA.
class Progress {
 public:
  Progress(const Reader& reader, const std::atomic<std::uint64_t>* documents,
           const std::vector<std::string>& inputs);
  // Called on the reading or output thread; draws at most 4 times a second (once a second
  // off a terminal).
  void tick();
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  void draw(Clock::time_point now, bool last);

  const Reader& reader_;
  const std::atomic<std::uint64_t>* documents_;
  std::uint64_t total_;
  bool terminal_;
  Clock::time_point start_;
  Clock::time_point last_;
};
// Whether to show progress: --progress / --no-progress, else when stderr is a terminal.
bool show_progress(const InputOptions& options);

// Adds the input, threading and format options shared by every subcommand to `command`.
void add_input_options(CLI::App& command, InputOptions& options);

// Reader options from the command line's input options.
ReaderOptions reader_options(const InputOptions& options);
// Worker threads: -j, or all cores.
unsigned job_count(const InputOptions& options);
// Prints a diagnostic on stderr as `newsmine: error: FILE:LINE: message`. The same message
// shown 10 times for a file is then counted, not shown: finish_problems() (and the next file's
// first problem) print "FILE: N more like this: message".
void report_problem(const Diagnostic& problem);
void finish_problems();
// Prints `newsmine: error: message` on stderr.
void report_error(std::string_view message);
// Writes all of `bytes` to stdout. Returns false when stdout is closed (EPIPE) or failing
// (then reported once, and output_failed() is true).
bool write_stdout(std::string_view bytes);
// Reports `message` and marks the output as failed (for output files such as train-ner's).
void fail_output(std::string_view message);
// True once output could not be written for another reason than a closed pipe.
bool output_failed();
// Flushes what was written through stdio to stdout, reporting a failure. Returns output_failed().
bool finish_output();

// Reads the inputs, analyses each document with `analyzer`, writes the records of `kinds` as
// JSON Lines, TSV or CSV. TSV and CSV have a column for every field of those kinds (the kind
// registry), `first_columns` first; --fields picks columns in any format (an unknown one is a
// usage error naming the valid ones). Returns the exit status.
int run_records(const InputOptions& options, const Analyzer& analyzer, const Kinds& kinds,
                const std::vector<std::string>& first_columns = {});
// The columns run_records writes: --fields (checked against those of `kinds`) or every one.
// Throws CLI::ValidationError for a field no kind of `kinds` has.
std::vector<std::string> output_columns(const InputOptions& options, const Kinds& kinds,
                                        const std::vector<std::string>& first_columns);

// Each subcommand file defines one of these; it registers the command and its callback, which
// stores the exit status in `status`.
void add_tokens_command(CLI::App& app, int& status);
void add_extract_command(CLI::App& app, int& status);
void add_quotes_command(CLI::App& app, int& status);
void add_tariffs_command(CLI::App& app, int& status);
void add_ner_commands(CLI::App& app, int& status);
void add_stats_command(CLI::App& app, int& status);
// `newsmine [inputs]` without a subcommand: extract every kind.
void add_default_command(CLI::App& app, int& status);

}  // namespace newsmine::cli
