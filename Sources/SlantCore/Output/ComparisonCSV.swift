import Foundation

/// The comparison as one tidy CSV table (one figure per row), ready for pandas or R:
/// `group,measure,key,category,count,total,value,lower,upper,log_odds,z`. `value` is the share
/// for shares, the rate per 1,000 tokens for rates, and empty for counts; bounds are 95%.
package enum ComparisonCSV {
  package static let columns = ["group", "measure", "key", "category", "count", "total", "value", "lower", "upper", "log_odds", "z"]

  package static func render(_ comparison: FramingComparison) -> String {
    let writer = CSVWriter()
    var text = writer.row(columns)
    for profile in comparison.profiles {
      var rows: [[String]] = [
        row(profile.name, "documents", count: profile.documents), row(profile.name, "sentences", count: profile.sentences),
        row(profile.name, "tokens", count: profile.tokens), rate(profile.name, "loaded_per_1000_tokens", profile.loaded),
        row(profile.name, "loaded_own_voice", count: profile.loadedOwnVoice), row(profile.name, "loaded_quoted", count: profile.loadedQuoted),
      ]
      rows += profile.support.map { share(profile.name, "support", $0) }
      rows += profile.frames.map { row(profile.name, "frame", key: $0.frame, count: $0.count, value: number($0.share)) }
      rows += profile.topLoadedTerms.map { row(profile.name, "loaded_term", key: $0.term, category: $0.category, count: $0.count) }
      rows += profile.distinguishingWords.map { distinguishing(profile.name, "distinctive_word", $0) }
      rows += profile.distinguishingCategories.map { distinguishing(profile.name, "distinctive_category", $0) }
      if let human = profile.human {
        rows.append(row(profile.name, "people_annotated_documents", count: human.annotatedDocuments))
        rows += human.support.map { share(profile.name, "people_support", $0) }
        rows += human.scorerSupport.map { share(profile.name, "scorer_support_on_annotated", $0) }
        rows.append(rate(profile.name, "people_loaded_spans_per_1000_tokens", human.loaded))
      }
      if let headlines = profile.headlines {
        rows.append(row(profile.name, "headlines", count: headlines.headlines))
        rows.append(row(profile.name, "headline_loaded_hits", count: headlines.loadedHits))
        rows += headlines.support.map { share(profile.name, "headline_support", $0) }
      }
      for fields in rows { text += writer.row(fields) }
    }
    return text
  }

  private static func row(
    _ group: String, _ measure: String, key: String = "", category: String = "", count: Int? = nil, total: Int? = nil, value: String = "",
    lower: String = "", upper: String = "", logOdds: String = "", z: String = ""
  ) -> [String] {
    [group, measure, key, category, count.map(String.init) ?? "", total.map(String.init) ?? "", value, lower, upper, logOdds, z]
  }

  private static func rate(_ group: String, _ measure: String, _ rate: RateEstimate) -> [String] {
    row(group, measure, count: rate.events, total: rate.tokens, value: number(rate.perThousand), lower: rate.lower.map(number) ?? "", upper: rate.upper.map(number) ?? "")
  }

  private static func share(_ group: String, _ measure: String, _ share: LabelShare) -> [String] {
    let estimate = share.estimate
    return row(group, measure, key: share.label, count: estimate.count, total: estimate.total, value: number(estimate.share), lower: number(estimate.lower), upper: number(estimate.upper))
  }

  private static func distinguishing(_ group: String, _ measure: String, _ term: DistinguishingTerm) -> [String] {
    row(group, measure, key: term.term, count: term.count, total: term.count + term.restCount, logOdds: number(term.logOdds), z: number(term.z))
  }

  /// Six decimals, enough for any share or rate and short enough to read.
  package static func number(_ value: Double) -> String { String(format: "%.6f", value) }
}
