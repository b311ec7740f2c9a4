// Stats output: JSON, TSV and a terminal table with horizontal bars.
#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "newsmine/sink.hpp"
#include "newsmine/stats.hpp"
#include "stats/json.hpp"

namespace newsmine {

namespace {

void append_uint(std::string& out, std::uint64_t value) {
  fmt::format_to(std::back_inserter(out), "{}", value);
}

// The values of a group-by key (a JSON array) as display text: strings unquoted, null as "-",
// other values as JSON.
std::vector<std::string> key_parts(std::string_view json_array) {
  std::vector<std::string> parts;
  simdjson::ondemand::parser parser;
  simdjson::padded_string padded(json_array);
  simdjson::ondemand::document doc;
  simdjson::ondemand::array array;
  if (parser.iterate(padded).get(doc) || doc.get_array().get(array)) {
    parts.emplace_back(json_array);
    return parts;
  }
  for (auto item : array) {
    simdjson::ondemand::value value;
    std::string_view text;
    if (item.get(value)) break;
    if (value.type() == simdjson::ondemand::json_type::string && !value.get_string().get(text)) {
      parts.emplace_back(text);
    } else if (value.type() == simdjson::ondemand::json_type::null) {
      parts.emplace_back("-");
    } else {
      text = value.raw_json_token();
      while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
      parts.emplace_back(text);
    }
  }
  return parts;
}

// ---- JSON ----

// [{"<key_name>":key,"<count_name>":count},...]; `json_keys`: the keys are JSON already.
void append_counted_keys_json(std::string& out, const std::vector<CountedKey>& entries,
                              std::string_view key_name, std::string_view count_name,
                              bool json_keys) {
  out += '[';
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) out += ',';
    fmt::format_to(std::back_inserter(out), "{{\"{}\":", key_name);
    if (json_keys) {
      out += entries[i].key;
    } else {
      append_json_string(out, entries[i].key);
    }
    fmt::format_to(std::back_inserter(out), ",\"{}\":", count_name);
    append_uint(out, entries[i].count);
    out += '}';
  }
  out += ']';
}

void append_table_json(std::string& out, const CountTable& table, bool json_keys) {
  out += "{\"distinct\":";
  append_uint(out, table.distinct);
  out += ",\"total\":";
  append_uint(out, table.total);
  out += ",\"error\":";
  append_uint(out, table.error);
  out += ",\"top\":";
  append_counted_keys_json(out, table.top, "key", "count", json_keys);
  out += '}';
}

void append_summary_json(std::string& out, const NumberSummary& summary) {
  out += "{\"field\":";
  append_json_string(out, summary.field);
  out += ",\"count\":";
  append_uint(out, summary.count);
  if (summary.count > 0) {
    for (auto [name, value] : {std::pair{"min", summary.min}, std::pair{"median", summary.median},
                               std::pair{"mean", summary.mean}, std::pair{"max", summary.max}}) {
      fmt::format_to(std::back_inserter(out), ",\"{}\":", name);
      stats::append_number(out, value);
    }
  } else {
    out += R"(,"min":null,"median":null,"mean":null,"max":null)";
  }
  out += summary.approximate ? ",\"approximate\":true}" : ",\"approximate\":false}";
}

// ---- TSV ----

void append_tsv_cell(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        out += c;
    }
  }
}

void append_tsv_row(std::string& out, std::string_view section, std::string_view key,
                    std::string_view value) {
  append_tsv_cell(out, section);
  out += '\t';
  append_tsv_cell(out, key);
  out += '\t';
  append_tsv_cell(out, value);
  out += '\n';
}

std::string joined_key(std::string_view json_array) {
  std::string joined;
  for (const auto& part : key_parts(json_array)) {
    if (!joined.empty()) joined += "; ";
    joined += part;
  }
  return joined;
}

std::string number_text(double value) {
  std::string text;
  stats::append_number(text, value);
  return text;
}

