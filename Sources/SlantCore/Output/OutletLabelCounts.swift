/// Counts of annotations per label for each outlet, for `slant export --by outlet`: one row per
/// outlet with its documents, annotations and a column per label.
public struct OutletLabelCounts: Sendable {
  private struct Tally {
    var documents = 0
    var annotations = 0
    var labels: [String: Int] = [:]
  }

  private var tallies: [String: Tally] = [:]

  public init() {}

  /// Counts one document's annotations under `outlet`.
  public mutating func add(outlet: String, annotations: [Annotation]) {
    var tally = tallies[outlet, default: Tally()]
    tally.documents += 1
    tally.annotations += annotations.count
    for annotation in annotations {
      for label in annotation.labels { tally.labels[label, default: 0] += 1 }
    }
    tallies[outlet] = tally
  }

  /// The table: outlets sorted by name, label columns in `labels` order, then any other label
  /// met, sorted.
  public func table(labels: LabelSet) -> ExportTable {
    let seen = Set(tallies.values.flatMap(\.labels.keys))
    let labelColumns = labels.names + seen.subtracting(labels.names).sorted()
    var table = ExportTable(columns: ["outlet", "documents", "annotations"] + labelColumns)
    for outlet in tallies.keys.sorted() {
      let tally = tallies[outlet]!
      table.rows.append([.text(outlet), .integer(tally.documents), .integer(tally.annotations)] + labelColumns.map { .integer(tally.labels[$0] ?? 0) })
    }
    return table
  }
}
