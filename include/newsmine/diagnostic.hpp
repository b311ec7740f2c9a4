// Diagnostic: a problem with the input, reported without stopping the run.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace newsmine {

// A message about one place in the input: `source` is the file ("-" for stdin), `line` is
// 1-based (0 when the message is about the whole file).
struct Diagnostic {
  std::string source;
  std::uint64_t line = 0;
  std::string message;
};

// Receives diagnostics. The library never prints: the caller decides how to show them.
using DiagnosticHandler = std::function<void(const Diagnostic&)>;

}  // namespace newsmine
