import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A page parsed as XML, so that a test fails on any markup that is not well-formed (unbalanced
/// tags, unquoted attributes, a stray `<` or `&`), and then queried element by element.
struct ParsedPage {
  struct Element {
    var name: String
    var attributes: [String: String]
    /// The text inside the element, its descendants' included.
    var text: String

    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
  }

  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }

  /// Every element in document order.
  private(set) var elements: [Element] = []

  init(_ bytes: [UInt8]) throws {
    let collector = Collector()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = collector
    guard parser.parse() else {
      throw Malformed(description: "line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "unknown error")")
    }
    elements = collector.elements
  }

  func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

  func all(_ name: String, class className: String) -> [Element] { all(name).filter { $0.classes.contains(className) } }

  /// The element whose `id` is `id`.
  func element(id: String) -> Element? { elements.first { $0.attributes["id"] == id } }

  private final class Collector: NSObject, XMLParserDelegate {
    var elements: [Element] = []
    private var open: [Int] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
      open.append(elements.count)
      elements.append(Element(name: name, attributes: attributes, text: ""))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { open.removeLast() }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      for index in open { elements[index].text += string }
    }
  }
}
