// Stats accumulation, merging and the partial state (see include/newsmine/stats.hpp).
#include "newsmine/stats.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <map>
#include <utility>

#include "newsmine/sink.hpp"
#include "stats/json.hpp"
#include "stats/table.hpp"
#include "text/ascii.hpp"
#include "text/utf8.hpp"
#include "text/word_table.hpp"
#include "util/list_lines.hpp"

namespace newsmine {

namespace {

using stats::CountMap;
using stats::NumberMap;
using stats::StringHash;

// A JSON number as a count: false when it is negative, not a number or 2^64 or more (converting
// those to an integer is undefined).
bool to_count(double number, std::uint64_t& count) {
  if (!(number >= 0 && number < 18446744073709551616.0)) return false;
  count = static_cast<std::uint64_t>(number);
  return true;
}

constexpr std::string_view kStateKind = "stats_state";
constexpr int kStateVersion = 1;

using text::WordSet;

// The compiled-in stop words (data/stats/stopwords.txt): one lower-case word a line, '#' starts
// a comment line.
const WordSet& stop_words() {
  static const WordSet words = [] {
    WordSet made;
    util::for_each_embedded_line("stats/stopwords.txt",
                                 [&](std::string_view word, std::size_t) { made.insert(word); });
    return made;
  }();
  return words;
}

// Lower-cases ASCII letters, writes U+2019 as an apostrophe and invalid bytes as U+FFFD, so
// keys read back unchanged from the JSON state.
void normalize_word(std::string_view word, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < word.size();) {
    const auto byte = static_cast<unsigned char>(word[i]);
    if (byte < 0x80) {
      out.push_back(text::to_lower(word[i]));
      ++i;
      continue;
    }
    const std::size_t length = utf8_sequence_length(word, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else if (word.substr(i, length) == "\xE2\x80\x99") {
      out.push_back('\'');
      i += length;
    } else {
      out.append(word.substr(i, length));
      i += length;
    }
  }
}

struct GroupTable {
  std::vector<std::string> fields;
  std::string name;  // fields joined by ','
  CountMap counts;
};

struct NumberTable {
  std::string field;
  NumberMap values;
};

std::string join_fields(const std::vector<std::string>& fields) {
  std::string name;
  for (const auto& field : fields) {
    if (!name.empty()) name += ',';
    name += field;
  }
  return name;
}

void append_uint(std::string& out, std::uint64_t value) {
  fmt::format_to(std::back_inserter(out), "{}", value);
}

}  // namespace

std::vector<std::string> split_field_list(std::string_view list) {
  std::vector<std::string> fields;
  while (!list.empty()) {
    std::size_t comma = list.find(',');
    std::string_view name = list.substr(0, comma);
    list.remove_prefix(comma == std::string_view::npos ? list.size() : comma + 1);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (!name.empty()) fields.emplace_back(name);
  }
  return fields;
}

std::string period_of(std::string_view date, Period period) {
  const auto digits = [&](std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i) {
      if (date[i] < '0' || date[i] > '9') return false;
    }
    return true;
  };
  if (date.size() != 10 || date[4] != '-' || date[7] != '-' || !digits(0, 4) || !digits(5, 2) ||
      !digits(8, 2)) {
    return std::string(date);
  }
  if (period == Period::Day) return std::string(date);
  if (period == Period::Month) return std::string(date.substr(0, 7));
  const auto number = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (date[i] - '0');
    return value;
  };
  using namespace std::chrono;
  const year_month_day day{year{number(0, 4)}, month{static_cast<unsigned>(number(5, 2))},
                           std::chrono::day{static_cast<unsigned>(number(8, 2))}};
  if (!day.ok()) return std::string(date);
  // ISO week: the week's Thursday decides the year; weeks start on Monday.
  const sys_days days{day};
  const weekday wd{days};
  const int monday_based = static_cast<int>(wd.iso_encoding()) - 1;  // 0 = Monday
  const sys_days thursday = days - std::chrono::days{monday_based} + std::chrono::days{3};
  const year_month_day thursday_date{thursday};
  const sys_days jan1{thursday_date.year() / January / 1};
  const int week = static_cast<int>((thursday - jan1).count() / 7) + 1;
  return fmt::format("{:04}-W{:02}", static_cast<int>(thursday_date.year()), week);
}

