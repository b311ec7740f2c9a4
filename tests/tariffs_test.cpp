// Tariff annotator: argument roles, rates, actions and modality on hand-built analyses.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "extract/tariffs/word_lists.hpp"
#include "newsmine/extractors.hpp"

namespace newsmine {
namespace {

// Tokenizes and splits `text`, adds the hand-made percents and dates, runs the tariff annotator.
struct Annotated {
  Document doc;
  Analysis analysis;

  explicit Annotated(std::string text, std::vector<PercentMention> percents = {},
                     std::vector<DateMention> dates = {}) {
    doc.id = "test";
    doc.date = "2025-04-21";
    doc.text = std::move(text);
    tokenize(doc.text, analysis.tokens);
    split_sentences(doc.text, analysis.tokens, analysis.sentences);
    analysis.percents = std::move(percents);
    analysis.dates = std::move(dates);
    make_tariff_annotator()->annotate(doc, analysis);
  }

  const std::vector<TariffEvent>& events() const { return analysis.tariffs; }

  // The span of the first occurrence of `part` in the text.
  Span span_of(std::string_view part) const {
    auto at = static_cast<std::uint32_t>(doc.text.find(part));
    return {at, at + static_cast<std::uint32_t>(part.size())};
  }
};

std::string code(const std::optional<std::string>& value) {
  return value.value_or("-");
}

TEST(Tariffs, ActorRateTargetAndGoodsOfAPlacedTariff) {
  Annotated run(
      "China placed tariffs of up to 100 percent on canola, pork and other foods from Canada "
      "last month.");
  ASSERT_EQ(run.events().size(), 1u);
  const TariffEvent& event = run.events()[0];
  EXPECT_EQ(code(event.actor), "CN");
  EXPECT_EQ(code(event.target), "CA");
  ASSERT_TRUE(event.rate.has_value());
  EXPECT_EQ(*event.rate, 100);
  EXPECT_EQ(event.action, TariffAction::Imposed);
  EXPECT_EQ(event.goods, (std::vector<std::string>{"canola", "pork", "other foods"}));
  EXPECT_EQ(event.span.start, 0u);
  EXPECT_EQ(event.span.end, run.doc.text.size());
}

TEST(Tariffs, PossessiveActorAndPremodifierRate) {
  Annotated run("Trump called China’s retaliatory 145% tariffs too high.");
  ASSERT_EQ(run.events().size(), 1u);
  EXPECT_EQ(code(run.events()[0].actor), "CN");
  EXPECT_EQ(code(run.events()[0].target), "US");  // Trump, the other side in subject position
  EXPECT_EQ(run.events()[0].rate.value_or(-1), 145);
}

TEST(Tariffs, ThreatOfALevyWithAModifierActor) {
  Annotated run("For Vietnam, the threat of a 46 percent U.S. levy prompted new talks.");
  ASSERT_EQ(run.events().size(), 1u);
  const TariffEvent& event = run.events()[0];
  EXPECT_EQ(code(event.actor), "US");
  EXPECT_EQ(code(event.target), "VN");
  EXPECT_EQ(event.rate.value_or(-1), 46);
  EXPECT_EQ(event.action, TariffAction::Threatened);
}

TEST(Tariffs, FutureModalityIsAThreat) {
  Annotated run("The United States of America will impose a Tariff of 100% on China.");
  ASSERT_EQ(run.events().size(), 1u);
  EXPECT_EQ(run.events()[0].action, TariffAction::Threatened);
  EXPECT_EQ(code(run.events()[0].actor), "US");
  EXPECT_EQ(code(run.events()[0].target), "CN");
}

TEST(Tariffs, ActionVerbClasses) {
  struct Case {
    const char* text;
    TariffAction action;
  };
  for (const Case& c : {
           Case{"Japan cut duties on chocolate to 20 pct from 31.9 pct.", TariffAction::Lowered},
           Case{"Washington lifted the tariffs on Mexican steel.", TariffAction::Lifted},
           Case{"Ottawa suspended its duties on U.S. whiskey.", TariffAction::Paused},
           Case{"Beijing raised tariffs on American soybeans.", TariffAction::Raised},
           Case{"Brussels slapped duties on Chinese electric cars.", TariffAction::Imposed},
           Case{"Mexico threatened tariffs on U.S. corn.", TariffAction::Threatened},
       }) {
    Annotated run(c.text);
    ASSERT_EQ(run.events().size(), 1u) << c.text;
    EXPECT_EQ(run.events()[0].action, c.action) << c.text;
    EXPECT_TRUE(run.events()[0].actor.has_value()) << c.text;
  }
  Annotated cut("Japan cut duties on chocolate to 20 pct from 31.9 pct.");
  EXPECT_EQ(cut.events()[0].rate.value_or(-1), 20);  // "to", not "from"
  EXPECT_EQ(cut.events()[0].goods, std::vector<std::string>{"chocolate"});
}

TEST(Tariffs, NegatedGenericAndNamedMentionsAreNoEvents) {
  for (const char* text : {
           "The U.S. does not plan to lower tariffs on China.",
           "The U.S.-China tariff war hurt growth.",
           "Japan may challenge it under the General Agreement on Tariffs and Trade.",
           "Chinese exports affected by American tariffs fell.",
           "The company reported higher profits this quarter.",
           "Vietnam made an appeal for lower tariffs.",
       }) {
    Annotated run(text);
    EXPECT_TRUE(run.events().empty()) << text;
  }
}

TEST(Tariffs, RateComesFromThePercentAnnotatorWhenItHasOne) {
  const std::string text = "China imposed tariffs of 34 percent on U.S. goods.";
  Annotated without(text);
  ASSERT_EQ(without.events().size(), 1u);
  EXPECT_EQ(without.events()[0].rate.value_or(-1), 34);  // parsed from the text
  PercentMention percent;
  percent.span = Annotated(text).span_of("34 percent");
  percent.value = 35;  // a different value proves the annotator's percent is the one read
  Annotated with(text, {percent});
  ASSERT_EQ(with.events().size(), 1u);
  EXPECT_EQ(with.events()[0].rate.value_or(-1), 35);
}

TEST(Tariffs, DateOfTheClause) {
  const std::string text = "The White House will impose tariffs on Canada on April 2.";
  DateMention date;
  date.span = Annotated(text).span_of("April 2");
  date.value = "2025-04-02";
  Annotated run(text, {}, {date});
  ASSERT_EQ(run.events().size(), 1u);
  EXPECT_EQ(code(run.events()[0].date), "2025-04-02");
  EXPECT_EQ(code(run.events()[0].actor), "US");
  EXPECT_EQ(code(run.events()[0].target), "CA");
}

TEST(Tariffs, ReactionSubjectIsTheTarget) {
  Annotated run("China responded to the 34% US tariffs by tightening export rules.");
  ASSERT_EQ(run.events().size(), 1u);
  EXPECT_EQ(code(run.events()[0].actor), "US");
  EXPECT_EQ(code(run.events()[0].target), "CN");
}

TEST(Tariffs, MissingArgumentsComeFromTheEarlierEvent) {
  Annotated run(
      "The United States imposed new tariffs on Japanese chips. The duties on the chips are to "
      "be collected from Friday.");
  ASSERT_EQ(run.events().size(), 2u);
  EXPECT_EQ(code(run.events()[1].actor), "US");
  EXPECT_EQ(code(run.events()[1].target), "JP");
  EXPECT_EQ(run.events()[1].action, TariffAction::Threatened);  // "are to be": not yet
}

TEST(Tariffs, MutualTariffsGoBothWays) {
  Annotated run(
      "Washington and Beijing held talks. The two sides agreed to ease their mutual tariffs.");
  ASSERT_EQ(run.events().size(), 2u);
  EXPECT_EQ(run.events()[0].action, TariffAction::Lowered);
  EXPECT_EQ(code(run.events()[0].actor), code(run.events()[1].target));
  EXPECT_EQ(code(run.events()[0].target), code(run.events()[1].actor));
  EXPECT_NE(code(run.events()[0].actor), code(run.events()[0].target));
}

// "actor target rate action" of every event, "-" for a missing role.
std::vector<std::string> summaries(const std::vector<TariffEvent>& events) {
  std::vector<std::string> out;
  for (const TariffEvent& event : events) {
    std::string rate = "-";
    if (event.rate) {
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%g", *event.rate);
      rate = buffer;
    }
    const char* action = "imposed";
    switch (event.action) {
      case TariffAction::Threatened:
        action = "threatened";
        break;
      case TariffAction::Raised:
        action = "raised";
        break;
      case TariffAction::Lowered:
        action = "lowered";
        break;
      case TariffAction::Paused:
        action = "paused";
        break;
      case TariffAction::Lifted:
        action = "lifted";
        break;
      default:
        break;
    }
    out.push_back(code(event.actor) + " " + code(event.target) + " " + rate + " " + action);
  }
  return out;
}

struct Case {
  const char* name;
  const char* text;
  std::vector<std::string> expected;  // summaries(), in order
};

// The failure classes of tariff extraction on unseen news, one invented sentence each.
const std::vector<Case>& cases() {
  static const std::vector<Case> table = {
      // Targets: the right country of the sentence, one event per country.
      {"origin after goods", "The US put duties on goods from Brazil.", {"US BR - imposed"}},
      {"rate per country",
       "The United States said a 26% levy will apply to India, 20% to the EU and 46% to Vietnam.",
       {"US IN 26 threatened", "US EU 20 threatened", "US VN 46 threatened"}},
      {"list after a colon",
       "The United States imposed tariffs on Asian goods on Monday. Every Andean country has been "
       "slapped with heavy tariffs: Peru with 30 percent, Chile 25 percent and Ecuador 12 percent.",
       {"US - - imposed", "US PE 30 imposed", "US CL 25 imposed", "US EC 12 imposed"}},
      {"rate table lines",
       "The United States imposed new tariffs on Monday. The rates:\nPeru: 30%\nChile: 25%\n"
       "Output grew 3% in Ecuador.",
       {"US - - imposed", "US PE 30 imposed", "US CL 25 imposed"}},
      {"coordinated targets",
       "The US put tariffs on countries like Peru and Chile.",
       {"US PE - imposed", "US CL - imposed"}},
      {"coordinated actors",
       "The US and the EU raised tariffs on Chinese electric cars.",
       {"US CN - raised", "EU CN - raised"}},
      {"relative clause subject",
       "South Korea, which faces 26 percent tariffs, sent its minister.",
       {"- KR 26 imposed"}},
      {"possessive of an action noun",
       "Mr Trump's imposition of 10 percent tariffs on Chile angered Santiago.",
       {"US CL 10 imposed"}},
      {"imports from a country",
       "The 10 percent duty Trump set for imports from Chile was low.",
       {"US CL 10 imposed"}},
      {"asker is no target",
       "Washington asked Seoul to lower tariffs on beef.",
       {"KR - - lowered"}},
      {"importer is no actor",
       "The EC will cut import levies on maize for direct imports by Spanish mills.",
       {"EU - - lowered"}},
      {"subject carried across sentences",
       "Washington raised duties on Canadian lumber. Ottawa hit back on Friday. It also imposed "
       "a 25% tariff on US steel.",
       {"US CA - raised", "CA US 25 imposed"}},
      // Actor never equals target.
      {"own goods",
       "Canadian negotiators agreed to levy a 15% export tax on Canadian lumber.",
       {"CA - 15 imposed"}},
      // Rates and actions.
      {"cut from one rate to another",
       "Washington cut the duty on cars from 40% to 8%.",
       {"US - 8 lowered"}},
      {"up to", "The US imposed tariffs of up to 60% on Chinese goods.", {"US CN 60 imposed"}},
      {"combined rate is no second measure",
       "The US added a 10% tariff on Chinese goods, for a combined rate of 57%.",
       {"US CN 10 imposed"}},
      {"market move is no rate",
       "Stocks fell 3% after the US imposed 25% tariffs on Mexico.",
       {"US MX 25 imposed"}},
      {"growth figure is no rate",
       "Growth slowed to 2% as Canada imposed tariffs on US cars.",
       {"CA US - imposed"}},
      {"zero tariffs offered",
       "Beijing offered zero tariffs on US farm goods.",
       {"CN US - lifted"}},
      {"exempted", "Japan exempted Canadian beef from the duty.", {"JP CA - lifted"}},
      // Not events: topical mentions, obligations, domestic taxes, price tariffs, private calls.
      {"talks on the levies", "Ministers asked for talks on the levies.", {}},
      {"described as unfair", "He described the duties as unfair.", {}},
      {"worried about", "Traders worried about the tariffs.", {}},
      {"duty as an obligation", "The officer was pulled off his assigned duty.", {}},
      {"duties of an office", "The board praised his duties as chairman.", {}},
      {"income tax", "Parliament raised the income tax to 30%.", {}},
      {"tax on salaries", "The government imposed a 1% tax on all salaries.", {}},
      {"value-added tax", "VAT was raised to 20% in Britain.", {}},
      {"electricity tariffs", "Electricity tariffs in Germany rose 10% this year.", {}},
      {"private call for a pause",
       "A hedge-fund manager called for a 90-day pause in the tariffs.",
       {}},
      {"statistic", "Chinese tariffs against Brazil were about 23% overall.", {}},
      {"objections to a tax",
       "Britain voiced objections to the proposed tax, fearing its impact on U.S. grain exports.",
       {}},
      {"fighting a proposed tax",
       "The U.S. will fight the proposed tax at the GATT, an official said.",
       {}},
      {"opposed measure with its own actor",
       "Canada will fight the proposed U.S. tariffs on Canadian lumber.",
       {"US CA - threatened"}},
      {"trade word far from a tax",
       "Farmers in Spain dislike the new tax, fearing that it could hurt Spanish grain exports to "
       "Japan.",
       {}},
      {"tendency to impose", "Critics deplore Ottawa's tendency to impose duties.", {}},
      {"habit of raising", "He scorned the Japanese habit of raising tariffs.", {}},
      {"announced is done",
       "Ottawa announced duties on Chilean wine on Monday.",
       {"CA CL - imposed"}},
      {"announced with a future start stays a threat",
       "Ottawa announced it will impose duties on Chilean wine.",
       {"CA CL - threatened"}},
      {"duty in a one-country currency",
       "The export duty on raw rubber was raised to 12.5 baht per tonne.",
       {"TH - - raised"}},
      {"duty in a many-country currency names nobody",
       "The export duty on raw rubber was raised to 12.5 dollars per tonne.",
       {"- - - raised"}},
      {"nothing crosses a border",
       "The utility said future tariff increases would cover its rising costs.",
       {}},
      {"a country in the sentence keeps it",
       "Officials said future tariff increases on Peru would follow.",
       {"- PE - raised"}},
      {"a trade word keeps it",
       "Officials said tariffs on imports would rise again.",
       {"- - - threatened"}},
      {"new level after 'to an average above'",
       "Mexico raised duties on Peruvian imports to an average above 40 per cent.",
       {"MX PE 40 raised"}},
      {"zero-for-zero offered",
       "Chile offered zero-for-zero tariffs on farm goods.",
       {"CL - - lifted"}},
      {"zero-for-zero with the other side named",
       "Chile is ready to talk with Peru and offered zero-for-zero tariffs on farm goods.",
       {"CL PE - lifted"}},
      {"old level after 'from about' is no second measure",
       "Chile raised tariffs to 30 pct from about six pct on Peruvian cement.",
       {"CL PE 30 raised"}},
      {"unveiled tariffs",
       "A day after Chile unveiled new tariffs on Peruvian wine, talks began.",
       {"CL PE - imposed"}},
      {"that country names the previous sentence's country",
       "A chart said Peru's tariffs and barriers were high. In response, Chile added new "
       "tariffs of 20% atop levies already charged to that country.",
       {"CL PE 20 imposed", "CL PE - imposed"}},
      {"a round named after a place is no actor",
       "Since then the Seoul round of trade talks brought deep tariff cuts.",
       {}},
      {"tariffs raising prices are a cause, not a measure",
       "Economists said the duties on imports would raise the prices of cars.",
       {}},
      {"tariffs rising to a rate are a measure",
       "Officials said duties on Peruvian imports would rise to 30%.",
       {"- PE 30 threatened"}},
      {"a cut that talks would require",
       "Any deal will likely require Chile to reduce tariffs to the old level, he said.",
       {}},
      {"apposition between dashes keeps the subject",
       "Laos is hit hard. Chile—a close partner of Peru—is proposing to cut "
       "tariffs on U.S. goods.",
       {"CL US - lowered"}},
      {"short country name in a rate list",
       "The US imposed duties on Asian goods on Monday. Every country of the region has been "
       "slapped with heavy tariffs: Peru with 30 percent, Brunei 24 percent.",
       {"US - - imposed", "US PE 30 imposed", "US BN 24 imposed"}},
      // Actions: a measure in force is imposed; asked for or only due, a threat.
      {"took effect",
       "Peru's new 12% duties on Chilean wine took effect on Monday.",
       {"PE CL 12 imposed"}},
      {"kick in", "Chile's tariffs on Peruvian copper kick in next week.", {"CL PE - imposed"}},
      {"in force", "Chile's 9% levy on Peruvian grapes is now in force.", {"CL PE 9 imposed"}},
      {"urged to impose",
       "Mexico urged Peru to place duties on Chilean fruit.",
       {"PE CL - threatened"}},
      {"due to take effect",
       "Chile's duties on Peruvian salt are due to take effect in May.",
       {"CL PE - threatened"}},
      {"a possible effect of tariffs in place",
       "Peru's tariffs on Chilean fish might even help Ecuador.",
       {"PE CL - imposed"}},
      {"a complement clause ends the verb's reach",
       "Peru dropped hints that more duties may be forthcoming on Chilean wine.",
       {"PE CL - threatened"}},
      // Targets: stated by a facing subject; none for a measure on everyone; a country that
      // only speaks or fears has no role.
      {"facing subject is the target",
       "Chile imposed duties on Peruvian wine. Ecuador faces much lower tariffs.",
       {"CL PE - imposed", "CL EC - imposed"}},
      {"every country",
       "Peru imposed duties on Chilean wine. Peru decided every country "
       "should pay at least a 10% tariff.",
       {"PE CL - imposed", "PE - 10 imposed"}},
      {"'its' is the subject's own measure",
       "Chile exempted Peruvian copper from its 10% tariff.",
       {"CL PE 10 lifted"}},
      {"the owner of 'its' in a state clause is the target",
       "Chile imposed duties on many countries. Peru was less worried about its own 10% "
       "tariff than the rates imposed on its neighbours.",
       {"CL - - imposed", "CL PE 10 imposed"}},
      {"zero tariffs with no action word are no lifting",
       "Peru signed a pact with Chile. Peru said the pact involves zero tariffs.",
       {}},
      {"zero tariffs on goods are lifted",
       "Peru applies zero tariffs on Chilean wine.",
       {"PE CL - lifted"}},
      {"a fearing country is no target",
       "Ecuador fears tariffs imposed by Peru will hurt its farmers.",
       {"PE - - imposed"}},
  };
  return table;
}

TEST(Tariffs, FailureClasses) {
  for (const Case& test : cases()) {
    Annotated run(test.text);
    EXPECT_EQ(summaries(run.events()), test.expected) << test.name << ": " << test.text;
  }
}

TEST(Tariffs, NoRecordHasTheSameActorAndTarget) {
  for (const Case& test : cases()) {
    Annotated run(test.text);
    for (const TariffEvent& event : run.events()) {
      if (event.actor && event.target) {
        EXPECT_NE(*event.actor, *event.target) << test.text;
      }
    }
    std::vector<std::string> seen = summaries(run.events());
    std::sort(seen.begin(), seen.end());
    EXPECT_EQ(std::adjacent_find(seen.begin(), seen.end()), seen.end()) << test.text;
  }
}

TEST(TariffWordLists, DuplicatesAreRejected) {
  EXPECT_THROW(tariffs::parse_list("# c\nimports\nexports\nimports\n", "test.txt"),
               std::runtime_error);
  auto rows = tariffs::parse_list("# c\n\nraise\traise\tverb\ncut\tlower\tverb\n", "a.tsv");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].key, "cut");
  EXPECT_EQ(rows[1].fields, (std::vector<std::string_view>{"lower", "verb"}));
  EXPECT_THROW(tariffs::parse_list("cut\tlower\tverb\ncut\traise\tverb\n", "a.tsv"),
               std::runtime_error);  // one word in two classes
}

