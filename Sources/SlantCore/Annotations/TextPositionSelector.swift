/// Where a target lies in its document, in Unicode scalar (code point) offsets from the start of
/// the file's text, as the W3C Web Annotation `TextPositionSelector` counts them.
public struct TextPositionSelector: Sendable, Hashable, Codable {
  public var scalarStart: Int
  public var scalarEnd: Int

  public init(scalarStart: Int, scalarEnd: Int) {
    self.scalarStart = scalarStart
    self.scalarEnd = scalarEnd
  }

  public var scalarRange: Range<Int> { scalarStart..<max(scalarStart, scalarEnd) }

  enum CodingKeys: String, CodingKey {
    case scalarStart = "start"
    case scalarEnd = "end"
  }
}
