// Tariff role decisions one by one (lib/extract/tariffs/rates.cpp, actions.cpp): each decision
// on invented sentences, with the evidence it reports.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "extract/tariffs/actions.hpp"
#include "extract/tariffs/goods.hpp"
#include "extract/tariffs/rates.hpp"
#include "extract/tariffs/roles.hpp"
#include "newsmine/extractors.hpp"

namespace newsmine::tariffs {
namespace {

// One sentence cut into the annotator's words, mentions and percents.
struct Sentence {
  std::string text;
  std::vector<Token> tokens;
  std::vector<Word> words;
  std::vector<Mention> mentions;
  std::vector<std::size_t> mention_at;
  std::vector<PercentAt> percents;

  explicit Sentence(std::string input) : text(std::move(input)) {
    tokenize(text, tokens);
    split_words(text, tokens, 0, tokens.size(), words);
    find_mentions(text, words, mentions);
    mention_at.assign(words.size(), kNone);
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      for (std::size_t k = mentions[m].first; k < mentions[m].last; ++k) mention_at[k] = m;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      double value = 0;
      if (std::size_t used = parse_percent(words, i, value)) {
        percents.push_back({i, i + used, value});
        i += used - 1;
      }
    }
  }

  SentenceView view() const { return {words, mentions, mention_at, percents}; }

  // The index of the first word equal to `lower`.
  std::size_t at(const std::string& lower) const {
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (words[i].lower == lower) return i;
    }
    ADD_FAILURE() << "no word " << lower << " in: " << text;
    return 0;
  }
};

struct RateCase {
  const char* text;
  const char* trigger;  // the trigger word
  const char* verb;     // the action word governing it, "" for none
  std::optional<double> rate;
  RateSource source;
};

// The rate decisions in the order the annotator asks them.
RateChoice decide_rate(const Sentence& s, const RateCase& test) {
  const SentenceView view = s.view();
  const std::size_t first = s.at(test.trigger);
  const std::size_t end = s.words.size();
  std::size_t premod = first;
  while (premod > 0 && (!s.words[premod - 1].punct || s.words[premod - 1].lower == "%") &&
         s.words[premod - 1].lower != "on" && s.words[premod - 1].lower != "to" &&
         s.words[premod - 1].lower != "of" && act_of(s.words[premod - 1].lower).act == Act::None) {
    --premod;
  }
  RateChoice choice = rate_in_noun_phrase(view, premod, first);
  if (!choice.value) choice = rate_of_level(view, premod, 0);
  if (!choice.value) choice = rate_after_trigger(view, first, end);
  if (!choice.value && *test.verb != '\0') {
    const std::size_t verb = s.at(test.verb);
    choice = rate_after_verb(view, verb, act_of(test.verb).act, first, first, end);
  }
  if (!choice.value) choice = rate_starting_at(view, first, end);
  return choice;
}

TEST(TariffRoles, RateDecisions) {
  const std::vector<RateCase> cases = {
      {"Peru imposed a 12% duty on Chilean wine.", "duty", "imposed", 12, RateSource::NounPhrase},
      {"Peru imposed duties of up to 60 percent on wine.", "duties", "imposed", 60,
       RateSource::AfterTrigger},
      {"Peru cut the duty to 8% from 40%.", "duty", "cut", 8, RateSource::AfterTrigger},
      {"Peru's duty on wine was cut to 8%.", "duty", "cut", 8, RateSource::AfterVerb},
      {"Peru cut its duties on Chilean wine from 40% to 8%.", "duties", "cut", 8,
       RateSource::NewLevel},
      {"Peru raised tariffs on Chilean cars to an average above 60%.", "tariffs", "raised", 60,
       RateSource::NewLevel},
      {"Peru set duties on motorcycles, starting at 45 pct.", "duties", "set", 45,
       RateSource::StartingAt},
      {"Chile sits in the lowest 10% tier of Peru's new duties.", "duties", "", 10,
       RateSource::LevelNoun},
      {"Chile sits in the lowest tier of Peru's 10% duties.", "duties", "", 10,
       RateSource::NounPhrase},
      {"Chile saw 10% growth of Peru's duties.", "duties", "", std::nullopt, RateSource::None},
      {"Peru raised the duty by 10 percent.", "duty", "raised", std::nullopt, RateSource::None},
      {"Shares fell 3% after Peru imposed duties on wine.", "duties", "imposed", std::nullopt,
       RateSource::None},
  };
  for (const RateCase& test : cases) {
    Sentence s(test.text);
    RateChoice choice = decide_rate(s, test);
    EXPECT_EQ(choice.value, test.rate) << test.text;
    EXPECT_EQ(choice.source, test.source) << test.text;
    if (choice.value) {
      ASSERT_LT(choice.at, s.words.size()) << test.text;
    }
  }
}

