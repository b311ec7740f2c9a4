#include "cli.hpp"

#include <fmt/format.h>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "newsmine/pipeline.hpp"
#include "newsmine/reader.hpp"
#include "newsmine/sink.hpp"

namespace newsmine::cli {

namespace {

std::shared_ptr<spdlog::logger> diagnostics_logger() {
  static auto logger = [] {
    // Colour only on a terminal (the sink checks) and never with NO_COLOR set (no-color.org).
    const char* no_colour = std::getenv("NO_COLOR");
    const bool plain = no_colour != nullptr && *no_colour != '\0';
    auto made = spdlog::stderr_color_st(
        "newsmine", plain ? spdlog::color_mode::never : spdlog::color_mode::automatic);
    made->set_pattern("%n: %^%l%$: %v");
    return made;
  }();
  return logger;
}

// Diagnostics already shown for the current file: after 10 of one message, the rest are counted.
struct ProblemCounts {
  std::mutex mutex;
  std::string source;
  std::map<std::string, std::uint64_t> counts;  // message -> times seen in `source`
};

ProblemCounts& problem_counts() {
  static ProblemCounts counts;
  return counts;
}

constexpr std::uint64_t kShownPerMessage = 10;

void print_suppressed(const ProblemCounts& counts) {
  for (const auto& [message, count] : counts.counts) {
    if (count <= kShownPerMessage) continue;
    diagnostics_logger()->error("{}: {} more like this: {}", counts.source,
                                count - kShownPerMessage, message);
  }
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
  ProblemCounts& counts = problem_counts();
  std::lock_guard lock(counts.mutex);
  if (problem.source != counts.source) {
    print_suppressed(counts);
    counts.counts.clear();
    counts.source = problem.source;
  }
  if (++counts.counts[problem.message] > kShownPerMessage) return;
  if (problem.line > 0) {
    diagnostics_logger()->error("{}:{}: {}", problem.source, problem.line, problem.message);
  } else {
    diagnostics_logger()->error("{}: {}", problem.source, problem.message);
  }
}

void finish_problems() {
  ProblemCounts& counts = problem_counts();
  std::lock_guard lock(counts.mutex);
  print_suppressed(counts);
  counts.counts.clear();
  counts.source.clear();
}

std::string help_footer(std::string_view examples, std::string_view fields) {
  std::string out = "\nEXAMPLES:\n" + std::string(examples) + "\n";
  if (!fields.empty()) out += "OUTPUT FIELDS:\n" + std::string(fields) + "\n";
  return out + kExitStatusHelp;
}

std::string closest_name(std::string_view word, const std::vector<std::string>& names) {
  auto distance = [](std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j) {
        const std::size_t above = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
        diagonal = above;
      }
    }
    return row[b.size()];
  };
  std::string best;
  std::size_t best_distance = 3;
  for (const auto& name : names) {
    std::size_t d = distance(word, name);
    if (word.size() >= 3 && name.starts_with(word)) d = std::min<std::size_t>(d, 1);
    if (d < best_distance) {
      best = name;
      best_distance = d;
    }
  }
  return best;
}

Kinds parse_kind_lists(const std::vector<std::string>& lists) {
  const std::vector<std::string> valid = valid_kind_names();
  Kinds kinds;
  for (const auto& list : lists) {
    std::string cleaned;  // the list without spaces around its names
    for (char c : list) {
      if (c != ' ' && c != '\t') cleaned += c;
    }
    if (std::string unknown = parse_kinds(cleaned, kinds); !unknown.empty()) {
      std::string message = "unknown kind '" + unknown + "'";
      if (auto near = closest_name(unknown, valid); !near.empty())
        message += " (did you mean '" + near + "'?)";
      message += "; valid kinds: " + fmt::format("{}", fmt::join(valid, ", "));
      throw CLI::ValidationError("--kinds", message);
    }
  }
  return kinds;
}

namespace {

// Total size of the input files, or 0 when unknown (stdin).
std::uint64_t input_size(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  if (inputs.empty()) return 0;
  std::uint64_t total = 0;
  std::error_code error;
  for (const auto& input : inputs) {
    if (input == "-") return 0;
    if (fs::is_directory(input, error)) {
      for (const auto& entry : fs::recursive_directory_iterator(input, error)) {
        if (entry.is_regular_file(error)) total += entry.file_size(error);
      }
    } else if (auto size = fs::file_size(input, error); !error) {
      total += size;
    }
  }
  return total;
}

}  // namespace

Progress::Progress(const Reader& reader, const std::atomic<std::uint64_t>* documents,
                   const std::vector<std::string>& inputs)
    : reader_(reader),
      documents_(documents),
      total_(input_size(inputs)),
      terminal_(::isatty(STDERR_FILENO) != 0),
      start_(Clock::now()),
      last_(start_) {}

