import SlantCore

/// The multi-group fixture corpus (`Fixtures/groups`), scored with its own small lexicon
/// (`lexicon.txt`), so that every hit can be counted by hand and the default lexicons growing
/// changes nothing here.
///
/// Fourteen articles about a dam on a river between two countries, two or three per outlet,
/// described by a `manifest.csv` one folder above them (`path,outlet,country,leaning`). Every
/// northern article calls the southern government a `regime` (13 hits, none in the
/// south) and otherwise both countries write `reckless` about once per article, so the country
/// gap in loaded language is carried by one entry. Right-leaning outlets (one per country, three
/// articles each: six right, eight left, so both sides have the five documents an interval
/// needs) add `disastrous`, `chaotic` and `thugs`, spread over three entries, so the leaning gap
/// rests on no single one. Southern articles hedge (`may`, `reportedly`); northern ones never
/// do. Three northern outlets, and no southern one, report soldiers seen near the dam; two
/// articles end with a `-REUTERS` credit line. Each outlet alone has fewer than five documents:
/// no interval by outlet.
enum GroupsCorpus {
  static let folder = Fixtures.path("groups")

  static let documents: [ScoredDocument] = {
    let scorer = Scorer(lexicons: LexiconLoader(workspace: folder).load([folder + "/lexicon.txt"]).lexicons)
    return CorpusLoader(workspace: folder).load([folder + "/corpus/articles"]).documents.map(scorer.score)
  }()

  static let tallies = documents.map { DocumentTally(scored: $0) }

  static func comparison(by field: String, bootstrap: Bootstrap = Bootstrap()) -> FramingComparison {
    FramingComparison(tallies: tallies, grouping: ComparisonGrouping(parsing: field), bootstrap: bootstrap)
  }
}
