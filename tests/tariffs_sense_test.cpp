// Tariff word sense (lib/extract/tariffs/sense.hpp): each class of non-tariff use is rejected,
// and the border measure it is told apart from is kept. Sentences of our own making.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/tariffs/lexicon.hpp"
#include "extract/tariffs/sense.hpp"
#include "extract/tariffs/words.hpp"
#include "newsmine/extractors.hpp"

namespace newsmine {
namespace {

std::size_t tariff_events(const std::string& text) {
  Document doc;
  doc.id = "sense";
  doc.date = "2025-05-01";
  doc.text = text;
  Analysis analysis;
  tokenize(doc.text, analysis.tokens);
  split_sentences(doc.text, analysis.tokens, analysis.sentences);
  make_tariff_annotator()->annotate(doc, analysis);
  return analysis.tariffs.size();
}

struct Case {
  const char* text;
  bool event;
};

void expect_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(tariff_events(c.text) > 0, c.event) << c.text;
  }
}

TEST(TariffSense, DutyAsAnObligationIsNoTariff) {
  expect_cases({
      {"The guard was taken off his assigned duty after the brawl.", false},
      {"The judge said it was her duty to protect witnesses from Brazil.", false},
      {"The new code imposes compliance duties on lenders operating in Spain.", false},
      {"Nurses on duty at the clinic in Peru were praised.", false},
      {"The mayor described the rights and duties of tenants in Ireland.", false},
      {"He spoke of his sense of duty toward the people of Chile.", false},
      {"Peru imposed duties of 20% on steel from China.", true},
      {"India raised the duty on gold imports to 15%.", true},
      {"The bloc cut the duty on Kenyan flowers to 2%.", true},
  });
}

TEST(TariffSense, DomesticTaxesAreNoTariffs) {
  expect_cases({
      {"The cabinet will raise the income tax to 35% next year.", false},
      {"Lawmakers approved a 2% tax on all salaries to pay for the navy.", false},
      {"The province introduced a 12% VAT on restaurant bills.", false},
      {"The treasury raised the excise duty on beer and wine by 8%.", false},
      {"Norway and Chile signed a tax treaty on double taxation.", false},
      {"Brokers must pay a 0.2% levy on share transactions in Oslo.", false},
      {"Zambia will impose a 10% border tax on remittances sent abroad.", false},
      {"The city council imposed a levy on hotel rooms to fund parks.", false},
      {"Chile raised the import tax on foreign cars to 30%.", true},
      {"Ghana imposed a 10% levy on imported rice.", true},
  });
}

TEST(TariffSense, ATaxOnHomeAndImportedGoodsIsAConsumptionTax) {
  expect_cases({
      {"The commission proposed a tax on domestic and imported vegetable oils.", false},
      {"Ministers discussed a levy on imported and EC-produced oilseeds.", false},
      {"The commission proposed a tax on imported vegetable oils from Malaysia.", true},
  });
}

TEST(TariffSense, PriceSchedulesAreNoTariffs) {
  expect_cases({
      {"The regulator approved a 9% rise in electricity tariffs for homes.", false},
      {"Mobile operators in Ghana raised their data tariffs by 15%.", false},
      {"The postal service will raise its tariffs for parcels in May.", false},
      {"The central bank cut the tariff for special advances to 4.5%.", false},
      {"The carrier cut its insurance surcharges on cargoes bound for Yemen.", false},
      {"Washington imposed tariffs of 25% on Mexican steel.", true},
  });
}

TEST(TariffSense, TaxesAndFeesNeedABorderCue) {
  expect_cases({
      {"Brazil imposed a 10% import fee on foreign cars.", true},
      {"The club raised its membership fees by 5% in Spain.", false},
      {"Canada announced a 25% surtax on American aluminium.", true},
      {"The mayor slapped a tax on sugary drinks sold in the city.", false},
  });
}

