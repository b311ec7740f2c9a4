#include <bzlib.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <lzma.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "newsmine/reader.hpp"

namespace newsmine {
namespace {

namespace fs = std::filesystem;

// A folder of its own under the system temp folder, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = fs::temp_directory_path() /
            ("newsmine_reader_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  // Writes `bytes` to `name` (folders made as needed) and returns the file's path.
  std::string write(const std::string& name, const std::string& bytes) const {
    fs::path file = path_ / name;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

std::string gzip(const std::string& bytes) {
  z_stream stream{};
  EXPECT_EQ(deflateInit2(&stream, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

std::string zstd(const std::string& bytes) {
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  std::size_t size = ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), 3);
  EXPECT_FALSE(ZSTD_isError(size));
  out.resize(size);
  return out;
}

std::string xz(const std::string& bytes) {
  std::string out(lzma_stream_buffer_bound(bytes.size()), '\0');
  std::size_t size = 0;
  EXPECT_EQ(lzma_easy_buffer_encode(
                6, LZMA_CHECK_CRC64, nullptr, reinterpret_cast<const std::uint8_t*>(bytes.data()),
                bytes.size(), reinterpret_cast<std::uint8_t*>(out.data()), &size, out.size()),
            LZMA_OK);
  out.resize(size);
  return out;
}

std::string bzip2(const std::string& bytes) {
  std::string out(bytes.size() + bytes.size() / 100 + 700, '\0');
  auto size = static_cast<unsigned>(out.size());
  EXPECT_EQ(BZ2_bzBuffToBuffCompress(out.data(), &size, const_cast<char*>(bytes.data()),
                                     static_cast<unsigned>(bytes.size()), 9, 0, 0),
            BZ_OK);
  out.resize(size);
  return out;
}

struct Result {
  std::vector<Document> docs;
  std::vector<Diagnostic> problems;
  std::uint64_t error_count = 0;
  std::uint64_t bytes_read = 0;
};

Result read_all(std::vector<std::string> inputs, ReaderOptions options = {}) {
  Result result;
  Reader reader(std::move(inputs), std::move(options),
                [&](const Diagnostic& problem) { result.problems.push_back(problem); });
  Document doc;
  while (reader.next(doc)) result.docs.push_back(std::move(doc));
  result.error_count = reader.error_count();
  result.bytes_read = reader.bytes_read();
  return result;
}

std::vector<std::string> ids(const Result& result) {
  std::vector<std::string> out;
  for (const Document& doc : result.docs) out.push_back(doc.id);
  return out;
}

std::vector<std::string> texts(const Result& result) {
  std::vector<std::string> out;
  for (const Document& doc : result.docs) out.push_back(doc.text);
  return out;
}

// "file:line: message" for each diagnostic.
std::vector<std::string> problems(const Result& result) {
  std::vector<std::string> out;
  for (const Diagnostic& problem : result.problems) {
    out.push_back(problem.source + ":" + std::to_string(problem.line) + ": " + problem.message);
  }
  return out;
}

// Where each diagnostic points, as "file:line".
std::vector<std::string> places(const Result& result) {
  std::vector<std::string> out;
  for (const Diagnostic& problem : result.problems) {
    out.push_back(problem.source + ":" + std::to_string(problem.line));
  }
  return out;
}

using Strings = std::vector<std::string>;

const std::string kThreeLines =
    "{\"id\":\"a\",\"date\":\"2025-04-21\",\"text\":\"First \\\"one\\\".\"}\n"
    "{\"id\":\"b\",\"text\":\"Second\\nline \\u00e9\"}\n"
    "{\"id\":\"c\",\"text\":\"Third\"}\n";

TEST(Reader, PlainTextFileIsOneArticleWithItsPathAsId) {
  TempDir dir;
  const std::string text = "China has warned.\n\nSecond paragraph.\n";
  std::string path = dir.write("story.txt", text);
  ReaderOptions options;
  options.default_date = "2025-04-21";
  Result result = read_all({path}, options);
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].id, path);
  EXPECT_EQ(result.docs[0].text, text);
  EXPECT_EQ(result.docs[0].date, "2025-04-21");
  EXPECT_EQ(result.docs[0].source, path);
  EXPECT_EQ(result.docs[0].line, 0u);
  EXPECT_FALSE(result.docs[0].is_record);
  EXPECT_TRUE(result.problems.empty());
  EXPECT_EQ(result.bytes_read, text.size());
}

TEST(Reader, JsonLinesUnescapesTextAndKeepsLineNumbers) {
  TempDir dir;
  std::string path = dir.write("a.jsonl", "\n" + kThreeLines + "\n  \n");
  Result result = read_all({path});
  EXPECT_EQ(ids(result), (Strings{"a", "b", "c"}));
  EXPECT_EQ(texts(result), (Strings{"First \"one\".", "Second\nline \xC3\xA9", "Third"}));
  ASSERT_EQ(result.docs.size(), 3u);
  EXPECT_EQ(result.docs[0].date, "2025-04-21");
  EXPECT_EQ(result.docs[1].date, "");
  EXPECT_EQ(result.docs[0].line, 2u);
  EXPECT_EQ(result.docs[2].line, 4u);
  EXPECT_EQ(result.docs[2].source, path);
  EXPECT_TRUE(result.problems.empty());
  EXPECT_EQ(result.error_count, 0u);
}

TEST(Reader, GzipAndZstdAreDetectedByMagicBytesNotName) {
  TempDir dir;
  std::string gz = dir.write("news.data", gzip(kThreeLines));
  std::string zst = dir.write("news.txt", zstd(kThreeLines));
  std::string plain_gz = dir.write("plain.jsonl.gz", "Just text.\n");
  Result result = read_all({gz, zst, plain_gz});
  EXPECT_EQ(ids(result), (Strings{"a", "b", "c", "a", "b", "c", plain_gz}));
  EXPECT_EQ(result.docs[6].text, "Just text.\n");
  EXPECT_TRUE(result.problems.empty());
  EXPECT_EQ(result.bytes_read, fs::file_size(gz) + fs::file_size(zst) + 11);
}

TEST(Reader, CompressedPlainText) {
  TempDir dir;
  std::string text = "Plain article, compressed.";
  std::string gz = dir.write("a.gz", gzip(text));
  std::string zst = dir.write("b.zst", zstd(text));
  Result result = read_all({gz, zst});
  EXPECT_EQ(texts(result), (Strings{text, text}));
  EXPECT_EQ(ids(result), (Strings{gz, zst}));
  EXPECT_TRUE(result.problems.empty());
}

TEST(Reader, MultiMemberGzipIsReadToTheEnd) {
  TempDir dir;
  std::string path = dir.write("multi.gz", gzip("{\"id\":\"one\",\"text\":\"x\"}\n") +
                                               gzip("{\"id\":\"two\",\"text\":\"y\"}\n"));
  Result result = read_all({path});
  EXPECT_EQ(ids(result), (Strings{"one", "two"}));
  EXPECT_TRUE(result.problems.empty());
}

// Many lines, so that the compressed stream spans several reads and buffer refills.
std::string many_lines(int count) {
  std::string out;
  for (int k = 1; k <= count; ++k) {
    out += "{\"id\":" + std::to_string(k) + ",\"text\":\"Article number " + std::to_string(k) +
           " with some words to make it longer than a few bytes, " + std::to_string(k * 7919) +
           ".\"}\n";
  }
  return out;
}

TEST(Reader, LargeCompressedStreamsMatchThePlainFile) {
  TempDir dir;
  const std::string lines = many_lines(60000);  // about 6 MB
  std::string plain = dir.write("a.jsonl", lines);
  std::string gz = dir.write("a.jsonl.gz", gzip(lines));
  std::string zst = dir.write("a.jsonl.zst", zstd(lines));
  Result from_plain = read_all({plain});
  Result from_gzip = read_all({gz});
  Result from_zstd = read_all({zst});
  ASSERT_EQ(from_plain.docs.size(), 60000u);
  EXPECT_EQ(from_plain.docs.back().id, "60000");
  EXPECT_EQ(from_plain.docs.back().line, 60000u);
  EXPECT_EQ(texts(from_gzip), texts(from_plain));
  EXPECT_EQ(texts(from_zstd), texts(from_plain));
  EXPECT_EQ(ids(from_zstd), ids(from_plain));
  EXPECT_EQ(from_plain.error_count + from_gzip.error_count + from_zstd.error_count, 0u);
}

TEST(Reader, TruncatedGzipKeepsTheDocumentsBeforeIt) {
  TempDir dir;
  const std::string lines = many_lines(20000);
  std::string compressed = gzip(lines);
  std::string path = dir.write("cut.gz", compressed.substr(0, compressed.size() / 2));
  std::string after = dir.write("z.txt", "Next file.");
  Result result = read_all({path, after});
  ASSERT_GT(result.docs.size(), 1000u);
  ASSERT_LT(result.docs.size(), 20000u);
  const std::size_t read = result.docs.size() - 1;
  EXPECT_EQ(result.docs[read - 1].id, std::to_string(read));  // no gap, no partial line
  EXPECT_EQ(result.docs.back().text, "Next file.");
  EXPECT_EQ(problems(result),
            (Strings{path + ":" + std::to_string(read + 1) + ": truncated gzip stream"}));
  EXPECT_EQ(result.error_count, 1u);
}

TEST(Reader, TruncatedZstdKeepsTheDocumentsBeforeIt) {
  TempDir dir;
  const std::string lines = many_lines(20000);
  std::string compressed = zstd(lines);
  std::string path = dir.write("cut.zst", compressed.substr(0, compressed.size() / 2));
  Result result = read_all({path});
  ASSERT_GT(result.docs.size(), 1000u);
  ASSERT_LT(result.docs.size(), 20000u);
  EXPECT_EQ(result.docs.back().id, std::to_string(result.docs.size()));
  EXPECT_EQ(problems(result), (Strings{path + ":" + std::to_string(result.docs.size() + 1) +
                                       ": truncated zstd stream"}));
}

TEST(Reader, CorruptGzipIsReported) {
  TempDir dir;
  std::string compressed = gzip(many_lines(100));
  for (std::size_t k = 20; k < 60; ++k) compressed[k] = static_cast<char>(compressed[k] ^ 0x5A);
  std::string path = dir.write("bad.gz", compressed);
  Result result = read_all({path});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].source, path);
  EXPECT_EQ(result.problems[0].message.rfind("corrupt gzip stream", 0), 0u)
      << result.problems[0].message;
}

TEST(Reader, CorruptZstdIsReportedAndTheNextFileRead) {
  TempDir dir;
  std::string compressed = zstd(many_lines(100));
  for (std::size_t k = 20; k < 60; ++k) compressed[k] = static_cast<char>(compressed[k] ^ 0x5A);
  std::string path = dir.write("bad.zst", compressed);
  std::string next = dir.write("next.txt", "next");
  Result result = read_all({path, next});
  EXPECT_EQ(result.docs.back().text, "next");
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].source, path);
  EXPECT_EQ(result.problems[0].message.rfind("corrupt zstd stream", 0), 0u)
      << result.problems[0].message;
}

