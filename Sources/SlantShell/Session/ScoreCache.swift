import Dispatch
import Foundation
import SlantCLI
import SlantCore
import SlantTerminal

/// Scored documents of the open corpus, computed on first use and by one background thread that
/// scores the rest in order, so that opening a large corpus is immediate and every command that
/// needs one document's scores answers at once. Changing the scorer (after `lexicon add`) drops
/// every result and starts again. Hits are also indexed by category as documents are scored,
/// so that `find CATEGORY` looks them up instead of walking every sentence.
final class ScoreCache: @unchecked Sendable {
  private let lock = NSLock()
  private let documents: [Document]
  private var scorer: Scorer
  private var results: [ScoredDocument?]
  private var hitsByCategory: [String: [FoundSpan]] = [:]
  /// Sentences per support label (in `SupportLabel.allCases` order) of each scored document.
  private var labelCountsByDocument: [[Int]?]
  private var scoredCount = 0
  private var generation = 0

  init(documents: [Document], scorer: Scorer) {
    self.documents = documents
    self.scorer = scorer
    results = Array(repeating: nil, count: documents.count)
    labelCountsByDocument = Array(repeating: nil, count: documents.count)
  }

  /// How many documents are scored so far, of how many.
  var progress: (scored: Int, total: Int) {
    lock.withLock { (scoredCount, documents.count) }
  }

  /// The scored document at `index`, scoring it now if the background has not reached it.
  func scored(_ index: Int) -> ScoredDocument {
    let (cached, scorer, generation) = lock.withLock { (results[index], self.scorer, self.generation) }
    if let cached { return cached }
    let result = scorer.score(documents[index])
    store(result, at: index, generation: generation)
    return result
  }

  /// Scores now the documents the background has not reached, when there are at most `limit`,
  /// so that small corpora give complete answers at once.
  func scoreMissing(upTo limit: Int) {
    let missing = lock.withLock { results.indices.filter { results[$0] == nil } }
    guard missing.count <= limit else { return }
    for index in missing { _ = scored(index) }
  }

  /// The hits of `categories` in the documents scored so far, and how many documents that is.
  func hits(in categories: Set<String>) -> (hits: [FoundSpan], searched: Int) {
    return lock.withLock { (categories.flatMap { hitsByCategory[$0] ?? [] }, scoredCount) }
  }

  /// How many sentences of each support label (in `SupportLabel.allCases` order) each document
  /// has, by document index; nil for a document not scored yet.
  func labelCounts() -> [[Int]?] {
    lock.withLock { labelCountsByDocument }
  }

  /// Replaces the scorer, drops every result and starts scoring again in the background.
  func replace(scorer: Scorer) {
    let dropped = lock.withLock {
      self.scorer = scorer
      let dropped = (results, hitsByCategory)
      results = Array(repeating: nil, count: documents.count)
      hitsByCategory = [:]
      labelCountsByDocument = Array(repeating: nil, count: documents.count)
      scoredCount = 0
      generation += 1
      return dropped
    }
    // Freeing every scored document of a large corpus takes longer than a command may; let a
    // background thread do it.
    DispatchQueue.global(qos: .background).async { withExtendedLifetime(dropped) {} }
    startInBackground()
  }

  /// Scores every document not yet scored on a background thread, stopping if the scorer changes.
  func startInBackground() {
    let generation = lock.withLock { self.generation }
    DispatchQueue.global(qos: .utility).async { [self] in
      for index in documents.indices {
        let (isCurrent, isDone, scorer) = lock.withLock { (self.generation == generation, results[index] != nil, self.scorer) }
        guard isCurrent else { return }
        if isDone { continue }
        store(scorer.score(documents[index]), at: index, generation: generation)
      }
    }
  }

  private func store(_ result: ScoredDocument, at index: Int, generation: Int) {
    lock.withLock {
      guard self.generation == generation, results[index] == nil else { return }
      results[index] = result
      scoredCount += 1
      var counts = Array(repeating: 0, count: SupportLabel.allCases.count)
      for sentence in result.sentences { counts[SupportLabel.allCases.firstIndex(of: sentence.label)!] += 1 }
      labelCountsByDocument[index] = counts
      for sentence in result.sentences {
        for hit in sentence.hits { hitsByCategory[hit.category, default: []].append(FoundSpan(document: index, utf8Range: hit.utf8Range)) }
      }
    }
  }
}
