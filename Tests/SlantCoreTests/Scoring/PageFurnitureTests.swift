import Testing
@testable import SlantCore

/// Captions and widgets pasted into scraped text (`PageFurniture`): the detector's spans, marked
/// inline with ⟦ ⟧, and the scorer counting no hit inside them.
@Suite struct PageFurnitureTests {
  /// The furniture of `text` as UTF-8 ranges, with its kinds.
  static func furniture(in text: String) -> [(kind: PageFurniture.Kind, utf8Range: Range<Int>)] {
    let whole = 0..<text.utf8.count
    let tokens = Tokenizer().tokens(in: text, range: whole)
    let sentences = SentenceSegmenter().sentences(in: text, range: whole).map { sentence in
      let inside = tokens.tokens.indices.filter { sentence.utf8Range.contains(tokens.tokens[$0].utf8Range.lowerBound) }
      return (inside.first ?? 0)..<((inside.last ?? -1) + 1)
    }
    return PageFurniture.spans(in: text, tokens: tokens, sentences: sentences, senses: .standard).map { piece in
      (piece.kind, tokens.tokens[piece.tokenRange.lowerBound].utf8Range.lowerBound..<tokens.tokens[piece.tokenRange.upperBound - 1].utf8Range.upperBound)
    }
  }

  @Test(arguments: [
    "The council met.\n⟦FILE PHOTO - A man walks past the shuttered courthouse in Dover, Delaware, U.S. March 4, 2015. REUTERS/Kim Lee⟧\nThe hearing resumed.",
    "⟦FILE - In this June 2 file photo, marchers gather outside the statehouse.⟧\nLawmakers voted on Friday.",
    "Lawmakers voted on Friday.\n⟦Marchers walk past the statehouse in Salem, Ore., on Friday. (AP Photo/Dana Smith)⟧",
    "⟦Ana Ruiz, left, and her son wait in line in Tucson. Tucson Police Department/Handout via Reuters⟧\nThe line grew.",
    "⟦Photo: Sam Ortiz for the Daily Ledger⟧\nThe storm hit the coast.",
    "⟦Photo by Sam Ortiz⟧\nThe storm hit the coast.",
    "The storm hit the coast.\n⟦A view of the harbor after the storm. Anna Berg/Getty Images⟧",
    "⟦Crews clear the road near Galveston. Lee Park Getty Images⟧\nThe storm hit the coast.",
    "⟦Crews clear the road (Mark Cole/Pool/Reuters)⟧\nThe storm hit the coast.",
    // Not a caption: a poll named after its agencies, a photo in running text, a dateline.
    "A Reuters/Ipsos poll found support fell.\nThe storm hit the coast.",
    "The famous photo by Sam Ortiz shows a flooded street.",
    "HOUSTON (Reuters) - The storm hit the coast.",
    "A FILE of papers was found.",
    "Getty Images pulled the photo on Monday.",
    "⟦Crews clear the road (Lee Park/AFP via Getty Images)⟧",
  ])
  func findsCaptionLines(marked: String) {
    let sample = MarkedText(marked)
    let found = Self.furniture(in: sample.text)
    #expect(found.map(\.utf8Range) == sample.ranges)
    #expect(found.allSatisfy { $0.kind == .photoCaption })
  }

  @Test func aLongParagraphOnOneLineLosesOnlyTheSentenceWithTheCredit() {
    let filler = String(repeating: "The council met again on Tuesday to discuss the budget and the roads. ", count: 12)
    let sample = MarkedText(filler + "⟦Marchers walk past the statehouse in Salem (AP Photo/Dana Smith).⟧ " + filler)
    let found = Self.furniture(in: sample.text)
    #expect(found.map(\.utf8Range) == sample.ranges)
  }

  @Test func findsAVideoWidgetLine() {
    let sample = MarkedText("The mayor spoke.\n⟦JUST WATCHED Mayor defends budget plan Replay More Videos... MUST WATCH Mayor defends budget plan 02:41⟧\nShe left.")
    let found = Self.furniture(in: sample.text)
    #expect(found.map(\.utf8Range) == sample.ranges)
    #expect(found.map(\.kind) == [.videoWidget])
  }

