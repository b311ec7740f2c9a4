// The declarations (KindSpec) of the kinds and stages kept in Analysis's typed vectors; the
// registry (lib/extract/registry.cpp) lists them. Defined in builtin_kinds.cpp.
#pragma once

#include "newsmine/registry.hpp"

namespace newsmine::kinds {

KindSpec sentence();
KindSpec token();
KindSpec tariff_focus();  // stage
KindSpec entity();
KindSpec canonical();  // stage
KindSpec date();
KindSpec percent();
KindSpec quote();
KindSpec tariff();

}  // namespace newsmine::kinds
