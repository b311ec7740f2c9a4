// Quote annotator: one test per detection and attribution case of issue 5, from real sentence
// shapes in news copy.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "newsmine/extractors.hpp"
#include "process.hpp"

namespace newsmine {
namespace {

struct Found {
  std::string text;
  std::string speaker;  // "<null>" when there is none
  std::string cue;
  std::string speaker_mention;  // text at speaker_start/speaker_end, or empty
};

// Puts fixed entities into the analysis, standing in for the entity annotator.
class FixedEntities : public Annotator {
 public:
  explicit FixedEntities(std::vector<Entity> entities) : entities_(std::move(entities)) {}
  void annotate(const Document&, Analysis& analysis) const override {
    analysis.entities = entities_;
  }

 private:
  std::vector<Entity> entities_;
};

std::vector<Found> found_in(const std::string& text, const Analysis& analysis) {
  std::vector<Found> out;
  for (const Quote& quote : analysis.quotes) {
    Found found;
    found.text = text.substr(quote.span.start, quote.span.end - quote.span.start);
    found.speaker = quote.speaker ? *quote.speaker : "<null>";
    found.cue = quote.cue ? *quote.cue : "<null>";
    if (quote.speaker_span) {
      found.speaker_mention = text.substr(quote.speaker_span->start,
                                          quote.speaker_span->end - quote.speaker_span->start);
    }
    out.push_back(found);
  }
  return out;
}

// The quotations of `text` as the analyzer finds them (tokenizer, then quotes). The annotator
// alone, without tokens, falls back to its own lexer and must agree.
std::vector<Found> quotes_of(const std::string& text, std::vector<Entity> entities = {}) {
  Document doc;
  doc.id = "test";
  doc.text = text;
  Analyzer analyzer;
  analyzer.add(std::make_shared<FixedEntities>(entities));
  analyzer.add(make_quote_annotator());
  Analysis analysis;
  analyzer.analyze(doc, analysis);
  std::vector<Found> with_tokens = found_in(text, analysis);

  Analysis bare;
  bare.entities = std::move(entities);
  make_quote_annotator()->annotate(doc, bare);
  std::vector<Found> without_tokens = found_in(text, bare);
  EXPECT_EQ(with_tokens.size(), without_tokens.size()) << "fallback lexer disagrees";
  for (std::size_t k = 0; k < std::min(with_tokens.size(), without_tokens.size()); ++k) {
    EXPECT_EQ(with_tokens[k].text, without_tokens[k].text);
    EXPECT_EQ(with_tokens[k].speaker, without_tokens[k].speaker);
    EXPECT_EQ(with_tokens[k].cue, without_tokens[k].cue);
  }
  return with_tokens;
}

TEST(Quotes, CurlyQuoteWithInvertedAttributionAndAppositive) {
  auto found = quotes_of(
      "“With Trump’s steep, sweeping tariffs across the region, that message needs no "
      "reinforcement,” said Lynn Kuok, the Lee Kuan Yew Chair at the Brookings Institution.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text,
            "With Trump’s steep, sweeping tariffs across the region, that message needs no "
            "reinforcement");
  EXPECT_EQ(found[0].speaker, "Lynn Kuok");
  EXPECT_EQ(found[0].cue, "said");
  EXPECT_EQ(found[0].speaker_mention, "Lynn Kuok");
}

TEST(Quotes, StraightQuotesAndTitledShortNameResolveToFullName) {
  auto found = quotes_of(
      "Peter Morgan, a lawyer for the Sierra Club, has challenged the deal for years.\n\n"
      "\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "It was the least bad outcome");
  EXPECT_EQ(found[0].speaker, "Peter Morgan");
}

TEST(Quotes, BritishSingleQuotesAreNotConfusedWithApostrophes) {
  auto found = quotes_of(
      "Xi’s envoy said the talks had been ‘candid, constructive and useful for both sides’, "
      "although officials don’t expect a return to the trade of the ’90s.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "candid, constructive and useful for both sides");
  EXPECT_EQ(found[0].cue, "said");
}

TEST(Quotes, QuotationOverSeveralParagraphsKeepsItsSpeaker) {
  auto found = quotes_of(
      "Trade Minister John Smith spoke after the meeting.\n"
      "“We have done everything that was asked of us in these talks.\n"
      "“Now it is up to the other side to show that they are serious,” Smith said.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "We have done everything that was asked of us in these talks.");
  EXPECT_EQ(found[1].text, "Now it is up to the other side to show that they are serious");
  EXPECT_EQ(found[0].speaker, "John Smith");
  EXPECT_EQ(found[1].speaker, "John Smith");
}

TEST(Quotes, QuotationSplitByItsAttributionGivesTwoRecordsWithOneSpeaker) {
  auto found = quotes_of(
      "Michael Hart, president of the American Chamber of Commerce in China, acknowledged that "
      "progress had been slow.\n"
      "“It’s a new process China is working through,” he said. “We have heard there are only a "
      "handful of officials reviewing thousands of applications.”");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Michael Hart");
  EXPECT_EQ(found[1].speaker, "Michael Hart");
  EXPECT_EQ(found[0].cue, "said");
}

TEST(Quotes, QuotationIntroducedByAColon) {
  auto found = quotes_of(
      "President Donald Trump, responding to new Chinese export controls on Friday, wrote: "
      "“Based on the fact that China has taken this unprecedented position, we will impose a "
      "Tariff of 100% on China.”");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Donald Trump");
  EXPECT_EQ(found[0].cue, "wrote");
  EXPECT_EQ(found[0].text.substr(0, 13), "Based on the ");
}

TEST(Quotes, BlockQuoteAfterAColonParagraph) {
  auto found = quotes_of(
      "The Commerce Ministry said in a statement:\n\n"
      "“Willful threats of high tariffs are not the right way to get along with China.”");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Commerce Ministry");
}

TEST(Quotes, ColonWithoutReportingVerbNamesTheClauseSubject) {
  auto found = quotes_of(
      "On July 6, 2015, Sanders made the following comment:\n\n"
      "“For young people who have graduated high school, the unemployment rate is 51 "
      "percent.”");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Sanders");
}

TEST(Quotes, NegatedReportingVerbStillNamesItsSubjectForTheNextQuotation) {
  auto found = quotes_of(
      "President Barack Obama spoke after meeting Vladimir Putin. He didn't suggest retaliation. "
      "“Our goal is not to duplicate a cycle of escalation.”");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Barack Obama");
}

TEST(Quotes, ScareQuotesAndTitlesAreNotQuotations) {
  auto found = quotes_of(
      "President Trump is using his 90-day pause on his “Liberation Day” tariff hikes to press "
      "countries, and supporters wore “Make America Great Again” hats.");
  EXPECT_TRUE(found.empty());
}

TEST(Quotes, ShortQuotationSomeoneIsReportedAsSayingIsKept) {
  auto found =
      quotes_of("In Hanoi, Xi urged Vietnam to join China in opposing “unilateral bullying.”");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "unilateral bullying.");
  EXPECT_EQ(found[0].speaker, "Xi");
}

TEST(Quotes, UnbalancedMarkStopsAtTheEndOfItsParagraph) {
  auto found = quotes_of(
      "The senator called the bill “a disaster for working families in this country.\n"
      "Markets fell sharply on Monday and kept falling for the rest of the week.\n"
      "Analysts expect further losses.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "a disaster for working families in this country.");
  EXPECT_EQ(found[0].speaker, "the senator");  // a description opens in lower case
}

TEST(Quotes, AccordingTo) {
  auto found = quotes_of(
      "According to Saturday’s announcement, China and North Korea reached agreements on "
      "“deepening relations between the two parties and two countries.”");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Saturday’s announcement");
  EXPECT_EQ(found[0].cue, "according to");
}

TEST(Quotes, ToldWithAnAddressee) {
  auto found = quotes_of(
      "Treasury Secretary Scott Bessent told CBS that “the fact that they are withholding some of "
      "the products is unacceptable.”");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Scott Bessent");
  EXPECT_EQ(found[0].cue, "told");
}

TEST(Quotes, PartyAffiliationAndTimeAfterTheName) {
  auto found = quotes_of(
      "“It’s a dog whistle to all Americans, especially African-Americans,” Rep. Gwen Moore "
      "(D-Wis.) said Friday.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Gwen Moore");
}

TEST(Quotes, PronounResolvesToTheMostRecentPerson) {
  auto found = quotes_of(
      "Jonathan Czin, a fellow at the Brookings Institution, said Beijing was patient.\n"
      "“He just needs to prevent them from choosing Washington,” he added.\n"
      "“Xi doesn’t necessarily need these countries to choose Beijing,” Mr. Czin said.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Jonathan Czin");
  EXPECT_EQ(found[0].cue, "added");
  EXPECT_EQ(found[1].speaker, "Jonathan Czin");
}

TEST(Quotes, LastNameResolvesToTheFullNameIntroducedEarlier) {
  auto found = quotes_of(
      "US Treasury Secretary Scott Bessent met his counterparts in Geneva.\n"
      "“What China is doing is holding back products that are essential,” Bessent said.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Scott Bessent");
  EXPECT_EQ(found[0].speaker_mention, "Bessent");
}

TEST(Quotes, NominalSpeakerResolvesToTheOrganisationNamedBefore) {
  auto found = quotes_of(
      "China’s Ministry of Commerce said on Monday that it opposed the deal.\n"
      "The ministry said it would “resolutely take reciprocal countermeasures against any "
      "party”.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Ministry of Commerce");
}

TEST(Quotes, SentenceEndingInItsAttributionSpeaksForTheNextQuotation) {
  auto found = quotes_of(
      "China would not comment on talks between other countries, the post said. “But if anyone "
      "uses China’s interests as a token of allegiance, China will never agree!”");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "the post");
}

TEST(Quotes, UnattributedQuotationGetsNoSpeakerFromFarAway) {
  auto found = quotes_of(
      "John Smith said markets would fall.\n\n"
      "Analysts were divided about the outlook.\n\n"
      "“This is the end of an era for everyone who trades in these markets.”");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "<null>");
  EXPECT_EQ(found[0].cue, "<null>");
}

TEST(Quotes, HardWrappedWireCopyKeepsQuotationsAcrossLineBreaks) {
  auto found = quotes_of(
      "    Paul Channon, secretary for trade and industry, said if\n"
      "Congress passed legislation to curb textile imports, \"the\n"
      "community would have to retaliate.\"\n"
      "    \"The more united pressure there could be, the better,\" he\n"
      "said.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "the\ncommunity would have to retaliate.");
  EXPECT_EQ(found[0].speaker, "Paul Channon");
  EXPECT_EQ(found[1].speaker, "Paul Channon");
}

TEST(Quotes, FamilyNameFirstResolvesToTheFullName) {
  auto found = quotes_of(
      "Chinese Premier Li Qiang met Pak Thae Song.\n"
      "“Both sides should unite and cooperate more closely,” Li said, according to Xinhua.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Li Qiang");
  EXPECT_EQ(found[0].cue, "said");
}

TEST(Quotes, PersonEntitiesFromTheEntityAnnotatorResolvePronouns) {
  // Without a title or a reporting verb nothing marks Pat Caddell as a person; the entity does.
  const std::string text =
      "Pat Caddell appeared on Breitbart News Daily on Thursday.\n"
      "“This is in their heads. This is in their consciousness,” he said.";
  const auto caddell = static_cast<std::uint32_t>(text.find("Pat Caddell"));
  const auto news = static_cast<std::uint32_t>(text.find("Breitbart News Daily"));
  auto found = quotes_of(text, {{{caddell, caddell + 11}, EntityType::Person, ""},
                                {{news, news + 20}, EntityType::Org, ""}});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Pat Caddell");
  EXPECT_EQ(found[0].cue, "said");
}

TEST(Quotes, FunctionWordsAreNeverSpeakers) {
  auto found = quotes_of(
      "Delegates would not guess at the outcome of the vote.\n"
      "\"Anything can still happen at this stage of the talks,\" one said.\n"
      "In the story \"Northwind to sell its ferry unit,\" please read in the second paragraph "
      "that the sale needs approval.\n"
      "The mayor said the plan was part of its demands \"before the city can sign any deal.\"");
  for (const Found& quote : found) {
    EXPECT_NE(quote.speaker, "one");
    EXPECT_NE(quote.speaker, "please");
    EXPECT_NE(quote.speaker, "its");
  }
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker, "<null>");
  EXPECT_EQ(found[2].speaker, "the mayor");
}

TEST(Quotes, ClitickedPronounIsAPronounNotAName) {
  auto found = quotes_of(
      "Nadia Brook spoke to the committee for an hour.\n"
      "“I’m going to read you the first question: ‘Do you trust the new rules at all?’ Most "
      "people said no,” she said.");
  for (const Found& quote : found) EXPECT_EQ(quote.speaker, "Nadia Brook") << quote.text;
}

TEST(Quotes, DashBylineAfterAQuotationNamesItsSpeaker) {
  auto found = quotes_of(
      "Readers wrote to us.\n"
      "“Our schools need more teachers and fewer forms to fill in.” ― Maria Lopez\n"
      "“The bus to the clinic stopped running last spring.”― Tom Reyes.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Maria Lopez");
  EXPECT_EQ(found[0].cue, "<null>");
  EXPECT_EQ(found[1].speaker, "Tom Reyes");
}

TEST(Quotes, PassiveVerbInsideAnAppositiveIsPassed) {
  auto found = quotes_of(
      "“This is not a bargain. This is a rescue of the whole sector,” Jane Doe, the adviser "
      "who is said to have drafted the plan, told Radio Nine on Monday.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Jane Doe");
  EXPECT_EQ(found[0].cue, "told");
}

TEST(Quotes, AppositiveNameAfterAnOwnerIsTheSpeaker) {
  auto found = quotes_of(
      "Another analyst named in the report, Northfield University’s Amy Chen, said her paper "
      "“was never meant to support” the levy.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Amy Chen");
}

TEST(Quotes, SentenceEndingInAPlacePhraseAttributesTheNextQuotation) {
  auto found = quotes_of(
      "Tom Baker, head of the pension fund, said in an interview on Channel Nine. “We are moving "
      "from open markets to a system of walls and gates.”");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Tom Baker");
  EXPECT_EQ(found[0].cue, "said");
}

TEST(Quotes, PronounGoesToThePreviousSentencesSubjectNotTheLastName) {
  auto found = quotes_of(
      "“Markets will calm down by summer,” said Rita Moreno, an economist.\n"
      "Fund manager Sam Ortiz pointed to Moreno’s and Lee’s notes on his blog. He said the "
      "rules were badly drafted, adding, “It will test the judgment of everyone involved.”");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Rita Moreno");
  EXPECT_EQ(found[1].speaker, "Sam Ortiz");
}

TEST(Quotes, OneWordNamedSpeakerIsAPersonForLaterPronouns) {
  auto found = quotes_of(
      "\"We have had trouble with these attacks before,\" Okafor said after meeting Prime "
      "Minister Anna Berg. He did not call for sanctions. \"Our aim is to set rules that "
      "everybody can follow.\"");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Okafor");
  EXPECT_EQ(found[1].speaker, "Okafor");
}

TEST(Quotes, ClauseAfterTheQuotationIsNotItsAttribution) {
  auto found = quotes_of(
      "The clip shows Paul Grant saying during the hearing, “That makes me careful,” when Lisa "
      "Hale pressed him on the loans.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Paul Grant");
}

TEST(Quotes, WholeQuotedParagraphsContinueTheSpeakerUntilANewAttribution) {
  auto found = quotes_of(
      "“Prices will rise first for food and fuel,” said Ines Walker, an economist at Harbor "
      "Bank.\n"
      "“After that, wages will lag for at least a year.”\n"
      "“Small firms will feel it long before large ones do.”\n"
      "“We expect a slowdown, not a recession,” said Omar Field, a trader.");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].speaker, "Ines Walker");
  EXPECT_EQ(found[1].speaker, "Ines Walker");
  EXPECT_EQ(found[2].speaker, "Ines Walker");
  EXPECT_EQ(found[3].speaker, "Omar Field");
}

TEST(Quotes, BlankLinesBetweenQuotedParagraphsKeepTheSpeaker) {
  auto found = quotes_of(
      "The Harbor Times reports:\n\n"
      "\"Fewer ships came in this spring than in any spring since the port opened.\n\n"
      "\"Without new cranes, the port will keep losing traffic to its northern rivals.\"\n\n"
      "\"Nobody expected the decline to come this fast,\" said Ana Ruiz, a shipping agent.\n\n"
      "\"We lost three lines in a single month.\"");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].speaker, "Harbor Times");
  EXPECT_EQ(found[1].speaker, "Harbor Times");
  EXPECT_EQ(found[2].speaker, "Ana Ruiz");
  EXPECT_EQ(found[3].speaker, "Ana Ruiz");
}

