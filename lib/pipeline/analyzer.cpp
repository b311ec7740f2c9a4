#include "newsmine/analyzer.hpp"

#include <atomic>
#include <stdexcept>
#include <string_view>

#include "newsmine/registry.hpp"

namespace newsmine {

std::string_view entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::Person:
      return "PERSON";
    case EntityType::Org:
      return "ORG";
    case EntityType::Loc:
      return "LOC";
    case EntityType::Misc:
      return "MISC";
  }
  return "MISC";
}

std::string_view tariff_action_name(TariffAction action) {
  switch (action) {
    case TariffAction::Imposed:
      return "imposed";
    case TariffAction::Threatened:
      return "threatened";
    case TariffAction::Raised:
      return "raised";
    case TariffAction::Lowered:
      return "lowered";
    case TariffAction::Paused:
      return "paused";
    case TariffAction::Lifted:
      return "lifted";
  }
  return "imposed";
}

void Analysis::clear() {
  tokens.clear();
  sentences.clear();
  entities.clear();
  dates.clear();
  percents.clear();
  quotes.clear();
  tariffs.clear();
  annotations.clear();
  focused = false;
  focus.clear();
}

Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;
Workspace::~Workspace() = default;

Annotation& Annotation::set(std::string_view name, AttributeValue value) {
  for (Attribute& attribute : attributes) {
    if (attribute.name == name) {
      attribute.value = std::move(value);
      return *this;
    }
  }
  attributes.push_back({name, std::move(value)});
  return *this;
}

const AttributeValue* Annotation::find(std::string_view name) const {
  for (const Attribute& attribute : attributes) {
    if (attribute.name == name) return &attribute.value;
  }
  return nullptr;
}

Annotation& Analysis::annotate(std::string_view kind, Span span) {
  return annotate(kind_index(kind), span);
}

Annotation& Analysis::annotate(std::size_t kind, Span span) {
  Annotation& annotation = annotations.emplace_back();
  annotation.id = annotation_id(kind, annotations.size() - 1);
  annotation.kind = static_cast<std::uint16_t>(kind);
  annotation.span = span;
  return annotation;
}

const Annotation* Analysis::find_annotation(AnnotationId id) const {
  const std::size_t index = annotation_index(id);
  if (index >= annotations.size() || annotations[index].id != id) return nullptr;
  return &annotations[index];
}

void Analyzer::add(std::shared_ptr<const Annotator> annotator) {
  static std::atomic<std::uint64_t> serials{0};
  annotators_.push_back(std::move(annotator));
  serial_ = ++serials;
}

void Analyzer::prepare(Workspace& workspace) const {
  if (workspace.owner == serial_ && workspace.scratch.size() == annotators_.size()) return;
  workspace.scratch.clear();
  for (const auto& annotator : annotators_) workspace.scratch.push_back(annotator->make_scratch());
  workspace.owner = serial_;
}

void Analyzer::analyze(const Document& doc, Analysis& analysis) const {
  analyze(std::span(&doc, 1), std::span(&analysis, 1));
}

void Analyzer::analyze(std::span<const Document> docs, std::span<Analysis> analyses) const {
  if (docs.empty()) return;
  Workspace& workspace = analyses.front().workspace;
  prepare(workspace);
  for (std::size_t d = 0; d < docs.size(); ++d) {
    Analysis& analysis = analyses[d];
    analysis.clear();
    tokenize(docs[d].text, analysis.tokens);
    if (split_sentences_) split_sentences(docs[d].text, analysis.tokens, analysis.sentences);
  }
  // Stage by stage over the group: one stage's code and tables stay in cache.
  for (std::size_t i = 0; i < annotators_.size(); ++i) {
    for (std::size_t d = 0; d < docs.size(); ++d) {
      annotators_[i]->annotate_with(docs[d], analyses[d], workspace.scratch[i].get());
    }
  }
}

}  // namespace newsmine
