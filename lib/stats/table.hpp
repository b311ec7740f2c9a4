// Count tables for stats (internal header): string keys with counts, bounded by a Misra-Gries
// step, and numeric value histograms.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsmine::stats {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {  // not noexcept: nodes cache the hash
    return std::hash<std::string_view>{}(text);
  }
};

// Counts per string key. With max_keys > 0 it holds at most 2 * max_keys keys (see stats.hpp).
class CountMap {
 public:
  using Map = std::unordered_map<std::string, std::uint64_t, StringHash, std::equal_to<>>;

  void add(std::string_view key, std::uint64_t count, std::size_t max_keys) {
    auto found = counts_.find(key);
    if (found != counts_.end()) {
      found->second += count;
      return;
    }
    counts_.emplace(std::string(key), count);
    if (max_keys > 0 && counts_.size() > 2 * max_keys) cut(max_keys);
  }

  void merge(const CountMap& other, std::size_t max_keys) {
    for (const auto& [key, count] : other.counts_) add(key, count, 0);
    error_ += other.error_;
    if (max_keys > 0 && counts_.size() > 2 * max_keys) cut(max_keys);
  }

  void add_error(std::uint64_t error) { error_ += error; }

  // Keeps the max_keys highest counts: subtracts the (max_keys+1)-th largest count from all.
  void cut(std::size_t max_keys) {
    if (counts_.size() <= max_keys) return;
    std::vector<std::uint64_t> values;
    values.reserve(counts_.size());
    for (const auto& entry : counts_) values.push_back(entry.second);
    auto nth = values.begin() + static_cast<std::ptrdiff_t>(max_keys);
    std::nth_element(values.begin(), nth, values.end(), std::greater<>());
    const std::uint64_t floor = *nth;
    for (auto it = counts_.begin(); it != counts_.end();) {
      if (it->second <= floor) {
        it = counts_.erase(it);
      } else {
        it->second -= floor;
        ++it;
      }
    }
    error_ += floor;
  }

  const Map& counts() const { return counts_; }
  std::uint64_t error() const { return error_; }
  std::uint64_t total() const {
    std::uint64_t sum = 0;
    for (const auto& entry : counts_) sum += entry.second;
    return sum;
  }

 private:
  Map counts_;
  std::uint64_t error_ = 0;
};

// Counts per numeric value. With max_keys > 0 it holds at most 2 * max_keys values: past that,
// neighbouring values are paired into their count-weighted mean (min and max stay exact), and
// the summary is marked approximate.
class NumberMap {
 public:
  void add(double value, std::uint64_t count, std::size_t max_keys) {
    counts_[value] += count;
    if (max_keys > 0 && counts_.size() > 2 * max_keys) compact();
  }

  void merge(const NumberMap& other, std::size_t max_keys) {
    for (const auto& [value, count] : other.counts_) counts_[value] += count;
    approximate_ = approximate_ || other.approximate_;
    while (max_keys > 0 && counts_.size() > 2 * max_keys) compact();
  }

  void set_approximate() { approximate_ = true; }
  const std::map<double, std::uint64_t>& counts() const { return counts_; }
  bool approximate() const { return approximate_; }

 private:
  void compact() {
    std::map<double, std::uint64_t> paired;
    auto it = counts_.begin();
    const double last = counts_.rbegin()->first;
    paired.emplace(it->first, it->second);  // the minimum stays
    ++it;
    while (it != counts_.end()) {
      auto next = std::next(it);
      if (it->first == last || next == counts_.end() || next->first == last) {
        paired[it->first] += it->second;
        it = next;
        continue;
      }
      const double weight = static_cast<double>(it->second + next->second);
      const double mean = (it->first * static_cast<double>(it->second) +
                           next->first * static_cast<double>(next->second)) /
                          weight;
      paired[mean] += it->second + next->second;
      it = std::next(next);
    }
    counts_.swap(paired);
    approximate_ = true;
  }

  std::map<double, std::uint64_t> counts_;
  bool approximate_ = false;
};

}  // namespace newsmine::stats
