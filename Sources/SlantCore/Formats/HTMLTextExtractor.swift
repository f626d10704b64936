/// Extracts an article from an HTML page: its title and its paragraphs, as plain text whose
/// offsets are the ones Slant reports for the page.
///
/// The title is the first `<h1>` (wherever it stands), else `<title>`. The text is the page's
/// blocks (`p`, `h2`…`h6`, `li`, `blockquote`, `div`, table cells…), each with its white space
/// collapsed to single spaces, separated by blank lines; `<br>` becomes a line end. Left out:
/// the `<head>`, scripts, styles, `nav`, `header`, `footer`, `aside`, forms, embedded media,
/// comments and declarations. Character references (`&amp;`, `&#8217;`, `&#x2014;`) are
/// decoded; an unknown one is kept as written. Leniency: tags need not be closed or nested
/// well, names and attributes are read in any case, and a `<` that opens no tag is text.
public struct HTMLTextExtractor: Sendable {
  /// The title and the text of a page.
  public struct Article: Sendable, Equatable {
    public var title: String?
    public var text: String
  }

  public init() {}

  /// Whether `text` looks like an HTML page: it starts (after spaces and a BOM) with a doctype,
  /// `<html` or `<head`, for pages saved with another extension.
  public static func looksLikeHTML(_ text: String) -> Bool {
    let start = text.unicodeScalars.drop { $0 == "\u{FEFF}" || ScalarClass.isSpace($0) }.prefix(15)
    // Every opening starts with `<`, which no other scalar lowercases or composes to: text that
    // starts otherwise (nearly every article) builds no string (0.5% of `slant score`'s CPU, perf).
    guard start.first == "<" else { return false }
    let opening = String(String.UnicodeScalarView(start)).lowercased()
    return opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html") || opening.hasPrefix("<head")
  }

  /// The article in the page `html`.
  public func article(in html: String) -> Article {
    var reader = Reader(scalars: Array(html.unicodeScalars))
    reader.run()
    let title = reader.heading ?? reader.title
    return Article(title: title.flatMap { $0.isEmpty ? nil : $0 }, text: reader.paragraphs.isEmpty ? "" : reader.paragraphs.joined(separator: "\n\n") + "\n")
  }
}

/// Elements whose content is never article text.
private let skippedElements: Set<String> = [
  "head", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg", "math", "iframe", "object", "select", "button",
  "figure", "menu", "dialog", "canvas", "video", "audio",
]
/// Elements whose content is raw text, read up to their end tag.
private let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "xmp"]
/// Elements that start and end a block of text.
private let blockElements: Set<String> = [
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "section", "article", "main",
  "table", "tr", "td", "th", "caption", "pre", "address", "hr", "body", "html", "figcaption", "details", "summary",
]

/// A cursor over the page's scalars that gathers blocks of text.
private struct Reader {
  let scalars: [Unicode.Scalar]
  var offset = 0
  var paragraphs: [String] = []
  var title: String?
  var heading: String?
  /// The text of the block being read, white space collapsed.
  var block = String.UnicodeScalarView()
  var pendingSpace = false
  /// How many skipped elements the cursor is inside.
  var skipDepth = 0
  /// The first `<h1>`'s text while it is being read.
  var headingText: String.UnicodeScalarView?

  mutating func run() {
    while offset < scalars.count {
      let scalar = scalars[offset]
      if scalar == "<", readMarkup() { continue }
      offset += 1
      if scalar == "&" {
        text(readReference())
      } else {
        text(scalar)
      }
    }
    endBlock()
  }

