/// What the comparison puts side by side: outlets, or single documents.
public enum ComparisonGrouping: String, Sendable, Codable, CaseIterable {
  case outlet, document

  /// The group a document's tally belongs to.
  public func key(of tally: DocumentTally) -> String {
    switch self {
    case .outlet: tally.outlet
    case .document: tally.documentID.description
    }
  }
}
