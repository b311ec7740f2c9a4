#include "extract/tariffs/rates.hpp"

#include <algorithm>
#include <array>

namespace newsmine::tariffs {

bool is_rate_filler(std::string_view lower) {
  static const std::array<std::string_view, 17> words = {
      "of",     "up",      "to", "about", "almost", "nearly", "as",   "high", "some",
      "around", "roughly", "at", "least", "a",      "an",     "rate", "rates"};
  return std::find(words.begin(), words.end(), lower) != words.end();
}

const PercentAt* percent_starting_in(const SentenceView& view, std::size_t first,
                                     std::size_t last) {
  for (const PercentAt& percent : view.percents) {
    if (percent.first < first || percent.first >= last) continue;
    // "up from about five pct", "by 10 percent": not the tariff's rate.
    if (percent.first > 0) {
      const std::string& before = view.lower(percent.first - 1);
      if (before == "from" || before == "by") continue;
      if (percent.first > 1 && view.lower(percent.first - 2) == "from" &&
          (before == "about" || before == "almost" || before == "nearly")) {
        continue;
      }
    }
    return &percent;
  }
  return nullptr;
}

bool old_level(const SentenceView& view, std::size_t p) {
  std::size_t k = view.percents[p].first;
  while (k > 0 && view.lower(k - 1) != "to" && is_rate_filler(view.lower(k - 1))) --k;
  return k > 0 && (view.lower(k - 1) == "by" || view.lower(k - 1) == "from");
}

namespace {

RateChoice chosen(const PercentAt& percent, RateSource source) {
  return {percent.value, source, percent.first};
}

}  // namespace

RateChoice rate_in_noun_phrase(const SentenceView& view, std::size_t premod, std::size_t first) {
  if (const PercentAt* percent = percent_starting_in(view, premod, first)) {
    return chosen(*percent, RateSource::NounPhrase);
  }
  return {};
}

RateChoice rate_of_level(const SentenceView& view, std::size_t premod, std::size_t begin) {
  std::size_t k = premod;
  // Titles before a possessive name: "of Mr Trump's tariffs", "of President X's duties".
  for (std::size_t steps = 0; steps < 2 && k > begin && view.words[k - 1].capitalized; ++steps) {
    --k;
  }
  if (k < begin + 3 || view.lower(k - 1) != "of" || !is_level_noun(view.lower(k - 2))) return {};
  for (const PercentAt& percent : view.percents) {
    if (percent.last == k - 2) return chosen(percent, RateSource::LevelNoun);
  }
  return {};
}

RateChoice rate_after_trigger(const SentenceView& view, std::size_t last, std::size_t end) {
  std::size_t k = last + 1;
  while (k < end && k <= last + 6 && !view.words[k].punct && is_rate_filler(view.lower(k))) ++k;
  if (const PercentAt* percent = percent_starting_in(view, k, std::min(k + 1, end))) {
    return chosen(*percent, RateSource::AfterTrigger);
  }
  return {};
}

namespace {

// "to an average above 60%", "to about 20%": whether percent follows a "to" of the verb.
bool after_to(const SentenceView& view, const PercentAt& percent, std::size_t last) {
  std::size_t j = percent.first - 1;
  while (j > last + 1 && view.lower(j) != "to" &&
         (is_rate_filler(view.lower(j)) || view.lower(j) == "average" || view.lower(j) == "above" ||
          view.lower(j) == "over")) {
    --j;
  }
  return view.lower(j) == "to" || view.lower(percent.first - 1) == "to";
}

}  // namespace

RateChoice rate_after_verb(const SentenceView& view, std::size_t verb, Act act, std::size_t first,
                           std::size_t last, std::size_t end) {
  if (verb == kNone) return {};
  // "cut to 1.96 pct the duty", "were cut to 20 pct from 31.9 pct".
  std::size_t from = verb + 1;
  std::size_t to = verb < first ? first : std::min(end, verb + 5);
  if (const PercentAt* percent = percent_starting_in(view, from, to)) {
    const std::string& before = view.lower(percent->first - 1);
    if (percent->first > 0 && (before == "to" || before == "at")) {
      return chosen(*percent, RateSource::AfterVerb);
    }
  }
  if ((act != Act::Raise && act != Act::Lower) || verb >= first) return {};
  // "cut duties on chocolate to 20 pct from 31.9 pct": the new level after the object.
  for (const PercentAt& percent : view.percents) {
    if (percent.first <= last || percent.first >= end || percent.first > last + 10) continue;
    if (after_to(view, percent, last)) return chosen(percent, RateSource::NewLevel);
  }
  return {};
}

RateChoice rate_starting_at(const SentenceView& view, std::size_t last, std::size_t clause_stop) {
  for (const PercentAt& percent : view.percents) {
    if (percent.first < last + 3 || percent.first >= clause_stop) continue;
    const std::string& before = view.lower(percent.first - 1);
    const std::string& start = view.lower(percent.first - 2);
    if (before == "at" && (start == "starting" || start == "beginning")) {
      return chosen(percent, RateSource::StartingAt);
    }
  }
  return {};
}

}  // namespace newsmine::tariffs
