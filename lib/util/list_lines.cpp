#include "util/list_lines.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <functional>

#include "newsmine/embedded.hpp"

namespace newsmine::util {

void throw_list_error(std::string_view list, std::size_t number, std::string_view what) {
  throw ListError(fmt::format("{}:{}: {}", list, number, what));
}

ListKeys::ListKeys(std::string_view list, std::string_view text) : list_(list) {
  // At most a quarter full: one line for each line end, and one more without one.
  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  slots_.resize(std::bit_ceil(lines * 4));
}

void ListKeys::add(std::string_view key, std::size_t number) {
  const std::size_t mask = slots_.size() - 1;
  const std::size_t hash = std::hash<std::string_view>{}(key);
  for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    Slot& here = slots_[slot];
    if (here.number == 0) {
      here = {key, number};
      return;
    }
    if (here.key == key) {
      throw_list_error(list_, number,
                       fmt::format("\"{}\" is listed twice (first at line {}); a word with "
                                   "several roles is one line naming them all",
                                   key, here.number));
    }
  }
}

std::string_view embedded_list(std::string_view path) {
  const std::string_view data = embedded_data(path);
  if (data.empty()) throw ListError(fmt::format("data/{} is not embedded", path));
  return data;
}

}  // namespace newsmine::util
