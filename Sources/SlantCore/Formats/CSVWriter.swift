/// Writes RFC 4180 CSV that opens cleanly in spreadsheets, pandas and R.
///
/// Fields with commas, quotes or line breaks are quoted, quotes are doubled, rows end in CRLF,
/// and a text field that starts like a formula (`=`, `+`, `-`, `@`, tab or CR) gets a leading
/// `'` so that a spreadsheet shows it instead of running it. Numbers such as `-3` stay as they are.
/// With `guardsFormulas` off every field is exactly its text (for pandas, R and other programs).
public struct CSVWriter: Sendable {
  /// Whether a field that starts like a formula gets a leading `'`.
  public var guardsFormulas: Bool

  public init(guardsFormulas: Bool = true) { self.guardsFormulas = guardsFormulas }

  /// One CSV line, CRLF included, from `fields`.
  public func row(_ fields: [String]) -> String {
    var line = ""
    for (index, field) in fields.enumerated() {
      if index > 0 { line += "," }
      line += Self.escape(field, guardingFormulas: guardsFormulas)
    }
    return line + "\r\n"
  }

  /// `field` made safe for a spreadsheet (unless `guardingFormulas` is false) and quoted when it
  /// needs to be.
  public static func escape(_ field: String, guardingFormulas: Bool = true) -> String {
    var value = field
    if guardingFormulas, let first = value.utf8.first, "=+-@\t\r".utf8.contains(first), Double(value) == nil {
      value = "'" + value
    }
    let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    guard needsQuotes else { return value }
    var quoted = "\""
    for scalar in value.unicodeScalars {
      if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
    }
    return quoted + "\""
  }

  /// The UTF-8 byte order mark that makes Excel read a CSV file as UTF-8.
  public static let excelBOM = "\u{FEFF}"
}
