// The sentence and token kinds, made by the tokenizer and sentence splitter before any annotator:
// their rows of the kind registry.
#include "newsmine/extractors.hpp"
#include "newsmine/registry.hpp"
#include "pipeline/kind_fields.hpp"

namespace newsmine {

using namespace kind_fields;

KindSpec sentence_kind() {
  KindSpec spec;
  spec.name = "sentence";
  spec.description = "A sentence, as the sentence splitter cut the text";
  spec.written_by = "`tokens`";
  spec.in_all = false;
  spec.fields = {text_field(),
                 start_field(),
                 end_field(),
                 {"tokens", F::Integer, P::Always, "how many tokens it holds"}};
  spec.count = [](const Analysis& a) { return a.sentences.size(); };
  spec.start = [](const Analysis& a, std::size_t i) { return a.sentences[i].start; };
  spec.emit = [](const EmitContext& c, std::size_t i, Record& record) {
    const Sentence& sentence = c.analysis.sentences[i];
    add_span(record, c.doc, {sentence.start, sentence.end});
    record.add("tokens", std::int64_t{sentence.end_token - sentence.first_token});
  };
  return spec;
}

KindSpec token_kind() {
  KindSpec spec;
  spec.name = "token";
  spec.description = "A token, as the tokenizer cut the text";
  spec.written_by = "`tokens`";
  spec.needs = {"sentence"};  // written sentence by sentence
  spec.in_all = false;
  spec.fields = {text_field(),
                 start_field(),
                 end_field(),
                 {"class", F::String, P::Always,
                  "word, number, punct, open_quote, close_quote, dash, url or email"}};
  spec.count = [](const Analysis& a) { return a.tokens.size(); };
  spec.start = [](const Analysis& a, std::size_t i) { return a.tokens[i].start; };
  spec.emit = [](const EmitContext& c, std::size_t i, Record& record) {
    const Token& token = c.analysis.tokens[i];
    add_span(record, c.doc, {token.start, token.end});
    record.add("class", token_class_name(token.cls));
  };
  return spec;
}

}  // namespace newsmine
