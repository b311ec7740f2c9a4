// Placeholder: the percent annotator finds nothing yet.
#include "newsmine/extractors.hpp"

namespace newsmine {

namespace {
class EmptyPercentAnnotator : public Annotator {
 public:
  void annotate(const Document&, Analysis&) const override {}
};
}  // namespace

std::shared_ptr<const Annotator> make_percent_annotator() {
  return std::make_shared<EmptyPercentAnnotator>();
}

}  // namespace newsmine
