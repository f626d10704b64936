/// One group's documents as rows of counts, with the bootstrap's replicate sums over them:
/// tokens, loaded hits, sentences, sentences per support label, then one column per driver
/// (the hits of one entry or one category) whose removal the differences test.
struct GroupSample: Sendable {
  static let tokens = 0, loaded = 1, sentences = 2
  static let fixedColumns = 3 + SupportLabel.allCases.count

  static func column(of label: SupportLabel) -> Int { 3 + SupportLabel.allCases.firstIndex(of: label)! }

  let name: String
  /// The column sums over the group's documents.
  let totals: [Int]
  let documents: Int
  let replicates: ReplicateSums

  /// Resamples `members` only when there are `Bootstrap.minimumDocuments` of them or more.
  init(name: String, _ members: [DocumentTally], drivers: [DriverKey], bootstrap: Bootstrap, seed: UInt64) {
    self.name = name
    let columns = Self.fixedColumns + drivers.count
    var rows: [Int] = []
    rows.reserveCapacity(members.count * columns)
    // Appended in place: three small arrays per document (and a copy of the tally per driver) cost more than the counts.
    for tally in members {
      rows.append(tally.tokens)
      rows.append(DocumentTally.loadedHits(tally.totals))
      rows.append(tally.totals.sentences)
      for label in SupportLabel.allCases { rows.append(tally.totals.labels[label] ?? 0) }
      for driver in drivers { rows.append(driver.count(in: tally)) }
    }
    documents = members.count
    totals = (0..<columns).map { column in stride(from: column, to: rows.count, by: columns).reduce(0) { $0 + rows[$1] } }
    replicates = ReplicateSums(
      rows: rows, columns: columns, replicates: members.count >= bootstrap.minimumDocuments ? bootstrap.replicates : 0, seed: seed)
  }

  /// The figure over the group's documents, with its interval when there are enough.
  func estimate(_ figure: ComparedFigure) -> (value: Double, lower: Double?, upper: Double?) {
    let interval = replicates.interval { replicate in figure.value { replicates.sum(replicate, $0) } }
    return (figure.value { totals[$0] }, interval?.lower, interval?.upper)
  }
}

/// What a driver column counts in a document: the loaded hits of one lexicon entry or of one
/// category, or the sentences whose support label rests on one entry alone.
enum DriverKey: Sendable, Hashable {
  case entry(DocumentTally.TermKey)
  case category(String)
  case soleSupport(SupportLabel, DocumentTally.TermKey)

  func count(in tally: DocumentTally) -> Int {
    switch self {
    case .entry(let key): tally.loadedTerms[key] ?? 0
    case .category(let category): tally.loadedTerms.reduce(0) { $0 + ($1.key.category == category ? $1.value : 0) }
    case .soleSupport(let label, let key): tally.soleSupportEntries[label]?[key] ?? 0
    }
  }
}
