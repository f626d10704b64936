import Dispatch
import Foundation
import SlantCore

/// Scored documents of the open corpus, computed on first use and by one background thread that
/// scores the rest in order, so that opening a large corpus is immediate and every command that
/// needs one document's scores answers at once. Changing the scorer (after `lexicon add`) drops
/// every result and starts again.
final class ScoreCache: @unchecked Sendable {
  private let lock = NSLock()
  private let documents: [Document]
  private var scorer: Scorer
  private var results: [ScoredDocument?]
  private var scoredCount = 0
  private var generation = 0

  init(documents: [Document], scorer: Scorer) {
    self.documents = documents
    self.scorer = scorer
    results = Array(repeating: nil, count: documents.count)
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

  /// The scored documents available now, by index; scores the missing ones first when there
  /// are at most `scoringUpTo` of them.
  func available(scoringUpTo limit: Int) -> [Int: ScoredDocument] {
    let missing = lock.withLock { results.indices.filter { results[$0] == nil } }
    if missing.count <= limit {
      for index in missing { _ = scored(index) }
    }
    return lock.withLock {
      var found: [Int: ScoredDocument] = [:]
      for (index, result) in results.enumerated() { if let result { found[index] = result } }
      return found
    }
  }

  /// Replaces the scorer, drops every result and starts scoring again in the background.
  func replace(scorer: Scorer) {
    lock.withLock {
      self.scorer = scorer
      results = Array(repeating: nil, count: documents.count)
      scoredCount = 0
      generation += 1
    }
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
    }
  }
}
