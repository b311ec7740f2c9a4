// newsmine extract: entity, date and percent records (any kinds with --kinds).
#include "cli.hpp"
#include "newsmine/extractors.hpp"

namespace newsmine::cli {

namespace {

struct ExtractOptions {
  InputOptions input;
  std::string kinds = "entity,date,percent";
  std::string model;
};

int run_extract(const ExtractOptions& options) {
  Kinds kinds;
  if (std::string unknown = parse_kinds(options.kinds, kinds); !unknown.empty()) {
    throw CLI::ValidationError("--kinds", "unknown kind '" + unknown + "'");
  }
  Analyzer analyzer = make_analyzer(kinds, {options.model});
  return run_records(options.input, analyzer, kinds,
                     {"doc", "kind", "type", "text", "value", "start", "end"});
}

void add_extract_options(CLI::App& command, ExtractOptions& options) {
  add_input_options(command, options.input);
  command
      .add_option("--kinds", options.kinds,
                  "Record kinds to write, comma-separated: entity, date, percent, quote, "
                  "tariff, sentence, token, or all")
      ->capture_default_str();
  command.add_option("--model", options.model,
                     "NER model file from `newsmine train-ner` (default: the built-in model)");
}

}  // namespace

void add_extract_command(CLI::App& app, int& status) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* command = app.add_subcommand("extract", "Extract entities, dates and percentages");
  add_extract_options(*command, *options);
  command->callback([options, &status] { status = run_extract(*options); });
}

void add_default_command(CLI::App& app, int& status) {
  // `newsmine [inputs]` with no subcommand writes every kind of record.
  auto options = std::make_shared<ExtractOptions>();
  options->kinds = "all";
  add_extract_options(app, *options);
  app.callback([options, &app, &status] {
    if (app.get_subcommands().empty()) status = run_extract(*options);
  });
}

}  // namespace newsmine::cli
