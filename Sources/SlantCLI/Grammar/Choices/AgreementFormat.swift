/// What `slant agree --format` writes: the tables or one JSON document.
public enum AgreementFormat: String, CaseIterable, Sendable {
  case text, json
}