TEST(Reader, XzAndBzip2AreDetectedByMagicBytesNotName) {
  TempDir dir;
  std::string xz_file = dir.write("news.data", xz(kThreeLines));
  std::string bz2_file = dir.write("news.txt", bzip2(kThreeLines));
  std::string text_xz = dir.write("a", xz("Plain article, compressed."));
  std::string text_bz2 = dir.write("b", bzip2("Plain article, compressed."));
  // Concatenated streams, as pixz and pbzip2 write them.
  std::string multi_xz = dir.write("multi.xz", xz("{\"id\":\"one\",\"text\":\"x\"}\n") +
                                                   xz("{\"id\":\"two\",\"text\":\"y\"}\n"));
  std::string multi_bz2 = dir.write("multi.bz2", bzip2("{\"id\":\"one\",\"text\":\"x\"}\n") +
                                                     bzip2("{\"id\":\"two\",\"text\":\"y\"}\n"));
  Result result = read_all({xz_file, bz2_file, text_xz, text_bz2, multi_xz, multi_bz2});
  EXPECT_EQ(ids(result),
            (Strings{"a", "b", "c", "a", "b", "c", text_xz, text_bz2, "one", "two", "one", "two"}));
  EXPECT_EQ(texts(result)[6], "Plain article, compressed.");
  EXPECT_EQ(texts(result)[7], "Plain article, compressed.");
  EXPECT_TRUE(result.problems.empty()) << problems(result)[0];
}

