#include "extract/entities/ner/lists.hpp"

#include "newsmine/embedded.hpp"
#include "text/ascii.hpp"
#include "util/list_lines.hpp"

namespace newsmine::ner {

namespace {

// Forms longer than this are no name (NameLists::add keeps a length bit per form).
constexpr std::size_t kLongestForm = 63;

NameRole parse_role(std::string_view role) {
  if (role == "suffix") return NameRole::Suffix;
  if (role == "org") return NameRole::Org;
  if (role == "misc") return NameRole::Misc;
  if (role == "media") return NameRole::Media;
  if (role == "wire") return NameRole::Wire;
  if (role == "company") return NameRole::Company;
  if (role == "company-of") return NameRole::CompanyOf;
  if (role == "office") return NameRole::Office;
  return NameRole::None;
}

using text::is_alpha;

}  // namespace

const NameLists& NameLists::builtin() {
  static const NameLists lists = parse(
      embedded_data("entities/currencies.txt"), embedded_data("entities/organisations.txt"),
      embedded_data("entities/common-acronyms.txt"), embedded_data("entities/name-words.tsv"));
  return lists;
}

NameLists NameLists::parse(std::string_view currencies, std::string_view organisations,
                           std::string_view acronyms, std::string_view name_words) {
  NameLists lists;
  auto add = [&](std::string_view list, std::string_view data, std::uint32_t bit) {
    util::for_each_list_line(list, data, [&](std::string_view line, std::size_t number) {
      if (line.size() > kLongestForm) util::throw_list_error(list, number, "form too long");
      lists.add(line, bit);
    });
  };
  add("entities/currencies.txt", currencies, kCurrency);
  add("entities/organisations.txt", organisations, kOrganisation);
  add("entities/common-acronyms.txt", acronyms, kAcronym);
  constexpr std::string_view kNameWords = "entities/name-words.tsv";
  util::for_each_list_line(kNameWords, name_words, [&](std::string_view line, std::size_t number) {
    const std::size_t tab = line.find('\t');
    const NameRole role =
        tab == std::string_view::npos ? NameRole::None : parse_role(line.substr(tab + 1));
    if (role == NameRole::None) {
      util::throw_list_error(kNameWords, number, "needs word<TAB>role with a known role");
    }
    const std::string_view word = line.substr(0, tab);
    if (word.empty() || word.size() > kLongestForm) {
      util::throw_list_error(kNameWords, number, "empty or too long word");
    }
    if (role == NameRole::Company) {
      lists.company_cues_.push_back(word);
      lists.cue_first_[static_cast<unsigned char>(word.front())] = true;
    } else if (role == NameRole::CompanyOf) {
      lists.company_cues_before_.push_back(word);
    } else {
      lists.add(word, static_cast<std::uint32_t>(role));
    }
  });
  return lists;
}

void NameLists::add(std::string_view form, std::uint32_t bits) {
  if (form.empty() || form.size() > kLongestForm) return;
  auto first = static_cast<unsigned char>(form.front());
  lengths_[first] |= std::uint64_t{1} << form.size();
  unsigned pair = first << 8 | static_cast<unsigned char>(form.back());
  ends_[pair / 64] |= std::uint64_t{1} << (pair % 64);
  words_.insert_or(util::HashTable::key_of(form), bits);
}

bool NameLists::currency_in_capitals(std::string_view name) const {
  if (name.size() < 3 || name.size() > 16) return false;
  char title[16];
  title[0] = name[0];
  for (std::size_t i = 1; i < name.size(); ++i) {
    char c = name[i];
    if (text::is_lower(c)) return false;  // not in capitals
    title[i] = text::to_lower(c);
  }
  return (bits(std::string_view(title, name.size())) & kCurrency) != 0;
}

bool NameLists::common_acronym(std::string_view name) const {
  if ((bits(name) & kAcronym) != 0) return true;
  return name.size() > 2 && name.back() == 's' &&
         (bits(name.substr(0, name.size() - 1)) & kAcronym) != 0;
}

std::size_t NameLists::company_cue(std::string_view text) const {
  if (text.empty() || !cue_first_[static_cast<unsigned char>(text.front())]) return 0;
  for (std::string_view cue : company_cues_) {
    if (text.starts_with(cue) && (text.size() == cue.size() || !is_alpha(text[cue.size()]))) {
      return cue.size();
    }
  }
  return 0;
}

bool NameLists::company_cue_before(std::string_view text) const {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  for (std::string_view cue : company_cues_before_) {
    if (text.ends_with(cue) &&
        (text.size() == cue.size() || !is_alpha(text[text.size() - cue.size() - 1]))) {
      return true;
    }
  }
  return false;
}

}  // namespace newsmine::ner
