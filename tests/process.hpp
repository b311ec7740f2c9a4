// Runs shell commands for end-to-end tests and captures what they print.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace newsmine::testing {

struct CommandResult {
  int status = -1;  // exit status, or 128 + signal
  std::string out;
  std::string err;
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs `command` with bash, capturing stdout and stderr.
inline CommandResult run_command(const std::string& command) {
  static int counter = 0;
  auto err_path =
      std::filesystem::temp_directory_path() /
      ("newsmine-test-err-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::string full = "bash -c '" + command + "' 2>" + err_path.string();
  CommandResult result;
  FILE* pipe = ::popen(full.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 65536> buffer;
  std::size_t got;
  while ((got = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.out.append(buffer.data(), got);
  int raw = ::pclose(pipe);
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  result.err = read_file(err_path);
  std::filesystem::remove(err_path);
  return result;
}

// The newsmine binary under test, quoted for the shell.
inline std::string newsmine() {
  return std::string("\"") + NEWSMINE_BINARY + "\"";
}
inline std::string source_path(const std::string& relative) {
  return std::string(NEWSMINE_SOURCE_DIR) + "/" + relative;
}

}  // namespace newsmine::testing
