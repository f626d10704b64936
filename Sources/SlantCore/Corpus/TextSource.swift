/// How a document's text was made from its file: the encoding it was decoded from, and whether
/// it was extracted from HTML. Offsets count code points of the text so made; a sidecar keeps
/// `label` after its fingerprint, so that anyone can make the same text again to use them.
public struct TextSource: Sendable, Hashable {
  /// The encodings Slant reads.
  public enum Encoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    /// Bytes that are not UTF-8 read as Windows-1252 (valid UTF-8 sequences are kept).
    case windows1252 = "windows-1252"
  }

  public var encoding: Encoding
  /// Whether the text is what `HTMLTextExtractor` extracted from an HTML page.
  public var isExtractedFromHTML: Bool
  /// In a file read as Windows-1252, the offset of its first byte that was not UTF-8.
  public var firstNonUTF8Byte: Int?

  public init(encoding: Encoding = .utf8, isExtractedFromHTML: Bool = false, firstNonUTF8Byte: Int? = nil) {
    self.encoding = encoding
    self.isExtractedFromHTML = isExtractedFromHTML
    self.firstNonUTF8Byte = firstNonUTF8Byte
  }

  /// A UTF-8 file read as it is.
  public static let plainUTF8 = TextSource()

  /// `windows-1252`, `html`, `html utf-16le`; empty for a plain UTF-8 file.
  public var label: String {
    ((isExtractedFromHTML ? ["html"] : []) + (encoding == .utf8 ? [] : [encoding.rawValue])).joined(separator: " ")
  }
}
