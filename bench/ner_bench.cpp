// NER throughput: tokens per second of the entity annotator alone, at one thread.
//
//   ner_bench FILE... [--model MODEL]   FILE: news as JSON Lines or text (as newsmine reads)
//
// Reads and tokenizes every document first, then times the entity annotator over them (wall
// and CPU time), and the time to load the compiled-in model.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "newsmine/analyzer.hpp"
#include "newsmine/extractors.hpp"
#include "newsmine/ner.hpp"
#include "newsmine/reader.hpp"

namespace {

double cpu_seconds() {
  return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}
double wall_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> inputs;
  std::string model_path;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--model" && i + 1 < argc) {
      model_path = argv[++i];
    } else {
      inputs.push_back(arg);
    }
  }
  double wall = wall_seconds();
  double cpu = cpu_seconds();
  auto annotator = newsmine::make_entity_annotator(model_path);
  std::printf("model load: %.1f ms wall, %.1f ms CPU\n", 1000 * (wall_seconds() - wall),
              1000 * (cpu_seconds() - cpu));

  newsmine::Reader reader(inputs, {}, [](const newsmine::Diagnostic&) {});
  std::vector<newsmine::Document> docs;
  std::vector<newsmine::Analysis> analyses;
  newsmine::Analyzer tokenizer;  // no annotators: tokens and sentences only
  newsmine::Document doc;
  std::size_t bytes = 0;
  std::size_t tokens = 0;
  while (reader.next(doc)) {
    bytes += doc.text.size();
    analyses.emplace_back();
    tokenizer.analyze(doc, analyses.back());
    tokens += analyses.back().tokens.size();
    docs.push_back(std::move(doc));
    doc = {};
  }
  std::printf("%zu documents, %.1f MB of text, %zu tokens\n", docs.size(),
              static_cast<double>(bytes) / 1e6, tokens);
  wall = wall_seconds();
  cpu = cpu_seconds();
  std::size_t entities = 0;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    annotator->annotate(docs[d], analyses[d]);
    entities += analyses[d].entities.size();
  }
  double wall_spent = wall_seconds() - wall;
  double cpu_spent = cpu_seconds() - cpu;
  std::printf(
      "NER: %zu entities; %.2f s wall, %.2f s CPU; %.0f tokens/s (CPU), %.0f tokens/s "
      "(wall)\n",
      entities, wall_spent, cpu_spent, static_cast<double>(tokens) / cpu_spent,
      static_cast<double>(tokens) / wall_spent);
  return 0;
}
