// Fuzz target: the `stats --merge` state parser. Each input line is offered as a stats_state
// record; whatever was merged must write a state that merges back without error.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "newsmine/stats.hpp"

using newsmine::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  newsmine::StatsConfig config;
  config.group_by = {{"type", "text"}};
  config.numeric_fields = {"value"};
  newsmine::Stats stats(config);
  std::string error;
  while (!input.empty()) {
    const std::size_t stop = std::min(input.find('\n'), input.size());
    const bool states_only = !input.empty() && (input.size() & 1) == 0;
    stats.add_record(input.substr(0, stop), error, states_only);
    input.remove_prefix(std::min(stop + 1, input.size()));
  }
  std::string state;
  stats.write_state(state);
  newsmine::Stats again(config);
  std::string_view lines = state;
  while (!lines.empty()) {
    const std::size_t stop = lines.find('\n');
    check(stop != std::string_view::npos, "state does not end with a newline");
    check(again.add_record(lines.substr(0, stop), error, true), "written state does not merge");
    lines.remove_prefix(stop + 1);
  }
  const newsmine::StatsReport report = again.report({});
  (void)newsmine::render_json(report);
  (void)newsmine::render_tsv(report);
  (void)newsmine::render_table(report, false);
  return 0;
}
