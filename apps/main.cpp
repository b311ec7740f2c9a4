// newsmine: mine news text from the command line. Subcommands live one per file in apps/.
#include <fmt/core.h>

#include <csignal>
#include <exception>

#include "cli.hpp"

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed stdout is seen as EPIPE and ends the run quietly
  CLI::App app{
      "newsmine: extract entities, dates, percentages, quotes and tariff events from news"};
  app.set_version_flag("--version", "newsmine 0.1.0");
  app.require_subcommand(0, 1);
  int status = newsmine::cli::kExitOk;
  newsmine::cli::add_extract_command(app, status);
  newsmine::cli::add_quotes_command(app, status);
  newsmine::cli::add_tariffs_command(app, status);
  newsmine::cli::add_tokens_command(app, status);
  newsmine::cli::add_ner_commands(app, status);
  newsmine::cli::add_stats_command(app, status);
  newsmine::cli::add_default_command(app, status);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? 0 : newsmine::cli::kExitUsage;
  } catch (const std::exception& error) {
    // Arguments that parse but cannot be used, such as a --model file that does not load.
    fmt::print(stderr, "newsmine: error: {}\n", error.what());
    if (newsmine::cli::finish_output()) return newsmine::cli::kExitWriteError;
    return newsmine::cli::kExitUsage;
  }
  if (newsmine::cli::finish_output()) return newsmine::cli::kExitWriteError;
  return status;
}