TEST(Reader, LargeXzAndBzip2StreamsMatchThePlainFile) {
  const std::string lines = many_lines(30000);  // about 3 MB: many reads and refills
  TempDir dir;
  Result from_plain = read_all({dir.write("a.jsonl", lines)});
  Result from_xz = read_all({dir.write("a.jsonl.xz", xz(lines))});
  Result from_bzip2 = read_all({dir.write("a.jsonl.bz2", bzip2(lines))});
  ASSERT_EQ(from_plain.docs.size(), 30000u);
  EXPECT_EQ(texts(from_xz), texts(from_plain));
  EXPECT_EQ(texts(from_bzip2), texts(from_plain));
  EXPECT_EQ(from_xz.error_count + from_bzip2.error_count, 0u);
}

TEST(Reader, TruncatedXzAndBzip2KeepTheDocumentsBeforeThem) {
  TempDir dir;
  const std::string lines = many_lines(20000);
  const std::string packed_xz = xz(lines);
  const std::string packed_bz2 = bzip2(lines);
  for (const auto& [name, packed] : {std::pair{"xz", packed_xz}, std::pair{"bzip2", packed_bz2}}) {
    SCOPED_TRACE(name);
    std::string path = dir.write(std::string("cut.") + name, packed.substr(0, packed.size() / 2));
    std::string after = dir.write("z.txt", "Next file.");
    Result result = read_all({path, after});
    ASSERT_GT(result.docs.size(), 1000u);
    ASSERT_LT(result.docs.size(), 20000u);
    const std::size_t read = result.docs.size() - 1;
    EXPECT_EQ(result.docs[read - 1].id, std::to_string(read));  // no gap, no partial line
    EXPECT_EQ(result.docs.back().text, "Next file.");
    EXPECT_EQ(problems(result),
              (Strings{path + ":" + std::to_string(read + 1) + ": truncated " + name + " stream"}));
  }
}

TEST(Reader, CorruptXzAndBzip2AreReportedAndTheNextFileRead) {
  TempDir dir;
  std::string packed_xz = xz(many_lines(100));
  std::string packed_bz2 = bzip2(many_lines(100));
  for (std::size_t k = 30; k < 60; ++k) {
    packed_xz[k] = static_cast<char>(packed_xz[k] ^ 0x5A);
    packed_bz2[k] = static_cast<char>(packed_bz2[k] ^ 0x5A);
  }
  std::string bad_xz = dir.write("bad.xz", packed_xz);
  std::string bad_bz2 = dir.write("bad.bz2", packed_bz2);
  std::string trailing = dir.write("trailing.bz2", bzip2("{\"text\":\"kept\"}\n") + "junk");
  std::string next = dir.write("next.txt", "next");
  Result result = read_all({bad_xz, bad_bz2, trailing, next});
  EXPECT_EQ(result.docs.back().text, "next");
  EXPECT_EQ(texts(result)[texts(result).size() - 2], "kept");
  // Bytes decoded before the damage shows may come out as bad lines first: look for the one
  // report of each stream.
  const auto reports = [&](const std::string& file, const std::string& start) {
    return std::count_if(result.problems.begin(), result.problems.end(), [&](const Diagnostic& d) {
      return d.source == file && d.message.rfind(start, 0) == 0;
    });
  };
  EXPECT_EQ(reports(bad_xz, "corrupt xz stream"), 1) << problems(result)[0];
  EXPECT_EQ(reports(bad_bz2, "corrupt bzip2 stream"), 1);
  EXPECT_EQ(problems(result).back(),
            trailing + ":2: corrupt bzip2 stream: not in the bzip2 format");
}

TEST(Reader, AMillionTinyDocuments) {
  std::string lines;
  lines.reserve(20000000);
  for (int k = 0; k < 1000000; ++k) lines += "{\"text\":\"t\"}\n";
  TempDir dir;
  std::string path = dir.write("tiny.jsonl.zst", zstd(lines));
  lines.clear();
  Reader reader({path}, {}, [](const Diagnostic&) {});
  Document doc;
  std::uint64_t count = 0;
  std::uint64_t text_bytes = 0;
  while (reader.next(doc)) {
    ++count;
    text_bytes += doc.text.size();
  }
  EXPECT_EQ(count, 1000000u);
  EXPECT_EQ(text_bytes, 1000000u);
  EXPECT_EQ(doc.id, path + ":1000000");
  EXPECT_EQ(reader.error_count(), 0u);
}

