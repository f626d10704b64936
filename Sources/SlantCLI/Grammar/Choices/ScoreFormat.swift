/// What `slant score --format` writes: the annotated text view, one CSV row per sentence, or JSON Lines.
public enum ScoreFormat: String, CaseIterable, Sendable {
  case text, csv, jsonl
}
