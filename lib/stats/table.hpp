// Count tables for stats (internal header): string keys with counts, bounded by a Misra-Gries
// step, and numeric value histograms.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "util/hash.hpp"
#include "util/huge_pages.hpp"

namespace newsmine::stats {

// A table's slots: big ones on huge pages.
template <typename Slot>
using SlotVector = std::vector<Slot, util::HugePageAllocator<Slot>>;

using util::StringHash;

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
    SlotVector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.length == 0) continue;
      std::size_t i = slot.hash & mask;
      while (slots_[i].length != 0) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  SlotVector<Slot> slots_;
  std::string arena_;
  std::size_t size_ = 0;
  std::uint64_t error_ = 0;
};

// Interns word forms (token bytes as written) to caller-given nonzero 32-bit values, in one
// flat open-addressing table of 16-byte slots. A form of up to 12 bytes without a NUL byte (most
// words) is kept in its slot, so a lookup touches one slot and compares two integers; a longer
// form lives in an arena (length, then bytes) and its slot holds the hash's high half and its
// place.
class FormIds {
 public:
  // A form packed for lookup: see key_of().
  struct Key {
    std::uint64_t head = 0;  // short: bytes 0-7, zero-padded; long: 0
    std::uint32_t tail = 0;  // short: bytes 8-11, zero-padded; long: the hash's high half
    std::uint64_t hash = 0;
  };

  // Packs `form`, whose bytes may be read up to `readable_end` (loads past the form's end, up to
  // 12 bytes from its start, are safe when they stay below it).
  static Key key_of(std::string_view form, const char* readable_end) {
    Key key;
    const std::size_t length = form.size();
    if (length == 0 || length > 12) return long_key(form);
    unsigned char bytes[12];
    if (readable_end - form.data() >= 12) {
      std::memcpy(bytes, form.data(), 12);
    } else {
      std::memset(bytes, 0, 12);
      std::memcpy(bytes, form.data(), length);
    }
    std::uint64_t head;
    std::uint32_t tail;
    std::memcpy(&head, bytes, 8);
    std::memcpy(&tail, bytes + 8, 4);
    // Keep the form's bytes only: a mask of `length` bytes over the 12 (little-endian).
    const std::uint64_t head_mask =
        length >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * length)) - 1;
    const std::uint32_t tail_mask = length <= 8    ? 0u
                                    : length >= 12 ? ~0u
                                                   : (std::uint32_t{1} << (8 * (length - 8))) - 1;
    head &= head_mask;
    tail &= tail_mask;
    // A NUL byte would make the form look shorter: such forms take the long path.
    if (has_zero_byte(head | ~head_mask) ||
        has_zero_byte(std::uint64_t{tail | ~tail_mask} | 0xFFFFFFFF00000000ULL)) {
      return long_key(form);
    }
    key.head = head;
    key.tail = tail;
    key.hash = short_hash(head, tail);
    return key;
  }

  void prefetch(const Key& key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[key.hash & (slots_.size() - 1)]);
  }

  // The value of `form` (packed as `key`); a new form gets new_value(form), which must be
  // nonzero.
  template <typename NewValue>
  std::uint32_t value_of(std::string_view form, const Key& key, const NewValue& new_value) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = key.hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.value == 0) {
        if (2 * (size_ + 1) > slots_.size()) {  // at most half full: grow, then look again
          grow();
          return value_of(form, key, new_value);
        }
        std::uint64_t head = key.head;
        if (head == 0) {  // long: the slot holds the arena place, shifted past a zero low byte
          head = std::uint64_t{arena_.size()} << 8;
          const auto length = static_cast<std::uint32_t>(form.size());
          arena_.append(reinterpret_cast<const char*>(&length), sizeof length);
          arena_.append(form);
        }
        slot = {head, key.tail, new_value(form)};
        ++size_;
        return slot.value;
      }
      if (slot.tail == key.tail &&
          (key.head != 0 ? slot.head == key.head : is_long(slot) && same_long(slot, form))) {
        return slot.value;
      }
    }
  }

  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t head = 0;  // short: the form's first 8 bytes; long: arena offset << 8
    std::uint32_t tail = 0;
    std::uint32_t value = 0;  // 0 marks an empty slot
  };

  static bool has_zero_byte(std::uint64_t word) {
    return ((word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL) != 0;
  }

  // A short form's first byte is not NUL, so its head's low byte is never 0.
  static bool is_long(const Slot& slot) { return (slot.head & 0xFF) == 0; }

  static std::uint64_t short_hash(std::uint64_t head, std::uint32_t tail) {
    std::uint64_t hash = (head ^ (std::uint64_t{tail} << 29)) * 0x9E3779B97F4A7C15ULL;
    hash ^= hash >> 32;
    hash *= 0xFF51AFD7ED558CCDULL;
    hash ^= hash >> 29;
    return hash;
  }

  static Key long_key(std::string_view form) {
    Key key;
    key.hash = StringHash{}(form);
    key.tail = static_cast<std::uint32_t>(key.hash >> 32);
    return key;
  }

  std::string_view long_form(const Slot& slot) const {
    const std::size_t offset = slot.head >> 8;
    std::uint32_t length;
    std::memcpy(&length, arena_.data() + offset, sizeof length);
    return std::string_view(arena_).substr(offset + sizeof length, length);
  }

  bool same_long(const Slot& slot, std::string_view form) const { return long_form(slot) == form; }

  void grow() {
    SlotVector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.value == 0) continue;
      const std::uint64_t hash =
          is_long(slot) ? StringHash{}(long_form(slot)) : short_hash(slot.head, slot.tail);
      std::size_t i = hash & mask;
      while (slots_[i].value != 0) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  SlotVector<Slot> slots_ = SlotVector<Slot>(16);  // a power of two, never empty
  std::string arena_;                              // long forms: 4-byte length, then the bytes
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
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = slot_of(key);; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.key == key) {
        slot.count += count;
        return;
      }
      if (slot.key == 0) {
        if (2 * (size_ + 1) > slots_.size()) {  // at most half full: grow, then look again
          grow();
          add(key, count);
          return;
        }
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
    SlotVector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
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

  SlotVector<Slot> slots_ = SlotVector<Slot>(16);  // a power of two, never empty
  std::size_t size_ = 0;
  unsigned shift_ = 60;  // 64 - log2(slots_.size())
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
