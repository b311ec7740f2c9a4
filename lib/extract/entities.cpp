// Placeholder: the entity annotator finds nothing yet.
#include "newsmine/extractors.hpp"

namespace newsmine {

namespace {
class EmptyEntityAnnotator : public Annotator {
 public:
  void annotate(const Document&, Analysis&) const override {}
};
}  // namespace

std::shared_ptr<const Annotator> make_entity_annotator(const std::string&) {
  return std::make_shared<EmptyEntityAnnotator>();
}

}  // namespace newsmine
