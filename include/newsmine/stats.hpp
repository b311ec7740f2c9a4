// Stats: corpus statistics over articles and newsmine record streams, mergeable for
// map-reduce.
//
// A Stats object accumulates counts from analysed articles (documents, sentences, tokens,
// words, bigrams, publication dates) and from record lines (counts by kind, group-by counts of
// record fields, numeric field values). Two Stats built with the same StatsConfig merge into
// the Stats of their combined input, and every count is a plain sum, so the result never depends
// on how the input was split or in which order parts are merged.
//
// Memory grows with the number of distinct keys (words, bigrams, dates, group-by keys, numeric
// values), never with the input size. With `max_keys` set, each table holds at most
// 2 * max_keys keys: when it would grow past that it is cut to the max_keys highest counts by a
// Misra-Gries step (subtract the (max_keys+1)-th largest count from every key, drop keys at
// zero). Each count is then an underestimate by at most the table's `error`, which is reported;
// exactness and independence from the input order are lost for that table only.
//
// The partial state (write_state) is JSON Lines of newsmine records of kind "stats_state" (no
// text field), so any reader that passes records through can carry them; add_record() merges
// such lines back. Costs: add_article is linear in the document's tokens (one hash lookup per
// word form and per bigram, on 32-bit word ids without max_keys); add_record is linear in the
// line length; merge and report are linear in the distinct keys, write_state sorts them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsmine/analysis.hpp"
#include "newsmine/document.hpp"

namespace newsmine {

struct StatsConfig {
  // Record fields counted together, one list per group-by ("type,text" -> {"type", "text"}).
  std::vector<std::vector<std::string>> group_by;
  // Record fields whose numeric values are summarised (min, median, mean, max).
  std::vector<std::string> numeric_fields;
  // Keys each table keeps before it is cut (see above); 0 means no bound (exact).
  std::size_t max_keys = 0;
};

// Parses "type,text" into {"type", "text"}; empty names are dropped.
std::vector<std::string> split_field_list(std::string_view list);

enum class Period : std::uint8_t { Day, Week, Month };

// "2025-04-21" -> "2025-04-21" (day), "2025-W17" (ISO week), "2025-04" (month). Returns the
// input unchanged when it is not a YYYY-MM-DD date.
std::string period_of(std::string_view date, Period period);

// One counted key. For group-by tables `key` holds the JSON values of the fields
// (`["PERSON","Donald Trump"]`); elsewhere it is the plain key.
struct CountedKey {
  std::string key;
  std::uint64_t count = 0;
};

struct CountTable {
  std::vector<CountedKey> top;  // by count, descending; ties by key, ascending (bytes)
  std::uint64_t distinct = 0;   // keys in the table
  std::uint64_t total = 0;      // sum of all counts
  std::uint64_t error = 0;      // bound on each count's underestimate (0: exact)
};

struct NumberSummary {
  std::string field;
  std::uint64_t count = 0;  // records with a numeric value in `field`
  double min = 0;
  double median = 0;  // the mean of the two middle values for an even count
  double mean = 0;
  double max = 0;
  bool approximate = false;  // values were paired to stay within max_keys
};

struct GroupBy {
  std::vector<std::string> fields;
  CountTable table;  // keys are JSON arrays, one value per field
};

// What the stats subcommand prints. Built by Stats::report().
struct StatsReport {
  // Articles.
  std::uint64_t documents = 0;
  std::uint64_t bytes = 0;  // article text bytes
  std::uint64_t sentences = 0;
  std::uint64_t tokens = 0;
  std::uint64_t words = 0;  // word tokens
  std::uint64_t distinct_words = 0;
  std::optional<NumberSummary> tokens_per_document;
  std::string period = "day";
  std::vector<CountedKey> timeline;  // articles per period, in period order
  std::uint64_t undated = 0;         // articles without a publication date
  CountTable top_words;              // without stop words, lower-cased
  CountTable top_bigrams;            // two adjacent words of one sentence, neither a stop word
  // Records.
  std::uint64_t records = 0;
  CountTable kinds;  // all kinds (not cut to top-N)
  std::vector<GroupBy> group_by;
  std::vector<NumberSummary> numbers;
};

struct ReportOptions {
  std::size_t top = 10;  // keys listed per table
  Period period = Period::Day;
};

class Stats {
 public:
  explicit Stats(StatsConfig config = {});
  ~Stats();
  Stats(Stats&&) noexcept;
  Stats& operator=(Stats&&) noexcept;

  // Counts one analysed article (tokens and sentences must be filled).
  void add_article(const Document& doc, const Analysis& analysis);
  // Counts one record line (a JSON object with "kind"), or merges it when it is a
  // "stats_state" line. Returns false and sets `error` when the line is not a JSON object with
  // a "kind", or (with `states_only`) is not a stats state; nothing is counted then.
  bool add_record(std::string_view json_line, std::string& error, bool states_only = false);
  // Adds `other`'s counts to this one's. Tables configured only in `other` are taken over.
  void merge(const Stats& other);

  // Appends the partial state as JSON Lines: deterministic (sorted) for given counts.
  void write_state(std::string& out) const;

  StatsReport report(const ReportOptions& options) const;

  // Records merged from "stats_state" lines so far.
  std::uint64_t state_lines() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Output formats. JSON is one object with a trailing newline; TSV is a header line and rows
// "section<TAB>key<TAB>value" (group-by key values joined by "; "); the table is for people:
// aligned columns and horizontal bars, `width` columns wide, with ANSI colour when `colour`.
std::string render_json(const StatsReport& report);
std::string render_tsv(const StatsReport& report);
std::string render_table(const StatsReport& report, bool colour, std::size_t width = 80);

}  // namespace newsmine
