// Tariff annotator: argument roles, rates, actions and modality on hand-built analyses.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

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
      "The United States imposed new tariffs on Japanese chips. The tariffs are to be "
      "collected from Friday.");
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

}  // namespace
}  // namespace newsmine
