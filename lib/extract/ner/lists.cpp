#include "extract/ner/lists.hpp"

#include <algorithm>
#include <string>

#include "newsmine/embedded.hpp"

namespace newsmine::ner {

namespace {

// The lines of a list file, without comments (#) and blank lines.
template <typename F>
void for_each_line(std::string_view data, F&& f) {
  while (!data.empty()) {
    std::size_t end = std::min(data.find('\n'), data.size());
    std::string_view line = data.substr(0, end);
    data.remove_prefix(std::min(end + 1, data.size()));
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    f(line);
  }
}

std::vector<std::string_view> sorted_lines(std::string_view data) {
  std::vector<std::string_view> lines;
  for_each_line(data, [&](std::string_view line) { lines.push_back(line); });
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  return lines;
}

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

bool is_letter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

}  // namespace

const NameLists& NameLists::builtin() {
  static const NameLists lists =
      parse(embedded_data("entities/currencies.txt"), embedded_data("entities/organisations.txt"),
            embedded_data("entities/common-acronyms.txt"),
            embedded_data("entities/name-words.tsv"));
  return lists;
}

NameLists NameLists::parse(std::string_view currencies, std::string_view organisations,
                           std::string_view acronyms, std::string_view name_words) {
  NameLists lists;
  lists.currencies_ = sorted_lines(currencies);
  lists.organisations_ = sorted_lines(organisations);
  lists.acronyms_ = sorted_lines(acronyms);
  for_each_line(name_words, [&](std::string_view line) {
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return;
    NameRole role = parse_role(line.substr(tab + 1));
    if (role == NameRole::Company) {
      lists.company_cues_.push_back(line.substr(0, tab));
    } else if (role == NameRole::CompanyOf) {
      lists.company_cues_before_.push_back(line.substr(0, tab));
    } else if (role != NameRole::None) {
      lists.roles_.emplace_back(line.substr(0, tab), role);
    }
  });
  std::sort(lists.roles_.begin(), lists.roles_.end());
  return lists;
}

bool NameLists::contains(const std::vector<std::string_view>& list, std::string_view word) {
  return std::binary_search(list.begin(), list.end(), word);
}

bool NameLists::currency(std::string_view name) const {
  if (contains(currencies_, name)) return true;
  // "YEN" -> "Yen"; codes in capitals are found as written above.
  if (name.size() < 2 || name.size() > 16) return false;
  std::string title(name);
  for (std::size_t i = 1; i < title.size(); ++i) {
    if (title[i] >= 'A' && title[i] <= 'Z') {
      title[i] = static_cast<char>(title[i] + 32);
    } else if (title[i] >= 'a' && title[i] <= 'z') {
      return false;  // not in capitals
    }
  }
  return contains(currencies_, title);
}

bool NameLists::common_acronym(std::string_view name) const {
  if (contains(acronyms_, name)) return true;
  return name.size() > 2 && name.back() == 's' && contains(acronyms_, name.substr(0, name.size() - 1));
}

NameRole NameLists::role(std::string_view word) const {
  auto it = std::lower_bound(roles_.begin(), roles_.end(), word,
                             [](const auto& entry, std::string_view w) { return entry.first < w; });
  return it != roles_.end() && it->first == word ? it->second : NameRole::None;
}

std::size_t NameLists::company_cue(std::string_view text) const {
  for (std::string_view cue : company_cues_) {
    if (text.starts_with(cue) && (text.size() == cue.size() || !is_letter(text[cue.size()]))) {
      return cue.size();
    }
  }
  return 0;
}

bool NameLists::company_cue_before(std::string_view text) const {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  for (std::string_view cue : company_cues_before_) {
    if (text.ends_with(cue) &&
        (text.size() == cue.size() || !is_letter(text[text.size() - cue.size() - 1]))) {
      return true;
    }
  }
  return false;
}

}  // namespace newsmine::ner