TEST(Reader, BinaryFileWithNulBytesIsSkipped) {
  TempDir dir;
  std::string binary = dir.write("a.bin", std::string("GIF89a\0\0\x01\x02 data", 15));
  std::string good = dir.write("b.txt", "Good.");
  Result result = read_all({binary, good});
  EXPECT_EQ(texts(result), (Strings{"Good."}));
  EXPECT_EQ(problems(result), (Strings{binary + ":0: binary file (NUL bytes) skipped"}));
}

TEST(Reader, BinaryFileIsNotReadPastItsFirstChunk) {
  TempDir dir;
  std::string binary = dir.write("big.bin", std::string("\x7F"
                                                        "ELF\0\0",
                                                        6) +
                                                std::string(std::size_t{8} << 20, 'x'));
  Result result = read_all({binary});
  EXPECT_TRUE(result.docs.empty());
  EXPECT_EQ(places(result), (Strings{binary + ":0"}));
  EXPECT_LT(result.bytes_read, std::uint64_t{4} << 20);
}

TEST(Reader, InvalidUtf8InPlainTextIsKeptAndReportedOnce) {
  TempDir dir;
  const std::string text = "Caf\xE9 line one\nsecond \xFF\xFE line\n";
  std::string path = dir.write("latin1.txt", text);
  Result result = read_all({path});
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].text, text);  // bytes as read
  EXPECT_EQ(problems(result), (Strings{path + ":1: invalid UTF-8 at byte offset 3 (kept as is)"}));
  EXPECT_EQ(result.error_count, 1u);
}

TEST(Reader, InvalidUtf8InJsonIsRepairedReportedAndParsed) {
  TempDir dir;
  std::string path = dir.write("a.jsonl",
                               "{\"id\":\"x\",\"text\":\"ok\"}\n"
                               "{\"id\":\"y\",\"text\":\"Caf\xE9 \xC3\xA9\"}\n");
  Result result = read_all({path});
  EXPECT_EQ(texts(result), (Strings{"ok", "Caf\xEF\xBF\xBD \xC3\xA9"}));
  EXPECT_EQ(ids(result), (Strings{"x", "y"}));
  EXPECT_EQ(
      problems(result),
      (Strings{path + ":2: invalid UTF-8 at byte offset 21 of the line (replaced by U+FFFD)"}));
}

TEST(Reader, LoneSurrogateEscapesAreRepairedReportedAndParsed) {
  TempDir dir;
  std::string path = dir.write("s.jsonl",
                               "{\"text\":\"pair \\ud83d\\ude00 ok\"}\n"
                               "{\"text\":\"cut \\ud83d\", \"id\":\"\\\\ud800\"}\n"
                               "{\"text\":\"low \\uDC00\\u0041\"}\n");
  Result result = read_all({path});
  EXPECT_EQ(texts(result), (Strings{"pair \xF0\x9F\x98\x80 ok", "cut \xEF\xBF\xBD",
                                    "low \xEF\xBF\xBD"
                                    "A"}));
  ASSERT_EQ(result.docs.size(), 3u);
  EXPECT_EQ(result.docs[1].id, "\\ud800");  // an escaped backslash, not an escape
  EXPECT_EQ(problems(result),
            (Strings{path + ":2: lone UTF-16 surrogate escape at byte offset 13 of the line "
                            "(replaced by U+FFFD)",
                     path + ":3: lone UTF-16 surrogate escape at byte offset 13 of the line "
                            "(replaced by U+FFFD)"}));
}

TEST(Reader, MalformedAndTextlessLinesAreReportedAndSkipped) {
  TempDir dir;
  std::string path = dir.write("mixed.jsonl",
                               "{\"id\":\"1\",\"text\":\"one\"}\n"
                               "{\"id\":\"2\",\"text\":\"two\"\n"        // unclosed
                               "{\"id\":\"3\",\"title\":\"no text\"}\n"  // no text field
                               "{\"id\":\"4\",\"text\":42}\n"            // text not a string
                               "[1,2,3]\n"                               // not an object
                               "{\"id\":\"6\",\"text\":\"six\"} trailing\n"
                               "{\"id\":\"7\",\"text\":\"seven\"}\n");
  Result result = read_all({path});
  EXPECT_EQ(ids(result), (Strings{"1", "7"}));
  EXPECT_EQ(places(result),
            (Strings{path + ":2", path + ":3", path + ":4", path + ":5", path + ":6"}));
  ASSERT_EQ(result.problems.size(), 5u);
  EXPECT_EQ(result.problems[0].message.rfind("malformed JSON", 0), 0u);
  EXPECT_EQ(result.problems[1].message, "no text field (text, content, body, article or maintext)");
  EXPECT_EQ(result.problems[2].message, "text field \"text\" is not a string");
  EXPECT_EQ(result.problems[3].message, "not a JSON object");
  EXPECT_EQ(result.problems[4].message.rfind("malformed JSON", 0), 0u);
  EXPECT_EQ(result.error_count, 5u);
}

TEST(Reader, IdsFromCommonNamesNumbersOrFileAndLine) {
  TempDir dir;
  std::string path = dir.write("ids.jsonl",
                               "{\"id\":12345,\"text\":\"a\"}\n"
                               "{\"id\":-7,\"text\":\"b\"}\n"
                               "{\"id\":18446744073709551615,\"text\":\"c\"}\n"
                               "{\"id\":2.5,\"text\":\"d\"}\n"
                               "{\"url\":\"https://x.org/1\",\"uuid\":\"u-1\",\"text\":\"e\"}\n"
                               "{\"uuid\":\"u-2\",\"text\":\"f\"}\n"
                               "{\"text\":\"g\"}\n"
                               "{\"id\":null,\"text\":\"h\"}\n"
                               "{\"id\":\"\",\"text\":\"i\"}\n");
  Result result = read_all({path});
  EXPECT_EQ(ids(result), (Strings{"12345", "-7", "18446744073709551615", "2.5", "https://x.org/1",
                                  "u-2", path + ":7", path + ":8", path + ":9"}));
  EXPECT_TRUE(result.problems.empty());
}