void append_summary_tsv(std::string& out, std::string_view section, const NumberSummary& summary) {
  append_tsv_row(out, section, "count", std::to_string(summary.count));
  if (summary.count == 0) return;
  append_tsv_row(out, section, "min", number_text(summary.min));
  append_tsv_row(out, section, "median", number_text(summary.median));
  append_tsv_row(out, section, "mean", number_text(summary.mean));
  append_tsv_row(out, section, "max", number_text(summary.max));
}

// ---- Table ----

// Display width in terminal columns: one per code point (no wide characters in practice).
std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return width;
}

// `text` cut to `width` columns (with an ellipsis when cut), padded with spaces.
std::string fit(std::string_view text, std::size_t width) {
  std::string out;
  if (display_width(text) <= width) {
    out.assign(text);
  } else {
    std::size_t columns = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const bool starts = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
      if (starts && ++columns > width - 1) break;
      out += text[i];
    }
    out += "\xE2\x80\xA6";  // …
  }
  out.append(width - std::min(width, display_width(out)), ' ');
  return out;
}

std::string with_commas(std::uint64_t value) {
  std::string digits = std::to_string(value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

class TableWriter {
 public:
  TableWriter(bool colour, std::size_t width)
      : colour_(colour), width_(std::max<std::size_t>(width, 40)) {}

  void heading(std::string_view title) {
    if (!out_.empty()) out_ += '\n';
    out_ += colour_ ? fmt::format("\x1b[1m{}\x1b[0m\n", title) : fmt::format("{}\n", title);
  }

  void value_rows(const std::vector<std::pair<std::string, std::string>>& rows) {
    std::size_t label = 0;
    std::size_t value = 0;
    for (const auto& [name, text] : rows) {
      label = std::max(label, display_width(name));
      value = std::max(value, display_width(text));
    }
    for (const auto& [name, text] : rows) {
      out_ += "  " + fit(name, label) + "  ";
      out_.append(value - display_width(text), ' ');
      out_ += text + '\n';
    }
  }

  // One row per key: label, bar scaled to the largest count, count.
  void bar_rows(const std::vector<std::pair<std::string, std::uint64_t>>& rows) {
    if (rows.empty()) {
      out_ += "  (none)\n";
      return;
    }
    std::size_t label = 0;
    std::size_t count_width = 0;
    std::uint64_t largest = 0;
    for (const auto& [name, count] : rows) {
      label = std::max(label, display_width(name));
      count_width = std::max(count_width, with_commas(count).size());
      largest = std::max(largest, count);
    }
    label = std::min(label, width_ / 3);
    const std::size_t bar = width_ - 2 - label - 2 - 1 - count_width;
    for (const auto& [name, count] : rows) {
      out_ += "  " + fit(name, label) + "  ";
      // Eighths of a cell, so small differences show.
      const auto eighths = static_cast<std::size_t>(std::llround(
          static_cast<double>(count) / static_cast<double>(std::max<std::uint64_t>(largest, 1)) *
          static_cast<double>(bar * 8)));
      std::string drawn;
      for (std::size_t i = 0; i < eighths / 8; ++i) drawn += "\xE2\x96\x88";  // █
      static constexpr const char* kPartial[] = {"",
                                                 "\xE2\x96\x8F",
                                                 "\xE2\x96\x8E",
                                                 "\xE2\x96\x8D",
                                                 "\xE2\x96\x8C",
                                                 "\xE2\x96\x8B",
                                                 "\xE2\x96\x8A",
                                                 "\xE2\x96\x89"};
      drawn += kPartial[eighths % 8];
      if (drawn.empty() && count > 0) drawn = kPartial[1];
      const std::size_t drawn_width = display_width(drawn);
      out_ += colour_ ? "\x1b[36m" + drawn + "\x1b[0m" : drawn;
      out_.append(bar - drawn_width + 1, ' ');
      const std::string text = with_commas(count);
      out_.append(count_width - text.size(), ' ');
      out_ += text + '\n';
    }
  }

  void table_rows(const std::vector<std::string>& header,
                  const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths(header.size(), 0);
    for (std::size_t i = 0; i < header.size(); ++i) widths[i] = display_width(header[i]);
    for (const auto& row : rows) {
      for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
        widths[i] = std::max(widths[i], display_width(row[i]));
      }
    }
    const auto line = [&](const std::vector<std::string>& cells, bool bold) {
      std::string text = " ";
      for (std::size_t i = 0; i < cells.size(); ++i) {
        text += ' ';
        if (i == 0) {
          text += fit(cells[i], widths[i]);
        } else {
          text.append(widths[i] - display_width(cells[i]), ' ');
          text += cells[i];
        }
        if (i + 1 < cells.size()) text += ' ';
      }
      out_ += colour_ && bold ? "\x1b[2m" + text + "\x1b[0m\n" : text + '\n';
    };
    line(header, true);
    for (const auto& row : rows) line(row, false);
  }

  std::string take() { return std::move(out_); }

 private:
  bool colour_;
  std::size_t width_;
  std::string out_;
};

std::vector<std::pair<std::string, std::uint64_t>> plain_rows(const CountTable& table) {
  std::vector<std::pair<std::string, std::uint64_t>> rows;
  for (const auto& entry : table.top) rows.emplace_back(entry.key, entry.count);
  return rows;
}

std::string table_title(std::string_view what, const CountTable& table) {
  std::string title =
      fmt::format("{} ({} of {} distinct", what, table.top.size(), with_commas(table.distinct));
  if (table.error > 0) title += fmt::format(", counts may be low by up to {}", table.error);
  return title + ")";
}

std::vector<std::string> summary_cells(const NumberSummary& summary) {
  if (summary.count == 0) return {summary.field, "0", "-", "-", "-", "-"};
  const auto number = [](double value) {
    // Readable: at most 2 decimals.
    std::string text = fmt::format("{:.2f}", value);
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
  };
  return {summary.field + (summary.approximate ? " (approx.)" : ""),
          with_commas(summary.count),
          number(summary.min),
          number(summary.median),
          number(summary.mean),
          number(summary.max)};
}

// The totals over the text, in output order.
constexpr std::pair<std::string_view, std::uint64_t StatsReport::*> kTextTotals[] = {
    {"documents", &StatsReport::documents}, {"bytes", &StatsReport::bytes},
    {"sentences", &StatsReport::sentences}, {"tokens", &StatsReport::tokens},
    {"words", &StatsReport::words},         {"distinct_words", &StatsReport::distinct_words}};

}  // namespace

