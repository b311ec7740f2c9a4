// Canonical names: within one document, every mention of a person, organisation or country
// gets the fullest name the article uses for it (Entity::canonical).
//
//   PERSON  `Trump`, `Donald Trump` -> `Donald J. Trump` when the article writes it: a one-word
//           name goes to the most frequent longer name ending (else starting: `Xi` -> `Xi
//           Jinping`) with it; a longer name to the longest one with its first and last words.
//   ORG     an acronym to the name whose initials it spells (`WTO` -> `World Trade
//           Organization`); a name to the longest one that begins or ends with all its words
//           (`Federal Reserve` -> `US Federal Reserve`), never a lone organisation word
//           (`House`, `Senate`).
//   LOC     a country (Entity::link) to the longest name of the same code (`US` -> `United
//           States`); other places keep their own name, as MISC does.
//
// Cost: per document, the entity words are split once and sorted by last word; each mention
// is then matched by binary search against the few longer names sharing its key. No I/O.
#include "extract/canonical/canonical.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/quotes/words.hpp"
#include "newsmine/extractors.hpp"
#include "text/ascii.hpp"

namespace newsmine {

namespace {

constexpr std::size_t kMaxWords = 8;  // longer entities are left as they are

// The first eight bytes of `word` as a big-endian number (zeros past its end): keys in this
// order are in the byte order of the words; equal keys need a full compare.
std::uint64_t prefix_key(std::string_view word) {
  std::uint64_t key = 0;
  for (std::size_t k = 0; k < 8; ++k) {
    key = key << 8 | (k < word.size() ? static_cast<unsigned char>(word[k]) : 0U);
  }
  return key;
}

// An entity's name cut into words, which are kept in one vector for all the names.
struct Name {
  std::uint32_t entity = 0;
  std::uint32_t count = 0;     // words
  std::uint64_t last_key = 0;  // prefix_key(last()), set for people
  const std::string_view* words = nullptr;
  std::string_view first() const { return words[0]; }
  std::string_view last() const { return words[count - 1]; }
};

// Orders names by last word (the words' byte order), the key first.
bool last_word_before(const Name& a, std::uint64_t key, std::string_view last) {
  return a.last_key != key ? a.last_key < key : a.last() < last;
}
bool last_word_after(const Name& a, std::uint64_t key, std::string_view last) {
  return a.last_key != key ? a.last_key > key : a.last() > last;
}

using text::is_space;

// Appends the words of `text` (split at white space) to `words` and returns how many; none
// (and nothing appended) when it has no word or more than kMaxWords.
std::uint32_t split(std::string_view text, std::vector<std::string_view>& words) {
  const std::size_t before = words.size();
  std::size_t at = 0;
  while (at < text.size()) {
    while (at < text.size() && is_space(text[at])) ++at;
    std::size_t end = at;
    while (end < text.size() && !is_space(text[end])) ++end;
    if (end == at) break;
    if (words.size() - before == kMaxWords) {
      words.resize(before);
      return 0;
    }
    words.push_back(text.substr(at, end - at));
    at = end;
  }
  return static_cast<std::uint32_t>(words.size() - before);
}

using text::is_upper;

// An acronym: two to six capitals, dots allowed (`WTO`, `U.N.`).
std::size_t acronym_letters(std::string_view word, char* out) {
  std::size_t letters = 0;
  for (char c : word) {
    if (c == '.') continue;
    if (!is_upper(c) || letters == 6) return 0;
    out[letters++] = c;
  }
  return letters >= 2 ? letters : 0;
}

// True when `acronym` (letters) spells the initials of `name`'s capitalised words; a word
// that is itself an acronym (`U.S.`) gives all its letters.
bool spells(std::string_view acronym, const Name& name) {
  std::size_t at = 0;
  for (std::uint32_t k = 0; k < name.count; ++k) {
    std::string_view word = name.words[k];
    if (!is_upper(word[0])) continue;  // of, and, for, the
    char letters[6];
    std::size_t count = acronym_letters(word, letters);
    if (count == 0) {
      letters[0] = word[0];
      count = 1;
    }
    if (at + count > acronym.size() ||
        acronym.substr(at, count) != std::string_view(letters, count))
      return false;
    at += count;
  }
  return at == acronym.size() && name.count > 1;
}

// `inner`'s words open or close `outer`'s.
bool affix_of(const Name& inner, const Name& outer) {
  if (inner.count >= outer.count) return false;
  bool prefix = true;
  bool suffix = true;
  for (std::uint32_t k = 0; k < inner.count; ++k) {
    prefix = prefix && inner.words[k] == outer.words[k];
    suffix = suffix && inner.words[k] == outer.words[outer.count - inner.count + k];
  }
  return prefix || suffix;
}

// Which of two names is the fuller: more words, then more bytes; the earlier among equals.
bool fuller(const Name& a, std::uint32_t a_bytes, const Name& b, std::uint32_t b_bytes) {
  return a.count > b.count || (a.count == b.count && a_bytes > b_bytes);
}

// The buffers of Canonicalizer, kept from one document to the next by each worker.
struct CanonicalBuffers : AnnotatorScratch {
  std::vector<Name> names;
  std::vector<std::string_view> words;  // of all the names, in order
  std::vector<const Name*> people;      // PERSON of two or more words, by last word
  std::vector<const Name*> orgs;
  std::vector<const Name*> places;    // LOC with a country code, by code, fullest first
  std::vector<const Name*> frequent;  // most_frequent() of the range starting there, or null
  std::string lowered;
};

class Canonicalizer {
 public:
  Canonicalizer(std::string_view text, std::vector<Entity>& entities, CanonicalBuffers& buffers)
      : text_(text),
        entities_(entities),
        names_(buffers.names),
        words_(buffers.words),
        people_(buffers.people),
        orgs_(buffers.orgs),
        places_(buffers.places),
        frequent_(buffers.frequent),
        scratch_(buffers.lowered) {
    names_.clear();
    words_.clear();
    people_.clear();
    orgs_.clear();
    places_.clear();
    frequent_.clear();
  }