TEST(TariffRoles, OldLevelsAreNoRate) {
  Sentence s("The duty went from 40% to 8%, up by 2 percent.");
  ASSERT_EQ(s.percents.size(), 3u);
  EXPECT_TRUE(old_level(s.view(), 0));
  EXPECT_FALSE(old_level(s.view(), 1));
  EXPECT_TRUE(old_level(s.view(), 2));
}

struct ModalityCase {
  const char* text;
  const char* trigger;
  const char* verb;  // "" for none
  bool modal;
  bool realized;
};

TEST(TariffRoles, ModalityDecisions) {
  const std::vector<ModalityCase> cases = {
      {"Peru imposed duties on wine.", "duties", "imposed", false, false},
      {"Peru will impose duties on wine.", "duties", "impose", true, false},
      {"Mexico urged Peru to place duties on wine.", "duties", "place", true, false},
      {"Peru decided to impose duties on wine.", "duties", "impose", false, true},
      {"Peru is to impose duties on wine.", "duties", "impose", true, false},
      {"The duties will hit wine makers.", "duties", "", true, false},
      {"The duties might hurt wine makers.", "duties", "", false, false},
      {"More duties may be coming.", "duties", "", true, false},
      {"The duties are due to take effect in May.", "duties", "take", true, false},
  };
  for (const ModalityCase& test : cases) {
    Sentence s(test.text);
    const std::size_t first = s.at(test.trigger);
    const std::size_t verb = *test.verb != '\0' ? s.at(test.verb) : kNone;
    const std::size_t anchor = verb != kNone ? verb : first;
    Modality modality =
        modality_of(s.view(), {first, first, 0, s.words.size()}, verb, anchor, false);
    EXPECT_EQ(modality.modal, test.modal) << test.text;
    EXPECT_EQ(modality.realized, test.realized) << test.text;
    if (test.modal || test.realized) {
      EXPECT_NE(modality.marker, kNone) << test.text;
    }
  }
}

TEST(TariffRoles, ActionDecisions) {
  const Modality none{};
  const Modality planned{true, false, 0};
  const Modality decided{true, true, 0};
  EXPECT_EQ(action_of(Act::Impose, none, false), TariffAction::Imposed);
  EXPECT_EQ(action_of(Act::Impose, planned, false), TariffAction::Threatened);
  EXPECT_EQ(action_of(Act::Impose, decided, false), TariffAction::Imposed);
  EXPECT_EQ(action_of(Act::Raise, none, false), TariffAction::Raised);
  EXPECT_EQ(action_of(Act::Raise, planned, false), TariffAction::Threatened);
  EXPECT_EQ(action_of(Act::Lower, planned, false), TariffAction::Lowered);
  EXPECT_EQ(action_of(Act::Pause, none, false), TariffAction::Paused);
  EXPECT_EQ(action_of(Act::Lift, none, false), TariffAction::Lifted);
  EXPECT_EQ(action_of(Act::Threaten, none, false), TariffAction::Threatened);
  EXPECT_EQ(action_of(Act::None, none, false), TariffAction::Imposed);
  EXPECT_EQ(action_of(Act::Impose, none, true), TariffAction::Threatened);
  EXPECT_EQ(action_of(Act::Lift, none, true), TariffAction::Threatened);
}

TEST(TariffRoles, GoodsDecisions) {
  struct Case {
    const char* text;
    std::vector<std::string> goods;
  };
  const std::vector<Case> cases = {
      {"Peru put duties on quinoa, alpaca wool and other foods.",
       {"quinoa", "alpaca wool", "other foods"}},
      {"Peru put duties on vegetable and marine oils.", {"vegetable and marine oils"}},
      {"Peru put duties on some 300 Chilean steel imports.", {"steel"}},
      {"Peru put duties on imports of copper wire from Chile.", {"copper wire"}},
      {"Peru put duties on imports.", {}},
      {"Peru put duties on C$5 billion worth of Chilean wine, copper and fish.",
       {"wine", "copper", "fish"}},
      {"Peru put duties on $2 billion of Chilean electronic goods ranging from radios to TVs.",
       {"electronic goods"}},
      {"Peru put duties on 300,000 tonnes of steel.", {"steel"}},
      {"Peru put duties on most of its imports, citing a surge.", {}},
  };
  for (const Case& test : cases) {
    Sentence s(test.text);
    const std::size_t on = s.at("on");
    EXPECT_EQ(goods_after(s.text, s.view(), on + 1, s.words.size()), test.goods) << test.text;
  }
  Sentence s("Peru put duties on wine.");
  EXPECT_TRUE(goods_after(s.text, s.view(), kNone, s.words.size()).empty());
}