std::string render_json(const StatsReport& report) {
  std::string out = "{";
  const auto counter = [&](std::string_view name, std::uint64_t value) {
    if (out.size() > 1) out += ',';
    fmt::format_to(std::back_inserter(out), "\"{}\":{}", name, value);
  };
  for (const auto& [name, member] : kTextTotals) counter(name, report.*member);
  out += ",\"tokens_per_document\":";
  if (report.tokens_per_document) {
    append_summary_json(out, *report.tokens_per_document);
  } else {
    out += "null";
  }
  out += ",\"period\":";
  append_json_string(out, report.period);
  out += ",\"timeline\":";
  append_counted_keys_json(out, report.timeline, "period", "documents", false);
  counter("undated", report.undated);
  out += ",\"top_words\":";
  append_table_json(out, report.top_words, false);
  out += ",\"top_bigrams\":";
  append_table_json(out, report.top_bigrams, false);
  counter("records", report.records);
  out += ",\"kinds\":";
  append_table_json(out, report.kinds, false);
  out += ",\"group_by\":[";
  for (std::size_t i = 0; i < report.group_by.size(); ++i) {
    if (i > 0) out += ',';
    out += "{\"fields\":[";
    for (std::size_t f = 0; f < report.group_by[i].fields.size(); ++f) {
      if (f > 0) out += ',';
      append_json_string(out, report.group_by[i].fields[f]);
    }
    out += "],\"counts\":";
    append_table_json(out, report.group_by[i].table, true);
    out += '}';
  }
  out += "],\"numbers\":[";
  for (std::size_t i = 0; i < report.numbers.size(); ++i) {
    if (i > 0) out += ',';
    append_summary_json(out, report.numbers[i]);
  }
  out += "]}\n";
  return out;
}

