// Flat JSON object parsing for stats, with simdjson's On-Demand API.
#include "stats/json.hpp"

#include <fmt/format.h>
#include <simdjson.h>

#include <cmath>
#include <cstdint>

#include "newsmine/sink.hpp"

namespace newsmine::stats {

JsonValue& JsonFields::add(std::string_view name) {
  if (used_ == fields_.size()) fields_.emplace_back();
  auto& [field_name, value] = fields_[used_++];
  field_name.assign(name);
  value.type = JsonType::Null;
  value.text.clear();
  value.items.clear();
  return value;
}

const JsonValue* JsonFields::find(std::string_view name) const {
  for (std::size_t i = 0; i < used_; ++i) {
    if (fields_[i].first == name) return &fields_[i].second;
  }
  return nullptr;
}

namespace {

using simdjson::ondemand::json_type;

// Reads one value; arrays only at the top level (`depth` 0), deeper ones become Raw.
simdjson::error_code read_value(simdjson::ondemand::value value, JsonValue& out, int depth) {
  json_type type;
  if (auto error = value.type().get(type)) return error;
  switch (type) {
    case json_type::null:
      out.type = JsonType::Null;
      if (bool is_null = false; value.is_null().get(is_null) || !is_null) {
        return simdjson::INCORRECT_TYPE;
      }
      return simdjson::SUCCESS;
    case json_type::boolean:
      out.type = JsonType::Bool;
      return value.get_bool().get(out.flag);
    case json_type::number:
      out.type = JsonType::Number;
      return value.get_double().get(out.number);
    case json_type::string: {
      out.type = JsonType::String;
      std::string_view text;
      if (auto error = value.get_string().get(text)) return error;
      out.text.assign(text);
      return simdjson::SUCCESS;
    }
    case json_type::array: {
      if (depth > 0) break;
      out.type = JsonType::Array;
      simdjson::ondemand::array array;
      if (auto error = value.get_array().get(array)) return error;
      for (auto item : array) {
        simdjson::ondemand::value item_value;
        if (auto error = item.get(item_value)) return error;
        out.items.emplace_back();
        if (auto error = read_value(item_value, out.items.back(), depth + 1)) return error;
      }
      return simdjson::SUCCESS;
    }
    case json_type::object:
      break;
  }
  out.type = JsonType::Raw;
  std::string_view raw;
  if (type == json_type::object) {
    simdjson::ondemand::object object;
    if (auto error = value.get_object().get(object)) return error;
    if (auto error = object.raw_json().get(raw)) return error;
  } else {
    simdjson::ondemand::array array;
    if (auto error = value.get_array().get(array)) return error;
    if (auto error = array.raw_json().get(raw)) return error;
  }
  while (!raw.empty() &&
         (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\n' || raw.back() == '\r')) {
    raw.remove_suffix(1);
  }
  out.text.assign(raw);
  return simdjson::SUCCESS;
}

}  // namespace

struct JsonObjectParser::Impl {
  simdjson::ondemand::parser parser;
  std::string buffer;  // the line and simdjson's padding
};

JsonObjectParser::JsonObjectParser() : impl_(std::make_unique<Impl>()) {}
JsonObjectParser::~JsonObjectParser() = default;
JsonObjectParser::JsonObjectParser(JsonObjectParser&&) noexcept = default;
JsonObjectParser& JsonObjectParser::operator=(JsonObjectParser&&) noexcept = default;

bool JsonObjectParser::parse(std::string_view line, JsonFields& fields, std::string& error) {
  fields.clear();
  impl_->buffer.assign(line);
  impl_->buffer.resize(line.size() + simdjson::SIMDJSON_PADDING);
  simdjson::ondemand::document doc;
  simdjson::ondemand::object object;
  auto failed = [&error](simdjson::error_code code) {
    error = fmt::format("bad JSON: {}", simdjson::error_message(code));
    return false;
  };
  if (auto code =
          impl_->parser.iterate(impl_->buffer.data(), line.size(), impl_->buffer.size()).get(doc)) {
    return failed(code);
  }
  if (auto code = doc.get_object().get(object)) return failed(code);
  for (auto field : object) {
    std::string_view name;
    if (auto code = field.unescaped_key().get(name)) return failed(code);
    simdjson::ondemand::value value;
    if (auto code = field.value().get(value)) return failed(code);
    if (auto code = read_value(value, fields.add(name), 0)) return failed(code);
  }
  return true;
}

void append_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += "null";  // JSON has no infinity or NaN
  } else if (value > -1e15 && value < 1e15 &&
             value == static_cast<double>(static_cast<std::int64_t>(value))) {
    fmt::format_to(std::back_inserter(out), "{}", static_cast<std::int64_t>(value));
  } else {
    fmt::format_to(std::back_inserter(out), "{}", value);
  }
}

void append_canonical(std::string& out, const JsonValue& value) {
  switch (value.type) {
    case JsonType::Null:
      out += "null";
      return;
    case JsonType::Bool:
      out += value.flag ? "true" : "false";
      return;
    case JsonType::Number:
      append_number(out, value.number);
      return;
    case JsonType::String:
      append_json_string(out, value.text);
      return;
    case JsonType::Array:
      out += '[';
      for (std::size_t i = 0; i < value.items.size(); ++i) {
        if (i > 0) out += ',';
        append_canonical(out, value.items[i]);
      }
      out += ']';
      return;
    case JsonType::Raw:
      out += value.text;
      return;
  }
}

}  // namespace newsmine::stats
