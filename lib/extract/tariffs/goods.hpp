// The goods of a tariff clause: the items of the noun phrase after the trigger's "on".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tariffs/rates.hpp"

namespace newsmine::tariffs {

// The goods named by the noun phrase at words [first, end) of `view` ("canola, pork and
// other foods" -> three items), as written in `text`; empty when first is kNone.
std::vector<std::string> goods_after(std::string_view text, const SentenceView& view,
                                     std::size_t first, std::size_t end);

}  // namespace newsmine::tariffs