struct Stats::Impl {
  StatsConfig config;
  std::uint64_t documents = 0;
  std::uint64_t bytes = 0;
  std::uint64_t sentences = 0;
  std::uint64_t tokens = 0;
  std::uint64_t words = 0;
  std::uint64_t undated = 0;
  std::uint64_t records = 0;
  std::uint64_t state_lines = 0;
  // The counters of a state line, written and merged by name.
  static constexpr std::array<std::pair<std::string_view, std::uint64_t Impl::*>, 7>
      kStateCounters = {{{"documents", &Impl::documents},
                         {"bytes", &Impl::bytes},
                         {"sentences", &Impl::sentences},
                         {"tokens", &Impl::tokens},
                         {"words", &Impl::words},
                         {"undated", &Impl::undated},
                         {"records", &Impl::records}}};
  CountMap word_counts;
  CountMap bigram_counts;
  CountMap day_counts;
  CountMap kind_counts;
  NumberMap document_tokens;
  std::vector<GroupTable> groups;
  std::vector<NumberTable> numbers;
  // Articles in exact mode (max_keys == 0) are counted on word ids: each token's bytes as
  // written (its form) are looked up once, a new form is normalised once and given the id of
  // its word, and bigrams are counted on id pairs. Ids start at 1. They become string keys
  // only for merge(), write_state() and report().
  stats::FormIds form_ids;               // form -> word id << 1 | 1 when not a stop word
  std::vector<std::uint64_t> id_counts;  // by id - 1
  CountMap word_ids;                     // normalised word -> (count unused); tag: its value
  std::vector<std::string> word_names;   // by id - 1
  stats::PairCountMap bigram_id_counts;
  struct PendingForm {
    stats::FormIds::Key key;
    std::uint32_t start = 0;  // the form's bytes in the text
    std::uint32_t length = 0;
    std::uint32_t value = 0;  // form_ids' value
    bool after_word = false;  // follows another word in its sentence
  };
  std::vector<PendingForm> pending_forms;
  std::vector<std::uint64_t> pair_keys;
  // Scratch space, reused across documents.
  struct PendingWord {
    std::uint32_t offset = 0;  // in doc_words (or doc_bigrams)
    std::uint32_t length = 0;
    std::uint64_t hash = 0;
    bool after_word = false;  // follows another word in its sentence
    bool counts = false;      // not a stop word
  };
  std::string word;
  std::string doc_words;
  std::string doc_bigrams;
  std::vector<PendingWord> pending;
  std::vector<PendingWord> bigram_keys;
  std::string key;
  stats::JsonFields fields;
  stats::JsonObjectParser parser;

  explicit Impl(StatsConfig made) : config(std::move(made)) {
    for (auto& list : config.group_by) group_table(list);
    for (auto& field : config.numeric_fields) number_table(field);
  }

  GroupTable& group_table(const std::vector<std::string>& field_names) {
    std::string name = join_fields(field_names);
    for (auto& group : groups) {
      if (group.name == name) return group;
    }
    groups.push_back({field_names, name, {}});
    return groups.back();
  }

  NumberTable& number_table(std::string_view field) {
    for (auto& table : numbers) {
      if (table.field == field) return table;
    }
    numbers.push_back({std::string(field), {}});
    return numbers.back();
  }

  void add_article(const Document& doc, const Analysis& analysis) {
    const std::size_t max_keys = config.max_keys;
    ++documents;
    bytes += doc.text.size();
    sentences += analysis.sentences.size();
    tokens += analysis.tokens.size();
    document_tokens.add(static_cast<double>(analysis.tokens.size()), 1, max_keys);
    if (doc.date.empty()) {
      ++undated;
    } else {
      day_counts.add(doc.date, 1, max_keys);
    }
    if (max_keys == 0) {
      count_words_on_ids(doc.text, analysis);
    } else {
      count_words_on_strings(doc.text, analysis);
    }
  }

