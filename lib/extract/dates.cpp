// Placeholder: the date annotator finds nothing yet.
#include "newsmine/extractors.hpp"

namespace newsmine {

namespace {
class EmptyDateAnnotator : public Annotator {
 public:
  void annotate(const Document&, Analysis&) const override {}
};
}  // namespace

std::shared_ptr<const Annotator> make_date_annotator() {
  return std::make_shared<EmptyDateAnnotator>();
}

}  // namespace newsmine
