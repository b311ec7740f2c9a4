// The reader of the compiled-in word lists (util::for_each_list_line) and every embedded list:
// a list with a word twice, or an entry its loader cannot read, fails here, not at run time.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/dates/lexicon.hpp"
#include "extract/dates/tense.hpp"
#include "extract/entities/ner/lists.hpp"
#include "extract/quotes/words.hpp"
#include "extract/tariffs/lexicon.hpp"
#include "extract/tariffs/word_lists.hpp"
#include "newsmine/embedded.hpp"
#include "text/abbreviations.hpp"
#include "util/list_lines.hpp"

namespace newsmine {
namespace {

using Entries = std::vector<std::pair<std::string, std::size_t>>;

Entries read(std::string_view text) {
  Entries out;
  util::for_each_list_line("test.txt", text, [&](std::string_view line, std::size_t number) {
    out.emplace_back(line, number);
  });
  return out;
}

// The message of the ListError that reading `text` throws, or "" when it reads.
std::string error_of(std::string_view text) {
  try {
    read(text);
  } catch (const util::ListError& error) {
    return error.what();
  }
  return "";
}

TEST(ListLines, SkipsCommentsBlankLinesAndLineEnds) {
  EXPECT_EQ(read("# head\n\nalpha  \r\nbeta\tone\n  \n#x\ngamma"),
            (Entries{{"alpha", 3}, {"beta\tone", 4}, {"gamma", 7}}));
  EXPECT_TRUE(read("").empty());
  EXPECT_TRUE(read("# only a comment\n").empty());
}

TEST(ListLines, RejectsAWordListedTwice) {
  EXPECT_EQ(error_of("alpha\nbeta\nalpha\n"),
            "test.txt:3: \"alpha\" is listed twice (first at line 1); a word with several "
            "roles is one line naming them all");
  // Trailing spaces and line ends do not make two entries different.
  EXPECT_NE(error_of("alpha\r\nalpha \n"), "");
  // Case and inner text do: these are three words.
  EXPECT_EQ(error_of("Alpha\nalpha\nalpha beta\n"), "");
}

TEST(ListLines, RejectsConflictingRowsOfOneKey) {
  // The key of a row is its first column: one word with two classes is a conflict.
  EXPECT_NE(error_of("cut\tlower\tverb\ncut\traise\tverb\n"), "");
  EXPECT_NE(error_of("repeal\tlift\tverb\nrepeal\tlift\tnoun\n"), "");
  EXPECT_EQ(error_of("repeal\tlift\tverb,noun\nrepealed\tlift\tverb\n"), "");
}

TEST(ListLines, UnnamedListsAreCheckedToo) {
  std::size_t entries = 0;
  util::for_each_list_line("a\nb\n", [&](std::string_view, std::size_t) { ++entries; });
  EXPECT_EQ(entries, 2U);
  EXPECT_THROW(util::for_each_list_line("a\na\n", [](std::string_view, std::size_t) {}),
               util::ListError);
}

TEST(ListLines, SplitsCommaSeparatedItems) {
  std::vector<std::string_view> items;
  util::for_each_item("verb,noun", [&](std::string_view item) { items.push_back(item); });
  EXPECT_EQ(items, (std::vector<std::string_view>{"verb", "noun"}));
  items.clear();
  util::for_each_item("", [&](std::string_view item) { items.push_back(item); });
  EXPECT_EQ(items, (std::vector<std::string_view>{""}));
}

TEST(ListLines, MissingEmbeddedListIsAnError) {
  EXPECT_THROW(util::embedded_list("no/such-list.txt"), util::ListError);
}

// Every text file of data/EMBED, read by the generic reader: no key twice in any list.
TEST(EmbeddedLists, NoListHoldsAWordTwice) {
  std::ifstream embed(std::string(NEWSMINE_SOURCE_DIR) + "/data/EMBED");
  ASSERT_TRUE(embed) << "data/EMBED not found below " << NEWSMINE_SOURCE_DIR;
  std::string path;
  std::size_t lists = 0;
  while (std::getline(embed, path)) {
    if (path.empty() || path.front() == '#' || path.ends_with(".bin")) continue;
    ++lists;
    std::size_t entries = 0;
    EXPECT_NO_THROW(util::for_each_embedded_line(path, [&](std::string_view, std::size_t) {
      ++entries;
    })) << path;
    EXPECT_GT(entries, 0U) << path << " has no entries";
  }
  EXPECT_GT(lists, 30U);
}

// Each loader reads its lists on first use and checks what the generic reader cannot (classes,
// roles, columns): loading them all here turns a bad entry into a failed test.
TEST(EmbeddedLists, EveryLoaderAcceptsItsLists) {
  EXPECT_NO_THROW(ner::NameLists::builtin());
  EXPECT_TRUE(ner::NameLists::builtin().organisation("UNCTAD"));
  EXPECT_NO_THROW(quotes::is_function_word("the"));
  EXPECT_TRUE(quotes::is_function_word("the"));
  EXPECT_TRUE(quotes::is_document_word("statement"));
  EXPECT_TRUE(quotes::is_subordinator("because"));
  EXPECT_TRUE(quotes::is_be_form("was"));
  EXPECT_NO_THROW(tariffs::act_of("impose"));
  EXPECT_EQ(tariffs::act_of("impose").act, tariffs::Act::Impose);
  EXPECT_NO_THROW(tariffs::in_list(tariffs::List::Trade, "imports"));
  EXPECT_EQ(tariffs::currency_code("ringgit"), std::optional<std::string_view>("MY"));
  EXPECT_TRUE(tariffs::leader_or_bloc_code("Trump").has_value());
  // dates/tense-words.tsv: "plans to" marks the future, "was" the past.
  const std::string_view future = "The board plans to meet on Friday.";
  EXPECT_EQ(dates::clause_tense(future, 0, 34, 27, 33), dates::Tense::Future);
  const std::string_view past = "The board was meeting on Friday.";
  EXPECT_EQ(dates::clause_tense(past, 0, 32, 25, 31), dates::Tense::Past);
  // dates/context-words.tsv: a word in several classes.
  EXPECT_TRUE(dates::in_context_class("and", dates::kMonthLead));
  EXPECT_TRUE(dates::in_context_class("and", dates::kRangeJoiner));
  EXPECT_FALSE(dates::in_context_class("and", dates::kCountNoun));
  EXPECT_TRUE(dates::in_context_class("\xE2\x80\x93", dates::kRangeJoiner));  // en dash
  // data/text/: the tokenizer's and sentence splitter's lists.
  EXPECT_TRUE(text::is_title_abbreviation("Dr"));
  EXPECT_TRUE(text::is_abbreviation("Calif"));
  EXPECT_TRUE(text::is_abbreviation_any_case("ETC"));
  EXPECT_TRUE(text::is_number_abbreviation("No"));
  EXPECT_TRUE(text::is_sentence_starter("The"));
  EXPECT_TRUE(text::is_joining_starter("And"));
  EXPECT_TRUE(text::is_function_word("the"));
  EXPECT_FALSE(text::is_function_word("The"));
}

TEST(TariffActions, AWordCanBeVerbAndNoun) {
  const tariffs::ActWord repeal = tariffs::act_of("repeal");
  EXPECT_EQ(repeal.act, tariffs::Act::Lift);
  EXPECT_FALSE(repeal.noun);  // read as a verb unless a determiner makes it a noun
  EXPECT_TRUE(repeal.also_noun);
  const tariffs::ActWord threat = tariffs::act_of("threat");
  EXPECT_TRUE(threat.noun);
  EXPECT_FALSE(threat.also_noun);
  const tariffs::ActWord impose = tariffs::act_of("impose");
  EXPECT_FALSE(impose.noun);
  EXPECT_FALSE(impose.also_noun);
}

TEST(TariffActions, RowsWithUnknownClassOrRolesAreRejected) {
  auto row = [](std::string_view text) { return tariffs::parse_list(text, "actions.tsv").at(0); };
  EXPECT_TRUE(tariffs::read_act_row(row("axe\tlift\tnoun,verb")).also_noun);
  EXPECT_TRUE(tariffs::read_act_row(row("axe\tlift\tnoun")).noun);
  EXPECT_THROW(tariffs::read_act_row(row("axe\tchop\tverb")), util::ListError);
  EXPECT_THROW(tariffs::read_act_row(row("axe\tlift\tadverb")), util::ListError);
  EXPECT_THROW(tariffs::read_act_row(row("axe\tlift\tverb,verb")), util::ListError);
  EXPECT_THROW(tariffs::read_act_row(row("axe\tlift\t")), util::ListError);
  EXPECT_THROW(tariffs::read_act_row(row("axe\tlift")), util::ListError);
}

TEST(NameWords, UnknownRolesAndMissingColumnsAreRejected) {
  EXPECT_NO_THROW(ner::NameLists::parse("", "", "", "Corp\tsuffix\n"));
  EXPECT_THROW(ner::NameLists::parse("", "", "", "Corp\tsufix\n"), util::ListError);
  EXPECT_THROW(ner::NameLists::parse("", "", "", "Corp\n"), util::ListError);
  EXPECT_THROW(ner::NameLists::parse("", "IMF\nIMF\n", "", ""), util::ListError);
}

}  // namespace
}  // namespace newsmine
