/// What `slant eval --format` writes: the tables, one JSON document, or CSV rows of figures.
public enum EvaluationFormat: String, CaseIterable, Sendable {
  case text, json, csv
}