  /// Adds one scalar of text, collapsing white space.
  mutating func text(_ scalar: Unicode.Scalar) {
    let isSpace = scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}"
    if headingText != nil {
      if isSpace {
        if headingText?.isEmpty == false, headingText?.last != " " { headingText?.append(" ") }
      } else {
        headingText?.append(scalar)
      }
    }
    guard skipDepth == 0 else { return }
    if isSpace {
      pendingSpace = !block.isEmpty
      return
    }
    if pendingSpace, block.last != "\n" { block.append(" ") }
    pendingSpace = false
    block.append(scalar)
  }

  mutating func endBlock() {
    let paragraph = String(block)
    if !paragraph.isEmpty { paragraphs.append(paragraph) }
    block = String.UnicodeScalarView()
    pendingSpace = false
  }

  /// Reads a tag, comment or declaration at `<`; false when the `<` opens none and is text.
  mutating func readMarkup() -> Bool {
    let start = offset
    guard offset + 1 < scalars.count else { return false }
    let next = scalars[offset + 1]
    if next == "!" || next == "?" {
      let isComment = offset + 3 < scalars.count && scalars[offset + 2] == "-" && scalars[offset + 3] == "-"
      offset = isComment ? (find("-->", from: offset + 4).map { $0 + 3 } ?? scalars.count) : (find(">", from: offset + 2).map { $0 + 1 } ?? scalars.count)
      return true
    }
    let isEnd = next == "/"
    var cursor = offset + (isEnd ? 2 : 1)
    var name = ""
    while cursor < scalars.count, scalars[cursor].properties.isAlphabetic || ("0"..."9").contains(scalars[cursor]) {
      name.unicodeScalars.append(scalars[cursor])
      cursor += 1
    }
    guard !name.isEmpty else { return false }
    name = name.lowercased()
    // The tag runs to the first `>` outside a quoted attribute value.
    var quote: Unicode.Scalar?
    while cursor < scalars.count {
      let scalar = scalars[cursor]
      if let open = quote {
        if scalar == open { quote = nil }
      } else if scalar == "\"" || scalar == "'" {
        quote = scalar
      } else if scalar == ">" {
        break
      }
      cursor += 1
    }
    let isSelfClosing = cursor > start && scalars[cursor - 1] == "/"
    offset = min(cursor + 1, scalars.count)
    if isEnd { close(name) } else { open(name, isSelfClosing: isSelfClosing) }
    return true
  }

  mutating func open(_ name: String, isSelfClosing: Bool) {
    if rawTextElements.contains(name) {
      let end = find("</" + name, from: offset, ignoringCase: true) ?? scalars.count
      if name == "title", title == nil {
        var reader = Reader(scalars: Array(scalars[offset..<end]))
        reader.run()
        title = reader.paragraphs.joined(separator: " ")
      }
      offset = end
      return
    }
    if name == "br" {
      if skipDepth == 0, !block.isEmpty { block.append("\n") }
      pendingSpace = false
      return
    }
    if name == "h1", heading == nil, headingText == nil { headingText = String.UnicodeScalarView() }
    if skippedElements.contains(name), !isSelfClosing { skipDepth += 1 }
    if blockElements.contains(name) || name == "h1" { endBlock() }
  }

  mutating func close(_ name: String) {
    if name == "h1", let text = headingText {
      var trimmed = String(text)
      while trimmed.last == " " { trimmed.removeLast() }
      heading = trimmed.isEmpty ? nil : trimmed
      headingText = nil
      // The headline is the document's title, scored on its own, not a paragraph of its body.
      block = String.UnicodeScalarView()
      pendingSpace = false
      return
    }
    if skippedElements.contains(name), skipDepth > 0 { skipDepth -= 1 }
    if blockElements.contains(name) || name == "h1" { endBlock() }
  }

  /// Reads a character reference after `&`; the `&` itself when it is not one.
  mutating func readReference() -> Unicode.Scalar {
    var cursor = offset
    var name = ""
    while cursor < scalars.count, cursor - offset < 32, scalars[cursor] != ";", scalars[cursor].isASCII,
      scalars[cursor].properties.isAlphabetic || ("0"..."9").contains(scalars[cursor]) || scalars[cursor] == "#"
    {
      name.unicodeScalars.append(scalars[cursor])
      cursor += 1
    }
    let hasSemicolon = cursor < scalars.count && scalars[cursor] == ";"
    var value: Unicode.Scalar?
    if name.hasPrefix("#x") || name.hasPrefix("#X") {
      value = UInt32(name.dropFirst(2), radix: 16).flatMap(Self.referencedScalar)
    } else if name.hasPrefix("#") {
      value = UInt32(name.dropFirst()).flatMap(Self.referencedScalar)
    } else if hasSemicolon {
      value = HTMLEntities.named[name]
    }
    guard let value else { return "&" }
    offset = cursor + (hasSemicolon ? 1 : 0)
    return value
  }

  /// The scalar a numeric reference names; NUL and surrogates become U+FFFD, as in browsers,
  /// and 0x80-0x9F their Windows-1252 characters.
  static func referencedScalar(_ value: UInt32) -> Unicode.Scalar? {
    if (0x80...0x9F).contains(value) { return Windows1252.scalar(UInt8(value)) }
    if value == 0 { return "\u{FFFD}" }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// The offset of the next `pattern` at or after `from`.
  func find(_ pattern: String, from: Int, ignoringCase: Bool = false) -> Int? {
    let needle = Array((ignoringCase ? pattern.lowercased() : pattern).unicodeScalars)
    guard !needle.isEmpty, from + needle.count <= scalars.count else { return nil }
    var index = from
    while index + needle.count <= scalars.count {
      var matches = true
      for (position, expected) in needle.enumerated() {
        var scalar = scalars[index + position]
        if ignoringCase, ("A"..."Z").contains(scalar) { scalar = Unicode.Scalar(scalar.value + 32)! }
        if scalar != expected {
          matches = false
          break
        }
      }
      if matches { return index }
      index += 1
    }
    return nil
  }
}