  @Test(arguments: [
    // The widget runs from the glued word to MORE; the sentence's own words stay.
    "Senate leader Tom Baker Thomas Lee ⟦BakerDemocrats slam budget Town hall turns tense in Salem MORE⟧ (R-Ore.) said on Monday that the bill would pass.",
    "Both Tom Baker Thomas Lee ⟦BakerVoters sour on tax plan MORE⟧ and Ann Reed Ann Marie ⟦ReedSenate stalls on roads bill MORE⟧ (D-Ohio) voted no.",
    "Mayor Ann Reed Ann Marie ⟦ReedSenate stalls on roads bill MORE’s⟧ plan failed.",
    "Mayor Ann Reed Ann Marie ⟦Reed2020 hopefuls court voters MORE⟧ (D-Ohio) spoke.",
    // A glued word without MORE is no widget; McCain-style names are no joins.
    "The startup BrightPathLabs raised money from investors.",
    "She gave the talk with PowerPoint\nMORE to come",
    "She gave the talk with PowerPoint",
    "Sen. John McCain, Gov. Ron DeSantis, Rep. Ray LaHood, Gen. MacArthur and YouTube said MORE money was needed.",
    // MORE opening a link line is no widget's end.
    "Analysts at BlackRock expect rates to fall MORE: Rates fall again",
  ])
  func findsRelatedStoriesWidgets(marked: String) {
    let sample = MarkedText(marked)
    let found = Self.furniture(in: sample.text)
    #expect(found.map(\.utf8Range) == sample.ranges)
    #expect(found.allSatisfy { $0.kind == .relatedStories })
  }

  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    rampage
    reckless
    brutal
    [attribution.neutral] Reporting.
    said
    """, path: "t.txt"
  ).lexicon
  let scorer = Scorer(lexicons: [Self.lexicon])

  func score(_ text: String) -> ScoredDocument { scorer.score(Document(id: DocumentID(path: "t.txt"), text: text)) }

  @Test func aCaptionsHitIsNotCountedAndTheReasonNamesIt() throws {
    let document = score("The council met.\nFILE PHOTO - A man whose son went on a rampage is seen in Dover, U.S. March 4, 2015. REUTERS/Kim Lee\n")
    let caption = try #require(document.sentences.first { $0.reason.contains("rampage") })
    #expect(caption.hits.isEmpty)
    #expect(caption.label == .neutral)
    #expect(caption.reason.hasSuffix("; not counted: \"rampage\" (in a photo caption, not the article's text)"))
  }

  @Test(arguments: [
    // The outlet's own words around a widget keep their hits; the widget's are dropped.
    "Senate leader Tom Baker Thomas Lee BakerDemocrats slam reckless budget MORE (R-Ore.) gave a ⟦brutal⟧ speech.",
    // A photo in running text is the article's.
    "The photo by Sam Ortiz shows a ⟦brutal⟧ scene.",
    "He called it a ⟦reckless⟧ plan.\nJUST WATCHED Mayor slams reckless plan Replay More Videos... 02:41",
  ])
  func hitsOutsideFurnitureStay(marked: String) {
    let sample = MarkedText(marked)
    let hits = score(sample.text).sentences.flatMap(\.hits).filter { $0.family == .loaded }
    #expect(hits.map(\.utf8Range) == sample.ranges)
  }

  @Test func aWidgetsQuotationQuotesNoOne() throws {
    let document = score("Mayor Ann Reed Ann Marie ReedSenate says the plan is “going nowhere” MORE (D-Ohio) visited the plant.")
    let sentence = try #require(document.sentences.first)
    #expect(sentence.quotations.isEmpty)
    #expect(sentence.label == .neutral)
  }

  @Test func aWidgetsHitIsNamedInTheSentencesReason() throws {
    let document = score("Senate leader Tom Baker Thomas Lee BakerDemocrats slam reckless budget MORE (R-Ore.) said the bill would pass.")
    let sentence = try #require(document.sentences.first)
    #expect(sentence.reason.hasSuffix("; not counted: \"reckless\" (in a widget of related stories, not the article's text)"))
  }

  @Test(arguments: [
    "⟦Senate leader Tom Baker Thomas Lee⟧ BakerDemocrats slam budget plan as town hall turns tense in Salem MORE (R-Ore.) said the bill would pass.",
    "⟦Tom Baker Thomas Lee⟧ BakerDemocrats slam budget plan as town hall turns tense in Salem MORE said the bill would pass.",
  ])
  func theSpeakerIsTheNameBeforeAWidget(marked: String) throws {
    let sample = MarkedText(marked)
    let sentence = try #require(score(sample.text).sentences.first)
    #expect(sentence.label == .attributed)
    #expect(sentence.sourceUTF8Range.map { [$0] } == sample.ranges)
  }

  @Test func aHeadlineIsNoCaption() throws {
    var document = Document(id: DocumentID(path: "t.txt"), text: "The bill passed.")
    document.metadata.title = "Photo: a brutal rampage"
    let headline = try #require(scorer.score(document).headline)
    #expect(headline.scored.hits.map(\.family) == [.loaded, .loaded])
  }
}
