// Throughput of the tokenizer and the sentence splitter (bytes/s as reported by Google
// Benchmark), and a dump mode to see how a text is cut.
//
//   tokenize_bench [--input FILE] [benchmark flags]   FILE: plain text (default corpus/*.txt)
//   tokenize_bench --dump FILE                        one line per token, [S] per sentence
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "newsmine/text.hpp"

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The benchmark text, split into documents at blank-line-separated chunks of about 4 KB so
// each call sees an article-sized input.
std::vector<std::string>& documents() {
  static std::vector<std::string> docs;
  return docs;
}

void load_documents(const std::string& input) {
  std::string text;
  if (!input.empty()) {
    text = read_file(input);
  } else {
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(NEWSMINE_SOURCE_DIR) + "/corpus")) {
      if (entry.path().extension() == ".txt") text += read_file(entry.path()) + "\n\n";
    }
  }
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start + 4096);
    end = end == std::string::npos ? text.size() : end + 2;
    documents().push_back(text.substr(start, end - start));
    start = end;
  }
}

std::size_t total_bytes() {
  std::size_t bytes = 0;
  for (const auto& doc : documents()) bytes += doc.size();
  return bytes;
}

void BM_Tokenize(benchmark::State& state) {
  std::vector<newsmine::Token> tokens;
  for (auto _ : state) {
    for (const auto& doc : documents()) {
      tokens.clear();
      newsmine::tokenize(doc, tokens);
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total_bytes()));
}
BENCHMARK(BM_Tokenize);

void BM_TokenizeAndSplit(benchmark::State& state) {
  std::vector<newsmine::Token> tokens;
  std::vector<newsmine::Sentence> sentences;
  for (auto _ : state) {
    for (const auto& doc : documents()) {
      tokens.clear();
      sentences.clear();
      newsmine::tokenize(doc, tokens);
      newsmine::split_sentences(doc, tokens, sentences);
      benchmark::DoNotOptimize(sentences.data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total_bytes()));
}
BENCHMARK(BM_TokenizeAndSplit);

int dump(const std::string& path) {
  const std::string text = read_file(path);
  std::vector<newsmine::Token> tokens;
  std::vector<newsmine::Sentence> sentences;
  newsmine::tokenize(text, tokens);
  newsmine::split_sentences(text, tokens, sentences);
  for (const auto& sentence : sentences) {
    std::string line(std::string_view(text).substr(sentence.start, sentence.end - sentence.start));
    for (char& c : line) c = c == '\n' ? '/' : c;
    std::cout << "[S] " << line << "\n   ";
    for (std::uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
      const auto& token = tokens[i];
      std::cout << std::string_view(text).substr(token.start, token.end - token.start) << '|'
                << newsmine::token_class_name(token.cls) << "  ";
    }
    std::cout << "\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string input;
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--dump" && i + 1 < argc) return dump(argv[i + 1]);
    if (arg == "--input" && i + 1 < argc) {
      input = argv[++i];
      continue;
    }
    rest.push_back(argv[i]);
  }
  load_documents(input);
  int rest_count = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_count, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
