// ByteBuffer: a growable byte array that, unlike std::string, grows without zero-filling.
//
// Writers ask for room with grow_uninitialized(n), write at most n bytes through the pointer it
// returns, then commit(k) the k <= n bytes they wrote. Invariants:
//  - bytes [0, size()) are what was committed; bytes past size() are indeterminate
//    and never read;
//  - a pointer from data() or grow_uninitialized() stays valid until the next call that can
//    grow (grow_uninitialized, reserve) or swap;
//  - clear() keeps the capacity, so a reused buffer stops allocating once it is large enough.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>

namespace newsmine {

class ByteBuffer {
 public:
  ByteBuffer() = default;
  ByteBuffer(ByteBuffer&& other) noexcept { swap(other); }
  ByteBuffer& operator=(ByteBuffer&& other) noexcept {
    ByteBuffer taken(std::move(other));
    swap(taken);
    return *this;
  }

  const char* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  std::size_t capacity() const { return capacity_; }
  bool empty() const { return size_ == 0; }
  std::string_view view() const { return {data_.get(), size_}; }

  void clear() { size_ = 0; }
  void reserve(std::size_t capacity) {
    if (capacity > capacity_) reallocate(capacity);
  }
  // Room for `bytes` more bytes after size(), uninitialised.
  char* grow_uninitialized(std::size_t bytes) {
    if (capacity_ - size_ < bytes) reallocate(std::max(size_ + bytes, 2 * capacity_));
    return data_.get() + size_;
  }
  // Adds `bytes` written into the room from the last grow_uninitialized() to the contents.
  void commit(std::size_t bytes) { size_ += bytes; }
  void swap(ByteBuffer& other) noexcept {
    data_.swap(other.data_);
    std::swap(size_, other.size_);
    std::swap(capacity_, other.capacity_);
  }

 private:
  void reallocate(std::size_t capacity) {
    auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
    if (size_) std::memcpy(bigger.get(), data_.get(), size_);
    data_ = std::move(bigger);
    capacity_ = capacity;
  }

  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace newsmine
