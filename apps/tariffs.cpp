// newsmine tariffs: tariff events as structured records.
#include "cli.hpp"
#include "newsmine/extractors.hpp"

namespace newsmine::cli {

void add_tariffs_command(CLI::App& app, int& status) {
  auto options = std::make_shared<InputOptions>();
  CLI::App* command = app.add_subcommand("tariffs", "Extract tariff events");
  add_input_options(*command, *options);
  command->callback([options, &status] {
    Kinds kinds;
    kinds.tariff = true;
    status = run_records(*options, make_analyzer(kinds), kinds,
                         {"doc", "date", "actor", "target", "rate", "action", "goods", "text"});
  });
}

}  // namespace newsmine::cli