TEST(TariffWordLists, ConflictingListsAreRejected) {
  auto trade = tariffs::parse_list("imports\ncustoms\n", "trade.txt");
  auto domestic = tariffs::parse_list("income\ncustoms\n", "domestic-tax.txt");
  auto price = tariffs::parse_list("electricity\n", "price.txt");
  EXPECT_THROW(tariffs::reject_overlap(trade, "trade", domestic, "domestic-tax"),
               std::runtime_error);
  EXPECT_NO_THROW(tariffs::reject_overlap(trade, "trade", price, "price"));
}

TEST(TariffWordLists, EmbeddedListsLoad) {
  EXPECT_TRUE(tariffs::in_list(tariffs::List::Trade, "imports"));
  EXPECT_TRUE(tariffs::in_list(tariffs::List::DomesticTax, "income"));
  EXPECT_FALSE(tariffs::in_list(tariffs::List::Trade, "income"));
  EXPECT_FALSE(tariffs::action_rows().empty());
}

// An imposition that names no target takes the one foreign country of its paragraph, unless
// its own sentence names another country in the trigger's clause or as a speaker, it is a cut or
// removal, or the paragraph up to it names several; the next paragraph and the sentences after it
// are not read.
TEST(Tariffs, ParagraphDefaultTarget) {
  struct TargetCase {
    const char* text;
    const char* target;  // "-" for none
  };
  for (const TargetCase& c : {
           TargetCase{
               "Washington says Brazilian mills still dump cheap steel abroad. The U.S. duties "
               "take effect next month.",
               "BR"},
           TargetCase{"Officials in Ottawa accused Korean exporters of unfair pricing. Canada will "
                      "impose the new duties in June.",
                      "KR"},
           TargetCase{"Seoul would end the pact if Ottawa implements the punitive duties.", "KR"},
           TargetCase{"Peru's trade minister told reporters he wondered if the talks mattered "
                      "after Canada imposed the duties.",
                      "-"},
           TargetCase{"Mexico fears that the duties imposed by the United States will hurt growth.",
                      "-"},
           TargetCase{
               "Brazilian and Indian mills still dump cheap steel. The U.S. duties take effect "
               "next month.",
               "-"},
           TargetCase{"Canada said it plans another round of tariff cuts before talks with Peru.",
                      "-"},
           TargetCase{"Brazilian mills still dump cheap steel abroad.\nThe U.S. duties take effect "
                      "next month.",
                      "-"},
           TargetCase{"The U.S. duties take effect next month. Brazilian mills still dump cheap "
                      "steel abroad.",
                      "-"},
       }) {
    Annotated run(c.text);
    ASSERT_EQ(run.events().size(), 1u) << c.text;
    EXPECT_EQ(code(run.events()[0].target), c.target) << c.text;
  }
}

