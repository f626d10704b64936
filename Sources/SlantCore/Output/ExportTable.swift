/// Rows of typed cells under named columns, written as CSV (through `CSVWriter`, with a header
/// row and optionally Excel's BOM) or as JSON Lines (one object per row, keys in column order).
public struct ExportTable: Sendable {
  public var columns: [String]
  public var rows: [[ExportValue]] = []

  public init(columns: [String]) { self.columns = columns }

  /// The table as RFC 4180 CSV, UTF-8, header first; `excel` adds the BOM Excel needs.
  public func csv(excel: Bool = false, exact: Bool = false) -> String {
    let writer = CSVWriter(guardsFormulas: !exact)
    var text = excel ? CSVWriter.excelBOM : ""
    text += writer.row(columns)
    for row in rows { text += writer.row(row.map(\.csvText)) }
    return text
  }

  /// The table as JSON Lines.
  public func jsonLines() -> String {
    var text = ""
    for row in rows {
      text += "{" + zip(columns, row).map { JSONText.quoted($0) + ":" + $1.json }.joined(separator: ",") + "}\n"
    }
    return text
  }
}
