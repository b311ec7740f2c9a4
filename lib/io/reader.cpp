// Reader: files, folders and stdin to Documents (plain text or JSON Lines, gzip or zstd).
#include "newsmine/reader.hpp"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "io/byte_stream.hpp"
#include "io/json_values.hpp"
#include "io/line_reader.hpp"
#include "text/utf8.hpp"

namespace newsmine {

namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 5> kTextFields = {"text", "content", "body", "article",
                                                         "maintext"};
constexpr std::array<std::string_view, 3> kIdFields = {"id", "url", "uuid"};
constexpr std::array<std::string_view, 6> kDateFields = {
    "date", "published", "publish_date", "date_publish", "published_at", "pubDate"};
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Rank of `key` among `names` (0 best), or names.size() when absent. An override, when given,
// is the only name.
template <std::size_t N>
std::size_t field_rank(std::string_view key, const std::string& override_name,
                       const std::array<std::string_view, N>& names) {
  if (!override_name.empty()) return key == override_name ? 0 : N;
  for (std::size_t k = 0; k < N; ++k) {
    if (key == names[k]) return k;
  }
  return N;
}

// `text` with each byte that is not part of well-formed UTF-8 replaced by U+FFFD.
void repair_utf8(std::string_view text, std::string& out) {
  out.clear();
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t length = utf8_sequence_length(text, pos);
    if (length == 0) {
      out.append(kReplacement);
      ++pos;
    } else {
      out.append(text.substr(pos, length));
      pos += length;
    }
  }
}

