import Foundation
import Testing

@testable import SlantCore

@Suite struct SentenceModelTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    brutal | weight 2
    [label.pejorative] Labels.
    thugs
    [attribution.neutral] Reporting.
    said
    """, path: "t.txt"
  ).lexicon

  func scored(_ text: String, model: SentenceModel = .defaults) -> (ScoredDocument, TokenList) {
    let document = Document(id: DocumentID(path: "t.txt"), text: text)
    let scorer = Scorer(lexicons: [Self.lexicon], model: model)
    return (scorer.score(document), Tokenizer().tokens(in: text, range: document.bodyUTF8Range))
  }

  @Test func lengthIsHeldWithinTheLengthsLabelledNewsHas() {
    #expect(SignalFeature.lengthValue(wordCount: 16) == 0)
    #expect(SignalFeature.lengthValue(wordCount: 32) == 1)
    #expect(SignalFeature.lengthValue(wordCount: 1) == SignalFeature.lengthValue(wordCount: 8))
    #expect(SignalFeature.lengthValue(wordCount: 8) == -1)
    #expect(SignalFeature.lengthValue(wordCount: 500) == 2)
    // A one-word line with no hit reads no more loaded than a plain eight-word sentence.
    func loaded(_ text: String) -> Double { scored(text).0.sentences[0].probabilities.first { $0.label == "loaded" }?.probability ?? -1 }
    #expect(loaded("Yes.") == loaded("The council met on Tuesday in the hall."))
    #expect(loaded("Yes.") < 0.75)
  }

  @Test func aProbabilityKeepsItsThreeStrongestDriversInOrder() {
    let drivers = (1...5).map { LabelProbability.Driver(feature: "word:w\($0)", contribution: 1 / Double($0)) }
    let probability = LabelProbability(label: "loaded", probability: 0.9, drivers: drivers)
    #expect(probability.drivers.map(\.feature) == ["word:w1", "word:w2", "word:w3"])
    #expect(LabelProbability(label: "loaded", probability: 0.9).drivers.isEmpty)
  }

  @Test func namedFeaturesReadWordsPairsEntriesAndSignals() throws {
    let (document, tokens) = scored("The brutal thugs came back, 2 times.")
    let features = SentenceFeatures.named(try #require(document.sentences.first), tokens: tokens)
    #expect(features["word:brutal"] == 1)
    #expect(features["pair:brutal thugs"] == 1)
    #expect(features["pair:back 2"] == nil, "numbers are not words")
    #expect(features["pair:back times"] == nil, "a pair never spans punctuation or numbers")
    #expect(features["entry:loaded.negative:brutal"] == 1)
    #expect(features["category:label.pejorative"] == 1)
    #expect(features["signal:own.loaded"] == 2, "the entry's weight")
    #expect(features["signal:own.labels"] == 1)
    #expect(features["signal:support.unsupported"] == 1)
    // Six words count as eight, the shortest length the signal tells apart: log2(8 / 16).
    #expect(features["signal:length"] == -1)
  }

  @Test func quotedHitsAreNotTheOutletsVoice() throws {
    let (document, tokens) = scored("\"They are brutal thugs,\" Smith said.")
    let features = SentenceFeatures.named(try #require(document.sentences.first), tokens: tokens)
    #expect(features["signal:quoted.loaded"] == 2)
    #expect(features["signal:own.loaded"] == nil)
    #expect(features["entry:loaded.negative:brutal"] == nil)
    #expect(features["signal:support.attributed"] == 1)
  }

  /// The compiled model must give exactly what the plain model gives on the named features.
  @Test func compiledModelAgreesWithNamedFeatures() throws {
    let model = SentenceModel(labels: [
      .init(
        label: "loaded", intercept: -0.5,
        weights: [
          "word:brutal": 0.7, "pair:brutal thugs": 0.4, "entry:loaded.negative:brutal": 0.3, "category:label.pejorative": 0.2,
          "signal:own.loaded": 0.25, "signal:length": -0.1, "signal:support.attributed": -1, "word:came": -0.05,
        ]),
      .init(label: "unsupported", intercept: 0.1, weights: ["signal:support.unsupported": 1.5, "word:thugs": 0.3]),
    ])
    let text = "The brutal thugs came back. \"Brutal thugs,\" Smith said. Nothing here at all. Brutal, brutal thugs!"
    let (document, tokens) = scored(text, model: model)
    #expect(document.sentences.count == 4)
    for sentence in document.sentences {
      let named = SentenceFeatures.named(sentence, tokens: tokens)
      #expect(sentence.probabilities.map(\.label) == ["loaded", "unsupported"])
      for (compiled, plain) in zip(sentence.probabilities, model.labels) {
        #expect(abs(compiled.probability - plain.probability(named)) < 1e-12)
      }
    }
    let first = try #require(document.sentences.first?.probabilities.first)
    #expect(first.drivers.map(\.feature) == ["word:brutal", "signal:own.loaded", "pair:brutal thugs"])
  }

  @Test func modelFileRoundTrips() throws {
    let model = SentenceModel(
      provenance: ["learned from 12 sentences"],
      labels: [.init(label: "loaded", intercept: -1.25, weights: ["word:brutal": 0.5, "pair:power grab": 1.75, "signal:length": -0.125])])
    let text = SentenceModelFile.text(of: model)
    #expect(try SentenceModelFile.model(parsing: text, path: "learned/model.txt") == model)
    #expect(text.contains("1.750000 pair:power grab\n0.500000 word:brutal\n-0.125000 signal:length\n"), "strongest first")
  }

  @Test func aModelFileWithTooManyWeightsIsRefusedAtTheLineThatPassesTheLimit() {
    let text = "[label loaded]\n0.5 word:a\n0.4 word:b\n0.3 word:c\n"
    #expect(throws: LearningError.self) { try SentenceModelFile.model(parsing: text, path: "m.txt", maximumWeights: 2) }
    do {
      _ = try SentenceModelFile.model(parsing: text, path: "m.txt", maximumWeights: 2)
    } catch {
      #expect(error.description == "m.txt:4: more than 2 weights (a learned model has tens of thousands)")
    }
    #expect((try? SentenceModelFile.model(parsing: text, path: "m.txt", maximumWeights: 3)) != nil)
  }

  /// A file as the previous version wrote it (header, provenance, CRLF line ends, indented and
  /// blank lines) reads into the same model and scores the same once compiled.
  @Test func modelFilesOfThePreviousVersionStillRead() throws {
    let text = [
      "# Slant sentence model: under each [label NAME], WEIGHT FEATURE lines, strongest first.",
      "# Features: signal: the scorer's evidence; entry: and category: lexicon hits in the outlet's voice;",
      "# word: and pair: the sentence's words. Edit a weight, or delete the folder to stop using the model.",
      "# learned by 'slant lexicon learn' from 12 sentences", "", "[label loaded]", "intercept -0.500000",
      "0.700000 word:brutal", "  0.400000 pair:brutal thugs", "0.300000 entry:loaded.negative:brutal",
      "-0.000001 word:came", "0.200000 category:label.pejorative", "\t-0.100000 signal:length", "",
    ].joined(separator: "\r\n")
    let model = try SentenceModelFile.model(parsing: text, path: "learned/model.txt")
    #expect(model.provenance == ["learned by 'slant lexicon learn' from 12 sentences"])
    let loaded = try #require(model.labels.first)
    #expect(loaded.intercept == -0.5)
    #expect(loaded.weights == [
      "word:brutal": 0.7, "pair:brutal thugs": 0.4, "entry:loaded.negative:brutal": 0.3, "word:came": -0.000001,
      "category:label.pejorative": 0.2, "signal:length": -0.1,
    ])
    let (document, tokens) = scored("The brutal thugs came back.", model: model)
    let sentence = try #require(document.sentences.first)
    let plain = loaded.probability(SentenceFeatures.named(sentence, tokens: tokens))
    #expect(abs(try #require(sentence.probabilities.first).probability - plain) < 1e-12)
    #expect(sentence.probabilities.first?.drivers.map(\.feature) == ["word:brutal", "pair:brutal thugs", "entry:loaded.negative:brutal"])
  }

  @Test(arguments: [
    ("0.5 word:x\n", "m.txt:1: a weight before any '[label NAME]' header"),
    ("[label loaded]\nabc word:x\n", "m.txt:2: expected 'WEIGHT FEATURE', such as '0.5 word:radical'"),
    ("[label loaded]\nintercept\n", "m.txt:2: 'intercept' needs a number"),
    ("[label loaded]\n0.5 word:x\n0.7 word:x\n", "m.txt:3: feature 'word:x' is listed twice"),
    ("[label loaded]\n[label loaded]\n", "m.txt:2: label 'loaded' has a second section"),
    ("[loaded]\n", "m.txt:1: expected a header '[label NAME]'"),
    ("# nothing\n", "m.txt:2: no '[label NAME]' section"),
  ])
  func modelFileErrorsNameTheLine(text: String, message: String) {
    #expect(throws: LearningError.self) { try SentenceModelFile.model(parsing: text, path: "m.txt") }
    do {
      _ = try SentenceModelFile.model(parsing: text, path: "m.txt")
    } catch {
      #expect(error.description == message)
    }
  }

  @Test(arguments: [(0.05, "0.05"), (1.0, "1.00"), (0.999, "1.00"), (-0.5, "-0.50"), (12.3456, "12.35"), (0.004, "0.00"), (-0.004, "0.00")])
  func decimalsAreWrittenWithoutFormatStrings(value: Double, text: String) {
    #expect(ProbabilityReason.decimal(value, places: 2) == text)
  }

  @Test(arguments: [(7.0, 3, "7.000"), (123_456.789, 3, "123456.789"), (-1.25, 1, "-1.3"), (0.0005, 3, "0.001"), (9.96, 1, "10.0")])
  func decimalsHaveTheirPlacesAndWholeDigits(value: Double, places: Int, text: String) {
    #expect(ProbabilityReason.decimal(value, places: places) == text)
  }

  @Test func probabilityReasonNamesDriversOfLikelyLabelsOnly() {
    let text = ProbabilityReason.text([
      LabelProbability(label: "loaded", probability: 0.834, drivers: [.init(feature: "word:radical", contribution: 1.5), .init(feature: "signal:length", contribution: 0.25)]),
      LabelProbability(label: "unsupported", probability: 0.12, drivers: [.init(feature: "word:x", contribution: 0.3)]),
    ])
    #expect(text == "loaded 0.83 (word:radical +1.50, signal:length +0.25); unsupported 0.12")
  }
}
