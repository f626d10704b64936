import Foundation
import SlantCore
import Testing

/// The score JSON Lines writer, read back: every line is one JSON object, every offset counts
/// code points and picks out the text written beside it, and the per-entry cache writes what
/// an entry writes alone.
@Suite struct ScoreJSONLinesTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    brutal
    regime -> government
    [attribution.neutral] Reporting verbs.
    said
    [hedge] Softeners.
    reportedly | weight 0.5
    [scare-quote] Distancing.
    so-called
    """, path: "lexicons/test.txt"
  ).lexicon
  static let text = """
    The “regime” was brutal, the minister said. Its so-called café reforms reportedly stalled — again.
    Naïve critics called it brutal.
    """
  let scorer = Scorer(lexicons: [Self.lexicon])
  let scored: ScoredDocument
  let scalars: [Unicode.Scalar]

  init() {
    scored = scorer.score(Document(id: DocumentID(path: "corpus/ñews.txt"), text: Self.text))
    scalars = Array(Self.text.unicodeScalars)
  }

  func objects(_ lines: String) throws -> [[String: Any]] {
    #expect(lines.hasSuffix("\n"))
    return try lines.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  /// The text between two code-point offsets of the document.
  func slice(_ object: [String: Any]) throws -> String {
    let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
  }

  @Test func everyLineReadsBackWithOffsetsThatPickOutItsText() throws {
    let lines = try objects(ScoreJSONLines(entries: scorer.matcher.entries).lines(scored))
    #expect(lines.count == scored.sentences.count && lines.count >= 2)
    var hitCount = 0
    for (line, sentence) in zip(lines, scored.sentences) {
      #expect(line["document"] as? String == "corpus/ñews.txt")
      #expect(line["sentence"] as? Int == sentence.sentence.index)
      #expect(try slice(line) == line["text"] as? String)
      #expect(line["label"] as? String == sentence.label.rawValue && line["reason"] as? String == sentence.reason)
      if let source = line["source"] as? [String: Any] { #expect(try slice(source) == source["text"] as? String) }
      let hits = try #require(line["hits"] as? [[String: Any]])
      #expect(hits.count == sentence.hits.count)
      for (object, hit) in zip(hits, sentence.hits) {
        #expect(try slice(object) == object["text"] as? String)
        #expect(object["term"] as? String == hit.entry.term && object["category"] as? String == hit.entry.category)
        #expect(object["file"] as? String == "lexicons/test.txt" && object["line"] as? Int == hit.entry.line)
        #expect((object["weight"] as? Double) == (hit.entry.weight == 1 ? nil : hit.entry.weight))
        #expect(object["alternative"] as? String == hit.entry.alternative)
        hitCount += 1
      }
      for quotation in try #require(line["quotations"] as? [[String: Any]]) { #expect(try !slice(quotation).isEmpty) }
    }
    #expect(hitCount >= 5, "brutal twice, régime, said, so-called, reportedly")
  }

  @Test func theCacheWritesWhatEachEntryWritesAlone() throws {
    let cached = ScoreJSONLines(entries: scorer.matcher.entries).lines(scored)
    let uncached = ScoreJSONLines(entries: []).lines(scored)
    #expect(cached == uncached)
    #expect(cached.contains(#""term":"regime","category":"loaded.negative","file":"lexicons/test.txt","line":3,"alternative":"government""#))
    #expect(cached.contains(#""term":"reportedly","category":"hedge","file":"lexicons/test.txt","line":7,"weight":0.5"#))
  }

  /// Written a block at a time, the output is the same bytes, and every block ends a line.
  @Test(arguments: [1, 200, 1 << 16])
  func writtenInBlocksGivesTheSameBytes(blockBytes: Int) {
    let writer = ScoreJSONLines(entries: scorer.matcher.entries)
    var blocks: [[UInt8]] = []
    writer.write(scored, blockBytes: blockBytes) { blocks.append(Array($0)) }
    #expect(blocks.flatMap { $0 } == Array(writer.lines(scored).utf8))
    #expect(blocks.allSatisfy { $0.last == UInt8(ascii: "\n") })
    // Every line is longer than 200 bytes, so below that each sentence is a block of its own.
    #expect(blocks.count == (blockBytes == 1 << 16 ? 1 : scored.sentences.count))
  }

  /// An empty document is one line saying so, written or appended alike, so that a reader can
  /// tell it from a lost one.
  @Test func aDocumentWithNoSentencesIsOneEmptyLine() {
    let writer = ScoreJSONLines(entries: scorer.matcher.entries)
    var written: [UInt8] = []
    let scored = scorer.score(Document(id: DocumentID(path: "empty.txt"), text: "  \n"))
    writer.write(scored) { written += $0 }
    #expect(String(decoding: written, as: UTF8.self) == #"{"document":"empty.txt","outlet":null,"date":null,"empty":true}"# + "\n")
    #expect(writer.lines(scored) == String(decoding: written, as: UTF8.self))
  }
}
