// Prints the entities and dates that newsmine finds in a text given as arguments or on stdin:
//   mentions "The European Union said on Monday it would retaliate."
#include <newsmine/analysis.hpp>
#include <newsmine/analyzer.hpp>
#include <newsmine/document.hpp>
#include <newsmine/extractors.hpp>
#include <newsmine/version.hpp>

#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

int main(int argc, char** argv) {
  newsmine::Document doc;
  doc.id = "example";
  doc.date = "2025-04-21";  // relative dates ("on Monday") resolve against this
  for (int i = 1; i < argc; ++i) doc.text += (i > 1 ? " " : "") + std::string(argv[i]);
  if (argc < 2) doc.text.assign(std::istreambuf_iterator<char>(std::cin), {});

  const newsmine::Analyzer analyzer = newsmine::make_analyzer(newsmine::Kinds{"entity", "date"});
  newsmine::Analysis analysis;
  analyzer.analyze(doc, analysis);

  const std::string_view text = doc.text;
  auto slice = [text](newsmine::Span span) {
    return text.substr(span.start, span.end - span.start);
  };
  std::cout << "newsmine " << NEWSMINE_VERSION << "\n";
  for (const auto& entity : analysis.entities)
    std::cout << newsmine::entity_type_name(entity.type) << '\t' << slice(entity.span) << '\n';
  for (const auto& date : analysis.dates)
    std::cout << "DATE\t" << slice(date.span) << '\t' << date.value << '\n';
  return analysis.entities.empty() ? 1 : 0;
}
