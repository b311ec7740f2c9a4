#include "newsmine/pipeline.hpp"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace newsmine {

RecordWorker::RecordWorker(const Analyzer& analyzer, Kinds kinds, const SinkFactory& make_sink)
    : analyzer_(analyzer), kinds_(kinds), sink_(make_sink(buffer_)) {}

namespace {
// Documents are analysed in groups, stage by stage, which keeps each stage's code and tables in
// cache; a long document goes alone, uncopied.
constexpr std::size_t kGroupDocs = 16;
constexpr std::size_t kGroupBytes = std::size_t{64} << 10;
}  // namespace

void RecordWorker::process(const Document& doc) {
  if (doc.text.size() >= kGroupBytes) {
    flush();
    analyze_and_emit(std::span(&doc, 1));
    return;
  }
  if (pending_count_ == pending_.size()) pending_.emplace_back();
  pending_[pending_count_++] = doc;  // reuses the slot's string storage
  pending_bytes_ += doc.text.size();
  if (pending_count_ >= kGroupDocs || pending_bytes_ >= kGroupBytes) flush();
}

void RecordWorker::flush() {
  analyze_and_emit(std::span<const Document>(pending_.data(), pending_count_));
  pending_count_ = 0;
  pending_bytes_ = 0;
}

void RecordWorker::analyze_and_emit(std::span<const Document> docs) {
  if (docs.empty()) return;
  if (analyses_.size() < docs.size()) analyses_.resize(docs.size());
  analyzer_.analyze(docs, std::span(analyses_).first(docs.size()));
  for (std::size_t d = 0; d < docs.size(); ++d) {
    sink_->begin_document(docs[d], analyses_[d]);
    emit_records(docs[d], analyses_[d], kinds_, *sink_);
    sink_->end_document();
  }
}

void RecordWorker::take_output(ByteBuffer& out) {
  flush();
  out.swap(buffer_);
  buffer_.clear();
  buffer_.reserve(out.size());  // the next batch likely writes about as much
}

namespace {

struct Batch {
  std::uint64_t sequence = 0;
  std::vector<Document> documents;
  std::size_t text_bytes = 0;
  ByteBuffer output;
};

std::vector<std::unique_ptr<Worker>> run_inline(
    Reader& reader, const std::function<std::unique_ptr<Worker>()>& make_worker,
    const OutputFn& output, const PipelineOptions& options) {
  std::vector<std::unique_ptr<Worker>> workers;
  workers.push_back(make_worker());
  Worker& worker = *workers.front();
  Document doc;
  ByteBuffer out;
  std::size_t pending_bytes = 0;
  std::size_t pending_docs = 0;
  while (reader.next(doc)) {
    worker.process(doc);
    pending_bytes += doc.text.size();
    // Output is written per batch as on threads: a batch of many tiny documents can still write
    // a lot (records of 256 KiB of one-letter documents made 130 MB).
    if (pending_bytes >= options.batch_bytes || ++pending_docs >= options.batch_docs) {
      pending_bytes = 0;
      pending_docs = 0;
      worker.take_output(out);
      if (!output(out.view())) return workers;
    }
  }
  worker.take_output(out);
  output(out.view());
  return workers;
}

// Shared state of a threaded run. The calling thread reads and writes; workers process.
class ThreadedRun {
 public:
  ThreadedRun(const OutputFn& output, std::size_t max_in_flight)
      : output_(output), max_in_flight_(max_in_flight) {}

  void work(Worker& worker) {
    for (;;) {
      std::unique_ptr<Batch> batch;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return !queue_.empty() || no_more_work_; });
        if (queue_.empty()) return;
        batch = std::move(queue_.front());
        queue_.pop_front();
      }
      if (!stopped_) {
        for (const Document& doc : batch->documents) worker.process(doc);
        worker.take_output(batch->output);
      }
      batch->documents.clear();
      {
        std::lock_guard lock(mutex_);
        done_.emplace(batch->sequence, std::move(batch));
      }
      batch_done_.notify_one();
    }
  }

  // Hands a full batch to the workers, writing finished batches while too many are in flight.
  void submit(std::unique_ptr<Batch> batch) {
    {
      std::lock_guard lock(mutex_);
      queue_.push_back(std::move(batch));
      ++in_flight_;
    }
    work_ready_.notify_one();
    write_finished(max_in_flight_);
  }

  void finish() {
    write_finished(1);
    {
      std::lock_guard lock(mutex_);
      no_more_work_ = true;
    }
    work_ready_.notify_all();
  }

  bool stopped() const { return stopped_; }

 private:
  // Writes finished batches in order until fewer than `limit` are in flight.
  void write_finished(std::size_t limit) {
    std::unique_lock lock(mutex_);
    for (;;) {
      auto next = done_.find(next_to_write_);
      if (next == done_.end()) {
        if (in_flight_ < limit) return;
        batch_done_.wait(lock);
        continue;
      }
      std::unique_ptr<Batch> batch = std::move(next->second);
      done_.erase(next);
      --in_flight_;
      ++next_to_write_;
      lock.unlock();
      if (!stopped_ && !output_(batch->output.view())) stopped_ = true;
      lock.lock();
    }
  }

  const OutputFn& output_;
  const std::size_t max_in_flight_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable batch_done_;
  std::deque<std::unique_ptr<Batch>> queue_;
  std::map<std::uint64_t, std::unique_ptr<Batch>> done_;
  std::size_t in_flight_ = 0;
  std::uint64_t next_to_write_ = 0;
  bool no_more_work_ = false;
  std::atomic<bool> stopped_ = false;
};

}  // namespace

std::vector<std::unique_ptr<Worker>> run_pipeline(
    Reader& reader, const std::function<std::unique_ptr<Worker>()>& make_worker,
    const OutputFn& output, const PipelineOptions& options) {
  if (options.jobs <= 1) return run_inline(reader, make_worker, output, options);

  std::vector<std::unique_ptr<Worker>> workers;
  for (unsigned i = 0; i < options.jobs; ++i) workers.push_back(make_worker());
  ThreadedRun run(output, 2 * std::size_t{options.jobs} + 2);
  std::vector<std::thread> threads;
  for (auto& worker : workers) threads.emplace_back([&run, &worker] { run.work(*worker); });

  std::uint64_t sequence = 0;
  auto batch = std::make_unique<Batch>();
  Document doc;
  while (!run.stopped() && reader.next(doc)) {
    batch->text_bytes += doc.text.size();
    batch->documents.push_back(std::move(doc));
    doc = Document{};
    if (batch->text_bytes >= options.batch_bytes || batch->documents.size() >= options.batch_docs) {
      batch->sequence = sequence++;
      run.submit(std::move(batch));
      batch = std::make_unique<Batch>();
    }
  }
  if (!batch->documents.empty()) {
    batch->sequence = sequence++;
    run.submit(std::move(batch));
  }
  run.finish();
  for (auto& thread : threads) thread.join();
  return workers;
}

}  // namespace newsmine
