/// A file found in a corpus, with the metadata it inherits from its surroundings.
public struct CorpusFile: Sendable, Hashable {
  public enum Format: Sendable, Hashable {
    /// One article per `.txt` or `.md` file.
    case text
    /// One article per line of a `.jsonl` file.
    case jsonLines
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
    case "jsonl": .jsonLines
    default: nil
    }
  }
}

/// The files of a corpus and the problems met while finding them.
public struct CorpusListing: Sendable {
  public var files: [CorpusFile] = []
  public var problems: [CorpusError] = []
  /// Things skipped on purpose and said once (folder links leading out of the corpus); they do
  /// not count as bad inputs.
  public var warnings: [CorpusError] = []
}