TEST(Reader, TextFieldsByCommonNamesInOrderOfPreference) {
  TempDir dir;
  std::string path = dir.write("fields.jsonl",
                               "{\"content\":\"from content\"}\n"
                               "{\"body\":\"from body\",\"text\":\"from text\"}\n"
                               "{\"article\":\"from article\"}\n"
                               "{\"maintext\":\"from maintext\",\"title\":\"T\"}\n"
                               "{\"text\":null,\"content\":\"content wins over null\"}\n");
  Result result = read_all({path});
  EXPECT_EQ(texts(result), (Strings{"from content", "from text", "from article", "from maintext",
                                    "content wins over null"}));
  EXPECT_TRUE(result.problems.empty());
}

TEST(Reader, EachDateFormAndTheDefault) {
  TempDir dir;
  std::string path =
      dir.write("dates.jsonl",
                "{\"text\":\"a\",\"date\":\"2025-04-21\"}\n"
                "{\"text\":\"b\",\"published\":\"2025-04-21T08:00:00Z\"}\n"
                "{\"text\":\"c\",\"publish_date\":\"Mon, 21 Apr 2025 08:00:00 +0000\"}\n"
                "{\"text\":\"d\",\"date_publish\":\"2025-04-22 10:11:12\"}\n"
                "{\"text\":\"e\",\"published_at\":\"2025-04-23T23:59:59.123+05:30\"}\n"
                "{\"text\":\"f\",\"pubDate\":\"Thu, 24 Apr 2025 08:00:00 GMT\"}\n"
                "{\"text\":\"g\"}\n"
                "{\"text\":\"h\",\"date\":\"sometime\"}\n"
                "{\"text\":\"i\",\"date\":1745222400}\n");
  ReaderOptions options;
  options.default_date = "2000-01-01";
  Result result = read_all({path}, options);
  std::vector<std::string> dates;
  for (const Document& doc : result.docs) dates.push_back(doc.date);
  EXPECT_EQ(dates, (Strings{"2025-04-21", "2025-04-21", "2025-04-21", "2025-04-22", "2025-04-23",
                            "2025-04-24", "2000-01-01", "2000-01-01", "2025-04-21"}));
  EXPECT_TRUE(result.problems.empty());
}

TEST(Reader, FieldOverrides) {
  TempDir dir;
  std::string path = dir.write("custom.jsonl",
                               "{\"text\":\"not this\",\"story\":\"this\",\"id\":\"no\","
                               "\"key\":\"k1\",\"date\":\"2020-01-01\",\"when\":\"2025-05-06\"}\n"
                               "{\"text\":\"only text\"}\n");
  ReaderOptions options;
  options.text_field = "story";
  options.id_field = "key";
  options.date_field = "when";
  Result result = read_all({path}, options);
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].text, "this");
  EXPECT_EQ(result.docs[0].id, "k1");
  EXPECT_EQ(result.docs[0].date, "2025-05-06");
  EXPECT_EQ(problems(result), (Strings{path + ":2: no \"story\" field"}));
}

TEST(Reader, FoldersAreWalkedRecursivelyInSortedOrder) {
  TempDir dir;
  dir.write("corpus/b.txt", "B");
  dir.write("corpus/a/z.txt", "AZ");
  dir.write("corpus/a/b/c.txt", "ABC");
  dir.write("corpus/c.jsonl", "{\"id\":\"c1\",\"text\":\"C1\"}\n");
  dir.write("corpus/.hidden", "H");
  dir.write("corpus/empty.txt", "");
  std::string single = dir.write("single.txt", "S");
  const std::string corpus = dir.path() + "/corpus";
  fs::create_directory_symlink(corpus + "/a", corpus + "/loop");  // not followed
  Result result = read_all({corpus, single});
  EXPECT_EQ(texts(result), (Strings{"ABC", "AZ", "B", "C1", "S"}));
  EXPECT_EQ(ids(result),
            (Strings{corpus + "/a/b/c.txt", corpus + "/a/z.txt", corpus + "/b.txt", "c1", single}));
  EXPECT_TRUE(result.problems.empty());
}

TEST(Reader, MissingFilesAndFoldersAreReportedAndTheRestRead) {
  TempDir dir;
  std::string good = dir.write("good.txt", "Good.");
  const std::string missing = dir.path() + "/missing.jsonl";
  const std::string missing_folder = dir.path() + "/nope/";
  Result result = read_all({missing, good, missing_folder});
  EXPECT_EQ(texts(result), (Strings{"Good."}));
  EXPECT_EQ(problems(result),
            (Strings{missing + ":0: cannot open: No such file or directory",
                     missing_folder + ":0: cannot open: No such file or directory"}));
  EXPECT_EQ(result.error_count, 2u);
}

TEST(Reader, OverlongLineIsSkippedWithoutStoppingTheFile) {
  TempDir dir;
  const std::string long_line = "{\"id\":\"long\",\"text\":\"" + std::string(300000, 'x') + "\"}\n";
  std::string path = dir.write("long.jsonl", "{\"id\":\"first\",\"text\":\"short\"}\n" + long_line +
                                                 "{\"id\":\"after\",\"text\":\"ok\"}\n" +
                                                 long_line + "{\"id\":\"last\",\"text\":\"end\"}");
  ReaderOptions options;
  options.max_line_bytes = 100;
  Result result = read_all({path}, options);
  EXPECT_EQ(ids(result), (Strings{"first", "after", "last"}));
  EXPECT_EQ(problems(result), (Strings{path + ":2: line longer than 100 bytes (skipped)",
                                       path + ":4: line longer than 100 bytes (skipped)"}));
}

