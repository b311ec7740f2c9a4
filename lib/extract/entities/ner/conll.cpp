// CoNLL-2003 reading and conlleval-style span scoring.
#include <algorithm>
#include <tuple>

#include "newsmine/ner.hpp"

namespace newsmine::ner {

namespace {

// Type index of "PER"/"ORG"/"LOC"/"MISC", or -1.
int type_index(std::string_view name) {
  for (int type = 0; type < kTypeCount; ++type) {
    if (type_name(type) == name) return type;
  }
  return -1;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.back() == '\r' || text.back() == ' ' || text.back() == '\t')) {
    text.remove_suffix(1);
  }
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  return text;
}

}  // namespace

std::vector<Document> parse_conll(std::string_view text) {
  std::vector<Document> docs;
  Sentence sentence;
  int prev_tag = 0;
  auto flush = [&] {
    if (sentence.words.empty()) return;
    if (docs.empty()) docs.emplace_back();
    if (sentence.tags.size() != sentence.words.size()) sentence.tags.clear();
    docs.back().push_back(std::move(sentence));
    sentence = Sentence{};
    prev_tag = 0;
  };
  while (!text.empty()) {
    std::size_t newline = text.find('\n');
    std::string_view line = trim(text.substr(0, newline));
    text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
    if (line.empty()) {
      flush();
      continue;
    }
    std::size_t space = line.find_first_of(" \t");
    std::string_view word = line.substr(0, space);
    if (word == "-DOCSTART-") {
      flush();
      docs.emplace_back();
      continue;
    }
    sentence.words.emplace_back(word);
    if (space == std::string_view::npos) continue;
    std::string_view label = line.substr(line.find_last_of(" \t") + 1);
    int tag = 0;
    if (label.size() > 2 && label[1] == '-') {
      int type = type_index(label.substr(2));
      if (type >= 0) {
        int begin = 1 + 2 * type;
        bool continues = label[0] == 'I' && (prev_tag == begin || prev_tag == begin + 1);
        tag = continues ? begin + 1 : begin;
      }
    }
    sentence.tags.push_back(static_cast<std::uint8_t>(tag));
    prev_tag = tag;
  }
  flush();
  docs.erase(std::remove_if(docs.begin(), docs.end(), [](const Document& d) { return d.empty(); }),
             docs.end());
  return docs;
}

double SpanCounts::precision() const {
  return tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0;
}
double SpanCounts::recall() const {
  return tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0;
}
double SpanCounts::f1() const {
  double p = precision();
  double r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

std::vector<TagSpan> tag_spans(const std::vector<std::uint8_t>& tags) {
  std::vector<TagSpan> spans;
  tag_spans(tags, spans);
  return spans;
}

void tag_spans(const std::vector<std::uint8_t>& tags, std::vector<TagSpan>& spans) {
  spans.clear();
  for (std::uint32_t i = 0; i < tags.size(); ++i) {
    int type = tag_type(tags[i]);
    if (type < 0) continue;
    bool continues = tag_inside(tags[i]) && !spans.empty() && spans.back().last == i &&
                     spans.back().type == type;
    if (continues) {
      spans.back().last = i + 1;
    } else {
      spans.push_back({i, i + 1, type});
    }
  }
}

void Scores::add(const std::vector<std::uint8_t>& gold,
                 const std::vector<std::uint8_t>& predicted) {
  tokens += gold.size();
  std::vector<TagSpan> gold_spans = tag_spans(gold);
  std::vector<TagSpan> predicted_spans = tag_spans(predicted);
  auto same = [](const TagSpan& a, const TagSpan& b) {
    return a.first == b.first && a.last == b.last && a.type == b.type;
  };
  for (const TagSpan& span : predicted_spans) {
    bool found = std::any_of(gold_spans.begin(), gold_spans.end(),
                             [&](const TagSpan& g) { return same(g, span); });
    auto& counts = types[static_cast<std::size_t>(span.type)];
    if (found) {
      ++counts.tp;
      ++overall.tp;
    } else {
      ++counts.fp;
      ++overall.fp;
    }
  }
  for (const TagSpan& span : gold_spans) {
    bool found = std::any_of(predicted_spans.begin(), predicted_spans.end(),
                             [&](const TagSpan& p) { return same(p, span); });
    if (!found) {
      ++types[static_cast<std::size_t>(span.type)].fn;
      ++overall.fn;
    }
  }
}

}  // namespace newsmine::ner
