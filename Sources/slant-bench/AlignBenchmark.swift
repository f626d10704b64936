import Foundation
import SlantCore

/// `slant-bench align [--events N] [--runs N]`: sentence alignment over a few hundred
/// articles, the aligner (an inverted index over terms, then one-to-one matching) against
/// comparing every pair of sentences of different outlets with the same TF-IDF vectors, with
/// medians and their ratio, on two corpora:
/// - news-like: N events (60 by default) each covered by five outlets; an article tells 15 of
///   its event's 25 facts, each a 12-word sentence from a 30,000-word vocabulary with a third of
///   its words reworded per outlet;
/// - the seeds' 27 sentences shuffled into 300 articles: every sentence recurs in every outlet,
///   the worst case for an index, where it can only match the all-pairs scan.
enum AlignBenchmark {
  static func run(_ arguments: [String]) throws {
    let options = BenchOptions(arguments)
    let runs = options.integer("runs") ?? 5
    let newsLike = generateNews(events: options.integer("events") ?? 60)
    measure("news-like", newsLike, runs: runs)
    let folder = try BenchSupport.generateCorpus(files: 300)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let scorer = Scorer(lexicons: LexiconLoader().load(["lexicons"]).lexicons)
    let seeds = CorpusLoader().load([folder]).documents.flatMap { AlignmentSentence.sentences(of: scorer.score($0)) }
    measure("seed sentences reshuffled", seeds, runs: runs)
  }

  static func measure(_ name: String, _ sentences: [AlignmentSentence], runs: Int) {
    let articles = Set(sentences.map(\.document)).count, outlets = Set(sentences.map(\.outlet)).count
    print("\(name): \(articles) articles, \(outlets) outlets, \(sentences.count) sentences")
    var pairs = 0
    let indexed = BenchSupport.medianSeconds(runs: runs) { pairs = SentenceAligner().align(sentences).pairs.count }
    print(String(format: "  aligner: median %.3f s, %d pairs", indexed, pairs))
    var above = 0
    let allPairs = BenchSupport.medianSeconds(runs: runs) {
      let index = TFIDFIndex(items: sentences.map(\.words))
      above = 0
      for left in sentences.indices {
        for right in sentences.indices where sentences[right].outlet > sentences[left].outlet {
          if index.cosine(left, right) >= SentenceAligner.defaultThreshold { above += 1 }
        }
      }
    }
    print(String(format: "  every cross-outlet pair (cosines only, no matching): median %.3f s, %d above the threshold", allPairs, above))
    print(String(format: "  the aligner is %.1f× as fast", allPairs / indexed))
  }

  /// Articles of `events` events in five outlets, as described above, as aligner input.
  static func generateNews(events: Int) -> [AlignmentSentence] {
    var random = SeededGenerator(seed: 2025)
    // Zipf-like draws: squaring a uniform index makes low word numbers common, as in text.
    func word() -> String {
      let uniform = Double(random.index(below: 1 << 20)) / Double(1 << 20)
      return "w\(Int(uniform * uniform * 30_000))"
    }
    var sentences: [AlignmentSentence] = []
    for event in 0..<events {
      let names = (0..<3).map { "name\(event)x\($0)" }
      let facts = (0..<25).map { _ in (0..<12).map { index in index % 5 == 0 ? names[random.index(below: 3)] : word() } }
      for outlet in 0..<5 {
        let document = DocumentID(path: "outlet\(outlet)/event\(event).txt")
        var told = Array(0..<25)
        for index in told.indices.reversed() { told.swapAt(index, random.index(below: index + 1)) }
        for (position, fact) in told.prefix(15).enumerated() {
          let words = facts[fact].map { random.index(below: 3) == 0 ? word() : $0 }
          sentences.append(
            AlignmentSentence(outlet: "outlet\(outlet)", document: document, index: position, text: words.joined(separator: " "), words: words, loaded: []))
        }
      }
    }
    return sentences
  }
}
