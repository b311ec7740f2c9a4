// Analyzer: runs the tokenizer, the sentence splitter and a chain of annotators on a Document.
#pragma once

#include <memory>
#include <vector>

#include "newsmine/analysis.hpp"
#include "newsmine/document.hpp"

namespace newsmine {

// One analysis stage (entities, dates, quotes, ...). Implementations hold only immutable
// state after construction (models, word lists), so one instance serves all threads.
class Annotator {
 public:
  virtual ~Annotator() = default;
  // Adds this stage's annotations to `analysis`, which already holds tokens, sentences (unless
  // the analyzer leaves them out: Analyzer::set_split_sentences) and the output of the
  // annotators that ran before. Must not do I/O.
  virtual void annotate(const Document& doc, Analysis& analysis) const = 0;
};

class Analyzer {
 public:
  // Annotators run in the order added.
  void add(std::shared_ptr<const Annotator> annotator);
  // Clears `analysis`, tokenizes and splits `doc`, then runs every annotator. Thread-safe:
  // concurrent calls with different `analysis` objects are fine.
  void analyze(const Document& doc, Analysis& analysis) const;
  // False: analyze() leaves `sentences` empty, for chains whose annotators and records do not
  // read them (or split on demand, as the date annotator does for clause tenses).
  void set_split_sentences(bool split) { split_sentences_ = split; }

 private:
  bool split_sentences_ = true;
  std::vector<std::shared_ptr<const Annotator>> annotators_;
};

}  // namespace newsmine