  // Word and bigram counts of one article on word ids (exact mode).
  void count_words_on_ids(std::string_view text, const Analysis& analysis) {
    // Every token is written to pending_forms and only words advance `count`: a branch on the
    // token class would be mispredicted often.
    if (pending_forms.size() < analysis.tokens.size()) pending_forms.resize(analysis.tokens.size());
    std::size_t count = 0;
    for (const Sentence& sentence : analysis.sentences) {
      bool after_word = false;  // the token before, in this sentence, was a word
      for (std::uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
        const Token& token = analysis.tokens[i];
        const bool is_word = token.cls == TokenClass::Word;
        PendingForm& item = pending_forms[count];
        item.start = token.start;
        item.length = token.end - token.start;
        item.after_word = after_word;
        count += is_word ? 1 : 0;
        after_word = is_word;
      }
    }
    const char* text_end = text.data() + text.size();
    for (std::size_t k = 0; k < count; ++k) {
      PendingForm& item = pending_forms[k];
      item.key = stats::FormIds::key_of({text.data() + item.start, item.length}, text_end);
      form_ids.prefetch(item.key);
    }
    words += count;
    const WordSet& stops = stop_words();
    const auto new_word_value = [&](std::string_view name) {
      word_names.emplace_back(name);
      id_counts.push_back(0);
      if (word_names.size() > (UINT32_MAX >> 1)) throw std::length_error("too many words");
      const auto id = static_cast<std::uint32_t>(word_names.size());
      return id << 1 | (stops.contains(name) ? 0u : 1u);
    };
    const auto value_of_new_form = [&](std::string_view form) {
      normalize_word(form, word);
      return word_ids.add_tagged(word, 0, 0, new_word_value);
    };
    // Each table slot is prefetched when its key is known and used a pass later, so the cache
    // misses of a whole article overlap.
    for (std::size_t k = 0; k < count; ++k) {
      PendingForm& item = pending_forms[k];
      item.value =
          form_ids.value_of({text.data() + item.start, item.length}, item.key, value_of_new_form);
      __builtin_prefetch(&id_counts[(item.value >> 1) - 1]);
    }
    pair_keys.clear();
    for (std::size_t k = 0; k < count; ++k) {
      const std::uint32_t second = pending_forms[k].value;
      ++id_counts[(second >> 1) - 1];
      if (!pending_forms[k].after_word) continue;
      const std::uint32_t first = pending_forms[k - 1].value;
      if ((first & second & 1) != 0) {
        const std::uint64_t pair = stats::PairCountMap::key_of(first >> 1, second >> 1);
        bigram_id_counts.prefetch(pair);
        pair_keys.push_back(pair);
      }
    }
    for (const std::uint64_t pair : pair_keys) bigram_id_counts.add(pair, 1);
  }

