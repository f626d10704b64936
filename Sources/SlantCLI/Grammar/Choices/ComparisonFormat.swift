/// What `slant compare --format` writes: the tables, one tidy CSV table, or one JSON document.
public enum ComparisonFormat: String, CaseIterable, Sendable {
  case text, csv, json
}
