// newsmine stats: corpus statistics over articles or record streams; --partial / --merge for
// map-reduce (docs/stats.md, docs/scaling.md).
#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <thread>

#include "cli.hpp"
#include "newsmine/pipeline.hpp"
#include "newsmine/reader.hpp"
#include "newsmine/stats.hpp"

namespace newsmine::cli {

namespace {

struct StatsOptions {
  InputOptions input;
  std::string format;  // empty: table on a terminal, else json
  bool partial = false;
  bool merge = false;
  std::vector<std::string> by;
  std::vector<std::string> num;
  std::size_t top = 10;
  std::string period = "day";
  std::size_t max_keys = 0;
  std::optional<bool> progress;  // unset: on when stderr is a terminal
};

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

// A progress line on stderr: documents, MB read, MB/s, and for files percent done and ETA.
class Progress {
 public:
  Progress(const Reader& reader, const std::atomic<std::uint64_t>& documents,
           std::uint64_t total_bytes)
      : reader_(reader),
        documents_(documents),
        total_(total_bytes),
        terminal_(::isatty(STDERR_FILENO) != 0),
        start_(Clock::now()),
        last_(start_) {}

  // Called on the reading thread; draws at most 4 times a second (once a second off a terminal).
  void tick() {
    const auto now = Clock::now();
    if (now - last_ < (terminal_ ? std::chrono::milliseconds(250) : std::chrono::seconds(1))) {
      return;
    }
    last_ = now;
    draw(now, false);
  }

  void finish() { draw(Clock::now(), true); }

 private:
  using Clock = std::chrono::steady_clock;

  void draw(Clock::time_point now, bool last) {
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double read = static_cast<double>(reader_.bytes_read());
    const double rate = seconds > 0 ? read / seconds : 0;
    std::string line =
        fmt::format("{} documents, {:.1f} MB, {:.1f} MB/s",
                    documents_.load(std::memory_order_relaxed), read / 1e6, rate / 1e6);
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

  const Reader& reader_;
  const std::atomic<std::uint64_t>& documents_;
  std::uint64_t total_;
  bool terminal_;
  Clock::time_point start_;
  Clock::time_point last_;
};

// Each worker keeps its own Stats; they are merged after the run.
class StatsWorker : public Worker {
 public:
  StatsWorker(const Analyzer& analyzer, const StatsConfig& config, bool merge_only,
              std::atomic<std::uint64_t>& documents)
      : analyzer_(analyzer), stats_(config), merge_only_(merge_only), documents_(documents) {}

  void process(const Document& doc) override {
    documents_.fetch_add(1, std::memory_order_relaxed);
    if (doc.is_record) {
      if (!stats_.add_record(doc.text, error_, merge_only_)) problem(doc, error_);
      return;
    }
    if (merge_only_) {
      problem(doc, "not a stats state (write one with `newsmine stats --partial`)");
      return;
    }
    analyzer_.analyze(doc, analysis_);
    stats_.add_article(doc, analysis_);
  }

  void take_output(ByteBuffer& out) override { out.clear(); }

  Stats& stats() { return stats_; }
  const std::vector<Diagnostic>& problems() const { return problems_; }
  std::uint64_t problem_count() const { return problem_count_; }

 private:
  void problem(const Document& doc, std::string_view message) {
    if (++problem_count_ <= 20) problems_.push_back({doc.source, doc.line, std::string(message)});
  }