  // Word and bigram counts of one article on string keys, so bounded tables are cut at the
  // same points whatever the input's word forms.
  void count_words_on_strings(std::string_view text, const Analysis& analysis) {
    const std::size_t max_keys = config.max_keys;
    const WordSet& stops = stop_words();
    // Three passes so hash-table lookups can be prefetched a few words ahead: collect the
    // folded words, count them, then count the bigrams.
    doc_words.clear();
    pending.clear();
    for (const Sentence& sentence : analysis.sentences) {
      bool after_word = false;  // the token before, in this sentence, was a word
      for (std::uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
        const Token& token = analysis.tokens[i];
        if (token.cls != TokenClass::Word) {
          after_word = false;
          continue;
        }
        normalize_word(text.substr(token.start, token.end - token.start), word);
        const auto offset = static_cast<std::uint32_t>(doc_words.size());
        doc_words += word;
        pending.push_back({offset, static_cast<std::uint32_t>(word.size()),
                           stats::StringHash{}(word), after_word, false});
        after_word = true;
      }
    }
    words += pending.size();
    constexpr std::size_t kAhead = 8;
    const std::string_view folded = doc_words;
    const auto key_of = [&folded](const PendingWord& item) {
      return folded.substr(item.offset, item.length);
    };
    const auto is_stop = [&stops](std::string_view candidate) {
      return stops.contains(candidate) ? 1u : 2u;  // tag 1: a stop word, 2: not
    };
    for (std::size_t k = 0; k < pending.size(); ++k) {
      if (k + kAhead < pending.size()) word_counts.prefetch(pending[k + kAhead].hash);
      PendingWord& item = pending[k];
      item.counts = word_counts.add_hashed(key_of(item), item.hash, 1, max_keys, is_stop) == 2;
    }
    doc_bigrams.clear();
    bigram_keys.clear();
    for (std::size_t k = 1; k < pending.size(); ++k) {
      if (!pending[k].after_word || !pending[k].counts || !pending[k - 1].counts) continue;
      const auto offset = static_cast<std::uint32_t>(doc_bigrams.size());
      doc_bigrams += key_of(pending[k - 1]);
      doc_bigrams += ' ';
      doc_bigrams += key_of(pending[k]);
      const auto length = static_cast<std::uint32_t>(doc_bigrams.size() - offset);
      bigram_keys.push_back(
          {offset, length,
           stats::StringHash{}(std::string_view(doc_bigrams).substr(offset, length)), false,
           false});
    }
    const std::string_view joined = doc_bigrams;
    const auto no_tag = [](std::string_view) { return 0u; };
    for (std::size_t k = 0; k < bigram_keys.size(); ++k) {
      if (k + kAhead < bigram_keys.size()) bigram_counts.prefetch(bigram_keys[k + kAhead].hash);
      const PendingWord& item = bigram_keys[k];
      bigram_counts.add_hashed(joined.substr(item.offset, item.length), item.hash, 1, max_keys,
                               no_tag);
    }
  }

  // Adds the words and bigrams counted on ids to `into` as string keys.
  void add_id_words(CountMap& into) const {
    for (std::size_t i = 0; i < word_names.size(); ++i) {
      if (id_counts[i] > 0) into.add(word_names[i], id_counts[i], config.max_keys);
    }
  }
  void add_id_bigrams(CountMap& into) const {
    std::string pair;
    bigram_id_counts.for_each([&](std::uint32_t first, std::uint32_t second, std::uint64_t count) {
      pair.assign(word_names[first - 1]);
      pair += ' ';
      pair += word_names[second - 1];
      into.add(pair, count, config.max_keys);
    });
  }

