// newsmine train-ner / eval-ner: retrain and score the entity model on CoNLL-format data.
// The hidden `ner-clusters` command builds the word-cluster table from fasttext vectors.
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

#include "cli.hpp"
#include "newsmine/ner.hpp"

namespace newsmine::cli {

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// False when the file cannot be written in full (reported; the exit status is then 3).
[[nodiscard]] bool write_file(const std::string& path, std::string_view bytes) {
  errno = 0;
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();  // flushes: a full disk shows here
  if (!out) {
    fail_output(errno ? fmt::format("cannot write {}: {}", path, std::strerror(errno))
                      : "cannot write " + path);
  }
  return !output_failed();
}

std::size_t token_count(const std::vector<ner::Document>& docs) {
  std::size_t tokens = 0;
  for (const auto& doc : docs) {
    for (const auto& sentence : doc) tokens += sentence.words.size();
  }
  return tokens;
}

struct TrainOptions {
  std::string train;
  std::string dev;
  std::string output;
  int epochs = 12;
  int bits = 18;
  std::uint64_t seed = 1;
  int runs = 1;
};

int run_train(const TrainOptions& options) {
  auto train_docs = ner::parse_conll(read_file(options.train));
  std::vector<ner::Document> dev_docs;
  if (!options.dev.empty()) dev_docs = ner::parse_conll(read_file(options.dev));
  fmt::print(stderr, "train: {} documents, {} tokens; dev: {} documents\n", train_docs.size(),
             token_count(train_docs), dev_docs.size());
  ner::TrainOptions train_options;
  train_options.epochs = options.epochs;
  train_options.hash_bits = options.bits;
  train_options.seed = options.seed;
  train_options.progress = [](int epoch, double accuracy, double dev_f1) {
    fmt::print(stderr, "epoch {:2}: train token accuracy {:.4f}, dev F1 {:.4f}\n", epoch, accuracy,
               dev_f1);
  };
  std::vector<ner::Model> models;
  for (int run = 0; run < options.runs; ++run) {
    if (options.runs > 1)
      fmt::print(stderr, "run {} of {} (seed {})\n", run + 1, options.runs, train_options.seed);
    models.push_back(ner::train(train_docs, dev_docs, train_options));
    ++train_options.seed;
  }
  ner::Model model = options.runs > 1 ? ner::average(models) : std::move(models.front());
  if (options.runs > 1 && !dev_docs.empty()) {
    fmt::print(stderr, "average of {} runs: dev F1 {:.4f}\n", options.runs,
               ner::evaluate(model, dev_docs).overall.f1());
  }
  std::string bytes = model.to_bytes();
  if (!write_file(options.output, bytes)) return kExitWriteError;
  fmt::print(stderr, "wrote {} ({} bytes)\n", options.output, bytes.size());
  return kExitOk;
}

// The first line of `text` that is not CoNLL-2003 ('word ... TAG' with an IOB tag, blank lines,
// -DOCSTART-), as "LINE: reason"; "" when all is CoNLL and there is at least one token.
std::string conll_problem(std::string_view text) {
  std::size_t number = 0;
  std::size_t tokens = 0;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
    ++number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    if (line.empty() || line.starts_with("-DOCSTART-")) continue;
    const std::size_t last_space = line.find_last_of(" \t");
    const std::string_view tag =
        last_space == std::string_view::npos ? std::string_view{} : line.substr(last_space + 1);
    const bool iob =
        tag == "O" || (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-');
    if (!iob) {
      return fmt::format(
          "{}: not CoNLL: expected 'word ... TAG' with an IOB tag (O, B-PER, "
          "I-ORG, ...)",
          number);
    }
    ++tokens;
  }
  return tokens == 0 ? std::string("no tokens: not a CoNLL file") : std::string();
}

struct EvalOptions {
  std::string input;
  std::string model;
  std::string output;
  bool json = false;
};

int run_eval(const EvalOptions& options) {
  const std::string text = read_file(options.input);
  if (std::string problem = conll_problem(text); !problem.empty()) {
    report_error(options.input + ":" + problem);
    return kExitBadInput;
  }
  auto docs = ner::parse_conll(text);
  ner::Model loaded;
  const ner::Model* model = &ner::Model::builtin();
  if (!options.model.empty()) {
    loaded = ner::Model::from_bytes(read_file(options.model));
    model = &loaded;
  }
  ner::Scores scores;
  std::string conll;
  std::vector<std::vector<std::uint8_t>> tags;
  auto start = std::chrono::steady_clock::now();
  for (const auto& doc : docs) {
    model->tag(doc, tags);
    for (std::size_t s = 0; s < doc.size(); ++s) {
      scores.add(doc[s].tags, tags[s]);
      if (options.output.empty()) continue;
      for (std::size_t i = 0; i < doc[s].words.size(); ++i) {
        int gold = doc[s].tags.empty() ? 0 : doc[s].tags[i];
        conll += fmt::format("{} {} {}\n", doc[s].words[i], ner::tag_name(gold),
                             ner::tag_name(tags[s][i]));
      }
      conll += '\n';
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!options.output.empty() && !write_file(options.output, conll)) return kExitWriteError;
  auto line = [](const ner::SpanCounts& counts) {
    return fmt::format(
        "\"p\": {:.4f}, \"r\": {:.4f}, \"f1\": {:.4f}, \"tp\": {}, \"fp\": {}, "
        "\"fn\": {}",
        counts.precision(), counts.recall(), counts.f1(), counts.tp, counts.fp, counts.fn);
  };
  if (options.json) {
    std::string out = "{\"overall\": {" + line(scores.overall) + "}";
    for (int type = 0; type < ner::kTypeCount; ++type) {
      out += fmt::format(", \"{}\": {{{}}}", ner::type_name(type),
                         line(scores.types[static_cast<std::size_t>(type)]));
    }
    fmt::print("{}}}\n", out);
  } else {
    fmt::print("{:8} {:>9} {:>9} {:>9} {:>7}\n", "type", "precision", "recall", "F1", "gold");
    auto row = [](std::string_view name, const ner::SpanCounts& counts) {
      fmt::print("{:8} {:9.2f} {:9.2f} {:9.2f} {:7}\n", name, 100 * counts.precision(),
                 100 * counts.recall(), 100 * counts.f1(), counts.tp + counts.fn);
    };
    for (int type = 0; type < ner::kTypeCount; ++type) {
      row(ner::type_name(type), scores.types[static_cast<std::size_t>(type)]);
    }
    row("overall", scores.overall);
    fmt::print("{} tokens tagged in {:.3f} s ({:.0f} tokens/s)\n", scores.tokens, seconds,
               static_cast<double>(scores.tokens) / seconds);
  }
  return kExitOk;
}

// k-means (cosine, Lloyd's algorithm) over unit vectors; returns each row's cluster.
std::vector<std::uint32_t> kmeans(const std::vector<float>& data, std::size_t dim, std::size_t k,
                                  int iterations, std::uint64_t seed) {
  std::size_t rows = data.size() / dim;
  std::vector<float> centroids(k * dim);
  std::mt19937_64 random(seed);
  std::vector<std::size_t> picks(rows);
  for (std::size_t i = 0; i < rows; ++i) picks[i] = i;
  std::shuffle(picks.begin(), picks.end(), random);
  for (std::size_t c = 0; c < k; ++c) {
    std::copy_n(data.begin() + static_cast<std::ptrdiff_t>(picks[c] * dim), dim,
                centroids.begin() + static_cast<std::ptrdiff_t>(c * dim));
  }
  std::vector<std::uint32_t> assignment(rows, 0);
  for (int iteration = 0; iteration < iterations; ++iteration) {
    for (std::size_t r = 0; r < rows; ++r) {
      const float* row = &data[r * dim];
      float best = -1e30F;
      for (std::size_t c = 0; c < k; ++c) {
        const float* centroid = &centroids[c * dim];
        float dot = 0;
        for (std::size_t d = 0; d < dim; ++d) dot += row[d] * centroid[d];
        if (dot > best) {
          best = dot;
          assignment[r] = static_cast<std::uint32_t>(c);
        }
      }
    }
    std::fill(centroids.begin(), centroids.end(), 0.0F);
    for (std::size_t r = 0; r < rows; ++r) {
      for (std::size_t d = 0; d < dim; ++d) centroids[assignment[r] * dim + d] += data[r * dim + d];
    }
    for (std::size_t c = 0; c < k; ++c) {
      float norm = 0;
      for (std::size_t d = 0; d < dim; ++d) norm += centroids[c * dim + d] * centroids[c * dim + d];
      norm = std::sqrt(norm);
      if (norm == 0) {  // empty cluster: restart it on a random word
        std::size_t r = random() % rows;
        std::copy_n(data.begin() + static_cast<std::ptrdiff_t>(r * dim), dim,
                    centroids.begin() + static_cast<std::ptrdiff_t>(c * dim));
        continue;
      }
      for (std::size_t d = 0; d < dim; ++d) centroids[c * dim + d] /= norm;
    }
  }
  return assignment;
}

struct ClusterOptions {
  std::string vectors;
  std::string output;
  std::vector<std::size_t> sizes = {1000, 200, 40};
  int iterations = 12;
};

int run_clusters(const ClusterOptions& options) {
  std::ifstream in(options.vectors);
  if (!in) throw std::runtime_error("cannot read " + options.vectors);
  std::size_t count = 0;
  std::size_t dim = 0;
  in >> count >> dim;
  std::vector<std::string> words;
  std::vector<float> data;
  std::string word;
  while (in >> word) {
    std::vector<float> row(dim);
    float norm = 0;
    for (float& value : row) {
      in >> value;
      norm += value * value;
    }
    norm = std::sqrt(norm);
    if (norm == 0) continue;
    for (float value : row) data.push_back(value / norm);
    words.push_back(word);
  }
  if (options.sizes.size() != 3) throw std::runtime_error("--sizes needs three numbers");
  std::vector<std::vector<std::uint32_t>> levels;
  for (std::size_t k : options.sizes) {
    levels.push_back(kmeans(data, dim, std::min(k, words.size()), options.iterations, k));
    fmt::print(stderr, "k-means with k={} done\n", k);
  }
  std::string out = "# word\tfine\tmiddle\tcoarse (k-means of fasttext vectors; docs/ner.md)\n";
  std::unordered_map<std::string, bool> seen;
  for (const std::string& w : words) seen[w] = true;
  for (std::size_t i = 0; i < words.size(); ++i) {
    out += fmt::format("{}\t{}\t{}\t{}\n", words[i], levels[0][i], levels[1][i], levels[2][i]);
  }
  // Lowercase forms (digits as 0, as the features see them) of words whose lowercase form is
  // not a word of its own, with the clusters of its most frequent spelling.
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string lower = words[i];
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c >= '0' && c <= '9') c = '0';
    }
    if (seen.emplace(lower, true).second) {
      out += fmt::format("{}\t{}\t{}\t{}\n", lower, levels[0][i], levels[1][i], levels[2][i]);
    }
  }
  if (!write_file(options.output, out)) return kExitWriteError;
  return kExitOk;
}

}  // namespace

