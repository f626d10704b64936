/// Reads brat standoff: the `.ann` file of one document and the text of the `.txt` beside it.
///
/// Offsets are code points of the `.txt`, as brat counts characters of a Python string and as
/// `BratWriter` writes them (a file written by a tool counting UTF-16 units is read that way when
/// only that reading matches the quoted text). Accepted lines, tab-separated as brat writes them:
/// - `T1 <tab> Label 0 5;8 12 <tab> text`: a text-bound annotation; a discontinuous one becomes
///   one annotation from its first fragment's start to its last fragment's end, and consecutive
///   `T` lines with the same offsets (one per label, as `BratWriter` writes them) become one
///   annotation with all their labels.
/// - `#1 <tab> AnnotatorNotes T1 <tab> note`, `A1 <tab> Name T1 [Value]` and
///   `N1 <tab> Reference T1 DB:ID <tab> text`: notes, kept in the note of their `T`'s annotation.
/// Relations, events and equivalences (`R`, `E`, `*`) have no place in a sidecar and are reported.
/// brat carries no annotator and no unit.
public enum BratParser {
  /// The `.txt` file whose text the `.ann` file at `annotationPath` annotates.
  public static func textPath(forAnnotationPath annotationPath: String) -> String {
    (annotationPath.hasSuffix(".ann") ? String(annotationPath.dropLast(4)) : annotationPath) + ".txt"
  }

  /// The annotations of `standoff`, read from `annotationPath`, on `text` read from `textPath`.
  public static func parse(_ standoff: String, annotationPath: String, text: String, textPath: String) -> ImportBatch {
    var batch = ImportBatch(format: .brat)
    let carried = CarriedText(text)
    var annotations: [ImportedAnnotation] = []
    var fragmentsOfLast: [Range<Int>] = []
    var annotationOfEntity: [String: Int] = [:]
    var notes: [(line: Int, fields: [Substring])] = []
    // "\r\n" is one Character, so a CRLF line end is matched as itself.
    for (index, line) in standoff.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
      guard !line.isEmpty else { continue }
      let source = ImportSource(path: annotationPath, line: index + 1)
      let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      do throws(RecordFault) {
        switch line.first {
        case "T":
          guard fields.count == 3 else { throw RecordFault("expected 'T1<tab>Label start end<tab>text'") }
          let (label, fragments) = try typeAndFragments(fields[1], text: String(fields[2]), in: carried)
          if let last = annotations.indices.last, fragments == fragmentsOfLast, !annotations[last].labels.contains(label) {
            annotations[last].labels.append(label)
          } else {
            let hull = fragments.first!.lowerBound..<fragments.last!.upperBound
            annotations.append(
              ImportedAnnotation(
                document: textPath, scalarStart: hull.lowerBound, scalarEnd: hull.upperBound, labels: [label],
                quote: carried.text(scalarRange: hull).map { TextQuoteSelector(exact: $0) }, source: source))
            fragmentsOfLast = fragments
          }
          annotationOfEntity[String(fields[0])] = annotations.count - 1
        case "#", "A", "N":
          notes.append((index + 1, fields))
        case "R", "E", "*":
          throw RecordFault("brat relations, events and equivalences are not imported; Slant keeps labels of sentences and spans")
        default:
          throw RecordFault("not a brat standoff line (expected T, #, A or N)")
        }
      } catch {
        batch.problems.append(ImportProblem(source: source, reason: error.reason))
      }
    }
    for (line, fields) in notes {
      let words = fields.count > 1 ? fields[1].split(separator: " ") : []
      guard words.count >= 2, let index = annotationOfEntity[String(words[1])] else {
        let reason = words.count >= 2 ? "refers to \(words[1]), which is not a text-bound annotation read here" : "expected 'ID<tab>Type T1 …'"
        batch.problems.append(ImportProblem(path: annotationPath, line: line, reason: reason))
        continue
      }
      // `BratWriter` keeps each label's annotator as an `Annotator` attribute.
      if fields[0].first == "A", words[0] == "Annotator", words.count > 2 {
        annotations[index].annotator = words[2...].joined(separator: " ")
        continue
      }
      let body: String
      switch fields[0].first {
      case "#": body = fields.count > 2 ? Self.unescaped(String(fields[2])) : ""
      case "A": body = words.count > 2 ? "\(words[0]): \(words[2...].joined(separator: " "))" : String(words[0])
      default: body = ([words[0]] + words.dropFirst(2)).joined(separator: " ") + (fields.count > 2 ? " (\(fields[2]))" : "")
      }
      guard !body.isEmpty else { continue }
      annotations[index].note = annotations[index].note.map { $0 + "; " + body } ?? body
    }
    batch.documents = [ImportedDocument(name: textPath, text: text, annotations: annotations, source: ImportSource(path: annotationPath, line: 1))]
    return batch
  }

  /// The label and code-point fragments of a `T` line's middle field, checked against `text`.
  private static func typeAndFragments(_ field: Substring, text: String, in carried: CarriedText) throws(RecordFault) -> (String, [Range<Int>]) {
    guard let space = field.firstIndex(of: " ") else { throw RecordFault("expected 'Label start end' after the id") }
    let label = String(field[..<space])
    var offsets: [(Int, Int)] = []
    for part in field[field.index(after: space)...].split(separator: ";") {
      let numbers = part.split(separator: " ")
      guard numbers.count == 2, let start = Int(numbers[0]), let end = Int(numbers[1]), start >= 0, end > start else {
        throw RecordFault("offsets '\(part)' must be 'start end' with start below end")
      }
      offsets.append((start, end))
    }
    guard !offsets.isEmpty else { throw RecordFault("no offsets after the label") }
    if offsets.count == 1 { return (label, [try carried.scalarRange(start: offsets[0].0, end: offsets[0].1, quote: text)]) }
    func joined(_ ranges: [Range<Int>]?) -> String? {
      guard let ranges else { return nil }
      let pieces = ranges.compactMap(carried.text(scalarRange:))
      return pieces.count == ranges.count ? pieces.joined(separator: " ") : nil
    }
    let scalarFragments = offsets.map { $0.0..<$0.1 }
    let inRange = scalarFragments.allSatisfy { $0.upperBound <= carried.scalarCount }
    if inRange, joined(scalarFragments) == text { return (label, scalarFragments) }
    let utf16Fragments = offsets.compactMap { carried.text.scalarRange(utf16: $0.0..<$0.1) }
    if utf16Fragments.count == offsets.count, joined(utf16Fragments) == text { return (label, utf16Fragments) }
    let found = inRange ? joined(scalarFragments).map { "'\(CarriedText.clipped($0))'" } ?? "nothing" : "nothing (past the end of the text)"
    throw RecordFault("text '\(CarriedText.clipped(text))' is not at \(field[field.index(after: space)...]), which holds \(found)")
  }

  /// A note as `BratWriter.escaped` wrote it: `\t`, `\n`, `\r` and `\\` back to what they stand for.
  static func unescaped(_ text: String) -> String {
    guard text.contains("\\") else { return text }
    var result = "", isEscaping = false
    for character in text {
      if isEscaping {
        switch character {
        case "t": result.append("\t")
        case "n": result.append("\n")
        case "r": result.append("\r")
        default: result.append(character)
        }
        isEscaping = false
      } else if character == "\\" {
        isEscaping = true
      } else {
        result.append(character)
      }
    }
    return isEscaping ? result + "\\" : result
  }
}
