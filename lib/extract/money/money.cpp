// The money kind: its annotator (amounts into the generic annotation store) and its row of
// the kind registry (docs/money.md).
#include <memory>
#include <string>
#include <vector>

#include "extract/money/money.hpp"
#include "newsmine/registry.hpp"

namespace newsmine {

namespace {

struct MoneyScratch : AnnotatorScratch {
  std::vector<money::Amount> amounts;
};

class MoneyAnnotator : public ScratchAnnotator<MoneyScratch> {
 public:
  MoneyAnnotator() : lexicon_(money::Lexicon::builtin()), kind_(kind_index("money")) {}

 protected:
  void run(const Document& doc, Analysis& analysis, MoneyScratch& scratch) const override {
    scratch.amounts.clear();
    money::find_amounts(lexicon_, doc.text, analysis.tokens, scratch.amounts);
    for (const money::Amount& amount : scratch.amounts) {
      Annotation& annotation = analysis.annotate(kind_, amount.span);
      annotation.set("value", amount.value);
      if (!amount.currency.empty()) annotation.set("currency", std::string(amount.currency));
      if (!amount.unit.empty()) annotation.set("unit", std::string(amount.unit));
    }
  }

 private:
  const money::Lexicon& lexicon_;
  std::size_t kind_;
};

}  // namespace

KindSpec money_kind() {
  using F = FieldType;
  using P = Presence;
  KindSpec spec;
  spec.name = "money";
  spec.description = "An amount of money with its currency (docs/money.md)";
  spec.written_by = "`extract --kinds money`, `newsmine`";
  spec.make = [](const ExtractorConfig&) -> std::shared_ptr<const Annotator> {
    return std::make_shared<MoneyAnnotator>();
  };
  spec.fields = {
      {"text", F::String, P::Always, "the amount as written (\"US$1.6bn\", \"50 mln dlrs\")"},
      {"value", F::Number, P::Always,
       "the full amount in the currency's main unit (94900000000 for \"$94.9 billion\")"},
      {"currency", F::String, P::Nullable,
       "ISO 4217 code (USD, EUR, CAD, ...); null when the text leaves it open (\"Rs\" in an "
       "article naming no country that uses it)"},
      {"unit", F::String, P::Nullable, "the magnitude as written (billion, bn, mln, m) or null"},
      {"start", F::Integer, P::Always, "byte offset of the first byte"},
      {"end", F::Integer, P::Always, "byte offset after the last byte"}};
  return spec;
}

}  // namespace newsmine
