import Foundation

/// The comparison as one tidy CSV table (one figure per row), ready for pandas or R:
/// `group,measure,key,category,count,total,value,lower,upper,log_odds,z`. `value` is the share
/// for shares, the rate per 1,000 tokens for rates, and empty for counts; bounds are 95%.
/// Differences follow the groups: `difference` rows (group, key = figure, category = the group
/// it stands against, value = the difference with its bounds), and `driver_entry` and
/// `driver_category` rows (key = the entry or category, category = the entry's category,
/// count = its hits in the group, total = in both sides, value = the difference without it
/// with its bounds when drawn, z = its contribution); then `driver_support.LABEL` rows, the same
/// for the entries behind each support share's difference (count = the group's sentences whose
/// label rests on the entry alone). Bounds are empty where no interval is drawn: a group of
/// fewer than 5 documents, or a difference that resamples one.
/// The frame profiles' rows come between the groups and the differences (`frameRows`).
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
    for fields in frameRows(comparison) { text += writer.row(fields) }
    for difference in comparison.differences {
      for figure in difference.figures {
        text += writer.row(
          row(difference.group, "difference", key: figure.figure, category: difference.against, value: number(figure.difference),
            lower: figure.lower.map(number) ?? "", upper: figure.upper.map(number) ?? ""))
      }
      let supportDrivers = difference.figures.compactMap { figure in figure.entryDrivers.map { ("driver_\(figure.figure)", $0) } }
      for (measure, drivers) in [("driver_entry", difference.entryDrivers), ("driver_category", difference.categoryDrivers)] + supportDrivers {
        for driver in drivers {
          text += writer.row(
            row(difference.group, measure, key: driver.name, category: driver.category ?? "", count: driver.groupHits,
              total: driver.groupHits + driver.againstHits, value: number(driver.differenceWithout), lower: driver.lowerWithout.map(number) ?? "",
              upper: driver.upperWithout.map(number) ?? "", z: number(driver.contribution)))
        }
      }
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
    return row(group, measure, key: share.label, count: estimate.count, total: estimate.total, value: number(estimate.share), lower: estimate.lower.map(number) ?? "", upper: estimate.upper.map(number) ?? "")
  }

  private static func distinguishing(_ group: String, _ measure: String, _ term: DistinguishingTerm) -> [String] {
    row(group, measure, key: term.term, count: term.count, total: term.count + term.restCount, logOdds: number(term.logOdds), z: number(term.z))
  }

  /// Six decimals, enough for any share or rate and short enough to read.
  package static func number(_ value: Double) -> String { String(format: "%.6f", value) }
}