TEST(Reader, OverlongPlainTextFileIsSkipped) {
  TempDir dir;
  std::string big = dir.write("big.txt", std::string(5000, 'a'));
  std::string small = dir.write("small.txt", "small");
  ReaderOptions options;
  options.max_line_bytes = 100;
  Result result = read_all({big, small}, options);
  EXPECT_EQ(texts(result), (Strings{"small"}));
  EXPECT_EQ(problems(result), (Strings{big + ":0: file longer than 100 bytes (skipped)"}));
}

TEST(Reader, StrictStopsAtTheFirstProblem) {
  TempDir dir;
  std::string path = dir.write("s.jsonl",
                               "{\"id\":\"1\",\"text\":\"one\"}\n"
                               "{broken\n"
                               "{\"id\":\"3\",\"text\":\"three\"}\n");
  std::string other = dir.write("t.txt", "more");
  ReaderOptions options;
  options.strict = true;
  Result result = read_all({path, other}, options);
  EXPECT_EQ(ids(result), (Strings{"1"}));
  EXPECT_EQ(places(result), (Strings{path + ":2"}));
  EXPECT_EQ(result.error_count, 1u);

  Result lenient = read_all({path, other});
  EXPECT_EQ(lenient.docs.size(), 3u);
}

TEST(Reader, StrictStopsOnInvalidUtf8Too) {
  TempDir dir;
  std::string bad = dir.write("a.txt", "bad \xFF byte");
  std::string good = dir.write("b.txt", "good");
  ReaderOptions options;
  options.strict = true;
  Result result = read_all({bad, good}, options);
  EXPECT_TRUE(result.docs.empty());
  EXPECT_EQ(result.error_count, 1u);
}

const std::string kRecords =
    "{\"doc\":\"d1\",\"kind\":\"entity\",\"type\":\"LOC\",\"text\":\"China\",\"start\":0,"
    "\"end\":5}\n"
    "{\"doc\":\"d1\",\"kind\":\"percent\",\"value\":145}\n";

TEST(Reader, RecordsPassThroughWhenAccepted) {
  TempDir dir;
  std::string path = dir.write("records.jsonl", kRecords);
  ReaderOptions options;
  options.accept_records = true;
  Result result = read_all({path}, options);
  ASSERT_EQ(result.docs.size(), 2u);
  EXPECT_TRUE(result.docs[0].is_record);
  EXPECT_TRUE(result.docs[1].is_record);
  EXPECT_EQ(result.docs[0].text, kRecords.substr(0, kRecords.find('\n')));
  EXPECT_EQ(ids(result), (Strings{path + ":1", path + ":2"}));
  EXPECT_EQ(result.docs[1].line, 2u);
  EXPECT_TRUE(result.problems.empty());
}

TEST(Reader, RecordsWithoutTextAreReportedWhenNotAccepted) {
  TempDir dir;
  std::string path = dir.write("records.jsonl", kRecords);
  Result result = read_all({path});
  // The entity record has a "text" field, so it reads as an article; the percent one has none.
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_FALSE(result.docs[0].is_record);
  EXPECT_EQ(result.docs[0].text, "China");
  EXPECT_EQ(places(result), (Strings{path + ":2"}));
}

TEST(Reader, ByteOrderMarkAndCrlfLineEndings) {
  TempDir dir;
  std::string json = dir.write("bom.jsonl",
                               "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"one\"}\r\n\r\n"
                               "{\"id\":\"b\",\"text\":\"two\"}\r\n");
  std::string plain = dir.write("bom.txt", "\xEF\xBB\xBFPlain\r\ntext\r\n");
  ReaderOptions options;
  options.accept_records = true;
  Result result = read_all({json, plain}, options);
  EXPECT_EQ(ids(result), (Strings{"a", "b", plain}));
  EXPECT_EQ(texts(result), (Strings{"one", "two", "Plain\r\ntext\r\n"}));
  EXPECT_EQ(result.docs[1].line, 3u);
  EXPECT_TRUE(result.problems.empty());
}

TEST(Reader, CrlfRecordLineHasNoCarriageReturn) {
  TempDir dir;
  std::string path = dir.write("r.jsonl", "{\"doc\":\"d\",\"kind\":\"date\"}\r\n");
  ReaderOptions options;
  options.accept_records = true;
  Result result = read_all({path}, options);
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].text, "{\"doc\":\"d\",\"kind\":\"date\"}");
}

TEST(Reader, LongBlankStartKeepsLineNumbers) {
  TempDir dir;
  std::string path =
      dir.write("blank-start.jsonl.gz", gzip(std::string(3000000, '\n') + "{\"text\":\"late\"}\n"));
  Result result = read_all({path});
  ASSERT_EQ(result.docs.size(), 1u);
  EXPECT_EQ(result.docs[0].line, 3000001u);
  EXPECT_EQ(result.docs[0].id, path + ":3000001");
}

