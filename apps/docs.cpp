// Man pages and shell completions written from the CLI11 definitions that --help prints, so
// the three cannot drift: the build runs `newsmine --generate-man SUB` and
// `newsmine --generate-completion SHELL` (cmake/Install.cmake).
#include <fmt/format.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "cli.hpp"
#include "newsmine/version.hpp"

namespace newsmine::cli {

namespace {

// Subcommands a person sees (hidden ones have an empty group).
std::vector<CLI::App*> visible_subcommands(CLI::App& app) {
  return app.get_subcommands([](CLI::App* sub) { return !sub->get_group().empty(); });
}

// Options other than --help and --version, positionals last.
std::vector<const CLI::Option*> visible_options(const CLI::App& app) {
  std::vector<const CLI::Option*> named;
  std::vector<const CLI::Option*> positional;
  for (const CLI::Option* option : app.get_options()) {
    if (option == app.get_help_ptr() || option == app.get_version_ptr()) continue;
    if (option->get_group().empty()) continue;
    (option->nonpositional() ? named : positional).push_back(option);
  }
  named.insert(named.end(), positional.begin(), positional.end());
  return named;
}

bool takes_value(const CLI::Option& option) {
  return option.get_expected_max() > 0;
}

std::string roff_escape(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else if (line_start && (c == '.' || c == '\'')) {
      out += "\\&";
      out += c;
    } else {
      out += c;
    }
    line_start = c == '\n';
  }
  return out;
}

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// The footer's sections ("EXAMPLES:" lines in capitals) become man sections; indented lines
// stay as they are.
std::string footer_to_roff(const std::string& footer) {
  std::string out;
  std::istringstream lines(footer);
  std::string line;
  bool in_block = false;
  while (std::getline(lines, line)) {
    const bool heading =
        !line.empty() && line.back() == ':' && line == upper(line) && line.front() != ' ';
    if (heading) {
      if (in_block) out += ".fi\n";
      in_block = false;
      out += ".SH " + roff_escape(line.substr(0, line.size() - 1)) + "\n";
    } else if (line.empty()) {
      if (!in_block) out += ".PP\n";
    } else {
      if (!in_block) out += ".nf\n";
      in_block = true;
      out += roff_escape(line) + "\n";
    }
  }
  if (in_block) out += ".fi\n";
  return out;
}

std::vector<std::string> option_names(const CLI::Option& option);

std::string option_synopsis(const CLI::Option& option) {
  if (!option.nonpositional()) return upper(option.get_name());
  std::string names;
  for (const auto& name : option_names(option)) names += (names.empty() ? "" : ", ") + name;
  if (takes_value(option)) {
    std::string type = option.get_type_name();
    names += " " + (type.empty() ? std::string("VALUE") : type);
  }
  return names;
}

}  // namespace

int write_man_page(CLI::App& app, const std::string& name) {
  CLI::App* command = &app;
  std::string title = "newsmine";
  if (name != "newsmine") {
    command = app.get_subcommand(name);  // throws for an unknown name
    title += "-" + name;
  }
  std::string out = fmt::format(".TH {} 1 \"\" \"newsmine {}\" \"User Commands\"\n", upper(title),
                                NEWSMINE_VERSION);
  std::string description = command->get_description();
  if (description.starts_with("newsmine: ")) description.erase(0, 10);  // the app's own title
  out += ".SH NAME\n" + roff_escape(title) + " \\- " + roff_escape(description) + "\n";
  out += ".SH SYNOPSIS\n.B newsmine" + (command == &app ? std::string() : " " + name) +
         "\n[\\fIOPTIONS\\fR]" + (command == &app ? " [\\fISUBCOMMAND\\fR]" : "") + "\n";
  for (const CLI::Option* option : visible_options(*command)) {
    if (!option->nonpositional())
      out += "[\\fI" + roff_escape(upper(option->get_name())) + "\\fR...]\n";
  }
  out += ".SH DESCRIPTION\n" + roff_escape(description) + ".\n";
  if (command == &app) {
    out += ".SH SUBCOMMANDS\n";
    for (CLI::App* sub : visible_subcommands(app)) {
      out += ".TP\n.B " + roff_escape(sub->get_name()) + "\n" +
             roff_escape(sub->get_description()) + " (see \\fBnewsmine\\-" +
             roff_escape(sub->get_name()) + "\\fR(1))\n";
    }
  }
  out += ".SH OPTIONS\n";
  for (const CLI::Option* option : visible_options(*command)) {
    out += ".TP\n.B " + roff_escape(option_synopsis(*option)) + "\n" +
           roff_escape(option->get_description()) + "\n";
  }
  out += ".TP\n.B \\-h, \\-\\-help\nPrint this help and exit\n";
  out += ".TP\n.B \\-\\-version\nPrint the version and exit\n";
  out += footer_to_roff(command->get_footer());
  out += ".SH SEE ALSO\n";
  if (command != &app) out += "\\fBnewsmine\\fR(1), ";
  out += "the documentation under docs/ in the source tree.\n";
  return write_stdout(out) ? kExitOk : kExitBadInput;
}