// Value of the four hex digits at text[pos], or -1.
long hex4(std::string_view text, std::size_t pos) {
  if (pos + 4 > text.size()) return -1;
  long value = 0;
  for (std::size_t k = pos; k < pos + 4; ++k) {
    const char c = text[k];
    const int digit = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

// Rewrites each \u escape of an unpaired UTF-16 surrogate in the JSON text `line` as \uFFFD (same
// length, in place). Returns the offset of the first one, or npos when there is none.
std::size_t replace_lone_surrogates(std::string& line) {
  std::size_t first = std::string::npos;
  std::size_t pos = 0;
  while ((pos = line.find('\\', pos)) != std::string::npos) {
    if (pos + 1 >= line.size() || line[pos + 1] != 'u') {
      pos += 2;  // another escape, "\\" included
      continue;
    }
    const long unit = hex4(line, pos + 2);
    if (unit >= 0xD800 && unit <= 0xDBFF && line.compare(pos + 6, 2, "\\u") == 0) {
      const long low = hex4(line, pos + 8);
      if (low >= 0xDC00 && low <= 0xDFFF) {  // a proper pair
        pos += 12;
        continue;
      }
    }
    if (unit >= 0xD800 && unit <= 0xDFFF) {
      line.replace(pos + 2, 4, "FFFD");
      if (first == std::string::npos) first = pos;
    }
    pos += 6;
  }
  return first;
}

// Publication date from a Unix time in seconds (or milliseconds, when it is that large).
std::string date_from_epoch(double seconds) {
  if (seconds > 1e11) seconds /= 1000;
  if (!(seconds > -1e11 && seconds < 2.5e11)) return {};
  using namespace std::chrono;
  const auto day = floor<days>(sys_seconds{std::chrono::seconds{static_cast<long long>(seconds)}});
  const year_month_day date{day};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

void append_number(std::string& out, double value) {
  std::array<char, 64> digits{};
  auto result =
      std::to_chars(digits.data(), digits.data() + digits.size(), value, std::chars_format::fixed);
  if (result.ec != std::errc()) {
    result = std::to_chars(digits.data(), digits.data() + digits.size(), value);
  }
  out.append(digits.data(), result.ptr);
}

}  // namespace

struct Reader::Impl {
  Impl(std::vector<std::string> inputs_in, ReaderOptions options_in, DiagnosticHandler handler)
      : inputs(std::move(inputs_in)),
        options(std::move(options_in)),
        on_problem(std::move(handler)),
        lines(options.max_line_bytes, simdjson::SIMDJSON_PADDING),
        values(options.max_line_bytes, simdjson::SIMDJSON_PADDING) {
    if (inputs.empty()) inputs.emplace_back("-");
  }

  // json_values: JSON values not one per line (pretty-printed objects, or one top-level array
  // of objects), cut apart by `values`.
  enum class Format { none, plain, json_lines, json_values };

  std::vector<std::string> inputs;
  ReaderOptions options;
  DiagnosticHandler on_problem;
  std::size_t next_input = 0;
  std::vector<std::string> walked;  // files of the folder being read, sorted
  std::size_t next_walked = 0;

  ByteStream stream;
  LineReader lines;
  JsonValueReader values;
  Format format = Format::none;
  std::string source;            // the file being read
  std::uint64_t bytes_done = 0;  // raw bytes of the files already closed

  simdjson::dom::parser parser;
  std::string repaired;  // a JSON line with invalid UTF-8 replaced

  std::uint64_t errors = 0;
  bool stopped = false;

  void report(const std::string& file, std::uint64_t line, std::string message) {
    ++errors;
    if (options.strict) stopped = true;
    if (on_problem) on_problem(Diagnostic{file, line, std::move(message)});
  }
  void report(std::uint64_t line, std::string message) { report(source, line, std::move(message)); }

  // Next path to open, walking folders; false when all inputs are done.
  bool next_path(std::string& path) {
    for (;;) {
      if (next_walked < walked.size()) {
        path = std::move(walked[next_walked++]);
        return true;
      }
      walked.clear();
      next_walked = 0;
      if (stopped || next_input >= inputs.size()) return false;
      path = inputs[next_input++];
      if (path == "-") return true;
      std::error_code error;
      if (!fs::is_directory(path, error)) return true;  // files, and errors found at open
      walk(path);
    }
  }

  // Lists the files under `folder` (recursively, hidden entries skipped) in sorted path order.
  void walk(const std::string& folder) {
    std::vector<fs::path> files;
    collect_files(folder, files);
    std::sort(files.begin(), files.end());
    walked.reserve(files.size());
    for (fs::path& file : files) walked.push_back(std::move(file).native());
  }

  // Adds the regular files under `folder` to `files`, reporting folders that cannot be read.
  // Symbolic links to folders are not followed (no cycles).
  void collect_files(const fs::path& folder, std::vector<fs::path>& files) {
    std::error_code error;
    fs::directory_iterator it(folder, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      const fs::path& entry = it->path();
      if (entry.filename().native().starts_with('.')) continue;
      std::error_code type_error;
      if (it->is_directory(type_error) && !it->is_symlink(type_error)) {
        collect_files(entry, files);
      } else if (it->is_regular_file(type_error)) {
        files.push_back(entry);
      }
    }
    if (error) report(folder.native(), 0, "cannot read folder: " + error.message());
  }

  bool open_next() {
    std::string path;
    while (!stopped && next_path(path)) {
      source = path;
      if (!stream.open(path)) {
        report(0, stream.error());
        close_file();
        continue;
      }
      lines.reset(stream);
      const unsigned char first = lines.peek_first_non_blank();
      if (stream.failed()) {
        report(0, stream.error());
        close_file();
        continue;
      }
      if (first == 0) {  // empty or blank file: nothing to read
        close_file();
        continue;
      }
      format = first == '{' ? Format::json_lines : Format::plain;
      if (first == '{' || first == '[') {
        // A first line that does not hold exactly one object starts a stream of JSON values
        // (pretty-printed); '[' then '{', ']' or nothing starts an array of objects.
        const std::string_view head = lines.peek_first_line();
        const bool array = first == '[' && JsonValueReader::starts_array(head);
        const bool cut = head.size() > options.max_line_bytes;  // an over-long JSON line
        if (array || (first == '{' && !cut && JsonValueReader::starts_value_stream(head))) {
          format = Format::json_values;
          values.reset(lines, array);
        }
        if (stream.failed()) {
          report(0, stream.error());
          close_file();
          continue;
        }
      }
      return true;
    }
    return false;
  }

  void close_file() {
    bytes_done += stream.raw_bytes();
    stream.close();
    format = Format::none;
  }

  // Reads the rest of the open file into `out`. False when it is binary (has a NUL byte: the
  // rest is then not read), broken off or too long, each reported.
  bool read_whole(std::string& out) {
    out.assign(lines.take_buffered());
    bool binary = std::memchr(out.data(), '\0', out.size()) != nullptr;
    bool too_long = out.size() > options.max_line_bytes;
    while (!binary && !too_long && lines.read_more()) {
      const std::string_view chunk = lines.take_buffered();
      binary = std::memchr(chunk.data(), '\0', chunk.size()) != nullptr;
      // Not appended past the limit, so that the string never grows beyond it.
      too_long = out.size() + chunk.size() > options.max_line_bytes;
      if (!too_long) out.append(chunk);
    }
    if (binary) {
      report(0, "binary file (NUL bytes) skipped");
      return false;
    }
    if (stream.failed()) {
      report(0, stream.error() + " (file skipped)");
      return false;
    }
    if (too_long) {
      report(0, fmt::format("file longer than {} bytes (skipped)", options.max_line_bytes));
      return false;
    }
    return true;
  }

  // Reads the whole open file as one article.
  bool read_plain(Document& doc) {
    if (!read_whole(doc.text)) return false;
    if (!simdjson::validate_utf8(doc.text.data(), doc.text.size())) {
      const std::size_t bad = utf8_first_invalid(doc.text);
      const auto line = 1 + static_cast<std::uint64_t>(
                                std::count(doc.text.begin(), doc.text.begin() + bad, '\n'));
      report(line, fmt::format("invalid UTF-8 at byte offset {} (kept as is)", bad));
      if (stopped) return false;
    }
    doc.id = source;
    doc.date = options.default_date;
    doc.source = source;
    doc.line = 0;
    doc.is_record = false;
    return true;
  }

  // Parses the JSON text `json` (followed by readable padding) into `root`. Invalid UTF-8 and
  // lone surrogate escapes are replaced by U+FFFD in a copy, reported, and the copy parsed
  // (`json` then points to it). False when it is not JSON (reported).
  bool parse_json(std::string_view& json, std::uint64_t line_number, std::string_view unit,
                  simdjson::dom::element& root) {
    auto error = parser.parse(json.data(), json.size(), false).get(root);
    if (error == simdjson::UTF8_ERROR) {
      const std::size_t bad = utf8_first_invalid(json);
      report(line_number, fmt::format("invalid UTF-8 at byte offset {} of the {} (replaced by "
                                      "U+FFFD)",
                                      bad, unit));
      if (stopped) return false;
      repair_utf8(json, repaired);
      repaired.reserve(repaired.size() + simdjson::SIMDJSON_PADDING);
      json = repaired;
      error = parser.parse(repaired.data(), repaired.size(), false).get(root);
    }
    if (error == simdjson::STRING_ERROR) {  // maybe a lone surrogate escape, as Python writes
      if (json.data() != repaired.data()) repaired.assign(json);
      const std::size_t bad = replace_lone_surrogates(repaired);
      if (bad != std::string::npos) {
        report(line_number, fmt::format("lone UTF-16 surrogate escape at byte offset {} of the "
                                        "{} (replaced by U+FFFD)",
                                        bad, unit));
        if (stopped) return false;
        repaired.reserve(repaired.size() + simdjson::SIMDJSON_PADDING);
        json = repaired;
        error = parser.parse(repaired.data(), repaired.size(), false).get(root);
      }
    }
    if (error) {
      report(line_number, std::string("malformed JSON: ") + simdjson::error_message(error));
      return false;
    }
    return true;
  }

  // Parses one JSON line into `doc`; false when it is blank or bad (then reported).
  bool read_json_line(std::string_view line, Document& doc) {
    const std::uint64_t line_number = lines.line_number();
    if (line.find_first_not_of(" \t\r\f\v") == std::string_view::npos) return false;
    simdjson::dom::element root;
    if (!parse_json(line, line_number, "line", root)) return false;
    simdjson::dom::object object;
    if (root.get_object().get(object)) {
      report(line_number, "not a JSON object");
      return false;
    }
    return read_object(object, line_number, -1, line, doc);
  }

  // Next value of a JSON value stream into `doc`; false when it is bad (reported) or the file
  // is done (then `format` is none).
  bool read_json_value(Document& doc) {
    std::string_view value;
    const JsonValueReader::Status status = values.next(value);
    const std::uint64_t line_number = values.line_number();
    const std::int64_t index = values.index();
    const std::string element = index >= 0 ? fmt::format("element {}: ", index) : std::string();
    switch (status) {
      case JsonValueReader::Status::value:
        break;
      case JsonValueReader::Status::scalar:
        report(line_number, element + "not a JSON object");
        return false;
      case JsonValueReader::Status::too_long:
        report(line_number, fmt::format("{}JSON value longer than {} bytes (skipped)", element,
                                        options.max_line_bytes));
        return false;
      case JsonValueReader::Status::line_too_long:
        report(line_number, fmt::format("line longer than {} bytes (skipped, reading resumes at "
                                        "the next line starting with '{{')",
                                        options.max_line_bytes));
        return false;
      case JsonValueReader::Status::unclosed_value:
        report(line_number, element + "JSON value not closed at the end of the file");
        return false;
      case JsonValueReader::Status::unclosed_array:
        report(line_number, "JSON array not closed at the end of the file");
        return false;
      case JsonValueReader::Status::end:
        if (stream.failed()) report(lines.line_number() + 1, stream.error());
        close_file();
        return false;
    }
    simdjson::dom::element root;
    if (!parse_json(value, line_number, "value", root)) return false;
    simdjson::dom::object object;
    if (root.get_object().get(object)) {
      report(line_number, element + "not a JSON object");
      return false;
    }
    // Records keep their raw text only when it is one line.
    const bool one_line = value.find('\n') == std::string_view::npos;
    return read_object(object, line_number, index, one_line ? value : std::string_view(), doc);
  }

  // Fills `doc` from one JSON object: the article starting on line `line_number`, element
  // `index` (when >= 0) of a JSON array. `raw` is the object's JSON text when known.
  bool read_object(simdjson::dom::object object, std::uint64_t line_number, std::int64_t index,
                   std::string_view raw, Document& doc) {
    // One pass over the fields, keeping the best-ranked name of each role.
    std::size_t text_rank = kTextFields.size();
    std::size_t id_rank = kIdFields.size();
    std::size_t date_rank = kDateFields.size();
    std::string_view text;
    std::string_view non_string_text;  // a text field that holds something else
    simdjson::dom::element id_value;
    simdjson::dom::element date_value;
    bool has_kind = false;
    bool has_doc = false;
    for (auto field : object) {
      const std::string_view key = field.key;
      std::size_t rank = field_rank(key, options.text_field, kTextFields);
      if (rank < kTextFields.size()) {
        std::string_view value;
        if (field.value.get_string().get(value)) {
          if (non_string_text.empty()) non_string_text = key;
        } else if (rank < text_rank) {
          text_rank = rank;
          text = value;
        }
        continue;
      }
      rank = field_rank(key, options.id_field, kIdFields);
      if (rank < id_rank) {
        id_rank = rank;
        id_value = field.value;
        continue;
      }
      rank = field_rank(key, options.date_field, kDateFields);
      if (rank < date_rank) {
        date_rank = rank;
        date_value = field.value;
        continue;
      }
      if (key == "kind") has_kind = field.value.is_string();
      if (key == "doc") has_doc = true;
    }

    doc.source = source;
    doc.line = line_number;
    // Where the object came from: "file:line" or "file[index]".
    const auto place = [&] {
      if (index >= 0) return fmt::format("{}[{}]", source, index);
      return fmt::format("{}:{}", source, line_number);
    };
    if (options.accept_records && has_kind && has_doc) {
      if (raw.data()) {
        doc.text.assign(raw);
      } else {
        doc.text = simdjson::minify(object);
      }
      doc.id = place();
      doc.date.clear();
      doc.is_record = true;
      return true;
    }
    const std::string element = index >= 0 ? fmt::format("element {}: ", index) : std::string();
    if (text_rank == kTextFields.size()) {
      if (!non_string_text.empty()) {
        report(line_number,
               fmt::format("{}text field \"{}\" is not a string", element, non_string_text));
      } else if (options.text_field.empty()) {
        report(line_number, element + "no text field (text, content, body, article or maintext)");
      } else {
        report(line_number, fmt::format("{}no \"{}\" field", element, options.text_field));
      }
      return false;
    }
    doc.text.assign(text);
    doc.is_record = false;
    set_id(id_rank < kIdFields.size() ? &id_value : nullptr, doc.id);
    if (doc.id.empty()) doc.id = place();
    set_date(date_rank < kDateFields.size() ? &date_value : nullptr, doc.date);
    return true;
  }

  // `value` is null when the object has no id field. Leaves `id` empty when there is none.
  void set_id(const simdjson::dom::element* value, std::string& id) {
    id.clear();
    std::string_view text;
    std::int64_t signed_number = 0;
    std::uint64_t unsigned_number = 0;
    double real_number = 0;
    if (!value) {
    } else if (!value->get_string().get(text)) {
      id.assign(text);
    } else if (!value->get_int64().get(signed_number)) {
      id = std::to_string(signed_number);
    } else if (!value->get_uint64().get(unsigned_number)) {
      id = std::to_string(unsigned_number);
    } else if (!value->get_double().get(real_number)) {
      append_number(id, real_number);
    }
  }

  // `value` is null when the line has no date field. Numbers are Unix times.
  void set_date(const simdjson::dom::element* value, std::string& date) {
    date.clear();
    std::string_view text;
    double seconds = 0;
    if (!value) {
    } else if (!value->get_string().get(text)) {
      date = normalize_date(text);
    } else if (!value->get_double().get(seconds)) {
      date = date_from_epoch(seconds);
    }
    if (date.empty()) date = options.default_date;
  }

  bool next(Document& doc) {
    while (!stopped) {
      if (format == Format::none && !open_next()) return false;
      if (format == Format::plain) {
        const bool read = read_plain(doc);
        close_file();
        if (read) return true;
        continue;
      }
      if (format == Format::json_values) {
        if (read_json_value(doc) && !stopped) return true;
        continue;
      }
      std::string_view line;
      switch (lines.next(line)) {
        case LineReader::Status::line:
          if (read_json_line(line, doc) && !stopped) return true;
          break;
        case LineReader::Status::too_long:
          report(lines.line_number(),
                 fmt::format("line longer than {} bytes (skipped)", options.max_line_bytes));
          break;
        case LineReader::Status::end:
          if (stream.failed()) report(lines.line_number() + 1, stream.error());
          close_file();
          break;
      }
    }
    return false;
  }
};

Reader::Reader(std::vector<std::string> inputs, ReaderOptions options, DiagnosticHandler on_problem)
    : impl_(std::make_unique<Impl>(std::move(inputs), std::move(options), std::move(on_problem))) {}

Reader::~Reader() = default;

bool Reader::next(Document& doc) {
  return impl_->next(doc);
}

std::uint64_t Reader::error_count() const {
  return impl_->errors;
}

std::uint64_t Reader::bytes_read() const {
  const bool open = impl_->format != Impl::Format::none;
  return impl_->bytes_done + (open ? impl_->stream.raw_bytes() : 0);
}

}  // namespace newsmine
