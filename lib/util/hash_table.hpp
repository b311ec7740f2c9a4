// Byte hashing for the NER features (FNV-1a, then mixed: model files store these hashes) and
// a read-only open-addressing table keyed by 64-bit hashes: the look-up structure of the NER
// resources, the entity name lists and the country table. Tables keyed by strings alone hash
// them with key_of() (util/hash.hpp's StringHash).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "util/hash.hpp"
#include "util/huge_pages.hpp"

namespace newsmine::util {

inline constexpr std::uint64_t kFnvOffset = 0xCBF29CE484222325ULL;
inline constexpr std::uint64_t kFnvPrime = 0x100000001B3ULL;

inline std::uint64_t fnv_step(std::uint64_t state, unsigned char byte) {
  return (state ^ byte) * kFnvPrime;
}
// Combines two hashes (order matters).
inline std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  std::uint64_t x = (a * 0x9E3779B97F4A7C15ULL) ^ (b + 0x632BE59BD9B4E019ULL);
  x ^= x >> 31;
  x *= 0xD6E8FEB86659FD93ULL;
  x ^= x >> 29;
  return x;
}
// The hash of an FNV state: mixed, never 0, so hashes can be table keys.
inline std::uint64_t finish_hash(std::uint64_t state) {
  return mix(state, 0x5851F42D4C957F2DULL) | 1;
}
inline std::uint64_t hash_bytes(std::string_view bytes) {
  std::uint64_t state = kFnvOffset;
  for (unsigned char c : bytes) state = fnv_step(state, c);
  return finish_hash(state);
}

// Open-addressing map from non-zero 64-bit keys to 32-bit values, built once, read-only.
// A key is a hash, so the table keeps no strings: callers check a found entry when a
// collision would matter.
class HashTable {
 public:
  // The key of a string for tables that are not NER resources.
  static std::uint64_t key_of(std::string_view text) { return hash_string(text) | 1; }

  void reserve(std::size_t count) {
    std::size_t size = 16;
    while (size < count * 2) size <<= 1;
    Slots old = std::move(slots_);
    slots_.assign(size, Slot{});
    count_ = 0;
    for (const Slot& slot : old) {
      if (slot.key != 0) insert(slot.key, slot.value);
    }
  }
  // Keeps the first value of a key.
  void insert(std::uint64_t key, std::uint32_t value) {
    if ((count_ + 1) * 2 > slots_.size()) reserve(std::max<std::size_t>(16, (count_ + 1) * 2));
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = home(key, mask);; i = (i + 1) & mask) {
      if (slots_[i].key == key) return;
      if (slots_[i].key == 0) {
        slots_[i] = {key, value};
        ++count_;
        return;
      }
    }
  }
  // ORs `bits` into the value of `key` (0 when absent).
  void insert_or(std::uint64_t key, std::uint32_t bits) {
    if ((count_ + 1) * 2 > slots_.size()) reserve(std::max<std::size_t>(16, (count_ + 1) * 2));
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = home(key, mask);; i = (i + 1) & mask) {
      if (slots_[i].key == key) {
        slots_[i].value |= bits;
        return;
      }
      if (slots_[i].key == 0) {
        slots_[i] = {key, bits};
        ++count_;
        return;
      }
    }
  }
  void prefetch(std::uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[home(key, slots_.size() - 1)]);
  }
  // The value of `key`, or 0 when absent.
  std::uint32_t find(std::uint64_t key) const {
    if (slots_.empty()) return 0;
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = home(key, mask);; i = (i + 1) & mask) {
      if (slots_[i].key == key) return slots_[i].value;
      if (slots_[i].key == 0) return 0;
    }
  }
  std::size_t size() const { return count_; }

 private:
  // The first slot to probe: the key's bits above bit 0, which is set in every key.
  static std::size_t home(std::uint64_t key, std::size_t mask) {
    return static_cast<std::size_t>(key >> 1) & mask;
  }
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = 0;
  };
  using Slots = std::vector<Slot, HugePageAllocator<Slot>>;
  Slots slots_;
  std::size_t count_ = 0;
};

}  // namespace newsmine::util
