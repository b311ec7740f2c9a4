// newsmine extract: entity, date and percent records (any kinds with --kinds).
#include "cli.hpp"
#include "newsmine/extractors.hpp"

namespace newsmine::cli {

namespace {

struct ExtractOptions {
  InputOptions input;
  std::vector<std::string> kinds = {"entity,date,percent"};
  std::string model;
};

int run_extract(const ExtractOptions& options) {
  const Kinds kinds = parse_kind_lists(options.kinds);
  Analyzer analyzer = make_analyzer(kinds, {options.model});
  return run_records(options.input, analyzer, kinds,
                     {"doc", "kind", "type", "text", "value", "start", "end"});
}

void add_extract_options(CLI::App& command, ExtractOptions& options) {
  add_input_options(command, options.input);
  command
      .add_option("--kinds", options.kinds,
                  "Record kinds to write, comma-separated: entity, date, percent, quote, "
                  "tariff, sentence, token, or all; repeatable")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->capture_default_str();
  command.add_option("--model", options.model,
                     "NER model file from `newsmine train-ner` (default: the built-in model)");
}

constexpr const char* kRecordFields =
    "  JSON Lines, one record a line (docs/records.md): doc, kind, text, start, end (byte\n"
    "  offsets into the article text, half-open); entity: type (PERSON, ORG, LOC, MISC),\n"
    "  link (country code), canonical (fullest name); date: value (TIMEX3: 2025-05-30, 2025-W16, "
    "PAST_REF, ...);\n"
    "  percent: value. --format tsv or csv: doc kind type text value start end, then the\n"
    "  other fields of the kinds written; --fields picks columns.\n";

}  // namespace

void add_extract_command(CLI::App& app, int& status) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* command = app.add_subcommand("extract", "Extract entities, dates and percentages");
  add_extract_options(*command, *options);
  command->footer(
      help_footer("  newsmine extract news/                          every file under news/\n"
                  "  newsmine extract --kinds entity,date dump.jsonl.gz\n"
                  "  newsmine extract --kinds entity --format tsv < article.txt\n",
                  kRecordFields));
  command->callback([options, &status] { status = run_extract(*options); });
}

void add_default_command(CLI::App& app, int& status) {
  // `newsmine [inputs]` with no subcommand writes every kind of record.
  auto options = std::make_shared<ExtractOptions>();
  options->kinds = {"all"};
  add_extract_options(app, *options);
  app.footer(
      help_footer("  newsmine dump.jsonl.gz                          every kind of record\n"
                  "  newsmine extract --kinds entity,date news/      chosen kinds\n"
                  "  newsmine tariffs dump.jsonl.gz | newsmine stats --by actor,target\n"
                  "  newsmine SUBCOMMAND --help                      options of one subcommand\n",
                  "  As `newsmine extract --kinds all`; see each subcommand's --help.\n"));
  app.callback([options, &app, &status] {
    if (app.get_subcommands().empty()) status = run_extract(*options);
  });
}

}  // namespace newsmine::cli
