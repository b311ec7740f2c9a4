// Count tables for stats (internal header): string keys with counts, bounded by a Misra-Gries
// step, and numeric value histograms.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace newsmine::stats {

// A fast hash for short keys (words): 8 bytes a step, multiply-xorshift, MurmurHash3's
// 64-bit finaliser so the low bits that pick a slot are well mixed.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept {
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
    std::uint64_t hash = text.size() * kMultiplier;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
      std::uint64_t chunk;
      std::memcpy(&chunk, text.data() + i, 8);
      hash = (hash ^ chunk) * kMultiplier;
      hash ^= hash >> 29;
    }
    // The last 1-7 bytes by fixed-size loads (a variable-size memcpy is a call and stalls the
    // load that follows it): the last 8 bytes, overlapping, when the key is that long; else two
    // overlapping 4-byte loads, or the first, middle and last byte.
    const std::size_t rest = text.size() - i;
    if (rest > 0) {
      const char* data = text.data();
      std::uint64_t chunk;
      if (text.size() >= 8) {
        std::memcpy(&chunk, data + text.size() - 8, 8);
      } else if (rest >= 4) {
        std::uint32_t low;
        std::uint32_t high;
        std::memcpy(&low, data, 4);
        std::memcpy(&high, data + rest - 4, 4);
        chunk = low | (std::uint64_t{high} << 32);
      } else {
        chunk = static_cast<unsigned char>(data[0]) |
                (std::uint64_t{static_cast<unsigned char>(data[rest / 2])} << 8) |
                (std::uint64_t{static_cast<unsigned char>(data[rest - 1])} << 16);
      }
      hash = (hash ^ chunk) * kMultiplier;
    }
    hash ^= hash >> 33;
    hash *= 0xFF51AFD7ED558CCDULL;
    hash ^= hash >> 33;
    hash *= 0xC4CEB9FE1A85EC53ULL;
    hash ^= hash >> 33;
    return hash;
  }
};

// Counts per string key in one flat open-addressing table: keys live back to back in one
// arena, slots hold the hash, the key's place and the count, so a lookup touches one slot and
// one key (std::unordered_map's node chains cost several cache misses a word). With
// max_keys > 0 it holds at most 2 * max_keys keys (see stats.hpp).
class CountMap {
 public:
  using Entry = std::pair<std::string_view, std::uint64_t>;

  void add(std::string_view key, std::uint64_t count, std::size_t max_keys) {
    add_tagged(key, count, max_keys, [](std::string_view) { return 0u; });
  }

  // As add(), and returns the key's tag: tag_of(key), computed once per key and kept in its
  // slot (a tag of 0 is recomputed; tags do not survive cut()).
  template <typename TagOf>
  std::uint32_t add_tagged(std::string_view key, std::uint64_t count, std::size_t max_keys,
                           const TagOf& tag_of) {
    return add_hashed(key, StringHash{}(key), count, max_keys, tag_of);
  }

  // Asks the CPU to fetch the slot where a lookup of `hash` starts, so a batch of lookups
  // overlaps its cache misses.
  void prefetch(std::uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }

  // After prefetch(hash) has had time to land: asks the CPU to fetch the key bytes of the slot
  // where the lookup starts, the lookup's second cache miss.
  void prefetch_key(std::uint64_t hash) const {
    if (slots_.empty()) return;
    const Slot& slot = slots_[hash & (slots_.size() - 1)];
    if (slot.length != 0) __builtin_prefetch(arena_.data() + slot.offset);
  }

