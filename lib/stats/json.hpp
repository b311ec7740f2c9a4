// Flat JSON object parsing for stats (internal header): the top-level fields of one record
// line, with scalar values and lists of scalars; nested objects are kept as raw JSON text.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newsmine::stats {

enum class JsonType { Null, Bool, Number, String, Array, Raw };

struct JsonValue {
  JsonType type = JsonType::Null;
  bool flag = false;
  double number = 0;
  std::string text;              // String: unescaped; Raw: the JSON text
  std::vector<JsonValue> items;  // Array elements (nested arrays are Raw)
};

class JsonFields {
 public:
  void clear() { used_ = 0; }
  JsonValue& add(std::string_view name);
  // The value of the first field called `name`, or nullptr.
  const JsonValue* find(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, JsonValue>> fields_;
  std::size_t used_ = 0;
};

// Reads one JSON object a call into `fields`. One parser per thread; it reuses its buffers.
class JsonObjectParser {
 public:
  JsonObjectParser();
  ~JsonObjectParser();
  JsonObjectParser(JsonObjectParser&&) noexcept;
  JsonObjectParser& operator=(JsonObjectParser&&) noexcept;
  // Returns false and sets `error` when `line` is not one JSON object.
  bool parse(std::string_view line, JsonFields& fields, std::string& error);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Appends the canonical JSON text of a scalar or raw value: strings escaped as the record
// writers do, numbers in their shortest exact form (integers without a fraction).
void append_canonical(std::string& out, const JsonValue& value);
void append_number(std::string& out, double value);

}  // namespace newsmine::stats