TEST(Quotes, SpeakerIsTheFullestNameOfTheWholeArticle) {
  const std::string text =
      "“We will not wait for them,” Mr. Okonjo said on Friday.\n"
      "“The deal is done,” The company said.\n"
      "Ngozi Okonjo, the finance minister, spoke later.";
  Document doc;
  doc.id = "test";
  doc.text = text;
  Analysis analysis;
  make_quote_annotator()->annotate(doc, analysis);
  ASSERT_EQ(analysis.quotes.size(), 2u);
  EXPECT_EQ(analysis.quotes[0].speaker.value_or(""), "Ngozi Okonjo");
  ASSERT_TRUE(analysis.quotes[0].speaker_written);
  EXPECT_EQ(text.substr(analysis.quotes[0].speaker_written->start,
                        analysis.quotes[0].speaker_written->end -
                            analysis.quotes[0].speaker_written->start),
            "Mr. Okonjo");
  EXPECT_EQ(analysis.quotes[1].speaker.value_or(""), "the company");
}

TEST(Quotes, TheOneWhoSpeaksNotTheOneAddressed) {
  auto asked = quotes_of(
      "Senator Ruth Anders asked President Carl Dunn to “drop the levy before the harvest comes "
      "in.”");
  ASSERT_EQ(asked.size(), 1u);
  EXPECT_EQ(asked[0].speaker, "Ruth Anders");
  EXPECT_EQ(asked[0].cue, "asked");
  auto told = quotes_of("“We will not back down on this,” Ruth Anders told Carl Dunn at lunch.");
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].speaker, "Ruth Anders");
}