  // The report's bigram table when every bigram is counted on ids: as top_of() on the string
  // keys, but only pairs that can make the top become strings. (Words hold no space, so
  // distinct pairs are distinct strings.)
  CountTable top_id_bigrams(std::size_t top) const {
    CountTable table;
    table.error = bigram_counts.error();
    std::vector<std::uint64_t> counts;
    counts.reserve(bigram_id_counts.size());
    bigram_id_counts.for_each([&](std::uint32_t, std::uint32_t, std::uint64_t count) {
      ++table.distinct;
      table.total += count;
      counts.push_back(count);
    });
    std::uint64_t floor = 0;  // the top-th largest count
    if (top != 0 && top < counts.size()) {
      const auto nth = counts.begin() + static_cast<std::ptrdiff_t>(top - 1);
      std::nth_element(counts.begin(), nth, counts.end(), std::greater<>());
      floor = *nth;
    }
    std::vector<CountedKey>& kept = table.top;
    bigram_id_counts.for_each([&](std::uint32_t first, std::uint32_t second, std::uint64_t count) {
      if (count < floor) return;
      std::string pair = word_names[first - 1];
      pair += ' ';
      pair += word_names[second - 1];
      kept.push_back({std::move(pair), count});
    });
    std::sort(kept.begin(), kept.end(), [](const CountedKey& a, const CountedKey& b) {
      return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    if (top != 0 && kept.size() > top) kept.resize(top);
    return table;
  }

  // All word (bigram) counts: word_counts itself when no article was counted on ids, else
  // `scratch` filled with both.
  const CountMap& all_words(CountMap& scratch) const {
    if (form_ids.size() == 0) return word_counts;
    scratch = word_counts;
    add_id_words(scratch);
    return scratch;
  }
  const CountMap& all_bigrams(CountMap& scratch) const {
    if (bigram_id_counts.size() == 0) return bigram_counts;
    scratch = bigram_counts;
    add_id_bigrams(scratch);
    return scratch;
  }

  bool add_record(std::string_view json_line, std::string& error, bool states_only) {
    if (!parser.parse(json_line, fields, error)) return false;
    const stats::JsonValue* kind = fields.find("kind");
    if (kind == nullptr || kind->type != stats::JsonType::String) {
      error = "record without a \"kind\" string";
      return false;
    }
    if (kind->text == kStateKind) return add_state(error);
    if (states_only) {
      error = "not a stats state (write one with `newsmine stats --partial`)";
      return false;
    }
    const std::size_t max_keys = config.max_keys;
    ++records;
    kind_counts.add(kind->text, 1, max_keys);
    for (GroupTable& group : groups) count_group(group);
    for (NumberTable& table : numbers) {
      const stats::JsonValue* value = fields.find(table.field);
      if (value == nullptr) continue;
      if (value->type == stats::JsonType::Number) {
        table.values.add(value->number, 1, max_keys);
      } else if (value->type == stats::JsonType::Array) {
        for (const auto& item : value->items) {
          if (item.type == stats::JsonType::Number) table.values.add(item.number, 1, max_keys);
        }
      }
    }
    return true;
  }

  // Counts the record under every combination of its group-by field values: a list value counts
  // once per element (an empty list as null), a missing field is null. Records that have none of
  // the fields are not counted.
  void count_group(GroupTable& group) {
    std::vector<const stats::JsonValue*> values;
    values.reserve(group.fields.size());
    bool any = false;
    for (const auto& field : group.fields) {
      const stats::JsonValue* value = fields.find(field);
      any = any || value != nullptr;
      values.push_back(value);
    }
    if (!any) return;
    std::vector<std::size_t> choice(values.size(), 0);
    const auto choices = [&](std::size_t i) -> std::size_t {
      const stats::JsonValue* value = values[i];
      if (value == nullptr || value->type != stats::JsonType::Array || value->items.empty()) {
        return 1;
      }
      return value->items.size();
    };
    for (;;) {
      key.assign("[");
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) key += ',';
        const stats::JsonValue* value = values[i];
        if (value == nullptr) {
          key += "null";
        } else if (value->type == stats::JsonType::Array) {
          if (value->items.empty()) {
            key += "null";
          } else {
            stats::append_canonical(key, value->items[choice[i]]);
          }
        } else {
          stats::append_canonical(key, *value);
        }
      }
      key += ']';
      group.counts.add(key, 1, config.max_keys);
      // Next combination, last field fastest.
      std::size_t i = values.size();
      while (i > 0) {
        --i;
        if (++choice[i] < choices(i)) break;
        choice[i] = 0;
        if (i == 0) return;
      }
      if (values.empty()) return;
    }
  }

  // Merges one "stats_state" line (write_state's format): the header with the counters, or
  // one entry of a table.
  bool add_state(std::string& error) {
    ++state_lines;
    const stats::JsonValue* version = fields.find("version");
    if (version != nullptr) return add_state_counters(*version, error);
    const stats::JsonValue* table = fields.find("table");
    if (table == nullptr || table->type != stats::JsonType::String) {
      error = "stats state line without \"table\"";
      return false;
    }
    StateEntry entry;
    entry.key = fields.find("key");
    const stats::JsonValue* count_value = fields.find("count");
    if (count_value != nullptr) {
      if (count_value->type != stats::JsonType::Number ||
          !to_count(count_value->number, entry.count)) {
        error = "stats state line with a bad \"count\"";
        return false;
      }
    }
    const stats::JsonValue* error_value = fields.find("error");
    if (error_value != nullptr && error_value->type == stats::JsonType::Number) {
      to_count(error_value->number, entry.table_error);
    }
    const std::string_view name = table->text;
    if (name == "word" || name == "bigram" || name == "day" || name == "kind") {
      CountMap& counts = name == "word"     ? word_counts
                         : name == "bigram" ? bigram_counts
                         : name == "day"    ? day_counts
                                            : kind_counts;
      return add_count_entry(counts, entry, error);
    }
    if (name == "by") return add_group_entry(entry, error);
    if (name == "number" || name == "document_tokens") {
      return add_number_entry(name == "number", entry, error);
    }
    error = fmt::format("stats state line with an unknown table \"{}\"", name);
    return false;
  }

