/// One file built into the binary: its path relative to the repository and its exact bytes.
public struct BundledFile: Sendable, Equatable {
  /// The path as it is in the repository, such as `lexicons/loaded.txt`.
  public var path: String
  public var bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  /// The contents as text, invalid UTF-8 repaired as `TextFileReader` would not: bundled files
  /// come from the repository, where `slant lexicon check` keeps them valid.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
