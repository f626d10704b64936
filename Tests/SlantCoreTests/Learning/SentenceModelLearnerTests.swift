import Foundation
import Testing

@testable import SlantCore

/// Learning on a small written corpus where the right answer is known: people label a sentence
/// loaded exactly when it holds the invented word "zorbly", which no lexicon knows.
@Suite struct SentenceModelLearnerTests {
  static let lexicon = LexiconParser().parse("[attribution.neutral] Reporting.\nsaid\n", path: "t.txt").lexicon

  static func corpus() -> [JudgedSentence] {
    let scorer = Scorer(lexicons: [lexicon])
    var documents: [AnnotatedDocument] = []
    let fillers = ["the council met on monday", "rain fell in the north", "prices rose in march", "the team won again"]
    for index in 0..<40 {
      var sentences: [String] = []
      var loaded: [Int] = []
      for position in 0..<4 {
        let isLoaded = (index + position) % 3 == 0
        let filler = fillers[(index + position) % fillers.count]
        sentences.append(isLoaded ? "A zorbly plan: \(filler)." : "A modest plan: \(filler) today.")
        if isLoaded { loaded.append(position) }
      }
      let text = sentences.joined(separator: " ")
      let document = Document(id: DocumentID(path: "d\(index).txt"), text: text)
      let scored = scorer.score(document)
      let annotations = scored.sentences.enumerated().map { position, sentence in
        PlacedAnnotation(
          annotation: Annotation(
            target: AnnotationTarget(
              unit: .sentence, position: TextPositionSelector(scalarStart: 0, scalarEnd: 1), quote: TextQuoteSelector(exact: "x"),
              sentenceIndex: position),
            labels: loaded.contains(position) ? ["loaded"] : ["neutral"], annotator: "ann"),
          utf8Range: sentence.sentence.utf8Range, sentenceIndex: sentence.sentence.index)
      }
      documents.append(AnnotatedDocument(scored: scored, annotations: annotations))
    }
    return JudgedSentence.all(in: documents)
  }

  @Test func learnsTheWordPeopleLabel() throws {
    let sentences = Self.corpus()
    #expect(sentences.count == 160)
    let learner = SentenceModelLearner()
    let labels = learner.learnableLabels(in: sentences)
    #expect(labels == ["biased", "loaded", "neutral"])
    let model = learner.fit(sentences, labels: labels)
    let loaded = try #require(model.labels.first { $0.label == "loaded" })
    let strongest = try #require(loaded.weights.max { $0.value < $1.value })
    #expect(["word:zorbly", "pair:a zorbly", "pair:zorbly plan"].contains(strongest.key))
    // L2 shares the weight among the words that always come together (zorbly and its two pairs).
    #expect((loaded.weights["word:zorbly"] ?? 0) > 0.5)
    #expect((loaded.weights["word:modest"] ?? 0) < 0)
    #expect(abs(loaded.weights["word:plan"] ?? 0) < 0.01, "both classes have it")
  }

  @Test func crossValidationKeepsDocumentsTogetherAndSeparatesTheClasses() throws {
    let sentences = Self.corpus()
    let learner = SentenceModelLearner()
    let first = learner.crossValidatedProbabilities(sentences, labels: ["loaded"], folds: 5, seed: 7)
    let again = learner.crossValidatedProbabilities(sentences, labels: ["loaded"], folds: 5, seed: 7)
    #expect(first.map { $0.map(\.probability) } == again.map { $0.map(\.probability) }, "deterministic")
    for (sentence, probabilities) in zip(sentences, first) {
      let probability = try #require(probabilities.first?.probability)
      #expect(sentence.people.contains("loaded") ? probability > 0.8 : probability < 0.2)
    }
  }

  /// The final fit runs beside the folds' fits: it is the model fitting alone gives, and the
  /// out-of-fold probabilities are those cross-validation alone gives.
  @Test func fittingBesideTheFoldsGivesWhatEachGivesAlone() {
    let sentences = Self.corpus()
    let learner = SentenceModelLearner()
    let labels = learner.learnableLabels(in: sentences)
    let (model, outOfFold) = learner.fitAndCrossValidate(sentences, labels: labels, folds: 5, seed: 7)
    #expect(model == learner.fit(sentences, labels: labels))
    #expect(outOfFold == learner.crossValidatedProbabilities(sentences, labels: labels, folds: 5, seed: 7))
  }

  /// Pruning leaves out the small weights and changes no other: the model is not refitted.
  @Test func smallWeightsAreLeftOutAndTheRestKept() throws {
    let sentences = Self.corpus()
    let whole = SentenceModelLearner(minimumWeight: 0).fit(sentences, labels: ["loaded"])
    let pruned = SentenceModelLearner(minimumWeight: 0.1).fit(sentences, labels: ["loaded"])
    let all = try #require(whole.labels.first), kept = try #require(pruned.labels.first)
    #expect(all.weights.values.contains { abs($0) < 0.1 }, "the corpus has small weights to leave out")
    #expect(kept.weights == all.weights.filter { abs($0.value) >= 0.1 })
    #expect(kept.intercept == all.intercept)
  }

  /// In this corpus people's only bias label is loaded, so biased and loaded are given to the
  /// same sentences: one fit serves both, the same as fitting loaded alone.
  @Test func labelsOfTheSameSentencesShareOneFit() throws {
    let sentences = Self.corpus()
    let model = SentenceModelLearner().fit(sentences, labels: ["biased", "loaded"])
    let alone = try #require(SentenceModelLearner().fit(sentences, labels: ["loaded"]).labels.first)
    #expect(model.labels.map(\.label) == ["biased", "loaded"])
    #expect(model.labels.allSatisfy { $0.weights == alone.weights && $0.intercept == alone.intercept })
  }

  /// A learned (pruned) model compiled for scoring gives the probabilities the plain model gives
  /// on the named features, for sentences with known and unknown words and pairs.
  @Test func compiledLearnedModelAgreesWithThePlainModel() throws {
    let model = SentenceModelLearner().fit(Self.corpus(), labels: ["loaded", "neutral"])
    #expect(model.labels[0].weights.keys.contains { $0.hasPrefix("pair:") })
    let text = """
      A zorbly plan: the council met on monday. A modest plan today. Zorbly zorbly plan, said the team. \
      Nothing here at all. The plan a zorbly! Prices rose in the north; a zorbly plan.
      """
    let document = Document(id: DocumentID(path: "t.txt"), text: text)
    let scored = Scorer(lexicons: [Self.lexicon], model: model).score(document)
    let tokens = Tokenizer().tokens(in: text, range: document.bodyUTF8Range)
    #expect(scored.sentences.count == 6)
    for sentence in scored.sentences {
      let named = SentenceFeatures.named(sentence, tokens: tokens)
      #expect(sentence.probabilities.map(\.label) == ["loaded", "neutral"])
      for (compiled, plain) in zip(sentence.probabilities, model.labels) {
        #expect(abs(compiled.probability - plain.probability(named)) < 1e-9)
      }
    }
  }
}
