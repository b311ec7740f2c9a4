// newsmine tokens: sentence and token records, to see how text is cut.
#include "cli.hpp"

namespace newsmine::cli {

void add_tokens_command(CLI::App& app, int& status) {
  auto options = std::make_shared<InputOptions>();
  CLI::App* command = app.add_subcommand("tokens", "Print sentence and token records");
  add_input_options(*command, *options);
  command->footer(help_footer(
      "  newsmine tokens --format tsv < article.txt\n"
      "  newsmine tokens articles.jsonl | head\n",
      "  doc, kind (sentence or token), text, start, end; sentence: tokens (count); token:\n"
      "  class (word, number, punct, ...). --format tsv or csv: doc kind start end class text\n"
      "  tokens.\n"));
  command->callback([options, &status] {
    Analyzer analyzer;
    const Kinds kinds{"sentence", "token"};
    status =
        run_records(*options, analyzer, kinds, {"doc", "kind", "start", "end", "class", "text"});
  });
}

}  // namespace newsmine::cli