  // What a state line says about one table entry.
  struct StateEntry {
    const stats::JsonValue* key = nullptr;  // absent on a line that carries only the error
    std::uint64_t count = 0;
    std::uint64_t table_error = 0;
  };

  // The header line of a state: its version and the document counters.
  bool add_state_counters(const stats::JsonValue& version, std::string& error) {
    if (version.type != stats::JsonType::Number || version.number != kStateVersion) {
      error = "stats state of an unknown version";
      return false;
    }
    for (const auto& [name, member] : kStateCounters) {
      const stats::JsonValue* value = fields.find(name);
      std::uint64_t count = 0;
      if (value != nullptr && value->type == stats::JsonType::Number &&
          to_count(value->number, count)) {
        this->*member += count;
      }
    }
    return true;
  }

  // An entry of the word, bigram, day or kind table: a string key.
  bool add_count_entry(CountMap& counts, const StateEntry& entry, std::string& error) {
    counts.add_error(entry.table_error);
    if (entry.key == nullptr) return true;
    if (entry.key->type != stats::JsonType::String) {
      error = "stats state line with a bad \"key\"";
      return false;
    }
    counts.add(entry.key->text, entry.count, config.max_keys);
    return true;
  }

  // An entry of a group-by table: its fields, and a key with one value per field.
  bool add_group_entry(const StateEntry& entry, std::string& error) {
    const stats::JsonValue* list = fields.find("fields");
    if (list == nullptr || list->type != stats::JsonType::Array || list->items.empty()) {
      error = "stats state line without \"fields\"";
      return false;
    }
    std::vector<std::string> names;
    for (const auto& item : list->items) names.push_back(item.text);
    GroupTable& group = group_table(names);
    group.counts.add_error(entry.table_error);
    if (entry.key == nullptr) return true;
    if (entry.key->type != stats::JsonType::Array || entry.key->items.size() != names.size()) {
      error = "stats state line with a bad \"key\"";
      return false;
    }
    key.assign("[");
    for (std::size_t i = 0; i < entry.key->items.size(); ++i) {
      if (i > 0) key += ',';
      stats::append_canonical(key, entry.key->items[i]);
    }
    key += ']';
    group.counts.add(key, entry.count, config.max_keys);
    return true;
  }

  // An entry of a number table (`field`) or of the document token counts: a number key.
  bool add_number_entry(bool of_field, const StateEntry& entry, std::string& error) {
    NumberMap* values = &document_tokens;
    if (of_field) {
      const stats::JsonValue* field = fields.find("field");
      if (field == nullptr || field->type != stats::JsonType::String) {
        error = "stats state line without \"field\"";
        return false;
      }
      values = &number_table(field->text).values;
    }
    const stats::JsonValue* approximate = fields.find("approximate");
    if (approximate != nullptr && approximate->type == stats::JsonType::Bool && approximate->flag) {
      values->set_approximate();
    }
    if (entry.key == nullptr) return true;
    if (entry.key->type != stats::JsonType::Number) {
      error = "stats state line with a bad \"key\"";
      return false;
    }
    values->add(entry.key->number, entry.count, config.max_keys);
    return true;
  }