std::string render_tsv(const StatsReport& report) {
  std::string out = "section\tkey\tvalue\n";
  const auto total = [&](std::string_view name, std::uint64_t value) {
    append_tsv_row(out, "total", name, std::to_string(value));
  };
  for (const auto& [name, member] : kTextTotals) total(name, report.*member);
  total("undated", report.undated);
  total("records", report.records);
  if (report.tokens_per_document) {
    append_summary_tsv(out, "tokens_per_document", *report.tokens_per_document);
  }
  for (const auto& entry : report.timeline) {
    append_tsv_row(out, "period:" + report.period, entry.key, std::to_string(entry.count));
  }
  for (const auto& entry : report.top_words.top) {
    append_tsv_row(out, "word", entry.key, std::to_string(entry.count));
  }
  for (const auto& entry : report.top_bigrams.top) {
    append_tsv_row(out, "bigram", entry.key, std::to_string(entry.count));
  }
  for (const auto& entry : report.kinds.top) {
    append_tsv_row(out, "kind", entry.key, std::to_string(entry.count));
  }
  for (const auto& group : report.group_by) {
    std::string section = "by:";
    for (std::size_t f = 0; f < group.fields.size(); ++f) {
      if (f > 0) section += ',';
      section += group.fields[f];
    }
    for (const auto& entry : group.table.top) {
      append_tsv_row(out, section, joined_key(entry.key), std::to_string(entry.count));
    }
  }
  for (const auto& summary : report.numbers) {
    append_summary_tsv(out, "number:" + summary.field, summary);
  }
  return out;
}

std::string render_table(const StatsReport& report, bool colour, std::size_t width) {
  TableWriter writer(colour, width);
  if (report.documents > 0) {
    writer.heading("Articles");
    std::vector<std::pair<std::string, std::string>> rows = {
        {"documents", with_commas(report.documents)},
        {"sentences", with_commas(report.sentences)},
        {"tokens", with_commas(report.tokens)},
        {"words", with_commas(report.words)},
        {"distinct words", with_commas(report.distinct_words)},
        {"bytes", with_commas(report.bytes)}};
    if (report.undated > 0) rows.emplace_back("undated", with_commas(report.undated));
    writer.value_rows(rows);
    if (report.tokens_per_document) {
      writer.heading("Tokens per document");
      writer.table_rows({"", "count", "min", "median", "mean", "max"},
                        {summary_cells(*report.tokens_per_document)});
    }
    if (!report.timeline.empty()) {
      writer.heading("Articles per " + report.period);
      std::vector<std::pair<std::string, std::uint64_t>> rows_by_period;
      for (const auto& entry : report.timeline) rows_by_period.emplace_back(entry.key, entry.count);
      writer.bar_rows(rows_by_period);
    }
    writer.heading(table_title("Top words", report.top_words));
    writer.bar_rows(plain_rows(report.top_words));
    writer.heading(table_title("Top bigrams", report.top_bigrams));
    writer.bar_rows(plain_rows(report.top_bigrams));
  }
  if (report.records > 0) {
    writer.heading("Records");
    writer.value_rows({{"records", with_commas(report.records)}});
    writer.heading("Records by kind");
    writer.bar_rows(plain_rows(report.kinds));
  }
  for (const auto& group : report.group_by) {
    std::string fields;
    for (const auto& field : group.fields) fields += (fields.empty() ? "" : ", ") + field;
    writer.heading(table_title("By " + fields, group.table));
    std::vector<std::pair<std::string, std::uint64_t>> rows;
    for (const auto& entry : group.table.top) {
      std::string label;
      for (const auto& part : key_parts(entry.key)) label += (label.empty() ? "" : " | ") + part;
      rows.emplace_back(label, entry.count);
    }
    writer.bar_rows(rows);
  }
  if (!report.numbers.empty()) {
    writer.heading("Numbers");
    std::vector<std::vector<std::string>> rows;
    for (const auto& summary : report.numbers) rows.push_back(summary_cells(summary));
    writer.table_rows({"field", "count", "min", "median", "mean", "max"}, rows);
  }
  if (report.documents == 0 && report.records == 0) writer.heading("No input");
  return writer.take();
}

}  // namespace newsmine