// A condition right after the measure an action word governs makes it a threat, even when
// agreed; a condition in a later clause ("and will lift them if") leaves the action as it is.
TEST(Tariffs, ConditionAfterTheMeasureIsAThreat) {
  struct ConditionCase {
    const char* text;
    TariffAction action;
  };
  for (const ConditionCase& c : {
           ConditionCase{"Brussels agreed to impose duties on Brazilian beef unless Brasilia "
                         "opened its markets.",
                         TariffAction::Threatened},
           ConditionCase{"Ottawa voted to impose duties on Korean steel if talks with Seoul fail.",
                         TariffAction::Threatened},
           ConditionCase{"Washington imposed duties on Korean steel last year and will lift them "
                         "if Seoul cuts output.",
                         TariffAction::Imposed},
           ConditionCase{"The EU raised duties on Chinese bikes, saying it would drop them if "
                         "Beijing ended subsidies.",
                         TariffAction::Raised},
           ConditionCase{"Canada imposed duties on Korean steel in March, even if officials "
                         "denied it.",
                         TariffAction::Imposed},
       }) {
    Annotated run(c.text);
    ASSERT_EQ(run.events().size(), 1u) << c.text;
    EXPECT_EQ(run.events()[0].action, c.action) << c.text;
  }
}

// The verb "levy" is a trigger when its object is charged on a country's goods; a levy on
// people or on rooms is none.
TEST(Tariffs, LevyVerbOnACountrysGoods) {
  struct LevyCase {
    const char* text;
    const char* target;  // "" for no event
  };
  for (const LevyCase& c : {
           LevyCase{"Customs officers in Ottawa began to levy a bond on the Korean goods that "
                    "the minister ordered penalised.",
                    "KR"},
           LevyCase{"Washington will levy a fee on imports from Chile next year.", "CL"},
           LevyCase{"The council agreed to levy the new tax on hotel rooms in Paris.", ""},
           LevyCase{"The city plans to levy a charge on French tourists.", ""},
       }) {
    Annotated run(c.text);
    if (std::string(c.target).empty()) {
      EXPECT_TRUE(run.events().empty()) << c.text;
      continue;
    }
    ASSERT_EQ(run.events().size(), 1u) << c.text;
    EXPECT_EQ(code(run.events()[0].target), c.target) << c.text;
  }
}