  void merge(const Impl& other) {
    const std::size_t max_keys = config.max_keys;
    documents += other.documents;
    bytes += other.bytes;
    sentences += other.sentences;
    tokens += other.tokens;
    words += other.words;
    undated += other.undated;
    records += other.records;
    state_lines += other.state_lines;
    word_counts.merge(other.word_counts, max_keys);
    bigram_counts.merge(other.bigram_counts, max_keys);
    other.add_id_words(word_counts);
    other.add_id_bigrams(bigram_counts);
    day_counts.merge(other.day_counts, max_keys);
    kind_counts.merge(other.kind_counts, max_keys);
    document_tokens.merge(other.document_tokens, max_keys);
    for (const GroupTable& group : other.groups) {
      group_table(group.fields).counts.merge(group.counts, max_keys);
    }
    for (const NumberTable& table : other.numbers) {
      number_table(table.field).values.merge(table.values, max_keys);
    }
  }
};

namespace {

void begin_state_line(std::string& out, std::string_view table) {
  out += R"({"doc":"","kind":"stats_state","table":)";
  append_json_string(out, table);
}

std::vector<CountMap::Entry> sorted_by_key(const CountMap& counts) {
  std::vector<CountMap::Entry> entries = counts.entries();
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return entries;
}

void write_count_table(std::string& out, std::string_view table, const CountMap& counts,
                       std::string_view extra = {}) {
  begin_state_line(out, table);
  out += extra;
  out += ",\"error\":";
  append_uint(out, counts.error());
  out += "}\n";
  for (const auto& entry : sorted_by_key(counts)) {
    begin_state_line(out, table);
    out += extra;
    out += ",\"key\":";
    if (table == "by") {
      out += entry.first;  // already a canonical JSON array
    } else {
      append_json_string(out, entry.first);
    }
    out += ",\"count\":";
    append_uint(out, entry.second);
    out += "}\n";
  }
}

void write_number_table(std::string& out, std::string_view table, const NumberMap& values,
                        std::string_view extra = {}) {
  begin_state_line(out, table);
  out += extra;
  out += values.approximate() ? ",\"approximate\":true}\n" : ",\"approximate\":false}\n";
  for (const auto& [value, count] : values.counts()) {
    begin_state_line(out, table);
    out += extra;
    out += ",\"key\":";
    stats::append_number(out, value);
    out += ",\"count\":";
    append_uint(out, count);
    out += "}\n";
  }
}

}  // namespace

