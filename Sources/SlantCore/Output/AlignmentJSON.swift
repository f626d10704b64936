import Foundation

/// The alignment of `slant compare --align --format json` written as bytes, in the layout
/// `JSONEncoder` gives it there (pretty, two-space indent, keys sorted, `" : "`): tens of
/// thousands of pairs made a document of up to 54 MB that `JSONEncoder` took longer to write
/// than the aligner took to find. Strings are escaped by `JSONBytes` (which also escapes
/// U+2028 and U+2029); everything else is the same bytes.
package struct AlignmentJSON {
  /// Called with the text so far after each pair and sentence, to pass it on once it is large.
  var drain: (inout JSONBytes) -> Void

  package init(drain: @escaping (inout JSONBytes) -> Void) { self.drain = drain }

  /// Appends `alignment` as the value of a member at nesting `level`.
  package func append(_ alignment: SentenceAlignment, level: Int, to json: inout JSONBytes) {
    json.raw("{")
    Self.member("\"groupOmissions\" : ", first: true, level + 1, &json)
    array(alignment.groupOmissions, level + 1, &json) { omission, level, json in
      json.raw("{")
      Self.member("\"facts\" : ", first: true, level + 1, &json)
      array(omission.facts, level + 1, &json) { fact, level, json in
        json.raw("{")
        Self.member("\"documents\" : ", first: true, level + 1, &json)
        json.number(fact.documents)
        Self.member("\"groups\" : ", first: false, level + 1, &json)
        Self.strings(fact.groups, level + 1, &json)
        Self.member("\"outlets\" : ", first: false, level + 1, &json)
        json.number(fact.outlets)
        Self.member("\"sentence\" : ", first: false, level + 1, &json)
        Self.sentence(fact.sentence, level + 1, &json)
        Self.member("\"sentences\" : ", first: false, level + 1, &json)
        json.number(fact.sentences)
        Self.close("}", level, &json)
      }
      Self.member("\"missingFrom\" : ", first: false, level + 1, &json)
      json.string(omission.missingFrom)
      Self.member("\"toldBy\" : ", first: false, level + 1, &json)
      json.string(omission.toldBy)
      Self.close("}", level, &json)
    }
    Self.member("\"pairs\" : ", first: false, level + 1, &json)
    array(alignment.pairs, level + 1, &json) { pair, level, json in
      json.raw("{")
      Self.member("\"left\" : ", first: true, level + 1, &json)
      Self.sentence(pair.left, level + 1, &json)
      Self.member("\"leftOnlyLoaded\" : ", first: false, level + 1, &json)
      Self.loaded(pair.leftOnlyLoaded, level + 1, &json)
      Self.member("\"leftOnlyWords\" : ", first: false, level + 1, &json)
      Self.strings(pair.leftOnlyWords, level + 1, &json)
      Self.member("\"right\" : ", first: false, level + 1, &json)
      Self.sentence(pair.right, level + 1, &json)
      Self.member("\"rightOnlyLoaded\" : ", first: false, level + 1, &json)
      Self.loaded(pair.rightOnlyLoaded, level + 1, &json)
      Self.member("\"rightOnlyWords\" : ", first: false, level + 1, &json)
      Self.strings(pair.rightOnlyWords, level + 1, &json)
      Self.member("\"similarity\" : ", first: false, level + 1, &json)
      Self.number(pair.similarity, &json)
      Self.close("}", level, &json)
    }
    Self.member("\"threshold\" : ", first: false, level + 1, &json)
    Self.number(alignment.threshold, &json)
    Self.member("\"unmatched\" : ", first: false, level + 1, &json)
    array(alignment.unmatched, level + 1, &json) { outlet, level, json in
      json.raw("{")
      Self.member("\"outlet\" : ", first: true, level + 1, &json)
      json.string(outlet.outlet)
      Self.member("\"sentences\" : ", first: false, level + 1, &json)
      array(outlet.sentences, level + 1, &json) { sentence, level, json in Self.sentence(sentence, level, &json) }
      Self.close("}", level, &json)
    }
    Self.close("}", level, &json)
  }

  /// `items` as an array at `level`, each written by `element` at the level inside, draining after each.
  private func array<Item>(_ items: [Item], _ level: Int, _ json: inout JSONBytes, _ element: (Item, Int, inout JSONBytes) -> Void) {
    json.raw("[")
    for (index, item) in items.enumerated() {
      json.raw(index == 0 ? Self.indents[level + 1].dropFirst() : Self.indents[level + 1])
      element(item, level + 1, &json)
      drain(&json)
    }
    Self.close("]", level, &json, isEmpty: items.isEmpty)
  }

  private static func sentence(_ sentence: AlignmentSentence, _ level: Int, _ json: inout JSONBytes) {
    json.raw("{")
    member("\"document\" : ", first: true, level + 1, &json)
    json.string(sentence.document.description)
    member("\"group\" : ", first: false, level + 1, &json)
    json.string(sentence.group)
    member("\"index\" : ", first: false, level + 1, &json)
    json.number(sentence.index)
    member("\"loaded\" : ", first: false, level + 1, &json)
    loaded(sentence.loaded, level + 1, &json)
    member("\"outlet\" : ", first: false, level + 1, &json)
    json.string(sentence.outlet)
    member("\"text\" : ", first: false, level + 1, &json)
    json.string(sentence.text)
    member("\"words\" : ", first: false, level + 1, &json)
    strings(sentence.words, level + 1, &json)
    close("}", level, &json)
  }

  private static func loaded(_ words: [LoadedWord], _ level: Int, _ json: inout JSONBytes) {
    json.raw("[")
    for (index, word) in words.enumerated() {
      json.raw(index == 0 ? indents[level + 1].dropFirst() : indents[level + 1])
      json.raw("{")
      member("\"category\" : ", first: true, level + 2, &json)
      json.string(word.category)
      member("\"text\" : ", first: false, level + 2, &json)
      json.string(word.text)
      close("}", level + 1, &json)
    }
    close("]", level, &json, isEmpty: words.isEmpty)
  }

  private static func strings(_ strings: [String], _ level: Int, _ json: inout JSONBytes) {
    json.raw("[")
    for (index, string) in strings.enumerated() {
      json.raw(index == 0 ? indents[level + 1].dropFirst() : indents[level + 1])
      json.string(string)
    }
    close("]", level, &json, isEmpty: strings.isEmpty)
  }

  /// The separator before a member (a comma unless it is the first), its line and its key.
  @inline(__always) private static func member(_ key: StaticString, first: Bool, _ level: Int, _ json: inout JSONBytes) {
    json.raw(first ? indents[level].dropFirst() : indents[level])
    json.raw(key)
  }

  /// Closes an object or array at `level`; an empty one has an empty line inside, as `JSONEncoder` writes it.
  @inline(__always) private static func close(_ bracket: StaticString, _ level: Int, _ json: inout JSONBytes, isEmpty: Bool = false) {
    if isEmpty { json.raw("\n") }
    json.raw(indents[level].dropFirst())
    json.raw(bracket)
  }

  /// A number as `JSONEncoder` writes it: whole numbers without a fraction, others in the
  /// shortest form that reads back the same; exponents (never met in cosines) by `JSONEncoder` itself.
  private static func number(_ value: Double, _ json: inout JSONBytes) {
    let text = value.description
    if value == value.rounded(), abs(value) < 1e15 {
      json.number(Int(value))
    } else if !text.contains("e"), value.isFinite {
      json.raw(Array(text.utf8))
    } else {
      json.raw((try? JSONEncoder().encode(value)).map(Array.init) ?? Array("null".utf8))
    }
  }

  /// Per level, a comma, a line end and the indent of that level; `dropFirst()` leaves out the comma.
  private static let indents: [ArraySlice<UInt8>] = (0..<64).map { level in ArraySlice(Array(",\n".utf8) + Array(repeating: UInt8(ascii: " "), count: 2 * level)) }
}
