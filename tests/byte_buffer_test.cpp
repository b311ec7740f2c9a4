// ByteBuffer: committed bytes survive growth, clear, swap and moves.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include "newsmine/byte_buffer.hpp"

namespace newsmine {
namespace {

void put(ByteBuffer& buffer, std::string_view bytes, std::size_t room) {
  char* at = buffer.grow_uninitialized(room);
  std::memcpy(at, bytes.data(), bytes.size());
  buffer.commit(bytes.size());
}

TEST(ByteBuffer, KeepsCommittedBytesAcrossGrowth) {
  ByteBuffer buffer;
  EXPECT_TRUE(buffer.empty());
  EXPECT_EQ(buffer.view(), "");
  std::string expected;
  for (int i = 0; i < 1000; ++i) {
    const std::string piece = std::to_string(i) + ",";
    put(buffer, piece, piece.size() + 40);  // more room than used
    expected += piece;
  }
  EXPECT_EQ(buffer.view(), expected);
  EXPECT_GE(buffer.capacity(), buffer.size());
}

TEST(ByteBuffer, ClearKeepsCapacityAndSwapAndMoveTakeContents) {
  ByteBuffer a;
  put(a, "hello", 5);
  a.reserve(4096);
  EXPECT_EQ(a.view(), "hello");
  const std::size_t capacity = a.capacity();
  a.clear();
  EXPECT_TRUE(a.empty());
  EXPECT_EQ(a.capacity(), capacity);

  put(a, "first", 5);
  ByteBuffer b;
  put(b, "second", 6);
  a.swap(b);
  EXPECT_EQ(a.view(), "second");
  EXPECT_EQ(b.view(), "first");

  ByteBuffer moved(std::move(a));
  EXPECT_EQ(moved.view(), "second");
  b = std::move(moved);
  EXPECT_EQ(b.view(), "second");
}

}  // namespace
}  // namespace newsmine
