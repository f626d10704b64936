/// Agreement between annotators and accuracy of the scorer against them, for `slant agree`:
/// per label at sentence level, per label for spans by overlap, and per lexicon entry, with the
/// entries that misfire most and the phrases people labelled that no entry covers.
public struct AgreementReport: Sendable, Codable {
  /// An entry is a misfire candidate when it fired at least this often with precision below one half.
  public static let minimumFiringsToJudge = 2

  public var annotators: [String]
  public var documents: Int
  public var sentences: Int
  public var agreement: [LabelAgreement]
  public var sentenceAccuracy: [LabelAccuracy]
  public var spanAccuracy: [LabelAccuracy]
  /// Every entry that fired in annotated text with a label people use, most fired first.
  public var entries: [EntryReliability]
  public var misfires: [EntryReliability]
  public var suggestions: [PhraseSuggestion]

  /// The report over `documents` (those with annotations); `labelOrder` (the label set's names)
  /// orders the labels, others follow alphabetically.
  public init(documents: [AnnotatedDocument], labelOrder: [String] = []) {
    let annotated = documents.filter { !$0.annotations.isEmpty }
    self.documents = annotated.count
    sentences = annotated.reduce(0) { $0 + $1.scored.sentences.count }
    let annotators = Set(annotated.flatMap(\.annotators)).sorted()
    self.annotators = annotators
    let used = Set(annotated.flatMap { $0.annotations.flatMap(\.labels) })
    let labels = labelOrder.filter(used.contains) + used.subtracting(labelOrder).sorted()
    agreement = labels.map { Self.agreement(on: $0, in: annotated, annotators: annotators) }
    sentenceAccuracy = labels.map { Self.sentenceAccuracy(of: $0, in: annotated) }
    let spanLabels = Set(annotated.flatMap { $0.annotations.filter { $0.unit == .span }.flatMap(\.labels) })
    spanAccuracy = labels.filter(spanLabels.contains).map { Self.spanAccuracy(of: $0, in: annotated) }
    entries = Self.entries(in: annotated, labels: used)
    misfires = entries.filter { $0.fired >= Self.minimumFiringsToJudge && $0.precision < 0.5 }
      .sorted { ($0.fired - $0.confirmed, $1.location) > ($1.fired - $1.confirmed, $0.location) }
    suggestions = Self.suggestions(in: annotated)
  }
}

// Internal, not private: `LexiconLearning` reads entries the same way.
extension AgreementReport {
  static func agreement(on label: String, in documents: [AnnotatedDocument], annotators: [String]) -> LabelAgreement {
    var units: [[Bool]] = [], pairs: [(Bool, Bool)] = []
    for document in documents {
      let coders = document.annotators
      let labelled = coders.map { document.labels(by: $0) }
      for sentence in document.scored.sentences {
        let values = labelled.map { $0[sentence.sentence.index]?.contains(label) ?? false }
        units.append(values)
        if annotators.count == 2, values.count == 2 { pairs.append((values[0], values[1])) }
      }
    }
    return LabelAgreement(
      label: label, items: KrippendorffAlpha.pairableUnits(units), observed: KrippendorffAlpha.observedAgreement(units),
      kappa: annotators.count == 2 ? CohenKappa.kappa(pairs) : nil, alpha: KrippendorffAlpha.nominal(units))
  }

  static func sentenceAccuracy(of label: String, in documents: [AnnotatedDocument]) -> LabelAccuracy {
    var predicted = 0, reference = 0, both = 0
    for document in documents {
      let people = document.referenceLabels()
      for sentence in document.scored.sentences {
        let byScorer = ScorerLabels.labels(for: sentence).contains(label)
        let byPeople = people[sentence.sentence.index]?.contains(label) ?? false
        if byScorer { predicted += 1 }
        if byPeople { reference += 1 }
        if byScorer && byPeople { both += 1 }
      }
    }
    return LabelAccuracy(label: label, predicted: predicted, predictedCorrect: both, reference: reference, referenceFound: both)
  }