namespace {

std::string single_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

std::vector<std::string> option_names(const CLI::Option& option) {
  std::vector<std::string> names;
  for (const auto& s : option.get_snames()) names.push_back("-" + s);
  for (const auto& l : option.get_lnames()) names.push_back("--" + l);
  for (const auto& f : option.get_fnames()) {  // !--no-progress style negations
    if (std::find(names.begin(), names.end(), "--" + f) == names.end()) names.push_back("--" + f);
  }
  return names;
}

std::string bash_completion(CLI::App& app) {
  std::string out =
      "# bash completion for newsmine (generated by `newsmine --generate-completion bash`)\n"
      "_newsmine() {\n"
      "  local cur prev sub i words\n"
      "  cur=${COMP_WORDS[COMP_CWORD]}\n"
      "  prev=${COMP_WORDS[COMP_CWORD-1]}\n"
      "  sub=\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    case ${COMP_WORDS[i]} in\n";
  std::string subs;
  for (CLI::App* sub : visible_subcommands(app))
    subs += (subs.empty() ? "" : "|") + sub->get_name();
  out += "      " + subs + ") sub=${COMP_WORDS[i]}; break ;;\n    esac\n  done\n";
  auto options_of = [](const CLI::App& command, bool values) {
    std::string words;
    for (const CLI::Option* option : visible_options(command)) {
      if (!option->nonpositional() || takes_value(*option) != values) continue;
      for (const auto& n : option_names(*option)) words += (words.empty() ? "" : " ") + n;
    }
    return words;
  };
  out += "  case $sub in\n";
  std::string names;
  for (CLI::App* sub : visible_subcommands(app)) names += " " + sub->get_name();
  std::vector<std::pair<std::string, CLI::App*>> commands = {{"''", &app}};
  for (CLI::App* sub : visible_subcommands(app)) commands.emplace_back(sub->get_name(), sub);
  for (const auto& [label, command] : commands) {
    const std::string with_value = options_of(*command, true);
    const std::string flags = options_of(*command, false);
    out += "    " + label + ")\n";
    if (!with_value.empty()) {
      std::string bar = with_value;
      std::replace(bar.begin(), bar.end(), ' ', '|');
      out += "      case $prev in " + bar + ")\n";
      out += "        COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n      esac\n";
    }
    out += "      if [[ $cur == -* ]]; then\n        COMPREPLY=($(compgen -W " +
           single_quoted("--help --version " + with_value + " " + flags) +
           " -- \"$cur\"))\n      else\n";
    if (command == &app) {
      out += "        COMPREPLY=($(compgen -W " + single_quoted(names.substr(1)) +
             " -- \"$cur\") $(compgen -f -- \"$cur\"))\n";
    } else {
      out += "        COMPREPLY=($(compgen -f -- \"$cur\"))\n";
    }
    out += "      fi ;;\n";
  }
  out += "  esac\n}\ncomplete -o filenames -F _newsmine newsmine\n";
  return out;
}

std::string zsh_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
    if (c == '\'') {
      out += "'\\''";
      continue;
    }
    out += c;
  }
  return out;
}