void add_ner_commands(CLI::App& app, int& status) {
  auto train_options = std::make_shared<TrainOptions>();
  CLI::App* train = app.add_subcommand("train-ner", "Train an entity model on CoNLL-format data");
  train->add_option("--train", train_options->train, "Training file (CoNLL-2003 format)")
      ->required();
  train->add_option("--dev", train_options->dev, "Development file: picks the best epoch");
  train->add_option("-o,--output", train_options->output, "Model file to write")->required();
  train->add_option("--epochs", train_options->epochs, "Passes over the training data")
      ->capture_default_str();
  train->add_option("--bits", train_options->bits, "log2 of the feature hash table size")
      ->check(CLI::Range(12, 24))
      ->capture_default_str();
  train->add_option("--seed", train_options->seed, "Seed of the document shuffle")
      ->capture_default_str();
  train
      ->add_option("--runs", train_options->runs,
                   "Train this many models (seeds --seed, --seed+1, ...) and average them")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  train->footer(
      help_footer("  newsmine train-ner --train train.conll --dev dev.conll -o my.model\n"
                  "  newsmine extract --model my.model news/\n",
                  "  Writes the model file; progress per epoch on stderr.\n"));
  train->callback([train_options, &status] { status = run_train(*train_options); });

  auto eval_options = std::make_shared<EvalOptions>();
  CLI::App* eval = app.add_subcommand("eval-ner", "Score the entity model on CoNLL-format data");
  eval->add_option("input", eval_options->input, "CoNLL-2003 file with gold labels")->required();
  eval->add_option("--model", eval_options->model, "Model file (default: the built-in model)");
  eval->add_option("--output", eval_options->output,
                   "Also write 'word gold predicted' lines for conlleval");
  eval->add_flag("--json", eval_options->json, "Print P/R/F1 as JSON (fractions)");
  eval->footer(help_footer(
      "  newsmine eval-ner test.conll\n"
      "  newsmine eval-ner --model my.model --json test.conll\n",
      "  Per type (PER, ORG, LOC, MISC) and overall: span precision, recall, F1, gold count.\n"
      "  Input: CoNLL-2003 lines 'word ... TAG' (IOB tags), blank lines between sentences.\n"));
  eval->callback([eval_options, &status] { status = run_eval(*eval_options); });

  auto cluster_options = std::make_shared<ClusterOptions>();
  CLI::App* clusters = app.add_subcommand("ner-clusters", "");  // hidden: builds clusters.tsv
  clusters->group("");
  clusters->add_option("vectors", cluster_options->vectors, "fasttext .vec file")->required();
  clusters->add_option("-o,--output", cluster_options->output, "Cluster table")->required();
  clusters->add_option("--sizes", cluster_options->sizes, "k of the fine, middle, coarse levels");
  clusters->add_option("--iterations", cluster_options->iterations, "k-means iterations");
  clusters->callback([cluster_options, &status] { status = run_clusters(*cluster_options); });
}

}  // namespace newsmine::cli
