// Placeholder: the tariff annotator finds nothing yet.
#include "newsmine/extractors.hpp"

namespace newsmine {

namespace {
class EmptyTariffAnnotator : public Annotator {
 public:
  void annotate(const Document&, Analysis&) const override {}
};
}  // namespace

std::shared_ptr<const Annotator> make_tariff_annotator() {
  return std::make_shared<EmptyTariffAnnotator>();
}

}  // namespace newsmine