TEST(Quotes, ReflexiveAfterANameIsNotPartOfIt) {
  auto quotes = quotes_of(
      "Mayor Ada Quill opened the bridge. Quill herself wrote: “The river is ours again.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_TRUE(quotes[0].speaker.ends_with("Quill")) << quotes[0].speaker;
  EXPECT_EQ(quotes[0].speaker.find("herself"), std::string::npos) << quotes[0].speaker;
}

TEST(Quotes, WrittenSourceSpeaksForItsAuthor) {
  auto quotes = quotes_of(
      "A Harbour Authority handout said the new berths would be “open to all carriers by "
      "spring.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Harbour Authority");
}

TEST(Quotes, AbbreviatedOfficeIsATitle) {
  auto quotes = quotes_of(
      "Deputy Prime Minister Tan Wei Ling spoke on Friday. “We will keep the ports open,” DPM Tan "
      "said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Tan Wei Ling");
}

TEST(Quotes, OrganisationDescriptionTakesTheNamedOrganisationAndKeepsItsWords) {
  const std::string text =
      "The Ministry of Fisheries issued new quotas on Monday.\n\n"
      "“The quotas protect the stocks for the next decade,” the ministry said in a statement.";
  Document doc;
  doc.id = "test";
  doc.text = text;
  Analysis analysis;
  make_quote_annotator()->annotate(doc, analysis);
  ASSERT_EQ(analysis.quotes.size(), 1u);
  EXPECT_EQ(analysis.quotes[0].speaker.value_or(""), "Ministry of Fisheries");
  ASSERT_TRUE(analysis.quotes[0].speaker_written);
  const Span written = *analysis.quotes[0].speaker_written;
  EXPECT_EQ(text.substr(written.start, written.end - written.start), "the ministry");
}

struct Named {
  std::string name;
  EntityType type = EntityType::Person;
  int occurrence = 0;  // which occurrence of `name` in the text, from 0
};

// The speakers of `text` when the entity annotator found `names` and the canonical stage ran,
// as in the default command.
std::vector<std::string> canonical_speakers(const std::string& text,
                                            const std::vector<Named>& names) {
  std::vector<Entity> entities;
  for (const auto& [name, type, occurrence] : names) {
    std::size_t found = text.find(name);
    for (int k = 0; k < occurrence && found != std::string::npos; ++k)
      found = text.find(name, found + 1);
    EXPECT_NE(found, std::string::npos) << name;
    if (found == std::string::npos) continue;
    const auto at = static_cast<std::uint32_t>(found);
    Entity entity;
    entity.span = {at, at + static_cast<std::uint32_t>(name.size())};
    entity.type = type;
    entities.push_back(entity);
  }
  std::sort(entities.begin(), entities.end(),
            [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
  Document doc;
  doc.id = "test";
  doc.text = text;
  Analyzer analyzer;
  analyzer.add(std::make_shared<FixedEntities>(entities));
  analyzer.add(make_canonical_annotator());
  analyzer.add(make_quote_annotator());
  Analysis analysis;
  analyzer.analyze(doc, analysis);
  std::vector<std::string> speakers;
  for (const Found& found : found_in(text, analysis)) speakers.push_back(found.speaker);
  return speakers;
}

TEST(QuotesCanonical, EntityCoveringOnlyPartOfTheSpeakersNameDoesNotShortenIt) {
  // The entity annotator stopped at a letter it does not know, or took only the place in a
  // description: the speaker keeps the name its attribution gives.
  const std::string text =
      "“We have waited long enough for the bridge,” said Mariela Ostrovàn.\n"
      "“Rates will have to fall before spring,” the Lisbon banker said.";
  EXPECT_EQ(
      canonical_speakers(text, {{"Mariela", EntityType::Person}, {"Lisbon", EntityType::Org}}),
      (std::vector<std::string>{"Mariela Ostrovàn", "the Lisbon banker"}));
}

TEST(QuotesCanonical, SpokesmanAndStatementSpeakForTheNameInThem) {
  const std::string text =
      "Corvane Holdings lost the case on Tuesday.\n"
      "“We will appeal the ruling,” a Corvane spokesman said.\n"
      "Judge Ada Okafor wrote the decision.\n"
      "“The contract was never signed,” Okafor’s statement said.";
  EXPECT_EQ(canonical_speakers(text, {{"Corvane Holdings", EntityType::Org},
                                      {"Corvane", EntityType::Org, 1},
                                      {"Ada Okafor", EntityType::Person},
                                      {"Okafor", EntityType::Person, 1}}),
            (std::vector<std::string>{"Corvane", "Ada Okafor"}));
}

TEST(QuotesCanonical, FullNameOfAPersonIsStillTaken) {
  const std::string text =
      "Finance minister Tomas Varga spoke on Monday.\n"
      "“The budget is balanced for the first time,” Varga said.";
  EXPECT_EQ(canonical_speakers(
                text, {{"Tomas Varga", EntityType::Person}, {"Varga", EntityType::Person, 1}}),
            std::vector<std::string>{"Tomas Varga"});
}

TEST(QuotesCanonical, OrganisationKeepsTheNameItIsSaidToSpeakBy) {
  // The article spells the name out once, then quotes the acronym: the speaker is the acronym,
  // and one name for all its quotations.
  const std::string headline =
      "Global Shipping Organization cuts its forecast.\n"
      "“Trade is slowing on every route we track,” the GSO said in a note.\n"
      "“Freight rates will not recover this year,” the GSO added.";
  EXPECT_EQ(canonical_speakers(headline, {{"Global Shipping Organization", EntityType::Org},
                                          {"GSO", EntityType::Org}}),
            (std::vector<std::string>{"GSO", "GSO"}));
  // Said to speak under both names: the fuller one, for both quotations.
  const std::string both =
      "“Trade is slowing on every route we track,” the Global Shipping Organization said.\n"
      "“Freight rates will not recover this year,” the GSO added.";
  EXPECT_EQ(
      canonical_speakers(
          both, {{"Global Shipping Organization", EntityType::Org}, {"GSO", EntityType::Org}}),
      (std::vector<std::string>{"Global Shipping Organization", "Global Shipping Organization"}));
}

TEST(QuotesCanonical, FullerNameEndingInATitleIsNotTheSpeakersName) {
  // `Factwise Executive Director Jo Hale`: the entity annotator took the title into the name.
  const std::string text =
      "Factwise Executive Director Jo Hale defended the ratings.\n"
      "“We rate claims, not parties,” Factwise said.";
  EXPECT_EQ(canonical_speakers(text, {{"Factwise Executive Director", EntityType::Person},
                                      {"Jo Hale", EntityType::Person},
                                      {"Factwise", EntityType::Person, 1}}),
            std::vector<std::string>{"Factwise"});
}

TEST(QuotesCanonical, PartyAndStateLabelIsNoAntecedent) {
  const std::string text =
      "Democratic Sen. Dana Whitfield (D-Ore.) scolded the witness: “You misled this committee "
      "twice,” she said.";
  EXPECT_EQ(canonical_speakers(
                text, {{"Dana Whitfield", EntityType::Person}, {"D-Ore", EntityType::Person}}),
            std::vector<std::string>{"Dana Whitfield"});
}

TEST(QuotesCanonical, SurnameTypedAsAnOrganisationIsThePersonNamedBefore) {
  // The entity annotator typed the whole titled name and the later surname ORG.
  const std::string text =
      "Trade Representative Clara Voss welcomed the vote on Monday.\n"
      "“We expect no retaliation at all,” Voss said.\n"
      "“Our partners know what is at stake,” she added.";
  EXPECT_EQ(canonical_speakers(text, {{"Trade Representative Clara Voss", EntityType::Org},
                                      {"Voss", EntityType::Org, 1}}),
            (std::vector<std::string>{"Clara Voss", "Clara Voss"}));
}

TEST(QuotesCanonical, FullNameCutInsideAHyphenatedWordIsMadeWhole) {
  // The entity annotator stopped at the hyphen of the given name: `Han Ji` of `Han Ji-won`.
  const std::string text =
      "Prime Minister Han Ji-won met the unions on Monday.\n"
      "“Wages will rise by the summer,” Han said.";
  EXPECT_EQ(
      canonical_speakers(text, {{"Han Ji", EntityType::Person}, {"Han", EntityType::Person, 1}}),
      std::vector<std::string>{"Han Ji-won"});
}

TEST(QuotesCanonical, NameWrittenOverALineBreakIsOneLine) {
  const std::string text =
      "The port said cargo rose, according to its director Mina\n"
      "Hollis, who spoke to reporters on Friday at the harbour.\n"
      "“Cargo is up by a third this year,” Hollis said.";
  EXPECT_EQ(canonical_speakers(
                text, {{"Mina\nHollis", EntityType::Person}, {"Hollis", EntityType::Person, 1}}),
            std::vector<std::string>{"Mina Hollis"});
}

TEST(Quotes, DocumentWithoutMarksHasNoQuotations) {
  EXPECT_TRUE(quotes_of("Xi’s aides don’t comment on the ’90s.").empty());
  EXPECT_TRUE(quotes_of("").empty());
}

}  // namespace
}  // namespace newsmine

namespace newsmine {
namespace {

// `newsmine quotes` end to end: TSV columns, --min-words and --speaker.
TEST(QuotesCli, TsvWithMinWordsAndSpeakerFilters) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("newsmine-quotes-cli-" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(path);
    out << R"({"id": "d1", "date": "2025-04-20", "text": "Jonathan Czin, a fellow at )"
        << R"(Brookings, said Beijing was patient. \u201cHe just needs to prevent them from )"
        << R"(choosing Washington,\u201d Mr. Czin said. Mr. Xi called it \u201cbullying.\u201d )"
        << R"(\u201cWe will never agree to this deal,\u201d said Lin Jian, a ministry spokesman."})"
        << "\n";
  }
  auto all = testing::run_command(testing::newsmine() + " quotes --format tsv " + path.string());
  ASSERT_EQ(all.status, 0) << all.err;
  EXPECT_EQ(all.out.substr(0, all.out.find('\n')),
            "doc\tspeaker\tcue\ttext\tspeaker_text\tkind\tstart\tend\tspeaker_start\tspeaker_end");
  EXPECT_NE(all.out.find("d1\tXi\tcalled\tbullying.\tMr. Xi\tquote\t"), std::string::npos)
      << all.out;

  auto filtered = testing::run_command(
      testing::newsmine() + " quotes --format tsv --min-words 3 --speaker czin " + path.string());
  ASSERT_EQ(filtered.status, 0) << filtered.err;
  EXPECT_EQ(filtered.out,
            "doc\tspeaker\tcue\ttext\tspeaker_text\tkind\tstart\tend\tspeaker_start\tspeaker_end\n"
            "d1\tJonathan Czin\tsaid\tHe just needs to prevent them from choosing "
            "Washington\tMr. Czin\tquote\t67\t121\t130\t134\n");
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace newsmine
