// newsmine tariffs: tariff events as structured records.
#include "cli.hpp"
#include "newsmine/extractors.hpp"

namespace newsmine::cli {

void add_tariffs_command(CLI::App& app, int& status) {
  auto options = std::make_shared<InputOptions>();
  CLI::App* command = app.add_subcommand("tariffs", "Extract tariff events");
  add_input_options(*command, *options);
  command->footer(help_footer(
      "  newsmine tariffs dump.jsonl.gz\n"
      "  newsmine tariffs --format tsv news/ | cut -f3,4,5\n"
      "  newsmine tariffs dump.jsonl.gz | newsmine stats --by actor,target\n",
      "  doc, kind (tariff), actor and target (country codes, EU, or null), rate (percent or\n"
      "  null), action (imposed, threatened, raised, lowered, paused, lifted), goods (list),\n"
      "  date (TIMEX3 or null), text (the sentence), start, end (docs/records.md).\n"
      "  --format tsv or csv: doc date actor target rate action goods text, then the other\n"
      "  fields.\n"));
  command->callback([options, &status] {
    const Kinds kinds{"tariff"};
    status = run_records(*options, make_analyzer(kinds), kinds,
                         {"doc", "date", "actor", "target", "rate", "action", "goods", "text"});
  });
}

}  // namespace newsmine::cli