  const Analyzer& analyzer_;
  Stats stats_;
  bool merge_only_;
  std::atomic<std::uint64_t>& documents_;
  Analysis analysis_;
  std::string error_;
  std::vector<Diagnostic> problems_;
  std::uint64_t problem_count_ = 0;
};

std::size_t terminal_width() {
  winsize size{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

int run_stats(const StatsOptions& options) {
  StatsConfig config;
  for (const auto& list : options.by) {
    auto fields = split_field_list(list);
    if (!fields.empty()) config.group_by.push_back(std::move(fields));
  }
  for (const auto& list : options.num) {
    for (auto& field : split_field_list(list)) config.numeric_fields.push_back(std::move(field));
  }
  config.max_keys = options.max_keys;

  ReaderOptions stats_reader_options = reader_options(options.input);
  stats_reader_options.accept_records = true;
  Reader reader(options.input.inputs, stats_reader_options, report_problem);

  std::atomic<std::uint64_t> documents = 0;
  const bool show_progress = options.progress.value_or(::isatty(STDERR_FILENO) != 0);
  std::optional<Progress> progress;
  if (show_progress) progress.emplace(reader, documents, input_size(options.input.inputs));

  Analyzer analyzer;  // tokens and sentences only
  PipelineOptions pipeline_options;
  pipeline_options.jobs = job_count(options.input);
  auto workers = run_pipeline(
      reader,
      [&]() -> std::unique_ptr<Worker> {
        return std::make_unique<StatsWorker>(analyzer, config, options.merge, documents);
      },
      [&progress](std::string_view) {
        if (progress) progress->tick();
        return true;
      },
      pipeline_options);
  if (progress) progress->finish();

  // Merge in worker order; counts are sums, so the result does not depend on -j.
  Stats total(config);
  std::uint64_t problems = 0;
  for (auto& worker : workers) {
    auto& stats_worker = static_cast<StatsWorker&>(*worker);
    if (&worker == &workers.front()) {
      total = std::move(stats_worker.stats());  // no copy for -j1
    } else {
      total.merge(stats_worker.stats());
    }
    for (const auto& problem : stats_worker.problems()) report_problem(problem);
    problems += stats_worker.problem_count();
  }
  if (problems > 20 * workers.size()) {
    report_error(fmt::format("{} bad lines in all (only the first were shown)", problems));
  }

  std::string out;
  if (options.partial) {
    total.write_state(out);
  } else {
    ReportOptions report_options;
    report_options.top = options.top;
    report_options.period = options.period == "week"    ? Period::Week
                            : options.period == "month" ? Period::Month
                                                        : Period::Day;
    const StatsReport report = total.report(report_options);
    const bool stdout_terminal = ::isatty(STDOUT_FILENO) != 0;
    const std::string format =
        options.format.empty() ? (stdout_terminal ? "table" : "json") : options.format;
    if (format == "tsv") {
      out = render_tsv(report);
    } else if (format == "table") {
      const char* no_colour = std::getenv("NO_COLOR");
      const bool colour = stdout_terminal && (no_colour == nullptr || *no_colour == '\0');
      out = render_table(report, colour, stdout_terminal ? terminal_width() : 80);
    } else {
      out = render_json(report);
    }
  }
  write_stdout(out);
  return reader.error_count() > 0 || problems > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

void add_stats_command(CLI::App& app, int& status) {
  auto options = std::make_shared<StatsOptions>();
  CLI::App* command = app.add_subcommand(
      "stats",
      "Corpus statistics over articles or newsmine records (mergeable: --partial/--merge)");
  add_input_options(*command, options->input);
  // Stats has its own formats (a table for people), so it replaces the shared --format.
  command->remove_option(command->get_option("--format"));
  command
      ->add_option("--format", options->format,
                   "Output format (default: table on a terminal, else json)")
      ->check(CLI::IsMember({"json", "tsv", "table"}));
  command
      ->add_option("--by", options->by,
                   "Count records by these fields, comma-separated (type,text; speaker; "
                   "actor,target; date); repeatable")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command
      ->add_option("--num", options->num,
                   "Summarise this numeric record field (rate, value): min, median, mean, "
                   "max; repeatable")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command->add_option("--top", options->top, "Keys listed per table (0: all)")
      ->capture_default_str();
  command->add_option("--period", options->period, "Timeline bucket for publication dates")
      ->check(CLI::IsMember({"day", "week", "month"}))
      ->capture_default_str();
  command->add_option("--max-keys", options->max_keys,
                      "Bound each table to about this many keys (0: exact, unbounded); counts "
                      "past it are approximate with a reported error bound");
  command->add_flag("--partial", options->partial,
                    "Write a mergeable partial state (JSON Lines) instead of the report");
  command->add_flag("--merge", options->merge,
                    "Inputs are partial states from --partial; combine them (with --partial: "
                    "into one state, for tree-shaped reductions)");
  command->add_flag_function(
      "--progress,!--no-progress", [options](std::int64_t count) { options->progress = count > 0; },
      "Progress line on stderr (default: when stderr is a terminal)");
  command->callback([options, &status] { status = run_stats(*options); });
}

}  // namespace newsmine::cli
