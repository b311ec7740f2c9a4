// newsmine quotes: direct quotations with their speakers.
#include "cli.hpp"
#include "newsmine/extractors.hpp"

namespace newsmine::cli {

void add_quotes_command(CLI::App& app, int& status) {
  auto options = std::make_shared<InputOptions>();
  CLI::App* command = app.add_subcommand("quotes", "Extract quotations with their speakers");
  add_input_options(*command, *options);
  command->callback([options, &status] {
    Kinds kinds;
    kinds.quote = true;
    status = run_records(*options, make_analyzer(kinds), kinds, {"doc", "speaker", "cue", "text"});
  });
}

}  // namespace newsmine::cli
