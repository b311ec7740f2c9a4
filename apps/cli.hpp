// What every subcommand shares: input options, the record-writing run, exit codes.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "newsmine/analyzer.hpp"
#include "newsmine/diagnostic.hpp"
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
};

// Adds the input, threading and format options shared by every subcommand to `command`.
void add_input_options(CLI::App& command, InputOptions& options);

// Reader options from the command line's input options.
ReaderOptions reader_options(const InputOptions& options);
// Worker threads: -j, or all cores.
unsigned job_count(const InputOptions& options);
// Prints a diagnostic on stderr as `newsmine: error: FILE:LINE: message`.
void report_problem(const Diagnostic& problem);
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
// JSON Lines or (with --format tsv) as the given TSV columns. Returns the exit status.
int run_records(const InputOptions& options, const Analyzer& analyzer, const Kinds& kinds,
                const std::vector<std::string>& tsv_columns);

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