  static func spanAccuracy(of label: String, in documents: [AnnotatedDocument]) -> LabelAccuracy {
    var predicted = 0, correct = 0, reference = 0, found = 0
    for document in documents {
      let spans = document.annotations.filter { $0.unit == .span && $0.labels.contains(label) }.map(\.utf8Range)
      let hits = document.scored.sentences.flatMap(\.hits).filter { ScorerLabels.label(for: $0) == label }.map(\.utf8Range)
      predicted += hits.count
      correct += hits.count { hit in spans.contains { $0.overlaps(hit) } }
      reference += spans.count
      found += spans.count { span in hits.contains { $0.overlaps(span) } }
    }
    return LabelAccuracy(label: label, predicted: predicted, predictedCorrect: correct, reference: reference, referenceFound: found)
  }

  static func entries(in documents: [AnnotatedDocument], labels: Set<String>) -> [EntryReliability] {
    var tallies: [LexiconEntry: (label: String, fired: Int, confirmed: Int)] = [:]
    for document in documents {
      for sentence in document.scored.sentences {
        for hit in sentence.hits {
          guard let label = ScorerLabels.entryLabel(for: hit), labels.contains(label) else { continue }
          let isConfirmed = document.annotations.contains { placed in
            placed.labels.contains(label)
              && (placed.unit == .sentence ? placed.sentenceIndex == sentence.sentence.index : placed.utf8Range.overlaps(hit.utf8Range))
          }
          var tally = tallies[hit.entry] ?? (label, 0, 0)
          tally.fired += 1
          if isConfirmed { tally.confirmed += 1 }
          tallies[hit.entry] = tally
        }
      }
    }
    return tallies.map { entry, tally in
      EntryReliability(
        term: entry.term, category: entry.category, location: entry.location, label: tally.label, fired: tally.fired, confirmed: tally.confirmed,
        precision: Double(tally.confirmed) / Double(tally.fired), weakenedLine: weakened(entry, fired: tally.fired, confirmed: tally.confirmed))
    }.sorted { ($0.fired, $1.location) > ($1.fired, $0.location) }
  }

  static func weakened(_ entry: LexiconEntry, fired: Int, confirmed: Int) -> String {
    var line = entry.term
    if let alternative = entry.alternative { line += " -> \(alternative)" }
    line += " | weight \(EntryReliability.weakWeight) | note people confirmed \(confirmed) of \(fired) (slant agree)"
    return line
  }

  static func suggestions(in documents: [AnnotatedDocument]) -> [PhraseSuggestion] {
    var found: [String: (phrase: String, label: String, category: String, count: Int, annotators: Set<String>)] = [:]
    for document in documents {
      let hits = document.scored.sentences.flatMap(\.hits)
      for placed in document.annotations where placed.unit == .span {
        for label in placed.labels {
          guard let category = PhraseSuggestion.category(for: label),
            !hits.contains(where: { ScorerLabels.entryLabel(for: $0) == label && $0.utf8Range.overlaps(placed.utf8Range) })
          else { continue }
          let tokens = Tokenizer().tokens(in: document.scored.document.text, range: placed.utf8Range)
          let phrase = tokens.tokens.filter(\.isWordLike).map { tokens.foldedText(of: $0) }.joined(separator: " ")
          guard !phrase.isEmpty else { continue }
          var entry = found[category + "\t" + phrase] ?? (phrase, label, category, 0, [])
          entry.count += 1
          entry.annotators.insert(placed.annotation.annotator)
          found[category + "\t" + phrase] = entry
        }
      }
    }
    return found.values.map { entry in
      let people = entry.annotators.count
      return PhraseSuggestion(
        phrase: entry.phrase, label: entry.label, category: entry.category, count: entry.count, annotators: people,
        lexiconLine: "\(entry.phrase) | note labelled \(entry.label) \(entry.count) time\(entry.count == 1 ? "" : "s") by \(people) \(people == 1 ? "person" : "people") (slant agree)")
    }.sorted { ($0.count, $1.category, $1.phrase) > ($1.count, $0.category, $0.phrase) }
  }
}