  // add_tagged() for a key whose StringHash is already known.
  template <typename TagOf>
  std::uint32_t add_hashed(std::string_view key, std::uint64_t hash, std::uint64_t count,
                           std::size_t max_keys, const TagOf& tag_of) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    std::uint32_t tag = 0;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.length == 0) {
        tag = tag_of(key);
        slot = {hash, arena_.size(), static_cast<std::uint32_t>(key.size() + 1), tag, count};
        arena_.append(key);
        ++size_;
        break;
      }
      if (slot.hash == hash && slot.length == key.size() + 1 &&
          same_bytes(arena_.data() + slot.offset, key.data(), key.size())) {
        slot.count += count;
        if (slot.tag == 0) slot.tag = tag_of(key);
        return slot.tag;
      }
    }
    if (max_keys > 0 && size_ > 2 * max_keys) cut(max_keys);
    return tag;
  }

  void merge(const CountMap& other, std::size_t max_keys) {
    other.for_each([&](std::string_view key, std::uint64_t count) { add(key, count, 0); });
    error_ += other.error_;
    if (max_keys > 0 && size_ > 2 * max_keys) cut(max_keys);
  }

  void add_error(std::uint64_t error) { error_ += error; }

  // Keeps the max_keys highest counts: subtracts the (max_keys+1)-th largest count from all.
  void cut(std::size_t max_keys) {
    if (size_ <= max_keys) return;
    std::vector<std::uint64_t> values;
    values.reserve(size_);
    for_each([&](std::string_view, std::uint64_t count) { values.push_back(count); });
    auto nth = values.begin() + static_cast<std::ptrdiff_t>(max_keys);
    std::nth_element(values.begin(), nth, values.end(), std::greater<>());
    const std::uint64_t floor = *nth;
    CountMap kept;
    for_each([&](std::string_view key, std::uint64_t count) {
      if (count > floor) kept.add(key, count - floor, 0);
    });
    kept.error_ = error_ + floor;
    *this = std::move(kept);
  }

  // Calls fn(key, count) for every key, in no particular order.
  template <typename Fn>
  void for_each(const Fn& fn) const {
    for (const Slot& slot : slots_) {
      if (slot.length != 0) {
        fn(std::string_view(arena_).substr(slot.offset, slot.length - 1), slot.count);
      }
    }
  }

  std::vector<Entry> entries() const {
    std::vector<Entry> all;
    all.reserve(size_);
    for_each([&](std::string_view key, std::uint64_t count) { all.emplace_back(key, count); });
    return all;
  }

  std::size_t size() const { return size_; }
  std::uint64_t error() const { return error_; }

 private:
  // Short keys (most words) compared inline, without a call to memcmp.
  static bool same_bytes(const char* a, const char* b, std::size_t length) {
    if (length > 16) return std::memcmp(a, b, length) == 0;
    for (std::size_t i = 0; i < length; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

  struct Slot {
    std::uint64_t hash = 0;
    std::uint64_t offset = 0;  // of the key in arena_
    std::uint32_t length = 0;  // key length + 1; 0 marks an empty slot
    std::uint32_t tag = 0;     // see add_tagged()
    std::uint64_t count = 0;
  };

  void grow() {
    std::vector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.length == 0) continue;
      std::size_t i = slot.hash & mask;
      while (slots_[i].length != 0) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::string arena_;
  std::size_t size_ = 0;
  std::uint64_t error_ = 0;
};

// Interns strings (word forms as written) to ids from 1 up, in one flat open-addressing table
// of 16-byte slots; the keys live back to back in one arena (at most 4 GiB of distinct keys).
class FormIds {
 public:
  void prefetch(std::uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }

  // After prefetch(hash) has had time to land: asks the CPU to fetch the key bytes of the slot
  // where the lookup starts, the lookup's second cache miss.
  void prefetch_key(std::uint64_t hash) const {
    if (slots_.empty()) return;
    const Slot& slot = slots_[hash & (slots_.size() - 1)];
    if (slot.id != 0) __builtin_prefetch(arena_.data() + slot.offset);
  }

  // The id of `key` (whose StringHash is `hash`); a new key gets new_id(key), which must be
  // nonzero.
  template <typename NewId>
  std::uint32_t id_of(std::string_view key, std::uint64_t hash, const NewId& new_id) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    const auto check = static_cast<std::uint32_t>(hash >> 32);
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.id == 0) {
        if (arena_.size() + key.size() > UINT32_MAX) throw std::length_error("too many word forms");
        slot = {check, static_cast<std::uint32_t>(arena_.size()),
                static_cast<std::uint32_t>(key.size()), new_id(key)};
        arena_.append(key);
        ++size_;
        return slot.id;
      }
      if (slot.check == check && slot.length == key.size() &&
          std::memcmp(arena_.data() + slot.offset, key.data(), key.size()) == 0) {
        return slot.id;
      }
    }
  }

  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint32_t check = 0;   // the hash's high half
    std::uint32_t offset = 0;  // of the key in arena_
    std::uint32_t length = 0;
    std::uint32_t id = 0;  // 0 marks an empty slot
  };

  void grow() {
    std::vector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.id == 0) continue;
      std::size_t i =
          StringHash{}(std::string_view(arena_).substr(slot.offset, slot.length)) & mask;
      while (slots_[i].id != 0) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::string arena_;
  std::size_t size_ = 0;
};

// Counts per pair of 32-bit ids (two adjacent words), keyed by (first << 32 | second), in one
// flat open-addressing table of 16-byte slots. Ids must be nonzero (key 0 marks an empty slot).
class PairCountMap {
 public:
  static std::uint64_t key_of(std::uint32_t first, std::uint32_t second) {
    return (std::uint64_t{first} << 32) | second;
  }

  void prefetch(std::uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[slot_of(key)]);
  }

  void add(std::uint64_t key, std::uint64_t count) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = slot_of(key);; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.key == key) {
        slot.count += count;
        return;
      }
      if (slot.key == 0) {
        slot = {key, count};
        ++size_;
        return;
      }
    }
  }

  // Calls fn(first, second, count) for every pair, in no particular order.
  template <typename Fn>
  void for_each(const Fn& fn) const {
    for (const Slot& slot : slots_) {
      if (slot.key != 0) {
        fn(static_cast<std::uint32_t>(slot.key >> 32), static_cast<std::uint32_t>(slot.key),
           slot.count);
      }
    }
  }

  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint64_t count = 0;
  };

  // Fibonacci hashing: the high bits of key * 2^64/phi pick the slot.
  std::size_t slot_of(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
  }

  void grow() {
    std::vector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
    old.swap(slots_);
    shift_ = 64 - static_cast<unsigned>(std::countr_zero(slots_.size()));
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.key == 0) continue;
      std::size_t i = slot_of(slot.key);
      while (slots_[i].key != 0) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  unsigned shift_ = 64;
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