std::string zsh_arguments(const CLI::App& command) {
  std::string out;
  for (const CLI::Option* option : visible_options(command)) {
    if (!option->nonpositional()) continue;
    for (const auto& n : option_names(*option)) {
      out += " \\\n      '" + n + "[" + zsh_escape(option->get_description()) + "]";
      if (takes_value(*option)) out += ":" + zsh_escape(option->get_name()) + ":_files";
      out += "'";
    }
  }
  out += " \\\n      '--help[Print help]' '--version[Print the version]' '*:input:_files'";
  return out;
}

std::string zsh_completion(CLI::App& app) {
  std::string out =
      "#compdef newsmine\n"
      "# zsh completion for newsmine (generated by `newsmine --generate-completion zsh`)\n"
      "_newsmine() {\n  local -a subcommands\n  subcommands=(\n";
  for (CLI::App* sub : visible_subcommands(app)) {
    std::string description = sub->get_description();  // only the name's colons matter here
    std::string quoted;
    for (char c : description) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    out += "    '" + sub->get_name() + ":" + quoted + "'\n";
  }
  out +=
      "  )\n  if (( CURRENT == 2 )) && [[ $words[2] != -* ]]; then\n"
      "    _describe -t subcommands 'newsmine subcommand' subcommands\n    _files\n"
      "    return\n  fi\n  case $words[2] in\n";
  for (CLI::App* sub : visible_subcommands(app)) {
    out += "    " + sub->get_name() + ")\n      shift words; (( CURRENT-- ))\n      _arguments" +
           zsh_arguments(*sub) + " ;;\n";
  }
  out += "    *)\n      _arguments" + zsh_arguments(app) + " ;;\n  esac\n}\n_newsmine \"$@\"\n";
  return out;
}

std::string fish_completion(CLI::App& app) {
  std::string out =
      "# fish completion for newsmine (generated by `newsmine --generate-completion fish`)\n";
  std::string all;
  for (CLI::App* sub : visible_subcommands(app)) all += " " + sub->get_name();
  for (CLI::App* sub : visible_subcommands(app)) {
    out += "complete -c newsmine -n '__fish_use_subcommand' -a " + sub->get_name() + " -d " +
           single_quoted(sub->get_description()) + "\n";
  }
  auto add = [&out](const CLI::App& command, const std::string& condition) {
    for (const CLI::Option* option : visible_options(command)) {
      if (!option->nonpositional()) continue;
      std::string line = "complete -c newsmine -n " + single_quoted(condition);
      for (const auto& s : option->get_snames()) line += " -s " + s;
      for (const auto& l : option->get_lnames()) line += " -l " + l;
      for (const auto& f : option->get_fnames()) {
        if (std::find(option->get_lnames().begin(), option->get_lnames().end(), f) ==
            option->get_lnames().end())
          line += " -l " + f;
      }
      if (takes_value(*option)) line += " -r";
      out += line + " -d " + single_quoted(option->get_description()) + "\n";
    }
  };
  add(app, "__fish_use_subcommand");
  for (CLI::App* sub : visible_subcommands(app)) {
    add(*sub, "__fish_seen_subcommand_from " + sub->get_name());
  }
  out += "complete -c newsmine -l version -d 'Print the version'\n";
  return out;
}

}  // namespace

int write_completion(CLI::App& app, const std::string& shell) {
  std::string out;
  if (shell == "bash") {
    out = bash_completion(app);
  } else if (shell == "zsh") {
    out = zsh_completion(app);
  } else if (shell == "fish") {
    out = fish_completion(app);
  } else {
    report_error("--generate-completion: expects bash, zsh or fish");
    return kExitUsage;
  }
  return write_stdout(out) ? kExitOk : kExitBadInput;
}

}  // namespace newsmine::cli