void Progress::tick() {
  const auto now = Clock::now();
  if (now - last_ < (terminal_ ? std::chrono::milliseconds(250) : std::chrono::seconds(1))) return;
  last_ = now;
  draw(now, false);
}

void Progress::finish() {
  draw(Clock::now(), true);
}

void Progress::draw(Clock::time_point now, bool last) {
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double read = static_cast<double>(reader_.bytes_read());
  const double rate = seconds > 0 ? read / seconds : 0;
  std::string line;
  if (documents_ != nullptr) {
    line = fmt::format("{} documents, ", documents_->load(std::memory_order_relaxed));
  }
  line += fmt::format("{:.1f} MB, {:.1f} MB/s", read / 1e6, rate / 1e6);
  if (total_ > 0) {
    const double done = std::min(1.0, read / static_cast<double>(total_));
    line += fmt::format(", {:.0f}%", done * 100);
    if (!last && rate > 0) {
      const auto eta = static_cast<long long>((static_cast<double>(total_) - read) / rate);
      line += fmt::format(", ETA {}:{:02}", eta / 60, eta % 60);
    }
  }
  if (terminal_) {
    line = "\r\x1b[K" + line + (last ? "\n" : "");
  } else {
    line += '\n';
  }
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
}

bool show_progress(const InputOptions& options) {
  return options.progress.value_or(::isatty(STDERR_FILENO) != 0);
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
  command
      .add_option("--format", options.format,
                  "Output format: json (JSON Lines), tsv, or csv (RFC 4180); tsv and csv have a "
                  "column for every field of the kinds written")
      ->check(CLI::IsMember({"json", "tsv", "csv"}));
  command
      .add_option("--fields", options.fields,
                  "Columns (fields) to write, comma-separated, in any format: doc, kind and the "
                  "fields of the kinds written (docs/records.md)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command.add_flag_function(
      "--progress,!--no-progress", [&options](std::int64_t count) { options.progress = count > 0; },
      "Progress line on stderr (default: when stderr is a terminal)");
}

std::vector<std::string> output_columns(const InputOptions& options, const Kinds& kinds,
                                        const std::vector<std::string>& first_columns) {
  std::vector<std::string> valid = record_columns(kinds, first_columns);
  if (options.fields.empty()) return valid;
  std::vector<std::string> names;  // --fields values, split at commas, spaces dropped
  for (const std::string& list : options.fields) {
    names.emplace_back();
    for (char c : list) {
      if (c == ',') {
        names.emplace_back();
      } else if (c != ' ' && c != '\t') {
        names.back() += c;
      }
    }
  }
  std::vector<std::string> columns;
  for (std::string& field : names) {
    if (field.empty()) continue;
    if (std::find(valid.begin(), valid.end(), field) == valid.end()) {
      std::string message = "unknown field '" + field + "'";
      if (auto near = closest_name(field, valid); !near.empty())
        message += " (did you mean '" + near + "'?)";
      message += "; valid fields: " + fmt::format("{}", fmt::join(valid, ", "));
      throw CLI::ValidationError("--fields", message);
    }
    columns.push_back(std::move(field));
  }
  if (columns.empty()) throw CLI::ValidationError("--fields", "no field named");
  return columns;
}

int run_records(const InputOptions& options, const Analyzer& analyzer, const Kinds& kinds,
                const std::vector<std::string>& first_columns) {
  const std::vector<std::string> columns = output_columns(options, kinds, first_columns);
  Reader reader(options.inputs, reader_options(options), report_problem);

  const bool tsv = options.format == "tsv";
  const bool csv = options.format == "csv";
  bool output_open = true;
  std::optional<Progress> progress;
  if (show_progress(options)) progress.emplace(reader, nullptr, options.inputs);
  auto output = [&output_open, &progress](std::string_view bytes) {
    if (progress) progress->tick();
    return output_open = output_open && write_stdout(bytes);
  };
  if (tsv) output(tsv_header(columns));
  if (csv) output(csv_header(columns));

  PipelineOptions pipeline_options;
  pipeline_options.jobs = job_count(options);
  run_pipeline(
      reader,
      [&] {
        return std::make_unique<RecordWorker>(
            analyzer, kinds, [&](ByteBuffer& out) -> std::unique_ptr<RecordSink> {
              if (tsv) return std::make_unique<TsvSink>(out, columns);
              if (csv) return std::make_unique<CsvSink>(out, columns);
              if (options.fields.empty()) return std::make_unique<JsonLinesSink>(out);
              return std::make_unique<JsonLinesSink>(out, columns);
            });
      },
      output, pipeline_options);
  if (progress) progress->finish();
  finish_problems();
  return reader.error_count() ? kExitBadInput : kExitOk;
}

}  // namespace newsmine::cli
