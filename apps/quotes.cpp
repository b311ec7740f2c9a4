// newsmine quotes: direct quotations with their speakers.
#include <cstddef>
#include <string>
#include <string_view>

#include "cli.hpp"
#include "newsmine/extractors.hpp"

namespace newsmine::cli {

namespace {

char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equals_ignoring_case(std::string_view left, std::string_view right) {
  if (left.size() != right.size()) return false;
  for (std::size_t k = 0; k < left.size(); ++k) {
    if (ascii_lower(left[k]) != ascii_lower(right[k])) return false;
  }
  return true;
}

// Words in `text`: runs of letters and digits (any non-ASCII byte counts as a letter).
std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool letter = byte >= 0x80 || (byte >= '0' && byte <= '9') ||
                        (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z');
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words;
}

// Drops quotations shorter than `min_words` words or whose resolved speaker is not `speaker`
// (compared ignoring case, either whole or by its last word: "Trump" keeps "Donald Trump").
class QuoteFilter : public Annotator {
 public:
  QuoteFilter(std::size_t min_words, std::string speaker)
      : min_words_(min_words), speaker_(std::move(speaker)) {}

  void annotate(const Document& doc, Analysis& analysis) const override {
    std::erase_if(analysis.quotes, [&](const Quote& quote) {
      std::string_view text =
          std::string_view(doc.text).substr(quote.span.start, quote.span.end - quote.span.start);
      if (count_words(text) < min_words_) return true;
      if (speaker_.empty()) return false;
      if (!quote.speaker) return true;
      std::string_view name = *quote.speaker;
      std::size_t space = name.rfind(' ');
      std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
      return !equals_ignoring_case(name, speaker_) && !equals_ignoring_case(last, speaker_);
    });
  }

 private:
  std::size_t min_words_;
  std::string speaker_;
};

}  // namespace

void add_quotes_command(CLI::App& app, int& status) {
  auto options = std::make_shared<InputOptions>();
  auto min_words = std::make_shared<std::size_t>(0);
  auto speaker = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("quotes", "Extract quotations with their speakers");
  add_input_options(*command, *options);
  command->add_option("--min-words", *min_words, "Drop quotations of fewer words");
  command->add_option("--speaker", *speaker,
                      "Keep only quotations by this speaker (full name or last name, any case)");
  command->footer(help_footer(
      "  newsmine quotes articles.jsonl\n"
      "  newsmine quotes --format tsv --speaker Lagarde --min-words 5 news/\n",
      "  doc, kind (quote), text (the quoted words), start, end, speaker (fullest name, or\n"
      "  null), speaker_start, speaker_end, cue (the reporting verb, or null)\n"
      "  (docs/records.md). --format tsv or csv: doc speaker cue text speaker_text, then the\n"
      "  other fields.\n"));
  command->callback([options, min_words, speaker, &status] {
    const Kinds kinds{"quote"};
    Analyzer analyzer = make_analyzer(kinds);
    if (*min_words > 0 || !speaker->empty()) {
      analyzer.add(std::make_shared<QuoteFilter>(*min_words, *speaker));
    }
    status =
        run_records(*options, analyzer, kinds, {"doc", "speaker", "cue", "text", "speaker_text"});
  });
}

}  // namespace newsmine::cli
