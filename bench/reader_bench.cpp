// Throughput of the Reader alone: reads the inputs, counts documents and text bytes.
//
//   build/bench/reader_bench FILE...        (built with the project)
//
// Prints input MB/s over wall time; on a shared machine compare with the CPU time perf reports.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "newsmine/reader.hpp"

int main(int argc, char** argv) {
  std::vector<std::string> inputs(argv + 1, argv + argc);
  newsmine::Reader reader(inputs, {}, [](const newsmine::Diagnostic& problem) {
    std::fprintf(stderr, "%s:%llu: %s\n", problem.source.c_str(),
                 static_cast<unsigned long long>(problem.line), problem.message.c_str());
  });
  newsmine::Document doc;
  const auto start = std::chrono::steady_clock::now();
  unsigned long long docs = 0;
  unsigned long long text_bytes = 0;
  while (reader.next(doc)) {
    ++docs;
    text_bytes += doc.text.size();
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const auto input_bytes = static_cast<double>(reader.bytes_read());
  std::printf("docs %llu, text %llu bytes, input %.0f bytes in %.3f s: %.0f MB/s, errors %llu\n",
              docs, text_bytes, input_bytes, seconds, input_bytes / seconds / 1e6,
              static_cast<unsigned long long>(reader.error_count()));
  return reader.error_count() ? 1 : 0;
}
