/// What `slant export --format` (and the shell's `export FORMAT`) writes: one CSV or JSON Lines
/// row per annotation, W3C Web Annotations, or brat standoff files in a folder.
public enum ExportFormat: String, CaseIterable, Sendable {
  case csv, jsonl, w3c, brat
}
