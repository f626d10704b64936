/// A file found in a corpus, with the metadata it inherits from its surroundings.
public struct CorpusFile: Sendable, Hashable {
  public enum Format: Sendable, Hashable {
    /// One article per `.txt` or `.md` file.
    case text
    /// One article per `.html` or `.htm` page (see `HTMLTextExtractor`).
    case html
    /// One article per line of a `.jsonl` file.
    case jsonLines
    /// One article per row of a `.csv` file with a `text` column.
    case csv
  }

  /// Where to read the file.
  public var path: String
  public var format: Format
  /// Metadata from the corpus manifest, then from the outlet folder the file sits in.
  public var inheritedMetadata: DocumentMetadata

  public init(path: String, format: Format, inheritedMetadata: DocumentMetadata = DocumentMetadata()) {
    self.path = path
    self.format = format
    self.inheritedMetadata = inheritedMetadata
  }

  /// The format a file name calls for, or nil when it is not a corpus file.
  public static func format(ofPath path: String) -> Format? {
    switch PathName.fileExtension(path) {
    case "txt", "md": .text
    case "html", "htm": .html
    case "jsonl": .jsonLines
    case "csv" where PathName.lastComponent(path) != Manifest.fileName: .csv
    default: nil
    }
  }
}

/// The files of a corpus and the problems met while finding them.
public struct CorpusListing: Sendable {
  public var files: [CorpusFile] = []
  public var problems: [CorpusError] = []
  /// Files found in folders that are not corpus files (nor `manifest.csv`), counted in one
  /// line rather than skipped in silence.
  public var otherFiles: [String] = []

  /// `corpus: 3 files of other kinds not read (2 .pdf, 1 without extension)`, or nil when there
  /// are none.
  public var otherFilesSummary: String? {
    guard !otherFiles.isEmpty else { return nil }
    var counts: [String: Int] = [:]
    for file in otherFiles {
      let fileExtension = PathName.fileExtension(file)
      counts[fileExtension.isEmpty ? "without extension" : "." + fileExtension, default: 0] += 1
    }
    let kinds = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    let count = otherFiles.count
    return "\(count) file\(count == 1 ? "" : "s") of other kinds not read (\(kinds)); Slant reads .txt, .md, .html, .htm, .jsonl and .csv"
  }

  /// Things skipped on purpose and said once (folder links leading out of the corpus); they do
  /// not count as bad inputs.
  public var warnings: [CorpusError] = []
}
