// newsmine tokens: sentence and token records, to see how text is cut.
#include "cli.hpp"

namespace newsmine::cli {

void add_tokens_command(CLI::App& app, int& status) {
  auto options = std::make_shared<InputOptions>();
  CLI::App* command = app.add_subcommand("tokens", "Print sentence and token records");
  add_input_options(*command, *options);
  command->callback([options, &status] {
    Analyzer analyzer;
    Kinds kinds;
    kinds.sentence = true;
    kinds.token = true;
    status =
        run_records(*options, analyzer, kinds, {"doc", "kind", "start", "end", "class", "text"});
  });
}

}  // namespace newsmine::cli
