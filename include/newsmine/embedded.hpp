// Data compiled into the binary: models and word lists listed in data/EMBED.
#pragma once

#include <string_view>

namespace newsmine {

// The bytes of data file `name` (its path under data/, e.g. "ner/model.bin"), or an empty view
// when no such file was embedded. The bytes live as long as the program.
std::string_view embedded_data(std::string_view name);

}  // namespace newsmine