Stats::Stats(StatsConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {}
Stats::~Stats() = default;
Stats::Stats(Stats&&) noexcept = default;
Stats& Stats::operator=(Stats&&) noexcept = default;

void Stats::add_article(const Document& doc, const Analysis& analysis) {
  impl_->add_article(doc, analysis);
}

bool Stats::add_record(std::string_view json_line, std::string& error, bool states_only) {
  return impl_->add_record(json_line, error, states_only);
}

void Stats::merge(const Stats& other) {
  impl_->merge(*other.impl_);
}

std::uint64_t Stats::state_lines() const {
  return impl_->state_lines;
}

void Stats::write_state(std::string& out) const {
  const Impl& s = *impl_;
  out += R"({"doc":"","kind":"stats_state","version":)";
  fmt::format_to(std::back_inserter(out), "{}", kStateVersion);
  for (const auto& [name, member] : Impl::kStateCounters) {
    out += ",\"";
    out += name;
    out += "\":";
    append_uint(out, s.*member);
  }
  out += "}\n";
  CountMap scratch;
  write_count_table(out, "word", s.all_words(scratch));
  write_count_table(out, "bigram", s.all_bigrams(scratch));
  write_count_table(out, "day", s.day_counts);
  write_count_table(out, "kind", s.kind_counts);
  write_number_table(out, "document_tokens", s.document_tokens);
  for (const GroupTable& group : s.groups) {
    std::string extra = ",\"fields\":[";
    for (std::size_t i = 0; i < group.fields.size(); ++i) {
      if (i > 0) extra += ',';
      append_json_string(extra, group.fields[i]);
    }
    extra += ']';
    write_count_table(out, "by", group.counts, extra);
  }
  for (const NumberTable& table : s.numbers) {
    std::string extra = ",\"field\":";
    append_json_string(extra, table.field);
    write_number_table(out, "number", table.values, extra);
  }
}

namespace {

template <typename Keep>
CountTable top_of(const CountMap& counts, std::size_t top, const Keep& keep) {
  CountTable table;
  table.error = counts.error();
  std::vector<CountMap::Entry> kept;
  counts.for_each([&](std::string_view key, std::uint64_t count) {
    if (!keep(key)) return;
    ++table.distinct;
    table.total += count;
    kept.emplace_back(key, count);
  });
  const std::size_t shown = top == 0 ? kept.size() : std::min(top, kept.size());
  std::partial_sort(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(shown), kept.end(),
                    [](const auto& a, const auto& b) {
                      return a.second != b.second ? a.second > b.second : a.first < b.first;
                    });
  for (std::size_t i = 0; i < shown; ++i) {
    table.top.push_back({std::string(kept[i].first), kept[i].second});
  }
  return table;
}

CountTable top_of(const CountMap& counts, std::size_t top) {
  return top_of(counts, top, [](std::string_view) { return true; });
}

NumberSummary summarize(std::string_view field, const NumberMap& values) {
  NumberSummary summary;
  summary.field = std::string(field);
  summary.approximate = values.approximate();
  const auto& counts = values.counts();
  for (const auto& entry : counts) summary.count += entry.second;
  if (summary.count == 0) return summary;
  summary.min = counts.begin()->first;
  summary.max = counts.rbegin()->first;
  // Summed in value order, so the mean does not depend on how the input was split.
  double sum = 0;
  for (const auto& [value, count] : counts) sum += value * static_cast<double>(count);
  summary.mean = sum / static_cast<double>(summary.count);
  const auto value_at = [&](std::uint64_t rank) {
    std::uint64_t seen = 0;
    for (const auto& [value, count] : counts) {
      seen += count;
      if (rank < seen) return value;
    }
    return summary.max;
  };
  const std::uint64_t middle = summary.count / 2;
  summary.median =
      summary.count % 2 == 1 ? value_at(middle) : (value_at(middle - 1) + value_at(middle)) / 2;
  return summary;
}

}  // namespace

StatsReport Stats::report(const ReportOptions& options) const {
  const Impl& s = *impl_;
  StatsReport report;
  report.documents = s.documents;
  report.bytes = s.bytes;
  report.sentences = s.sentences;
  report.tokens = s.tokens;
  report.words = s.words;
  CountMap scratch;
  const CountMap& word_counts = s.all_words(scratch);
  report.distinct_words = word_counts.size();
  report.undated = s.undated;
  if (s.documents > 0) report.tokens_per_document = summarize("tokens", s.document_tokens);
  report.period = options.period == Period::Day    ? "day"
                  : options.period == Period::Week ? "week"
                                                   : "month";
  std::map<std::string, std::uint64_t> timeline;
  s.day_counts.for_each([&](std::string_view day, std::uint64_t count) {
    timeline[period_of(day, options.period)] += count;
  });
  for (auto& [period, count] : timeline) report.timeline.push_back({period, count});
  const WordSet& stops = stop_words();
  report.top_words = top_of(word_counts, options.top,
                            [&](std::string_view word) { return !stops.contains(word); });
  if (s.bigram_counts.size() == 0) {
    report.top_bigrams = s.top_id_bigrams(options.top);
  } else {
    CountMap bigram_scratch;
    report.top_bigrams = top_of(s.all_bigrams(bigram_scratch), options.top);
  }
  report.records = s.records;
  report.kinds = top_of(s.kind_counts, 0);
  for (const GroupTable& group : s.groups) {
    report.group_by.push_back({group.fields, top_of(group.counts, options.top)});
  }
  for (const NumberTable& table : s.numbers) {
    report.numbers.push_back(summarize(table.field, table.values));
  }
  return report;
}

}  // namespace newsmine
