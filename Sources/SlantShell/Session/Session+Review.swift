import SlantCLI
import SlantCore
import SlantTerminal

extension SessionCommand {
  static let review = SessionCommand(
    name: "review", summary: "Walk the sentences with a scorer suggestion you have not answered, one key each.",
    arguments: "[unsure]", maximumArguments: 1,
    discussion: """
      Shows each sentence whose scorer label is not neutral and that has no annotation of yours,
      from the current sentence to the end of the corpus and then from its start, with how many
      there are and how many remain. Answer with one key: a accept, r reject, s or Space skip,
      u undo the last answer, q quit, ? the keys again, or a label's key from labels.txt (1
      loaded, 2 name-calling…) to label it. A key that means nothing is asked again. Each answer
      is saved at once. Piped, each answer is one line. 'review unsure' walks every sentence you
      have not answered, those the model is least sure of first (probability of biased nearest
      one half), so that each answer teaches 'slant lexicon learn' the most.
      """
  ) { arguments, session in
    if let order = arguments.positionals.first, order != "unsure" {
      throw UsageError.invalid("review takes 'unsure' or nothing, not '\(order)'", command: "review")
    }
    let order: ReviewOrder = arguments.positionals.isEmpty ? .document : .unsure
    var review = Review(queue: session.reviewQueue(from: (session.documentIndex, session.sentenceIndex), order: order))
    guard !review.queue.isEmpty else {
      session.output.write("review: nothing to review; every suggestion has an answer from you\n")
      return
    }
    session.output.write(HangingWrapper.fit(session.reviewLegend(), width: session.width))
    var shown: Int?
    while review.position < review.queue.count {
      let next = review.queue[review.position]
      if shown != review.position {
        shown = review.position
        session.output.write(ANSIStyle.bold.apply("review \(review.position + 1)/\(review.queue.count), \(review.remaining) left after this", enabled: session.usesColor) + "\n")
        session.move(toDocument: next.document, sentence: next.sentence)
      }
      session.context.console.flush()
      guard let key = session.input.key(prompt: "a r s u q ? or a label key: "), key != "q" else { break }
      do {
        try session.answer(key, in: &review)
        session.savePosition()
      } catch {
        session.context.console.report("\(error)")
      }
      session.context.console.flush()
    }
    let counts = review.counts
    session.output.write("review: \(counts[.accepted]) accepted, \(counts[.rejected]) rejected, \(counts[.labelled]) labelled, \(counts[.skipped]) skipped\n")
  }
}

/// Which sentences `review` walks first; one order today, room for others (such as the scorer's
/// least certain first) without touching the loop.
enum ReviewOrder {
  /// Document by document, sentence by sentence, from where the reader stands, wrapping round.
  case document
  /// Every unanswered sentence, those the model is least sure of first (`Session.unsureOrder`).
  case unsure
}

/// One run of `review`: the sentences to walk, where it stands, and the answers given so far
/// (most recent last), so that `u` can take the last one back.
struct Review {
  enum Answer: Hashable { case accepted, rejected, labelled, skipped }

  var queue: [(document: Int, sentence: Int)]
  var position = 0
  var answers: [(position: Int, answer: Answer)] = []

  var remaining: Int { queue.count - position - 1 }
  var counts: [Answer: Int] {
    answers.reduce(into: [.accepted: 0, .rejected: 0, .labelled: 0, .skipped: 0]) { $0[$1.answer, default: 0] += 1 }
  }

  mutating func record(_ answer: Answer) {
    answers.append((position, answer))
    position += 1
  }
}

extension [Review.Answer: Int] {
  subscript(_ answer: Review.Answer) -> Int { self[answer, default: 0] }
}

extension Session {
  /// Review's own keys; a label key that equals one of them (in either case) is not offered.
  static let reviewKeys: [Character: String] = ["a": "accept", "r": "reject", "s": "skip", " ": "skip", "u": "undo", "q": "quit", "?": "keys"]

  /// The labels whose keys review can take: those that are none of review's own keys.
  var reviewLabels: [LabelSet.Label] {
    labels.labels.filter { Self.reviewKeys[Character($0.key.lowercased())] == nil }
  }

  /// The keys, and any label key that review's own keys hide.
  func reviewLegend() -> String {
    // A no-break space keeps each key with its meaning when the legend is fitted to the width.
    let keys = ["a accept", "r reject", "s or Space skip", "u undo the last answer", "q quit", "? these keys"]
    var text = "keys: " + keys.map { $0.replacingOccurrences(of: " ", with: "\u{A0}") }.joined(separator: " · ") + "\n"
    text += "label keys: " + reviewLabels.map { "\($0.key)\u{A0}\($0.name)" }.joined(separator: " · ") + "\n"
    for hidden in labels.labels where Self.reviewKeys[Character(hidden.key.lowercased())] != nil {
      text += "label key '\(hidden.key)' (\(hidden.name)) is review's \(Self.reviewKeys[Character(hidden.key.lowercased())]!) key; give it another in labels.txt\n"
    }
    return text
  }

  /// Acts on one key typed in `review`: an answer moves on, `u` goes back one answer (undoing
  /// its change), `?` shows the keys, and any other key is reported and asked again.
  mutating func answer(_ key: Character, in review: inout Review) throws {
    let sentence = review.queue[review.position].sentence
    switch key {
    case "a":
      try accept(sentence)
      review.record(.accepted)
    case "r":
      try reject(sentence)
      review.record(.rejected)
    case "s", " ":
      review.record(.skipped)
    case "u":
      guard let last = review.answers.popLast() else {
        context.console.report("nothing to undo in this review yet")
        return
      }
      if last.answer != .skipped { try SessionCommand.undo.perform(ParsedArguments(command: "undo"), &self) }
      review.position = last.position
    case "?":
      output.write(HangingWrapper.fit(reviewLegend(), width: width))
    default:
      guard let label = reviewLabels.first(where: { $0.key == key }) else {
        context.console.report("'\(key)' is no answer: a accept, r reject, s skip, u undo, q quit, ? keys, or a label key; try again")
        return
      }
      var arguments = ParsedArguments(command: "label")
      arguments.positionals = ["\(sentence)", label.name]
      try SessionCommand.label.perform(arguments, &self)
      review.record(.labelled)
    }
  }

  /// The sentences `review` walks: every one whose scorer label is not neutral and that has no
  /// annotation of this annotator, from `start` to the end of the corpus and then from its start.
  func reviewQueue(from start: (document: Int, sentence: Int), order: ReviewOrder) -> [(document: Int, sentence: Int)] {
    var queue: [(document: Int, sentence: Int)] = []
    for index in documents.indices {
      let entry = documents[index]
      let annotated = entry.annotationsBySentence()
      let scored = scores.scored(index)
      for sentence in entry.sentences.indices where scored.sentences[sentence].label != .neutral {
        if !(annotated[sentence] ?? []).contains(where: { $0.annotator == annotator }) { queue.append((index, sentence)) }
      }
    }
    switch order {
    case .unsure: return unsureOrder()
    case .document:
      let split = queue.firstIndex { ($0.document, $0.sentence) >= (start.document, start.sentence) } ?? queue.count
      return Array(queue[split...] + queue[..<split])
    }
  }
}
