import Testing
import SlantCore

@Suite struct SentenceAlignerTests {
  /// Sentences from two outlets on one story: the same fact in other words.
  static let sameFact: [(String, String)] = [
    ("The council voted 7-4 on Tuesday to close the maternity ward at Harbour Road Hospital.",
     "Councillors backed the closure of the Harbour Road maternity ward by seven votes to four on Tuesday."),
    ("Maternity services will move to St Anne's Hospital, 20 miles away, from March.",
     "From March, mothers will have to travel 20 miles to St Anne's Hospital for maternity care."),
    ("Council leader Janet Okoro said the closure would save £4 million a year.",
     "The so-called savings of £4 million a year from the closure are a farce."),
    ("About 300 people protested outside the town hall.", "Hundreds of furious protesters gathered outside the town hall."),
    ("The nurses' union filed a legal challenge at the High Court on Thursday.",
     "The nurses' union has launched a reckless legal challenge in the High Court."),
    ("A public consultation drew 2,100 responses, most of them opposed.", "Council bosses ignored 2,100 consultation responses opposing the plan."),
    ("The ward delivered fewer than 400 births last year.", "Fewer than 400 babies were born on the ward last year."),
  ]

  /// Sentences from two outlets on the same story that state different facts.
  static let otherFact: [(String, String)] = [
    ("The council voted 7-4 on Tuesday to close the maternity ward at Harbour Road Hospital.", "About 300 people protested outside the town hall."),
    ("Maternity services will move to St Anne's Hospital, 20 miles away, from March.", "The High Court will hear the case in May."),
    ("Council leader Janet Okoro said the closure would save £4 million a year.", "The ward delivered fewer than 400 births last year."),
    ("The nurses' union filed a legal challenge at the High Court on Thursday.", "The council spent £2 million on new offices last year."),
    ("A public consultation drew 2,100 responses, most of them opposed.", "Council leader Janet Okoro refused to answer questions."),
    ("It is unclear whether the decision can be appealed.", "Maternity services will move to St Anne's Hospital, 20 miles away, from March."),
    ("The closure is due to take effect in March.", "The nurses' union filed a legal challenge at the High Court on Thursday."),
    // Hard cases: other facts told with the story's names.
    ("The council voted 7-4 on Tuesday to close the maternity ward at Harbour Road Hospital.",
     "The Harbour Road maternity ward delivered fewer than 400 births last year."),
    ("Council leader Janet Okoro said the closure would save £4 million a year.", "Council leader Janet Okoro said the council had followed the law."),
    ("The nurses' union filed a legal challenge at the High Court on Thursday.", "The union said about 300 people protested outside the town hall."),
    ("The closure is due to take effect in March.", "The challenge could delay the closure, lawyers suggested."),
  ]

  static func sentence(_ text: String, outlet: String, index: Int) -> AlignmentSentence {
    let list = Tokenizer().tokens(in: text)
    return AlignmentSentence(outlet: outlet, document: DocumentID(path: "\(outlet).txt"), index: index, text: text, words: ContentWords.words(in: list), loaded: [])
  }

  /// Cosines of each pair, with the idf taken over all the sentences of both lists, as one
  /// alignment of a small corpus would.
  static func cosines(_ pairs: [(String, String)], background: [(String, String)]) -> [Double] {
    let all = pairs + background
    let index = TFIDFIndex(items: all.flatMap { [$0.0, $0.1] }.map { ContentWords.words(in: Tokenizer().tokens(in: $0)) })
    return pairs.indices.map { index.cosine(2 * $0, 2 * $0 + 1) }
  }

  @Test func thresholdSeparatesSameFactFromOtherFacts() {
    let same = Self.cosines(Self.sameFact, background: Self.otherFact)
    let other = Self.cosines(Self.otherFact, background: Self.sameFact)
    #expect(same.allSatisfy { $0 >= SentenceAligner.defaultThreshold })
    // One other-fact pair passes: the same speaker's full name and title ("Council leader Janet
    // Okoro said", 0.48), which outweighs a shared fact told in other words ("save"/"savings",
    // 0.40): a known limit of bags of words, noted in the README.
    #expect(other.indices.filter { other[$0] >= SentenceAligner.defaultThreshold } == [8])
  }

