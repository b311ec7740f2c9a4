// newsmine: mine news text from the command line. Subcommands live one per file in apps/.
#include <fmt/core.h>

#include <csignal>
#include <exception>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli.hpp"
#include "newsmine/version.hpp"

namespace newsmine::cli {
namespace {

constexpr const char* kVersion = "newsmine " NEWSMINE_VERSION;

std::vector<std::string> subcommand_names(CLI::App& app) {
  std::vector<std::string> names;
  for (CLI::App* sub : app.get_subcommands([](CLI::App* s) { return !s->get_group().empty(); }))
    names.push_back(sub->get_name());
  return names;
}

// Arguments before a subcommand belong to the default command and would be ignored: a usage
// error. Without a subcommand, a first input that is not a path is a mistyped subcommand.
void check_arguments(CLI::App& app) {
  const auto parsed = app.get_subcommands();
  std::vector<std::string> inputs;
  if (const CLI::Option* option = app.get_option_no_throw("inputs");
      option != nullptr && option->count() > 0)
    inputs = option->results();
  if (!parsed.empty()) {
    const std::string sub = parsed.front()->get_name();
    if (!inputs.empty()) {
      throw CLI::ValidationError(
          fmt::format("'{}' comes before the subcommand '{}': inputs go after it (newsmine {} {})",
                      inputs.front(), sub, sub, inputs.front()));
    }
    for (const CLI::Option* option : app.get_options()) {
      if (option->count() == 0 || option == app.get_help_ptr() || !option->nonpositional())
        continue;
      const std::string name = option->get_name();
      throw CLI::ValidationError(fmt::format(
          "{} comes before the subcommand '{}': options go after it (newsmine {} {} ...)", name,
          sub, sub, name));
    }
    return;
  }
  if (inputs.empty() || inputs.front() == "-") return;
  std::error_code error;
  if (std::filesystem::exists(inputs.front(), error)) return;
  std::string message = fmt::format("'{}' is neither a subcommand nor a file", inputs.front());
  if (auto near = closest_name(inputs.front(), subcommand_names(app)); !near.empty())
    message += fmt::format("; did you mean 'newsmine {}'?", near);
  throw CLI::ValidationError(message);
}

// "did you mean" for unknown options, from the options of the subcommand that was given.
int report_extras(CLI::App& app, const CLI::ExtrasError& error) {
  CLI::App* command = &app;
  if (auto parsed = app.get_subcommands(); !parsed.empty()) command = parsed.front();
  std::vector<std::string> names;
  for (const CLI::Option* option : command->get_options()) {
    for (const auto& l : option->get_lnames()) names.push_back("--" + l);
  }
  std::string what = error.what();
  std::string message = what;
  if (auto colon = what.find(": "); colon != std::string::npos) {
    std::istringstream words(what.substr(colon + 2));
    std::string word;
    std::vector<std::string> unknown;
    while (words >> word) unknown.push_back(word);
    if (!unknown.empty() && unknown.front().starts_with("-")) {
      std::string name = unknown.front().substr(0, unknown.front().find('='));
      message = fmt::format("unknown option '{}'", name);
      if (auto near = closest_name(name, names); !near.empty())
        message += fmt::format("; did you mean '{}'?", near);
    } else if (!unknown.empty()) {
      message = fmt::format("unexpected argument '{}'", unknown.front());
    }
  }
  fmt::print(stderr, "newsmine: error: {}\nRun with --help for more information.\n", message);
  return kExitUsage;
}

}  // namespace
}  // namespace newsmine::cli

int main(int argc, char** argv) {
  using namespace newsmine::cli;
  std::signal(SIGPIPE, SIG_IGN);  // a closed stdout is seen as EPIPE and ends the run quietly
  CLI::App app{
      "newsmine: extract entities, dates, percentages, quotes and tariff events from news"};
  app.name("newsmine");
  app.set_version_flag("--version", kVersion);
  app.require_subcommand(0, 1);
  int status = kExitOk;
  add_extract_command(app, status);
  add_quotes_command(app, status);
  add_tariffs_command(app, status);
  add_tokens_command(app, status);
  add_ner_commands(app, status);
  add_stats_command(app, status);
  add_default_command(app, status);
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    sub->set_version_flag("--version", kVersion);
  app.parse_complete_callback([&app] { check_arguments(app); });

  // Hidden: the build writes the man pages and completions with these (cmake/Install.cmake).
  const std::string first = argc > 1 ? argv[1] : "";
  if (argc == 3 && first == "--generate-man") return write_man_page(app, argv[2]);
  if (argc == 3 && first == "--generate-completion") return write_completion(app, argv[2]);
  if (argc == 2 && first == "--generate-records-doc") {  // the kind tables of docs/records.md
    fmt::print("{}", newsmine::records_markdown());
    return 0;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ExtrasError& error) {
    return report_extras(app, error);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return app.exit(error);  // --help, --version
    fmt::print(stderr, "newsmine: error: {}\nRun with --help for more information.\n",
               error.what());
    return kExitUsage;
  } catch (const std::exception& error) {
    // Arguments that parse but cannot be used, such as a --model file that does not load.
    fmt::print(stderr, "newsmine: error: {}\n", error.what());
    if (newsmine::cli::finish_output()) return newsmine::cli::kExitWriteError;
    return newsmine::cli::kExitUsage;
  }
  if (newsmine::cli::finish_output()) return newsmine::cli::kExitWriteError;
  return status;
}
