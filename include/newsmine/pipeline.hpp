// Pipeline: reads documents, processes them on several threads, writes output in input order.
//
// The reader runs on the calling thread and hands batches of documents to `jobs` workers
// through a bounded queue; finished batches are written in input order, so output is the same
// byte for byte whatever `jobs` is. At most about 2 * jobs + 2 batches are in memory at once,
// which bounds memory on an endless input.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "newsmine/analysis.hpp"
#include "newsmine/analyzer.hpp"
#include "newsmine/byte_buffer.hpp"
#include "newsmine/document.hpp"
#include "newsmine/reader.hpp"
#include "newsmine/record.hpp"
#include "newsmine/sink.hpp"

namespace newsmine {

// Turns documents into output bytes. The pipeline makes one Worker per thread and drives each
// from one thread at a time.
class Worker {
 public:
  virtual ~Worker() = default;
  virtual void process(const Document& doc) = 0;
  // Moves the output produced since the last call into `out`, replacing its contents; the
  // worker may keep `out`'s old storage to write into next.
  virtual void take_output(ByteBuffer& out) = 0;
};

// The usual worker: analyses documents and writes the records of `kinds` to its own sink, which
// writes into the worker's output buffer. Documents are analysed in small groups, stage by stage
// (Analyzer::analyze over a span); take_output() first finishes the group in hand, so the
// output holds every document processed, in order.
class RecordWorker : public Worker {
 public:
  using SinkFactory = std::function<std::unique_ptr<RecordSink>(ByteBuffer& out)>;
  RecordWorker(const Analyzer& analyzer, Kinds kinds, const SinkFactory& make_sink);
  void process(const Document& doc) override;
  void take_output(ByteBuffer& out) override;
  RecordSink& sink() { return *sink_; }

 private:
  void flush();
  void analyze_and_emit(std::span<const Document> docs);

  const Analyzer& analyzer_;
  Kinds kinds_;
  std::vector<Document> pending_;  // documents waiting for their group; slots are reused
  std::size_t pending_count_ = 0;
  std::size_t pending_bytes_ = 0;
  std::vector<Analysis> analyses_;  // one per document of a group, reused
  ByteBuffer buffer_;
  std::unique_ptr<RecordSink> sink_;
};

struct PipelineOptions {
  unsigned jobs = 1;                                 // worker threads; 1 runs everything inline
  std::size_t batch_bytes = std::size_t{256} << 10;  // a batch closes at this much text ...
  std::size_t batch_docs = 256;                      // ... or this many documents
};

// Receives output in input order, from one thread at a time. Returns false to stop the run
// early (for example when stdout is a closed pipe).
using OutputFn = std::function<bool(std::string_view bytes)>;

// Runs the reader to its end (or until `output` returns false) and returns the workers, so
// callers can merge per-worker state (stats). Returns them in creation order.
std::vector<std::unique_ptr<Worker>> run_pipeline(
    Reader& reader, const std::function<std::unique_ptr<Worker>()>& make_worker,
    const OutputFn& output, const PipelineOptions& options);

}  // namespace newsmine