// Roles read from the rest of the sentence when the clause names no target: the country that
// dumps ("dumping of steel by Korean mills"), the first country after the trigger when a noun
// of its goods follows it ("in Chilean exports"), the other side of a retaliatory measure
// being lifted; and actors joined by "and" across an aside. Invented sentences.
TEST(Tariffs, TargetsFromTheRestOfTheSentence) {
  struct SideCase {
    const char* text;
    std::vector<std::pair<std::string, std::string>> sides;  // actor, target ("-": none)
  };
  for (const SideCase& c : {
           SideCase{"Brazil imposed tariffs to deter dumping of steel by Korean mills.",
                    {{"BR", "KR"}}},
           SideCase{"Ottawa wants stronger action against the dumping of pipes (by Korea) and a "
                    "possible rise of Canadian duties on some products.",
                    {{"CA", "KR"}}},
           SideCase{"Both Canada and, more recently, Brazil have imposed punitive duties on "
                    "Chinese steel.",
                    {{"CA", "CN"}, {"BR", "CN"}}},
           SideCase{"Peru slapped duties, ranging from 5 percent to 10 percent, on a list of "
                    "goods worth $1 billion in Chilean exports to Peru.",
                    {{"PE", "CL"}}},
           SideCase{"The government allowed duty-free imports of Kenyan wheat to link tea imports "
                    "to the export of Kenyan products.",
                    {{"KE", "-"}}},
           SideCase{"Lima removed most of its counter-tariffs on Chilean wine on Monday.",
                    {{"PE", "CL"}}},
           SideCase{"Peru and Chile settled their dispute over trucks last year. The first "
                    "Peruvian trucks crossed in May, and the last retaliatory tariff was removed.",
                    {{"PE", "CL"}}},
           SideCase{"Peru and Chile settled their dispute over trucks last year. The first "
                    "Peruvian trucks crossed in May, and the last tariff was removed.",
                    {{"PE", "-"}}},
       }) {
    Annotated run(c.text);
    ASSERT_EQ(run.events().size(), c.sides.size()) << c.text;
    for (std::size_t i = 0; i < c.sides.size(); ++i) {
      EXPECT_EQ(code(run.events()[i].actor), c.sides[i].first) << c.text;
      EXPECT_EQ(code(run.events()[i].target), c.sides[i].second) << c.text;
    }
  }
}

// A measure imagined in an if-clause ("if Peru were to slap", "if a tariff were imposed") is
// no event; "if tariffs were imposed" on a pending measure still is. Nor is a tax whose only
// trade words are the name of the GATT.
TEST(Tariffs, ImaginedMeasuresAndNamesAreNoEvents) {
  for (const char* text : {
           "Economists modelled what would happen if Peru were to slap steep tariffs on Chile.",
           "The car would cost far more if a tariff were imposed on imports from Peru.",
           "Ottawa says it has a case to fight the proposed tax in the General Agreement on "
           "Tariffs and Trade, a Canadian official said.",
       }) {
    EXPECT_TRUE(Annotated(text).events().empty()) << text;
  }
  Annotated pending(
      "Officials said if tariffs were imposed on Peruvian goods they would close a "
      "plant.");
  ASSERT_EQ(pending.events().size(), 1u);
  EXPECT_EQ(code(pending.events()[0].target), "PE");
}

}  // namespace
}  // namespace newsmine
