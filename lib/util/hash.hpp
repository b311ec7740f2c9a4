// The one string hash of newsmine's tables (internal header): word lists, country names,
// the stats counting tables and the standard containers keyed by strings all hash with
// StringHash. (The NER model's feature keys use FNV-1a, util/hash_table.hpp, because trained
// model files store those hashes.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsmine::util {

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

inline std::uint64_t hash_string(std::string_view text) {
  return StringHash{}(text);
}

}  // namespace newsmine::util
