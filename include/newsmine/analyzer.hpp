// Analyzer: runs the tokenizer, the sentence splitter and a chain of annotators on a Document.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "newsmine/analysis.hpp"
#include "newsmine/document.hpp"

namespace newsmine {

// One analysis stage (entities, dates, quotes, ...). Implementations hold only immutable
// state after construction (models, word lists), so one instance serves all threads; what
// changes while annotating lives in their scratch.
class Annotator {
 public:
  virtual ~Annotator() = default;
  // Adds this stage's annotations to `analysis`, which already holds tokens, sentences (unless
  // the analyzer leaves them out: Analyzer::set_split_sentences) and the output of the
  // annotators that ran before. Must not do I/O.
  virtual void annotate(const Document& doc, Analysis& analysis) const = 0;
  // A new scratch for one worker, or nullptr for a stage that keeps none.
  virtual std::unique_ptr<AnnotatorScratch> make_scratch() const { return nullptr; }
  // annotate() with this worker's scratch (from make_scratch(); nullptr when it made none).
  virtual void annotate_with(const Document& doc, Analysis& analysis,
                             AnnotatorScratch* /*scratch*/) const {
    annotate(doc, analysis);
  }
};

// An annotator keeping a `Scratch` per worker: implement run(). annotate() without a worker's
// scratch makes a fresh one for the call.
template <typename Scratch>
class ScratchAnnotator : public Annotator {
 public:
  void annotate(const Document& doc, Analysis& analysis) const final {
    auto scratch = std::make_unique<Scratch>();  // may be large: not on the stack
    run(doc, analysis, *scratch);
  }
  std::unique_ptr<AnnotatorScratch> make_scratch() const final {
    return std::make_unique<Scratch>();
  }
  void annotate_with(const Document& doc, Analysis& analysis,
                     AnnotatorScratch* scratch) const final {
    if (scratch == nullptr) return annotate(doc, analysis);
    run(doc, analysis, static_cast<Scratch&>(*scratch));
  }

 protected:
  virtual void run(const Document& doc, Analysis& analysis, Scratch& scratch) const = 0;
};

class Analyzer {
 public:
  // Annotators run in the order added.
  void add(std::shared_ptr<const Annotator> annotator);
  // Clears `analysis`, tokenizes and splits `doc`, then runs every annotator, each with its
  // scratch from `analysis.workspace` (made on first use, kept across documents). Thread-safe:
  // concurrent calls with different `analysis` objects are fine.
  void analyze(const Document& doc, Analysis& analysis) const;
  // analyze() for a group of documents, stage by stage (each stage runs over every document
  // before the next starts, which keeps its code and tables in cache). `analyses` has one
  // Analysis per document; all use the scratch of the first one's workspace.
  void analyze(std::span<const Document> docs, std::span<Analysis> analyses) const;
  // False: analyze() leaves `sentences` empty, for chains whose annotators and records do not
  // read them (or split on demand, as the date annotator does for clause tenses).
  void set_split_sentences(bool split) { split_sentences_ = split; }

 private:
  void prepare(Workspace& workspace) const;

  bool split_sentences_ = true;
  std::uint64_t serial_ = 0;  // changes with the chain: a workspace made for another is remade
  std::vector<std::shared_ptr<const Annotator>> annotators_;
};

}  // namespace newsmine