TEST(Reader, PrettyPrintedJsonObjectIsOneDocument) {
  TempDir dir;
  std::string article = dir.write("article.json",
                                  "\n{\n  \"id\": \"pretty\",\n  \"date\": \"2025-04-21\",\n"
                                  "  \"text\": \"One article.\"\n}\n");
  std::string no_id = dir.write("no-id.json", "{\r\n \"text\": \"No id.\"\r\n}");
  std::string gold = dir.write("gold.json", "{\n \"id\": \"g\",\n \"entities\": []\n}\n");
  Result result = read_all({article, no_id, gold});
  EXPECT_EQ(ids(result), (Strings{"pretty", no_id + ":1"}));
  EXPECT_EQ(texts(result), (Strings{"One article.", "No id."}));
  ASSERT_EQ(result.docs.size(), 2u);
  EXPECT_EQ(result.docs[0].date, "2025-04-21");
  EXPECT_EQ(result.docs[0].line, 2u);
  EXPECT_EQ(problems(result),
            (Strings{gold + ":1: no text field (text, content, body, article or maintext)"}));
}

TEST(Reader, JsonArrayFileGivesOneDocumentPerElement) {
  TempDir dir;
  std::string path = dir.write("articles.json",
                               "[\n  {\"id\": \"a\", \"text\": \"first\"},\n  42,\n"
                               "  {\"title\": \"no text\"},\n  {\"text\": \"last\"}\n]\n");
  std::string bad = dir.write("bad.json", "[\n {\"text\": \"unclosed\"}\n");
  std::string plain =
      dir.write("bracket.txt", "[Reuters] - Plain text that starts with a bracket.");
  std::string one_line = dir.write("one-line.json", "[{\"text\": \"x\"}, {\"text\": \"y\"}]");
  Result result = read_all({path, bad, plain, one_line});
  EXPECT_EQ(ids(result),
            (Strings{"a", path + "[3]", bad + "[0]", plain, one_line + "[0]", one_line + "[1]"}));
  EXPECT_EQ(texts(result),
            (Strings{"first", "last", "unclosed",
                     "[Reuters] - Plain text that starts with a bracket.", "x", "y"}));
  EXPECT_EQ(problems(result),
            (Strings{path + ":3: element 1: not a JSON object",
                     path + ":4: element 2: no text field (text, content, body, article or "
                            "maintext)",
                     bad + ":2: JSON array not closed at the end of the file"}));
}

TEST(Reader, StreamOfPrettyPrintedObjectsGivesTheSameDocumentsAsJsonLines) {
  TempDir dir;
  // As `jq .` prints kThreeLines: two-space indent, one object after the other.
  std::string pretty = dir.write(
      "pretty.json",
      "{\n  \"id\": \"a\",\n  \"date\": \"2025-04-21\",\n  \"text\": \"First \\\"one\\\".\"\n}\n"
      "{\n  \"id\": \"b\",\n  \"text\": \"Second\\nline \\u00e9\"\n}\n"
      "{\n  \"id\": \"c\",\n  \"text\": \"Third\"\n}\n");
  std::string lines = dir.write("lines.jsonl", kThreeLines);
  // Several objects on a line, braces inside strings, no id.
  std::string packed =
      dir.write("packed.json",
                "{\"id\": \"a\", \"text\": \"} { [\"} {\"text\": \"two\"}\n{\"text\":\n\"three\"}");
  Result result = read_all({pretty, lines, packed});
  EXPECT_EQ(ids(result),
            (Strings{"a", "b", "c", "a", "b", "c", "a", packed + ":1", packed + ":2"}));
  const Strings three = {"First \"one\".", "Second\nline \xC3\xA9", "Third"};
  Strings expected = three;
  expected.insert(expected.end(), three.begin(), three.end());
  expected.insert(expected.end(), {"} { [", "two", "three"});
  EXPECT_EQ(texts(result), expected);
  ASSERT_EQ(result.docs.size(), 9u);
  EXPECT_EQ(result.docs[0].date, "2025-04-21");
  EXPECT_EQ(result.docs[1].line, 6u);
  EXPECT_EQ(result.docs[2].line, 10u);
  EXPECT_TRUE(result.problems.empty());
}

TEST(Reader, BadValuesInAJsonStreamAreReportedAtTheLineTheyStart) {
  TempDir dir;
  std::string path = dir.write("stream.json",
                               "{\n \"text\": \"ok\"\n}\n"
                               "{\n \"text\": \"bad\",,\n}\n"
                               "\"a string\"\n"
                               "{\n \"text\": \"last\"\n}\n"
                               "{\n \"text\": \"cut off\"\n");
  Result result = read_all({path});
  EXPECT_EQ(texts(result), (Strings{"ok", "last"}));
  ASSERT_EQ(result.problems.size(), 3u);
  EXPECT_EQ(places(result)[0], path + ":4");
  EXPECT_EQ(result.problems[0].message.rfind("malformed JSON", 0), 0u);
  EXPECT_EQ(problems(result)[1], path + ":7: not a JSON object");
  EXPECT_EQ(problems(result)[2], path + ":11: JSON value not closed at the end of the file");
}

TEST(Reader, OverlongJsonValueIsSkippedAndTheStreamGoesOn) {
  TempDir dir;
  std::string path = dir.write("long.json", "{\n \"text\": \"short\"\n}\n{\n \"text\": \"" +
                                                std::string(300, 'x') +
                                                "\"\n}\n{\n \"text\": "
                                                "\"after\"\n}\n");
  ReaderOptions options;
  options.max_line_bytes = 100;
  Result result = read_all({path}, options);
  EXPECT_EQ(texts(result), (Strings{"short", "after"}));
  EXPECT_EQ(problems(result),
            (Strings{path + ":5: line longer than 100 bytes (skipped, reading resumes at the "
                            "next line starting with '{')"}));
  // A value over the limit in many short lines is followed to its end without being kept.
  std::string many = dir.write(
      "many.json", "{\n \"text\": \"a\",\n" + std::string(80, '\n') + "\"x\": [" + [] {
        std::string rows;
        for (int k = 0; k < 50; ++k) rows += "\n [1, 2],";
        return rows;
      }() + "\n 3]\n}\n{\"text\": \"b\",\n \"id\": 1}\n");
  result = read_all({many}, options);
  EXPECT_EQ(texts(result), (Strings{"b"}));
  EXPECT_EQ(problems(result), (Strings{many + ":1: JSON value longer than 100 bytes (skipped)"}));
}

