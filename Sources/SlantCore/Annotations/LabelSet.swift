/// The labels people may give annotations, each with a one-key shortcut for the shell, read
/// from the one editable file `annotations/labels.txt`.
///
/// Format: UTF-8 text, one label a line as `KEY  NAME  Description`, separated by spaces: KEY is
/// one character (case matters; not `#`), NAME is lowercase letters, digits, `-` and `.`, and the
/// description runs to the end of the line. Blank lines and lines starting with `#` are ignored.
/// Names and keys must be unique.
public struct LabelSet: Sendable, Equatable {
  /// One label and its shortcut.
  public struct Label: Sendable, Hashable {
    public var key: Character
    public var name: String
    public var summary: String
  }

  public private(set) var labels: [Label] = []

  /// Parses the text of a labels file read from `path` (named in errors).
  public init(parsing text: String, path: String) throws {
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.trimmingSpaces
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
      guard fields.count >= 2, fields[0].count == 1, let key = fields[0].first else {
        throw AnnotationError.malformedLabels(path: path, line: lineNumber, reason: "expected 'KEY NAME Description' with a one-character KEY")
      }
      let name = String(fields[1])
      guard Self.isValidName(name) else {
        throw AnnotationError.malformedLabels(path: path, line: lineNumber, reason: "label '\(name)' must be lowercase letters, digits, '-' and '.'")
      }
      if let clash = labels.first(where: { $0.name == name }) {
        throw AnnotationError.malformedLabels(path: path, line: lineNumber, reason: "label '\(clash.name)' is listed twice")
      }
      if let clash = labels.first(where: { $0.key == key }) {
        throw AnnotationError.malformedLabels(path: path, line: lineNumber, reason: "key '\(key)' is already the shortcut of '\(clash.name)'")
      }
      labels.append(Label(key: key, name: name, summary: fields.count > 2 ? String(fields[2]).trimmingSpaces : ""))
    }
  }

  /// The labels file at `path`, or the default set when there is no such file.
  public static func load(from path: String) throws -> LabelSet {
    guard PathName.exists(path) else { return standard }
    do {
      return try LabelSet(parsing: try TextFileReader.text(atPath: path), path: path)
    } catch let error as CorpusError {
      throw AnnotationError.unreadable(path: path, reason: "\(error)")
    }
  }

  /// The label names, in file order.
  public var names: [String] { labels.map(\.name) }

  public func contains(_ name: String) -> Bool { labels.contains { $0.name == name } }

  /// The label whose shortcut is `key`.
  public func label(forKey key: Character) -> Label? { labels.first { $0.key == key } }

  /// The known label closest to `name`, for "did you mean".
  public func closest(to name: String) -> String? { EditDistance.closest(to: name, in: names) }

  private static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && name.unicodeScalars.allSatisfy { ScalarClass.isLowercase($0) || ScalarClass.isDigit($0) || $0 == "-" || $0 == "." }
  }
}
