import Foundation
import SlantCLI
import SlantCore

/// Where an annotator stopped reading, kept in `.slant/positions/<annotator>.json` so that the
/// shell reopens there, and `review` goes on from there, for each annotator separately.
struct ReadingPosition: Codable, Equatable {
  var document: String
  var sentence: Int
}

extension Session {
  /// The file holding this annotator's position; unsafe characters in the name are encoded.
  var positionPath: String {
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_"))
    let name = annotator.addingPercentEncoding(withAllowedCharacters: allowed) ?? "annotator"
    return PathName.resolved(".slant/positions/\(name).json", against: context.workspace)
  }

  var currentPosition: ReadingPosition { ReadingPosition(document: current.document.id.description, sentence: sentenceIndex) }

  /// Moves to where this annotator stopped last time, when that document and sentence are open;
  /// returns whether it did.
  mutating func restorePosition() -> Bool {
    guard let bytes = try? TextFileReader.bytes(atPath: positionPath),
      let saved = try? JSONDecoder().decode(ReadingPosition.self, from: Data(bytes)),
      let index = documents.firstIndex(where: { $0.document.id.description == saved.document }),
      documents[index].sentences.indices.contains(saved.sentence)
    else { return false }
    documentIndex = index
    sentenceIndex = saved.sentence
    savedPosition = saved
    return true
  }

  /// Saves where the reader stands when it changed; a failure is reported once and reading goes on.
  mutating func savePosition() {
    let position = currentPosition
    guard position != savedPosition else { return }
    savedPosition = position
    guard let bytes = try? JSONEncoder().encode(position) else { return }
    do {
      try DurableFile.write(JSONBytes.escapingLineSeparators(bytes), to: positionPath)
    } catch {
      context.console.report("\(PathName.relative(positionPath, to: context.workspace)): cannot save where you stopped: \(error.reason)")
    }
  }
}
