#include "io/json_values.hpp"

namespace newsmine {

namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Bytes of `line` after `pos` up to the first non-blank one.
std::size_t skip_blanks(std::string_view line, std::size_t pos) {
  while (pos < line.size() && is_blank(line[pos])) ++pos;
  return pos;
}

// End of the scalar (string, number, literal or junk) starting at line[pos].
std::size_t scalar_end(std::string_view line, std::size_t pos) {
  if (line[pos] == '"') {
    for (std::size_t k = pos + 1; k < line.size(); ++k) {
      if (line[k] == '\\') {
        ++k;
      } else if (line[k] == '"') {
        return k + 1;
      }
    }
    return line.size();
  }
  std::size_t k = pos + 1;
  while (k < line.size() && !is_blank(line[k]) && line[k] != ',' && line[k] != ']' &&
         line[k] != '{' && line[k] != '[')
    ++k;
  return k;
}

}  // namespace

JsonValueReader::JsonValueReader(std::size_t max_value_bytes, std::size_t padding)
    : max_value_bytes_(max_value_bytes), padding_(padding) {}

void JsonValueReader::reset(LineReader& lines, bool array) {
  lines_ = &lines;
  rest_ = {};
  buffer_.clear();
  value_line_ = 0;
  index_ = -1;
  nesting_ = {};
  started_ = skipping_ = resync_ = false;
  array_ = array;
  array_open_ = false;
  array_started_ = false;
}

bool JsonValueReader::starts_value_stream(std::string_view line) {
  Nesting nesting;
  for (std::size_t k = 0; k < line.size(); ++k) {
    if (nesting.closes(line[k])) {
      return skip_blanks(line, k + 1) < line.size();  // another value after the first
    }
  }
  return nesting.depth > 0;
}

bool JsonValueReader::starts_array(std::string_view line) {
  const std::size_t pos = skip_blanks(line, line.find('[') + 1);
  return pos == line.size() || line[pos] == '{' || line[pos] == ']';
}

JsonValueReader::Status JsonValueReader::read_line() {
  std::string_view line;
  switch (lines_->next(line)) {
    case LineReader::Status::line:
      rest_ = line;
      if (started_ && !skipping_) buffer_.push_back('\n');
      return Status::value;
    case LineReader::Status::too_long:
      value_line_ = lines_->line_number();
      started_ = skipping_ = false;
      nesting_ = {};
      resync_ = true;
      return Status::line_too_long;
    case LineReader::Status::end:
      break;
  }
  if (started_) {
    started_ = false;
    return Status::unclosed_value;
  }
  if (array_open_) {
    array_open_ = false;
    value_line_ = lines_->line_number();
    return Status::unclosed_array;
  }
  return Status::end;
}

// Skips blanks and separators before a value; starts it, or returns true with `status` set when
// something else (a scalar, the end) comes first.
bool JsonValueReader::start_value(Status& status, std::string_view& value) {
  const std::size_t pos = skip_blanks(rest_, 0);
  rest_.remove_prefix(pos);
  if (rest_.empty()) return false;
  const char c = rest_[0];
  if (resync_ && c != '{') {
    rest_ = {};
    return false;
  }
  resync_ = false;
  if (array_ && !array_started_ && c == '[') {
    array_started_ = array_open_ = true;
    rest_.remove_prefix(1);
    return false;
  }
  if (array_open_ && (c == ',' || c == ']')) {
    if (c == ']') array_open_ = false;
    rest_.remove_prefix(1);
    return false;
  }
  value_line_ = lines_->line_number();
  if (array_open_) ++index_;
  if (c != '{' && c != '[') {
    const std::size_t end = scalar_end(rest_, 0);
    value = rest_.substr(0, end);
    rest_.remove_prefix(end);
    status = Status::scalar;
    return true;
  }
  started_ = true;
  nesting_ = {};
  skipping_ = false;
  buffer_.clear();
  return false;
}

// Follows the value over `rest_`; true when it ends there (rest_ then starts after it).
bool JsonValueReader::scan_value() {
  std::size_t k = 0;
  bool ended = false;
  for (; k < rest_.size(); ++k) {
    if (nesting_.closes(rest_[k])) {
      ended = true;
      ++k;
      break;
    }
  }
  if (!skipping_) {
    buffer_.append(rest_.substr(0, k));
    if (buffer_.size() > max_value_bytes_) {
      skipping_ = true;
      buffer_.clear();
      buffer_.shrink_to_fit();
    }
  }
  rest_.remove_prefix(k);
  return ended;
}

JsonValueReader::Status JsonValueReader::finish_value(std::string_view& value) {
  started_ = false;
  if (skipping_) return Status::too_long;
  buffer_.reserve(buffer_.size() + padding_);
  value = buffer_;
  return Status::value;
}

JsonValueReader::Status JsonValueReader::next(std::string_view& value) {
  for (;;) {
    if (rest_.empty()) {
      const Status status = read_line();
      if (status != Status::value) return status;
    }
    if (!started_) {
      Status status = Status::end;
      if (start_value(status, value)) return status;
      if (!started_) continue;
    }
    if (scan_value()) return finish_value(value);
  }
}

}  // namespace newsmine