  @Test func alignmentPairsEachFactWithItsPartner() {
    var sentences: [AlignmentSentence] = []
    for (index, pair) in Self.sameFact.enumerated() {
      sentences.append(Self.sentence(pair.0, outlet: "Ledger", index: index))
      sentences.append(Self.sentence(pair.1, outlet: "Clarion", index: index))
    }
    sentences.append(Self.sentence("The council spent £2 million on new offices last year.", outlet: "Clarion", index: 20))
    sentences.append(Self.sentence("It is unclear whether the decision can be appealed.", outlet: "Ledger", index: 21))
    let alignment = SentenceAligner().align(sentences)
    #expect(alignment.pairs.count == Self.sameFact.count)
    for pair in alignment.pairs {
      #expect(pair.left.outlet == "Clarion" && pair.right.outlet == "Ledger")
      #expect(pair.left.index == pair.right.index)
    }
    #expect(alignment.unmatched.map(\.outlet) == ["Clarion", "Ledger"])
    #expect(alignment.unmatched.map { $0.sentences.map(\.index) } == [[20], [21]])
  }

  @Test func pairsShowLoadedWordsOnOneSideOnly() throws {
    let left = AlignmentSentence(
      outlet: "Clarion", document: DocumentID(path: "c.txt"), index: 0, text: "", words: ["savings", "farce", "closure"],
      loaded: [LoadedWord(text: "so-called", category: "scare-quote"), LoadedWord(text: "farce", category: "loaded.negative")])
    let right = AlignmentSentence(
      outlet: "Ledger", document: DocumentID(path: "l.txt"), index: 2, text: "", words: ["closure", "save", "savings"], loaded: [])
    let pair = try #require(SentenceAligner(threshold: 0.1).align([left, right]).pairs.first)
    #expect(pair.leftOnlyLoaded.map(\.text) == ["so-called", "farce"])
    #expect(pair.rightOnlyLoaded.isEmpty && pair.differsInLoadedWording)
    #expect(pair.leftOnlyWords == ["farce"] && pair.rightOnlyWords == ["save"])
  }

  @Test func sentencesOfOneOutletAreNeverPaired() {
    let a = Self.sentence("The ward delivered fewer than 400 births last year.", outlet: "Wire", index: 0)
    var b = a
    b.index = 1
    let alignment = SentenceAligner().align([a, b])
    #expect(alignment.pairs.isEmpty)
    #expect(alignment.unmatched.first?.sentences.count == 2)
  }

  @Test func copiesOfOneSentencePairOneToOneInTextOrder() {
    let text = "The ferry between the two banks ran on its winter timetable."
    let other = "Fishermen reported a good catch of carp below the weir."
    let sentences = [
      Self.sentence(text, outlet: "a", index: 0), Self.sentence(other, outlet: "a", index: 1), Self.sentence(text, outlet: "a", index: 2),
      Self.sentence(text, outlet: "a", index: 3), Self.sentence(text, outlet: "b", index: 0), Self.sentence(text, outlet: "b", index: 1),
      Self.sentence(other, outlet: "c", index: 0),
    ]
    let alignment = SentenceAligner().align(sentences)
    let pairs = alignment.pairs.map { "\($0.left.outlet)\($0.left.index)-\($0.right.outlet)\($0.right.index)" }
    // a0 and a2 take b0 and b1 in order; a3 finds no free copy in b; a1 and c0 are the other fact.
    #expect(pairs == ["a0-b0", "a2-b1", "a1-c0"], "listed by outlets, then document and sentence")
    #expect(alignment.unmatched.first { $0.outlet == "a" }?.sentences.map(\.index) == [3])
  }
}