TEST(TariffSense, WordsOfANameAreNoTariffs) {
  expect_cases({
      {"Officials said they will fight the plan in the General Agreement on Tariffs and Trade.",
       false},
      {"The U.S. Tariffs on Japanese televisions were imposed in April.", true},
  });
}

TEST(TariffSense, AnUnspecifiedMeasureInAConditionIsNoEvent) {
  expect_cases({
      {"If tariffs were imposed, prices would rise for shoppers.", false},
      {"Exporters would face higher duties should the talks collapse.", false},
      {"If the United States imposes the 50% tariffs on India, New Delhi will retaliate.", true},
      {"Japan would quit the pact if Washington goes ahead with the punitive tariffs on Japan.",
       true},
  });
}

TEST(TariffSense, DutyFreeShopsAndAllowancesAreNoMeasures) {
  expect_cases({
      {"Tourists bought watches at the duty-free shop in the Doha airport.", false},
      {"The ministry raised the duty-free allowance for visitors from Peru.", false},
      {"Chile granted duty-free access to wine from Argentina.", true},
  });
}

TEST(TariffSense, DutiesOnPeopleAtHomeAreObligations) {
  expect_cases({
      {"The bill would impose new duties on employers to report wages to the revenue office.",
       false},
      {"The EU imposed anti-dumping duties on Chinese firms making steel tubes.", true},
  });
}

TEST(TariffSense, AMeasureNamedAsATopicIsNoEvent) {
  expect_cases({
      {"Prices of Korean cars rose 4% despite tariffs.", false},
      {"Shares in Tokyo fell amid the tariffs, traders said.", false},
      {"Korea raised tariffs on US beef to 40% despite protests.", true},
  });
}

// The decision itself, on evidence alone.
TEST(TariffSense, DecisionWeighsTheEvidence) {
  std::vector<tariffs::Word> words(3);
  tariffs::SenseInput in{words, 1, 1, 0, 3, tariffs::Trigger::Tariff};
  tariffs::SenseEvidence evidence;
  EXPECT_EQ(tariffs::decide_sense(in, evidence), tariffs::Sense::Border);
  evidence.price = true;
  EXPECT_EQ(tariffs::decide_sense(in, evidence), tariffs::Sense::Price);
  evidence.border = true;  // "tariffs on electricity imports"
  EXPECT_EQ(tariffs::decide_sense(in, evidence), tariffs::Sense::Border);
  evidence.domestic = true;  // "import sales tax": the border cue wins
  EXPECT_EQ(tariffs::decide_sense(in, evidence), tariffs::Sense::Border);
  evidence.taxed_at_home = true;  // "border tax on remittances": what is taxed wins
  EXPECT_EQ(tariffs::decide_sense(in, evidence), tariffs::Sense::Domestic);
  evidence.obligation = true;
  EXPECT_EQ(tariffs::decide_sense(in, evidence), tariffs::Sense::Obligation);
  tariffs::SenseEvidence condition;
  condition.hypothetical = true;
  EXPECT_EQ(tariffs::decide_sense(in, condition), tariffs::Sense::Hypothetical);
  in.definite = true;  // "if the U.S. implements the punitive tariffs"
  EXPECT_EQ(tariffs::decide_sense(in, condition), tariffs::Sense::Border);
  in.kind = tariffs::Trigger::Tax;  // a tax with no border cue and no country side
  EXPECT_EQ(tariffs::decide_sense(in, tariffs::SenseEvidence{}), tariffs::Sense::Domestic);
}

// The evidence read from words: a word past the sentence's end never counts.
TEST(TariffSense, EvidenceOfAnEmptyOrOutOfRangeGroupIsNone) {
  std::vector<tariffs::Word> words;
  tariffs::SenseInput in{words, 0, 0, 0, 0, tariffs::Trigger::Tariff};
  tariffs::SenseEvidence evidence = tariffs::sense_evidence(in);
  EXPECT_FALSE(evidence.border || evidence.obligation || evidence.domestic || evidence.price);
}

}  // namespace
}  // namespace newsmine
