// Canonical names of entities (lib/extract/canonical/canonical.cpp): one form per person,
// organisation and country in a document.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/canonical/canonical.hpp"
#include "newsmine/extractors.hpp"
#include "newsmine/record.hpp"

namespace newsmine {
namespace {

// Entities for each listed (text, type, link) at its first occurrence after the previous one.
struct Named {
  std::string text;
  EntityType type;
  std::string link;
};

std::vector<std::string> canonical_names(const std::string& text, const std::vector<Named>& names) {
  std::vector<Entity> entities;
  std::size_t from = 0;
  for (const Named& name : names) {
    const std::size_t at = text.find(name.text, from);
    EXPECT_NE(at, std::string::npos) << name.text;
    if (at == std::string::npos) return {};
    Entity entity;
    entity.span = {static_cast<std::uint32_t>(at),
                   static_cast<std::uint32_t>(at + name.text.size())};
    entity.type = name.type;
    entity.link = name.link;
    entities.push_back(entity);
    from = at + name.text.size();
  }
  canonicalize_entities(text, entities);
  std::vector<std::string> out;
  for (const Entity& entity : entities) {
    out.push_back(
        text.substr(entity.canonical.start, entity.canonical.end - entity.canonical.start));
  }
  return out;
}

TEST(Canonical, PeopleTakeTheFullestNameOfTheArticle) {
  const std::string text =
      "Ms Okafor spoke first. Later Amara J. Okafor met Amara Okafor's aides, and Okafor said "
      "Li would come. Li Wen arrived on Monday.";
  auto names = canonical_names(text, {{"Okafor", EntityType::Person, ""},
                                      {"Amara J. Okafor", EntityType::Person, ""},
                                      {"Amara Okafor", EntityType::Person, ""},
                                      {"Okafor", EntityType::Person, ""},
                                      {"Li", EntityType::Person, ""},
                                      {"Li Wen", EntityType::Person, ""}});
  EXPECT_EQ(names,
            (std::vector<std::string>{"Amara J. Okafor", "Amara J. Okafor", "Amara J. Okafor",
                                      "Amara J. Okafor", "Li Wen", "Li Wen"}));
}

TEST(Canonical, SharedSurnameGoesToTheMoreFrequentPerson) {
  const std::string text = "Tom Hale and Ruth Hale spoke. Tom Hale left. Hale then said nothing.";
  auto names = canonical_names(text, {{"Tom Hale", EntityType::Person, ""},
                                      {"Ruth Hale", EntityType::Person, ""},
                                      {"Tom Hale", EntityType::Person, ""},
                                      {"Hale", EntityType::Person, ""}});
  EXPECT_EQ(names.back(), "Tom Hale");
  EXPECT_EQ(names[1], "Ruth Hale");
}

TEST(Canonical, AcronymsAndShortOrganisationNames) {
  const std::string text =
      "The Global Shipping Organization and the US Harbor Board met. GSO officials and the "
      "Harbor Board agreed, the Board said, and so did the House.";
  auto names = canonical_names(text, {{"Global Shipping Organization", EntityType::Org, ""},
                                      {"US Harbor Board", EntityType::Org, ""},
                                      {"GSO", EntityType::Org, ""},
                                      {"Harbor Board", EntityType::Org, ""},
                                      {"Board", EntityType::Org, ""},
                                      {"House", EntityType::Org, ""}});
  EXPECT_EQ(names, (std::vector<std::string>{"Global Shipping Organization", "US Harbor Board",
                                             "Global Shipping Organization", "US Harbor Board",
                                             "Board", "House"}));
}

TEST(Canonical, CountriesGoToTheirLongestNameAndOtherNamesStay) {
  const std::string text = "The U.S. and the United States of Freedonia. US firms in Paris.";
  auto names = canonical_names(text, {{"U.S.", EntityType::Loc, "US"},
                                      {"United States", EntityType::Loc, "US"},
                                      {"Freedonia", EntityType::Loc, "FD"},
                                      {"US", EntityType::Loc, "US"},
                                      {"Paris", EntityType::Loc, ""}});
  EXPECT_EQ(names, (std::vector<std::string>{"United States", "United States", "Freedonia",
                                             "United States", "Paris"}));
}

TEST(Canonical, EntityRecordsCarryTheCanonicalField) {
  Document doc;
  doc.id = "d";
  doc.text = "Trump spoke. Donald Trump left.";
  Analysis analysis;
  Entity first;
  first.span = {0, 5};
  first.type = EntityType::Person;
  Entity second;
  second.span = {13, 25};
  second.type = EntityType::Person;
  analysis.entities = {first, second};
  make_canonical_annotator()->annotate(doc, analysis);
  EXPECT_EQ(analysis.entities[0].canonical.start, 13u);
  EXPECT_EQ(analysis.entities[0].canonical.end, 25u);
  EXPECT_EQ(analysis.entities[1].canonical.start, 13u);
}

TEST(Canonical, EmptyAndOddEntitiesDoNotCrash) {
  std::vector<Entity> none;
  canonicalize_entities("", none);
  EXPECT_TRUE(none.empty());
  const std::string text = "  \n  A B C D E F G H I J K";
  std::vector<Entity> odd(2);
  odd[0].span = {0, 5};  // white space only
  odd[0].type = EntityType::Person;
  odd[1].span = {5, static_cast<std::uint32_t>(text.size())};  // more words than are matched
  odd[1].type = EntityType::Org;
  canonicalize_entities(text, odd);
  EXPECT_EQ(odd[0].canonical.start, 0u);
  EXPECT_EQ(odd[0].canonical.end, 5u);
  EXPECT_EQ(odd[1].canonical.end, text.size());
}

}  // namespace
}  // namespace newsmine