  void run() {
    names_.reserve(entities_.size());
    for (std::uint32_t e = 0; e < entities_.size(); ++e) {
      Entity& entity = entities_[e];
      entity.canonical = entity.span;
      if (entity.type == EntityType::Misc ||
          (entity.type == EntityType::Loc && entity.link.empty()))
        continue;  // keep their own name
      const std::uint32_t count = split(slice(entity.span), words_);
      if (count > 0) names_.push_back({.entity = e, .count = count});
    }
    // The words are in place now that the vector no longer grows.
    const std::string_view* words = words_.data();
    for (Name& name : names_) {
      name.words = words;
      words += name.count;
    }
    people_.reserve(names_.size());
    orgs_.reserve(names_.size());
    places_.reserve(names_.size());
    for (Name& name : names_) {
      const EntityType type = entities_[name.entity].type;
      if (type == EntityType::Person && name.count > 1) {
        name.last_key = prefix_key(name.last());
        people_.push_back(&name);
      }
      if (type == EntityType::Org) orgs_.push_back(&name);
      if (type == EntityType::Loc && !entities_[name.entity].link.empty()) places_.push_back(&name);
    }
    // Organisations by word count, the longest first: a name is compared with longer ones only.
    // (Ties in article order, so every sort here is deterministic without a stable sort's
    // buffer.)
    std::sort(orgs_.begin(), orgs_.end(), [](const Name* a, const Name* b) {
      return a->count != b->count ? a->count > b->count : a->entity < b->entity;
    });
    std::sort(people_.begin(), people_.end(), [](const Name* a, const Name* b) {
      if (a->last_key != b->last_key) return a->last_key < b->last_key;
      const int order = a->last().compare(b->last());
      return order != 0 ? order < 0 : a->entity < b->entity;
    });
    // Places by code, the fullest first, so each code's first entry is its canonical name.
    std::sort(places_.begin(), places_.end(), [&](const Name* a, const Name* b) {
      const std::string_view code_a = entities_[a->entity].link;
      const std::string_view code_b = entities_[b->entity].link;
      if (code_a != code_b) return code_a < code_b;
      if (fuller(*a, length(*a), *b, length(*b))) return true;
      if (fuller(*b, length(*b), *a, length(*a))) return false;
      return a->entity < b->entity;
    });
    for (const Name& name : names_) {
      switch (entities_[name.entity].type) {
        case EntityType::Person:
          person(name);
          break;
        case EntityType::Org:
          if (orgs_.size() <= kMaxOrgs) organisation(name);
          break;
        case EntityType::Loc:
          country(name);
          break;
        case EntityType::Misc:
          break;
      }
    }
  }

 private:
  // Organisations, and people by first word, are matched pairwise: only up to this many.
  static constexpr std::size_t kMaxOrgs = 400;

