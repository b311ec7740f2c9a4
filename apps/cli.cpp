#include "cli.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>

#include "newsmine/pipeline.hpp"
#include "newsmine/reader.hpp"
#include "newsmine/sink.hpp"

namespace newsmine::cli {

namespace {

std::shared_ptr<spdlog::logger> diagnostics_logger() {
  static auto logger = [] {
    auto made = spdlog::stderr_color_st("newsmine");
    made->set_pattern("%n: %^%l%$: %v");
    return made;
  }();
  return logger;
}

}  // namespace

namespace {
bool output_failed_flag = false;
bool output_closed = false;  // a pipe whose reader went away
}  // namespace

void fail_output(std::string_view message) {
  if (!output_failed_flag) report_error(message);
  output_failed_flag = true;
}

bool output_failed() {
  return output_failed_flag;
}

bool write_stdout(std::string_view bytes) {
  if (output_failed_flag || output_closed) return false;
  while (!bytes.empty()) {
    ssize_t written = ::write(STDOUT_FILENO, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) {
        output_closed = true;
      } else {
        fail_output(fmt::format("cannot write output: {}", std::strerror(errno)));
      }
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

bool finish_output() {
  errno = 0;
  if ((std::fflush(stdout) != 0 || std::ferror(stdout)) && errno != EPIPE && !output_closed) {
    fail_output(errno ? fmt::format("cannot write output: {}", std::strerror(errno))
                      : std::string("cannot write output"));
  }
  return output_failed_flag;
}

void report_error(std::string_view message) {
  diagnostics_logger()->error("{}", message);
}

void report_problem(const Diagnostic& problem) {
  if (problem.line > 0) {
    diagnostics_logger()->error("{}:{}: {}", problem.source, problem.line, problem.message);
  } else {
    diagnostics_logger()->error("{}: {}", problem.source, problem.message);
  }
}

ReaderOptions reader_options(const InputOptions& options) {
  ReaderOptions reader_options;
  reader_options.text_field = options.text_field;
  reader_options.id_field = options.id_field;
  reader_options.date_field = options.date_field;
  reader_options.default_date = normalize_date(options.date);
  reader_options.strict = options.strict;
  return reader_options;
}

unsigned job_count(const InputOptions& options) {
  return options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
}

void add_input_options(CLI::App& command, InputOptions& options) {
  command.add_option("inputs", options.inputs,
                     "Files or folders to read (JSON Lines, JSON or plain text, optionally gzip, "
                     "zstd, xz or bzip2 compressed); - or nothing for stdin");
  command.add_option("--text-field", options.text_field, "JSON field holding the article text");
  command.add_option("--id-field", options.id_field, "JSON field holding the article id");
  command.add_option("--date-field", options.date_field, "JSON field holding the publication date");
  command
      .add_option("--date", options.date,
                  "Publication date (YYYY-MM-DD) of articles that have none, e.g. plain text")
      ->check([](const std::string& value) {
        return normalize_date(value).empty() ? std::string("expects a date as YYYY-MM-DD")
                                             : std::string();
      });
  command.add_flag("--strict", options.strict, "Stop at the first bad input");
  command.add_option("-j,--jobs", options.jobs, "Worker threads (default: all cores)")
      ->check(CLI::Range(1u, 1024u));
  command.add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"json", "tsv"}));
}

int run_records(const InputOptions& options, const Analyzer& analyzer, const Kinds& kinds,
                const std::vector<std::string>& tsv_columns) {
  Reader reader(options.inputs, reader_options(options), report_problem);

  const bool tsv = options.format == "tsv";
  bool output_open = true;
  auto output = [&output_open](std::string_view bytes) {
    return output_open = output_open && write_stdout(bytes);
  };
  if (tsv) output(tsv_header(tsv_columns));

  PipelineOptions pipeline_options;
  pipeline_options.jobs = job_count(options);
  run_pipeline(
      reader,
      [&] {
        return std::make_unique<RecordWorker>(
            analyzer, kinds, [&](ByteBuffer& out) -> std::unique_ptr<RecordSink> {
              if (tsv) return std::make_unique<TsvSink>(out, tsv_columns);
              return std::make_unique<JsonLinesSink>(out);
            });
      },
      output, pipeline_options);
  return reader.error_count() ? kExitBadInput : kExitOk;
}

}  // namespace newsmine::cli
