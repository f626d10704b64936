/// What `slant sentences --format` writes: the text listing, TSV rows or JSON Lines.
public enum SentencesFormat: String, CaseIterable, Sendable {
  case text, tsv, jsonl
}
