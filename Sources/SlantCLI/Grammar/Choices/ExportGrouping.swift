/// How `slant export --by` groups rows: one per outlet, with counts per label.
public enum ExportGrouping: String, CaseIterable, Sendable {
  case outlet
}