TEST(TariffRoles, TheCheapTriggerTestLetsEveryTriggerThrough) {
  const std::vector<std::string> words = {
      "tariff",         "tariffs",        "Tariffs",  "tax",       "TAXES",
      "tariff-free",    "duty",           "duties",   "duty-free", "levy",
      "levies",         "surtax",         "surtaxes", "surcharge", "surcharges",
      "countermeasure", "countermeasures"};
  for (const std::string& word : words) {
    std::string lower = word;
    for (char& c : lower) c = static_cast<char>(c | 0x20);
    EXPECT_NE(trigger_of(lower), Trigger::None) << word;
    EXPECT_TRUE(may_start_trigger(word)) << word;
  }
  EXPECT_FALSE(may_start_trigger("the"));
  EXPECT_FALSE(may_start_trigger("said"));
  EXPECT_FALSE(may_start_trigger("ta"));
}

TEST(TariffRoles, PrepositionRoles) {
  struct Case {
    const char* text;
    const char* word;  // the role word
    bool seen_on;
    std::optional<Role> role;
  };
  const std::vector<Case> cases = {
      {"duties from Brussels on wine", "from", false, Role::FromActor},
      {"duties on imports from Brazil", "from", true, Role::FromTarget},
      {"duties on goods from Brazil", "from", false, Role::FromTarget},
      {"the levy imposed by Peru", "by", false, Role::ByActor},
      {"duties on direct imports by Chilean firms", "by", true, Role::Other},
      {"duties against Japan", "against", false, Role::Against},
      {"duties in retaliation for Japan's failure", "for", false, Role::Against},
      {"duties because of Japan's failure", "because", false, Role::Against},
      {"duties on cars made in China", "in", true, Role::FromTarget},
      {"a levy will apply to India", "to", false, Role::On},
      {"duties on countries like Peru", "like", true, std::nullopt},
      {"duties on countries such as Peru", "such", true, std::nullopt},
      {"duties during the talks with Peru", "during", false, Role::Other},
      {"duties hurt Peru", "hurt", false, std::nullopt},
  };
  for (const Case& test : cases) {
    Sentence s(test.text);
    EXPECT_EQ(role_of(s.view(), s.at(test.word), s.words.size(), test.seen_on), test.role)
        << test.text;
  }
  EXPECT_TRUE(names_target(Role::On));
  EXPECT_TRUE(names_target(Role::Against));
  EXPECT_FALSE(names_target(Role::ByActor));
  EXPECT_TRUE(names_actor(Role::FromActor));
  EXPECT_FALSE(names_actor(Role::Other));
}

TEST(TariffRoles, NounPhraseSidesAndModifiers) {
  struct Case {
    const char* text;  // the noun phrase runs from the first word to the trigger
    const char* trigger;
    const char* actor;   // "" for none
    const char* target;  // "" for none
    bool owner;          // a possessive pronoun to resolve
  };
  const std::vector<Case> cases = {
      {"Chilean duties", "duties", "CL", "", false},
      {"Peru's new duties", "duties", "PE", "", false},
      {"Chile tariffs", "tariffs", "", "CL", false},
      {"US Chile tariffs", "tariffs", "US", "CL", false},
      {"its duties", "duties", "", "", true},
      {"the new duties", "duties", "", "", false},
  };
  for (const Case& test : cases) {
    Sentence s(test.text);
    const std::size_t first = s.at(test.trigger);
    NounPhraseSides sides = noun_phrase_sides(s.view(), 0, first, s.mentions.size());
    EXPECT_EQ(sides.actor.value_or(""), test.actor) << test.text;
    EXPECT_EQ(sides.target.value_or(""), test.target) << test.text;
    EXPECT_EQ(sides.owner != kNone, test.owner) << test.text;
  }
  Sentence s("the proposed sweeping zero-for-zero tariffs");
  Modifiers marks = modifiers_of(s.view(), 0, s.at("tariffs"));
  EXPECT_TRUE(marks.planned);
  EXPECT_TRUE(marks.untargeted);
  EXPECT_TRUE(marks.zero);
  EXPECT_TRUE(marks.reciprocal);
  EXPECT_FALSE(marks.negated);
  Sentence none("no tit-for-tat duties");
  marks = modifiers_of(none.view(), 0, none.at("duties"));
  EXPECT_TRUE(marks.negated);
  EXPECT_TRUE(marks.mutual);
  EXPECT_FALSE(marks.untargeted);
}

TEST(TariffRoles, PhrasesOfAMeasureInForce) {
  EXPECT_EQ(phrasal_act("took", "effect"), Act::Impose);
  EXPECT_EQ(phrasal_act("in", "force"), Act::Impose);
  EXPECT_EQ(phrasal_act("kick", "in"), Act::Impose);
  EXPECT_EQ(phrasal_act("in", "time"), Act::None);
  EXPECT_EQ(phrasal_act("a-very-long-word-indeed", "effect"), Act::None);
}

}  // namespace
}  // namespace newsmine::tariffs
