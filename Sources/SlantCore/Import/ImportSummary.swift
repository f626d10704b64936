/// The counts of one `slant import` run across its files and documents, for its summary line.
public struct ImportSummary: Sendable, Hashable, CustomStringConvertible {
  /// Annotations added (re-anchored ones included).
  public var imported = 0
  public var reanchored = 0
  /// Records already in the sidecars.
  public var alreadyThere = 0
  /// Records left out, each reported with its reason.
  public var skipped = 0
  /// Rows without labels (export's `--all-sentences` rows), not annotations.
  public var unlabelled = 0
  /// Records whose every label `--map` dropped.
  public var dropped = 0
  /// Documents that received annotations.
  public var documents = 0

  public init() {}

  /// Counts a file's unreadable records, unlabelled rows and dropped records.
  public mutating func add(_ batch: ImportBatch, dropped: Int = 0) {
    skipped += batch.problems.count
    unlabelled += batch.unlabelledRecords
    self.dropped += dropped
  }

  /// Counts the decisions of one document's plan.
  public mutating func add(_ plan: ImportPlan) {
    imported += plan.added + plan.reanchored
    reanchored += plan.reanchored
    alreadyThere += plan.duplicates
    skipped += plan.rejected
    if plan.added + plan.reanchored > 0 { documents += 1 }
  }

  /// `imported 12 annotations into 3 documents (2 re-anchored); 4 already there; skipped 3 (reasons above)`.
  public var description: String {
    var parts = ["imported \(imported) annotation\(imported == 1 ? "" : "s") into \(documents) document\(documents == 1 ? "" : "s")"
      + (reanchored > 0 ? " (\(reanchored) re-anchored)" : "")]
    if alreadyThere > 0 { parts.append("\(alreadyThere) already there") }
    if dropped > 0 { parts.append("\(dropped) dropped by --map") }
    if unlabelled > 0 { parts.append("\(unlabelled) row\(unlabelled == 1 ? "" : "s") without labels ignored") }
    parts.append(skipped > 0 ? "skipped \(skipped) (reasons above)" : "skipped 0")
    return parts.joined(separator: "; ")
  }
}
