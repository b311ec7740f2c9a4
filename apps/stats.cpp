// newsmine stats: corpus statistics over articles or record streams; --partial / --merge for
// map-reduce (docs/stats.md, docs/scaling.md).
#include <fmt/format.h>
#include <simdjson.h>
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
#include <set>
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
      if (!merge_only_ && records_sampled_ < kSampledRecords) sample_fields(doc.text);
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
  // Field names of the first records this worker read (for --by with a field no record has).
  const std::set<std::string>& fields_seen() const { return fields_seen_; }

 private:
  static constexpr std::uint64_t kSampledRecords = 1000;

  void sample_fields(const std::string& line) {
    ++records_sampled_;
    simdjson::dom::object object;
    if (json_.parse(line).get(object) != simdjson::SUCCESS) return;
    for (auto field : object) fields_seen_.emplace(field.key);
  }

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
  simdjson::dom::parser json_;
  std::uint64_t records_sampled_ = 0;
  std::set<std::string> fields_seen_;
};

// A --by field that no record had: a usage error naming the fields the records have.
void check_group_fields(const StatsReport& report, const std::set<std::string>& seen) {
  if (report.records == 0 || seen.empty()) return;
  for (const GroupBy& group : report.group_by) {
    if (group.table.distinct > 0) continue;
    for (const std::string& field : group.fields) {
      if (seen.contains(field)) continue;
      std::string fields;
      for (const std::string& name : seen) fields += (fields.empty() ? "" : ", ") + name;
      throw CLI::ValidationError(
          "--by", fmt::format("no record has a field '{}'; fields seen: {}", field, fields));
    }
  }
}

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
  std::optional<Progress> progress;
  if (show_progress(options.input)) progress.emplace(reader, &documents, options.input.inputs);

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
  std::set<std::string> fields_seen;
  for (auto& worker : workers) {
    auto& stats_worker = static_cast<StatsWorker&>(*worker);
    fields_seen.insert(stats_worker.fields_seen().begin(), stats_worker.fields_seen().end());
    if (&worker == &workers.front()) {
      total = std::move(stats_worker.stats());  // no copy for -j1
    } else {
      total.merge(stats_worker.stats());
    }
    for (const auto& problem : stats_worker.problems()) report_problem(problem);
    problems += stats_worker.problem_count();
  }
  finish_problems();
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
    check_group_fields(report, fields_seen);
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
  command->remove_option(command->get_option("--fields"));  // a report, not records
  command
      ->add_option("--format", options->format,
                   "Output format (default: table on a terminal, else json)")
      ->check(CLI::IsMember({"json", "tsv", "table"}));
  command
      ->add_option("--by", options->by,
                   "Count records by these fields, comma-separated (type,text; speaker; "
                   "actor,target; date); repeatable")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command
      ->add_option("--num", options->num,
                   "Summarise this numeric record field (rate, value): min, median, mean, "
                   "max; repeatable")
      ->expected(1)
      ->allow_extra_args(false)
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
  command->footer(help_footer(
      "  newsmine stats news/                              words, bigrams, timeline\n"
      "  newsmine tariffs dump.jsonl.gz | newsmine stats --by actor,target --num rate\n"
      "  newsmine stats --partial part1/ > a.state; newsmine stats --merge a.state b.state\n",
      "  documents, bytes, sentences, tokens, words, timeline, top words and bigrams; over\n"
      "  records: kinds, group_by (one table per --by), numbers (per --num: min, median,\n"
      "  mean, max). --format table (on a terminal), json, or tsv.\n"));
  command->callback([options, &status] { status = run_stats(*options); });
}

}  // namespace newsmine::cli