  std::string_view slice(Span span) const {
    return text_.substr(span.start, span.end - span.start);
  }
  std::uint32_t length(const Name& name) const {
    const Span span = entities_[name.entity].span;
    return span.end - span.start;
  }
  void set(const Name& name, const Name* to) {
    if (to) entities_[name.entity].canonical = entities_[to->entity].span;
  }
  // The people of two or more words whose last word is `last`.
  std::pair<std::size_t, std::size_t> people_ending(std::string_view last) const {
    const std::uint64_t key = prefix_key(last);
    auto lower = std::lower_bound(
        people_.begin(), people_.end(), last,
        [&](const Name* a, std::string_view word) { return last_word_before(*a, key, word); });
    auto upper = std::upper_bound(
        lower, people_.end(), last,
        [&](std::string_view word, const Name* a) { return last_word_after(*a, key, word); });
    return {static_cast<std::size_t>(lower - people_.begin()),
            static_cast<std::size_t>(upper - people_.begin())};
  }
  // The fullest person name with the first and last words of `base`.
  const Name* full_form(const Name& base) const {
    const auto [from, to] = people_ending(base.last());
    const Name* best = nullptr;
    for (std::size_t k = from; k < to; ++k) {
      const Name& other = *people_[k];
      if (other.first() != base.first()) continue;
      if (!best || fuller(other, length(other), *best, length(*best))) best = &other;
    }
    return best;
  }

  void person(const Name& name) {
    if (name.count > 1) {
      set(name, full_form(name));
      return;
    }
    // One word: the most frequent longer name ending with it (`Trump`), else the first one
    // starting with it (`Xi`).
    const auto [from, to] = people_ending(name.first());
    const Name* best = from < to ? most_frequent(from, to) : nullptr;
    if (!best && people_.size() <= kMaxOrgs) {
      for (const Name* other : people_) {
        if (other->first() == name.first() &&
            (!best || entities_[other->entity].span.start < entities_[best->entity].span.start))
          best = other;
      }
    }
    if (best) set(name, full_form(*best));
  }

  // The most frequent of the names people_[from, to) (the first among equals), worked out once
  // per range: every mention of `Trump` asks for the same one.
  const Name* most_frequent(std::size_t from, std::size_t to) {
    if (frequent_.empty()) frequent_.assign(people_.size(), nullptr);
    if (frequent_[from] != nullptr) return frequent_[from];
    const Name* best = nullptr;
    std::uint32_t best_count = 0;
    for (std::size_t k = from; k < to; ++k) {
      const std::string_view written = slice(entities_[people_[k]->entity].span);
      std::uint32_t count = 0;
      for (std::size_t j = from; j < to; ++j) {
        count += slice(entities_[people_[j]->entity].span) == written;
      }
      if (!best || count > best_count) {
        best = people_[k];
        best_count = count;
      }
    }
    frequent_[from] = best;
    return best;
  }

  void organisation(const Name& name) {
    if (orgs_.front()->count <= name.count) return;  // no longer name
    char letters[6];
    const std::size_t count = name.count == 1 ? acronym_letters(name.first(), letters) : 0;
    const std::string_view acronym(letters, count);
    if (count == 0 && name.count == 1 && quotes::is_org_word(lowered(name.first()))) return;
    const Name* best = nullptr;
    for (const Name* other : orgs_) {
      if (other->count <= name.count) break;
      if (count > 0 && other->first()[0] != acronym[0]) continue;
      const bool fits = count > 0 ? spells(acronym, *other) : affix_of(name, *other);
      if (fits && (!best || fuller(*other, length(*other), *best, length(*best)))) best = other;
    }
    set(name, best);
  }

  void country(const Name& name) {
    const std::string_view code = entities_[name.entity].link;
    if (code.empty()) return;
    auto found = std::lower_bound(
        places_.begin(), places_.end(), code,
        [&](const Name* a, std::string_view key) { return entities_[a->entity].link < key; });
    if (found != places_.end() && entities_[(*found)->entity].link == code) set(name, *found);
  }

  std::string_view lowered(std::string_view word) {
    scratch_.assign(word);
    for (char& c : scratch_) c = text::to_lower(c);
    return scratch_;
  }

  std::string_view text_;
  std::vector<Entity>& entities_;
  std::vector<Name>& names_;
  std::vector<std::string_view>& words_;
  std::vector<const Name*>& people_;
  std::vector<const Name*>& orgs_;
  std::vector<const Name*>& places_;
  std::vector<const Name*>& frequent_;
  std::string& scratch_;
};

void canonicalize(std::string_view text, std::vector<Entity>& entities, CanonicalBuffers& buffers) {
  if (entities.size() < 2) {  // nothing to compare: each name is its own canonical form
    for (Entity& entity : entities) entity.canonical = entity.span;
    return;
  }
  Canonicalizer(text, entities, buffers).run();
}

class CanonicalAnnotator : public ScratchAnnotator<CanonicalBuffers> {
 private:
  void run(const Document& doc, Analysis& analysis, CanonicalBuffers& buffers) const override {
    canonicalize(doc.text, analysis.entities, buffers);
  }
};

}  // namespace

void canonicalize_entities(std::string_view text, std::vector<Entity>& entities) {
  CanonicalBuffers buffers;
  canonicalize(text, entities, buffers);
}

std::shared_ptr<const Annotator> make_canonical_annotator() {
  return std::make_shared<CanonicalAnnotator>();
}

}  // namespace newsmine
