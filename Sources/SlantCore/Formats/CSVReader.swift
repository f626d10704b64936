/// Reads RFC 4180 CSV: quoted fields with doubled quotes and line breaks, CRLF or LF rows, and
/// an optional leading BOM. Used for corpus manifests and to check Slant's own exports.
public struct CSVReader: Sendable {
  /// A row of fields and the line of the file it starts on.
  public struct Row: Sendable, Equatable {
    public var fields: [String]
    public var line: Int

    public init(fields: [String], line: Int) {
      self.fields = fields
      self.line = line
    }
  }

  /// A problem found while reading, with the line it is on.
  public struct Problem: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
      self.line = line
      self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
  }

  public init() {}

  /// The rows of `text`, skipping blank lines.
  public func rows(in text: String) throws -> [Row] {
    var rows: [Row] = []
    var fields: [String] = []
    var field = ""
    var line = 1, rowLine = 1
    var isQuoted = false, wasQuoted = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    if pending == "\u{FEFF}" { pending = scalars.next() }
    func endRow() {
      fields.append(field)
      if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) { rows.append(Row(fields: fields, line: rowLine)) }
      fields = []
      field = ""
      wasQuoted = false
    }
    while let scalar = pending {
      pending = scalars.next()
      if isQuoted {
        if scalar == "\"" {
          if pending == "\"" {
            field.unicodeScalars.append("\"")
            pending = scalars.next()
          } else {
            isQuoted = false
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty && !wasQuoted:
        isQuoted = true
        wasQuoted = true
      case "\"":
        throw Problem(line: line, reason: "stray quote in an unquoted field (quote the whole field and double the quote)")
      case ",":
        fields.append(field)
        field = ""
        wasQuoted = false
      case "\r", "\n":
        if scalar == "\r" && pending == "\n" { pending = scalars.next() }
        endRow()
        line += 1
        rowLine = line
      default:
        if wasQuoted { throw Problem(line: line, reason: "text after a closing quote") }
        field.unicodeScalars.append(scalar)
      }
    }
    if isQuoted { throw Problem(line: rowLine, reason: "quoted field is never closed") }
    if !field.isEmpty || !fields.isEmpty || wasQuoted { endRow() }
    return rows
  }
}
