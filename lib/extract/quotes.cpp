// Placeholder: the quote annotator finds nothing yet.
#include "newsmine/extractors.hpp"

namespace newsmine {

namespace {
class EmptyQuoteAnnotator : public Annotator {
 public:
  void annotate(const Document&, Analysis&) const override {}
};
}  // namespace

std::shared_ptr<const Annotator> make_quote_annotator() {
  return std::make_shared<EmptyQuoteAnnotator>();
}

}  // namespace newsmine
