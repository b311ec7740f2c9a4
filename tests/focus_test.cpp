// The tariff focus: dates and percents only in sentences with a tariff trigger word when tariffs
// are their only consumer, and everywhere when they are requested themselves.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "newsmine/extractors.hpp"

namespace newsmine {
namespace {

constexpr std::string_view kText =
    "Sales rose 5% on March 3. China imposed a 25% tariff on U.S. steel on April 2. "
    "Profit fell 3% in May.";

Document make_doc() {
  Document doc;
  doc.id = "focus";
  doc.date = "2025-04-21";
  doc.text = std::string(kText);
  return doc;
}

std::vector<std::string> texts_of(const Document& doc, const auto& mentions) {
  std::vector<std::string> texts;
  for (const auto& mention : mentions) {
    texts.push_back(doc.text.substr(mention.span.start, mention.span.end - mention.span.start));
  }
  return texts;
}

TEST(TariffFocus, CoversOnlySentencesWithATrigger) {
  Analyzer analyzer;
  analyzer.add(make_tariff_focus_annotator());
  analyzer.add(make_date_annotator());
  analyzer.add(make_percent_annotator());
  const Document doc = make_doc();
  Analysis analysis;
  analyzer.analyze(doc, analysis);
  ASSERT_TRUE(analysis.focused);
  ASSERT_EQ(analysis.focus.size(), 1u);
  EXPECT_EQ(
      doc.text.substr(analysis.focus[0].start, analysis.focus[0].end - analysis.focus[0].start),
      "China imposed a 25% tariff on U.S. steel on April 2.");
  EXPECT_EQ(texts_of(doc, analysis.dates), std::vector<std::string>{"April 2"});
  EXPECT_EQ(texts_of(doc, analysis.percents), std::vector<std::string>{"25%"});
}

TEST(TariffFocus, NoTriggerNoDatesOrPercents) {
  Analyzer analyzer;
  analyzer.add(make_tariff_focus_annotator());
  analyzer.add(make_date_annotator());
  analyzer.add(make_percent_annotator());
  Document doc = make_doc();
  doc.text = "Sales rose 5% on March 3. Profit fell 3% in May.";
  Analysis analysis;
  analyzer.analyze(doc, analysis);
  EXPECT_TRUE(analysis.focused);
  EXPECT_TRUE(analysis.focus.empty());
  EXPECT_TRUE(analysis.dates.empty());
  EXPECT_TRUE(analysis.percents.empty());
}

TEST(TariffFocus, TariffsAloneMatchTariffsWithDatesAndPercents) {
  const Kinds tariffs_only{"tariff"};
  const Kinds everything{"tariff", "date", "percent"};
  const Document doc = make_doc();
  Analysis focused;
  make_analyzer(tariffs_only).analyze(doc, focused);
  Analysis full;
  make_analyzer(everything).analyze(doc, full);
  EXPECT_TRUE(focused.focused);
  EXPECT_FALSE(full.focused);
  EXPECT_EQ(texts_of(doc, full.dates), (std::vector<std::string>{"March 3", "April 2", "May"}));
  EXPECT_EQ(texts_of(doc, focused.dates), std::vector<std::string>{"April 2"});
  ASSERT_EQ(focused.tariffs.size(), 1u);
  ASSERT_EQ(full.tariffs.size(), 1u);
  EXPECT_EQ(focused.tariffs[0].rate, full.tariffs[0].rate);
  EXPECT_EQ(focused.tariffs[0].date, full.tariffs[0].date);
  EXPECT_EQ(focused.tariffs[0].rate, 25.0);
  EXPECT_EQ(focused.tariffs[0].date, "2025-04-02");
}

}  // namespace
}  // namespace newsmine
