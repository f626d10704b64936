import Foundation

extension CorpusLoader {
  /// Reads a JSON Lines corpus: one object per line with a string `text` and optional `id`,
  /// `outlet`, `date`, `title` and `url`, in UTF-8 or any encoding a text file may have; any
  /// other string, number or true/false member is an extra metadata field (`country`,
  /// `leaning`…). Blank lines are skipped; a bad line (including one with a key twice) is a
  /// problem naming its line and column, and the other lines are read.
  func jsonLinesDocuments(in file: CorpusFile) throws -> (documents: [Document], problems: [CorpusError]) {
    var bytes = try TextFileReader.bytes(atPath: file.path)
    var source = TextSource.plainUTF8
    // UTF-8, the common case, is checked without a copy; any other encoding is decoded first.
    let isUTF8 = bytes.withUnsafeBufferPointer { TextFileReader.firstNUL($0) == nil && TextFileReader.firstInvalidUTF8($0) == nil }
    if !isUTF8 {
      let decoded = try bytes.withUnsafeBufferPointer { try TextFileReader.decode($0, path: file.path, isStrict: isEncodingStrict) }
      bytes = Array(decoded.text.utf8)
      source = decoded.source
    }
    let path = PathName.relative(file.path, to: workspace)
    var documents: [Document] = []
    var problems: [CorpusError] = []
    var seenIDs: Set<String> = []
    var lineNumber = 0
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < bytes.count {
      lineNumber += 1
      let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
      let line = bytes[start..<end]
      start = end + 1
      guard line.contains(where: { !ScalarClass.isSpace(Unicode.Scalar($0)) }) else { continue }
      do {
        let (id, text, metadata) = try Self.article(from: Data(line), line: lineNumber, path: file.path)
        // Two articles must never share a name, and so a sidecar: a taken name falls back to the
        // line number, and past that to `line.2`, `line.3`…, whichever is free.
        var fragment = id ?? "\(lineNumber)"
        if !seenIDs.insert(fragment).inserted {
          var fallback = "\(lineNumber)", suffix = 1
          while !seenIDs.insert(fallback).inserted {
            suffix += 1
            fallback = "\(lineNumber).\(suffix)"
          }
          let reason = id.map { "duplicate id '\($0)'" } ?? "no id, and its line number \(lineNumber) is another article's id"
          problems.append(.malformedLine(path: file.path, line: lineNumber, reason: "\(reason); named '\(fallback)' instead"))
          fragment = fallback
        }
        let documentID = DocumentID(path: path, fragment: fragment)
        documents.append(document(id: documentID, text: text, ownMetadata: metadata, inherited: file.inheritedMetadata, source: source))
      } catch let error as CorpusError {
        problems.append(error)
      }
    }
    return (documents, problems)
  }

  /// The document on line `line` of a JSON Lines stream such as standard input, named
  /// `path#id` (or `path#line`), for the streaming mode that reads articles one line at a time.
  public func document(jsonLine: Data, line: Int, path: String) throws -> Document {
    let (id, text, metadata) = try Self.article(from: jsonLine, line: line, path: path)
    return document(id: DocumentID(path: path, fragment: id ?? "\(line)"), text: text, ownMetadata: metadata, inherited: DocumentMetadata())
  }

  private static func article(from line: Data, line number: Int, path: String) throws -> (String?, String, DocumentMetadata) {
    // The reader says where a line goes wrong, and refuses a duplicated key ("text" twice) and
    // a number no reader can hold, which JSONSerialization would resolve silently or vaguely.
    if let failure = JSONReader.firstError(in: Array(line)) {
      throw CorpusError.malformedLine(path: path, line: number, reason: "not valid JSON at column \(failure.column): \(failure.reason)")
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed])
    } catch {
      throw CorpusError.malformedLine(path: path, line: number, reason: "not valid JSON")
    }
    guard let fields = object as? [String: Any] else {
      throw CorpusError.malformedLine(path: path, line: number, reason: "expected a JSON object with a \"text\" field")
    }
    guard let text = fields["text"] as? String else {
      throw CorpusError.malformedLine(path: path, line: number, reason: "missing the string field \"text\"")
    }
    if let offset = text.unicodeScalars.firstIndex(of: "\0") {
      throw CorpusError.malformedLine(path: path, line: number, reason: "\"text\" holds a NUL character at scalar \(text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: offset))")
    }
    var metadata = DocumentMetadata()
    for (key, value) in fields where key != "text" && key != "id" {
      let name = key.lowercased()
      switch value {
      case let text as String where !text.isEmpty: metadata[field: name] = text
      case let number as NSNumber where !DocumentMetadata.fieldNames.contains(name): metadata[field: name] = number.stringValue
      default: break
      }
    }
    let id: String? =
      switch fields["id"] {
      case let value as String where !value.isEmpty: value
      case let value as NSNumber: value.stringValue
      default: nil
      }
    return (id, text, metadata)
  }
}
