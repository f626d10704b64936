/// Builds markup as UTF-8 bytes, XHTML-compatible so that XML tools can check it: every element
/// is closed, void elements close themselves, attribute values are quoted, and all text and
/// attribute values go through `HTMLEscaping`. Tag and attribute names are the caller's constants.
struct HTMLWriter {
  private(set) var bytes: [UInt8] = []

  /// Opens `tag` with the attributes whose values are not nil.
  mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
    startTag(tag, attributes)
    bytes.append(UInt8(ascii: ">"))
  }

  mutating func close(_ tag: String) {
    bytes += Array("</\(tag)>".utf8)
  }

  /// An element with no content, such as `<meta charset="utf-8"/>`.
  mutating func void(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
    startTag(tag, attributes)
    bytes += Array("/>".utf8)
  }

  /// `<tag …>text</tag>`.
  mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:], text: some StringProtocol) {
    open(tag, attributes)
    self.text(text)
    close(tag)
  }

  mutating func text(_ text: some StringProtocol) { HTMLEscaping.append(text, to: &bytes) }

  /// Markup the program itself composed (the style sheet, a finished fragment), copied as is.
  mutating func markup(_ markup: String) { bytes += Array(markup.utf8) }

  /// Another writer's finished fragment, copied as is.
  mutating func markup(_ fragment: [UInt8]) { bytes += fragment }

  private mutating func startTag(_ tag: String, _ attributes: KeyValuePairs<String, String?>) {
    bytes += Array("<\(tag)".utf8)
    for (name, value) in attributes {
      guard let value else { continue }
      bytes += Array(" \(name)=\"".utf8)
      HTMLEscaping.append(value, to: &bytes)
      bytes.append(UInt8(ascii: "\""))
    }
  }
}
