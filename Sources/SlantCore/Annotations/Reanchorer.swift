/// Finds annotations again after their document's text changed, in the manner of the Hypothesis
/// annotator: the stored position if the quote is still there; else the exact quote nearest the
/// old position (context breaking ties); else a fuzzy match of the quote within a bounded number
/// of edits, scored on quote, context and position. An annotation that cannot be placed is kept
/// and marked orphaned, never dropped.
public struct Reanchorer: Sendable {
  /// How one annotation fared.
  public enum Outcome: Sendable, Hashable {
    /// Still where it was (its context may have been refreshed).
    case kept
    /// Its exact quote was found elsewhere.
    case moved(fromScalar: Int, toScalar: Int)
    /// Its quote was found with `edits` scalar edits; the stored quote now follows the text.
    case fuzzy(edits: Int)
    case orphaned
  }

  /// One annotation after re-anchoring, and how it fared.
  public struct Result: Sendable, Hashable {
    public var annotation: Annotation
    public var outcome: Outcome
  }

  /// The fraction of a quote's scalars that may be edited in a fuzzy match.
  public var editFraction = 1.0 / 3
  /// The lowest combined score (0 to 1) of quote, context and position that a fuzzy match needs.
  public var minimumScore = 0.6

  public init() {}

  /// Every annotation of `sidecar` placed in `text`.
  public func reanchor(_ sidecar: Sidecar, in text: AnchorText) -> [Result] {
    sidecar.annotations.map { reanchor($0, in: text) }
  }

  /// The edits that record re-anchoring `sidecar` to `text`: an update for each annotation that
  /// changed, then the new text fingerprint. Empty when the sidecar already matches the text.
  public func edits(reanchoring sidecar: Sidecar, in text: AnchorText) -> (edits: [AnnotationEdit], results: [Result]) {
    guard sidecar.textFingerprint != text.fingerprint else { return ([], []) }
    let results = reanchor(sidecar, in: text)
    var edits: [AnnotationEdit] = []
    for (old, result) in zip(sidecar.annotations, results) where old != result.annotation {
      edits.append(.update(from: old, to: result.annotation))
    }
    edits.append(.setTextFingerprint(from: sidecar.textFingerprint, to: text.fingerprint))
    return (edits, results)
  }

  /// `annotation` placed in `text`.
  public func reanchor(_ annotation: Annotation, in text: AnchorText) -> Result {
    let target = annotation.target
    var placed = annotation
    placed.isOrphaned = false
    let outcome: Outcome
    let scalarRange: Range<Int>
    if !target.quote.exact.isEmpty, text.text(scalarRange: target.position.scalarRange) == target.quote.exact[...] {
      scalarRange = target.position.scalarRange
      outcome = .kept
    } else if let found = nearestExactQuote(target, in: text) {
      scalarRange = found
      outcome = .moved(fromScalar: target.position.scalarStart, toScalar: found.lowerBound)
    } else if let match = fuzzyMatch(target, in: text) {
      scalarRange = match.scalarRange
      outcome = .fuzzy(edits: match.edits)
    } else {
      placed.isOrphaned = true
      return Result(annotation: placed, outcome: .orphaned)
    }
    placed.target = text.target(scalarRange: snapped(scalarRange, unit: target.unit, in: text), unit: target.unit)
    placed.target.unknownFields = target.unknownFields
    placed.target.position.unknownFields = target.position.unknownFields
    placed.target.quote.unknownFields = target.quote.unknownFields
    return Result(annotation: placed, outcome: outcome)
  }

  private func nearestExactQuote(_ target: AnnotationTarget, in text: AnchorText) -> Range<Int>? {
    guard !target.quote.exact.isEmpty else { return nil }
    let length = target.quote.exact.unicodeScalars.count
    let starts = text.occurrences(of: target.quote.exact).map { text.offsets.scalarOffset(utf8: $0) }
    return starts.min { a, b in
      let distanceA = abs(a - target.position.scalarStart), distanceB = abs(b - target.position.scalarStart)
      if distanceA != distanceB { return distanceA < distanceB }
      return contextScore(target, at: a..<a + length, in: text) > contextScore(target, at: b..<b + length, in: text)
    }.map { $0..<$0 + length }
  }

  private func fuzzyMatch(_ target: AnnotationTarget, in text: AnchorText) -> ApproximateMatcher.Match? {
    let pattern = target.quote.exact.unicodeScalars.map(\.value)
    let bound = Int(Double(pattern.count) * editFraction)
    guard bound > 0 else { return nil }
    var best: (match: ApproximateMatcher.Match, score: Double)?
    for match in ApproximateMatcher(maximumEdits: bound).matches(of: pattern, in: text.scalars) {
      let quoteScore = 1 - Double(match.edits) / Double(pattern.count)
      let distance = Double(abs(match.scalarRange.lowerBound - target.position.scalarStart))
      let positionScore = 1 - min(1, distance / Double(max(1, text.scalarCount)))
      let score = (50 * quoteScore + 40 * contextScore(target, at: match.scalarRange, in: text) + 2 * positionScore) / 92
      if score > best?.score ?? minimumScore { best = (match, score) }
    }
    return best?.match
  }

  /// How well the stored prefix and suffix agree with the text around `scalarRange`, 0 to 1.
  private func contextScore(_ target: AnnotationTarget, at scalarRange: Range<Int>, in text: AnchorText) -> Double {
    func similarity(_ stored: String, _ found: Substring?) -> Double {
      guard !stored.isEmpty else { return 1 }
      let found = found.map(String.init) ?? ""
      return 1 - Double(EditDistance.between(stored, found)) / Double(max(stored.unicodeScalars.count, found.unicodeScalars.count))
    }
    let prefixLength = target.quote.prefix.unicodeScalars.count, suffixLength = target.quote.suffix.unicodeScalars.count
    let before = text.text(scalarRange: max(0, scalarRange.lowerBound - prefixLength)..<scalarRange.lowerBound)
    let after = text.text(scalarRange: scalarRange.upperBound..<min(text.scalarCount, scalarRange.upperBound + suffixLength))
    return (similarity(target.quote.prefix, before) + similarity(target.quote.suffix, after)) / 2
  }

  /// A sentence target widened or narrowed to the sentence it mostly covers.
  private func snapped(_ scalarRange: Range<Int>, unit: AnnotationTarget.Unit, in text: AnchorText) -> Range<Int> {
    guard unit == .sentence, let utf8Range = text.offsets.utf8Range(scalar: scalarRange) else { return scalarRange }
    let best = text.sentences.max { a, b in
      a.utf8Range.clamped(to: utf8Range).count < b.utf8Range.clamped(to: utf8Range).count
    }
    guard let best, best.utf8Range.clamped(to: utf8Range).count * 2 >= utf8Range.count else { return scalarRange }
    return text.offsets.scalarRange(utf8: best.utf8Range)
  }
}