TEST(Reader, DeepNestingIsReportedNotRecursed) {
  TempDir dir;
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  std::string lines =
      dir.write("deep.jsonl", "{\"text\": \"one\"}\n{\"text\": \"x\", \"d\": " + deep +
                                  "}\n{\"text\": \"two\"}\n");
  std::string stream = dir.write(
      "deep.json", "{\n\"text\": \"one\"\n}\n{\"d\":\n" + deep + "}\n{\n\"text\": \"two\"\n}\n");
  std::string unclosed =
      dir.write("open.json", "{\n\"text\": \"one\",\n\"d\": " + std::string(100000, '{'));
  Result result = read_all({lines, stream, unclosed});
  EXPECT_EQ(texts(result), (Strings{"one", "two", "one", "two"}));
  ASSERT_EQ(result.problems.size(), 3u);
  EXPECT_EQ(places(result)[0], lines + ":2");
  EXPECT_EQ(places(result)[1], stream + ":4");
  EXPECT_EQ(result.problems[1].message.rfind("malformed JSON", 0), 0u);
  EXPECT_EQ(problems(result)[2], unclosed + ":1: JSON value not closed at the end of the file");
}

TEST(Reader, BlankFilesGiveNoDocument) {
  TempDir dir;
  std::string empty = dir.write("empty.txt", "");
  std::string blank = dir.write("blank.txt", " \n\t\n");
  Result result = read_all({empty, blank});
  EXPECT_TRUE(result.docs.empty());
  EXPECT_TRUE(result.problems.empty());
}

// Reads `inputs` with `file` as stdin.
Result read_with_stdin(const std::string& file, std::vector<std::string> inputs) {
  const int saved = ::dup(STDIN_FILENO);
  const int fd = ::open(file.c_str(), O_RDONLY);
  EXPECT_GE(fd, 0);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  Result result = read_all(std::move(inputs));
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  return result;
}

TEST(Reader, StdinIsReadForDashOrNoInput) {
  TempDir dir;
  std::string gz = dir.write("in.gz", gzip("{\"id\":\"s1\",\"text\":\"from stdin\"}\n{bad\n"));
  Result dash = read_with_stdin(gz, {"-"});
  EXPECT_EQ(texts(dash), (Strings{"from stdin"}));
  EXPECT_EQ(places(dash), (Strings{"-:2"}));
  ASSERT_EQ(dash.docs.size(), 1u);
  EXPECT_EQ(dash.docs[0].source, "-");

  std::string plain = dir.write("in.txt", "Plain stdin.");
  Result none = read_with_stdin(plain, {});
  ASSERT_EQ(none.docs.size(), 1u);
  EXPECT_EQ(none.docs[0].id, "-");
  EXPECT_EQ(none.docs[0].text, "Plain stdin.");
}

TEST(NormalizeDate, IsoForms) {
  EXPECT_EQ(normalize_date("2025-04-21"), "2025-04-21");
  EXPECT_EQ(normalize_date(" 2025-04-21 "), "2025-04-21");
  EXPECT_EQ(normalize_date("2025-04-21T08:00:00Z"), "2025-04-21");
  EXPECT_EQ(normalize_date("2025-04-21T23:30:00-05:00"), "2025-04-21");
  EXPECT_EQ(normalize_date("2025-04-21 08:00:00"), "2025-04-21");
  EXPECT_EQ(normalize_date("20250421"), "2025-04-21");
  EXPECT_EQ(normalize_date("20250421T080000Z"), "2025-04-21");
  EXPECT_EQ(normalize_date("2025/4/1"), "2025-04-01");
  EXPECT_EQ(normalize_date("2024-02-29"), "2024-02-29");
}

TEST(NormalizeDate, Rfc2822AndNamedMonths) {
  EXPECT_EQ(normalize_date("Mon, 21 Apr 2025 08:00:00 +0000"), "2025-04-21");
  EXPECT_EQ(normalize_date("21 Apr 2025 08:00 GMT"), "2025-04-21");
  EXPECT_EQ(normalize_date("Tue, 1 Jul 2025"), "2025-07-01");
  EXPECT_EQ(normalize_date("Sun, 06 Nov 94 08:49:37 GMT"), "1994-11-06");
  EXPECT_EQ(normalize_date("April 21, 2025"), "2025-04-21");
  EXPECT_EQ(normalize_date("Sept. 3, 2025"), "2025-09-03");
  EXPECT_EQ(normalize_date("21 April 2025"), "2025-04-21");
}

TEST(NormalizeDate, RejectsWhatIsNotADay) {
  EXPECT_EQ(normalize_date(""), "");
  EXPECT_EQ(normalize_date("yesterday"), "");
  EXPECT_EQ(normalize_date("2025"), "");
  EXPECT_EQ(normalize_date("2025-04"), "");
  EXPECT_EQ(normalize_date("2025-13-01"), "");
  EXPECT_EQ(normalize_date("2025-02-29"), "");
  EXPECT_EQ(normalize_date("2025-04-31"), "");
  EXPECT_EQ(normalize_date("2025-04-21x"), "");
  EXPECT_EQ(normalize_date("202504211"), "");
  EXPECT_EQ(normalize_date("21 Foo 2025"), "");
  EXPECT_EQ(normalize_date("Mon, 32 Apr 2025"), "");
  EXPECT_EQ(normalize_date("04/21/2025"), "");
}

}  // namespace
}  // namespace newsmine
