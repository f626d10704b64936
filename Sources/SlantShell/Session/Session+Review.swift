import SlantCLI
import SlantCore
import SlantTerminal

extension SessionCommand {
  static let review = SessionCommand(
    name: "review", summary: "Walk the sentences with a scorer suggestion you have not answered, one key each.",
    arguments: "[unsure]", maximumArguments: 1,
    discussion: """
      Starting at the current sentence, shows each sentence whose scorer label is not neutral and
      that has no annotation of yours. Answer with one key: a accept, r reject, s or Space skip,
      a label's shortcut from labels.txt (1 loaded, 2 name-calling…) to label it, q quit.
      Each answer is saved at once. Piped, each answer is one line. 'review unsure' walks every
      sentence you have not answered, those the model is least sure of first (probability of
      biased nearest one half), so that each answer teaches 'slant lexicon learn' the most.
      """
  ) { arguments, session in
    var counts = (accepted: 0, rejected: 0, labelled: 0, skipped: 0)
    var position = (document: session.documentIndex, sentence: session.sentenceIndex)
    if let order = arguments.positionals.first, order != "unsure" {
      throw UsageError.invalid("review takes 'unsure' or nothing, not '\(order)'", command: "review")
    }
    var unsure = arguments.positionals.isEmpty ? nil : session.unsureOrder()[...]
    let keys = "[a]ccept [r]eject [s]kip [q]uit, or a label key: "
    session.output.write("label keys: " + session.labels.labels.map { "\($0.key) \($0.name)" }.joined(separator: " · ") + "\n")
    while let next = unsure != nil ? unsure!.popFirst() : session.nextSuggestion(from: position) {
      position = next
      session.documentIndex = next.document
      session.sentenceIndex = next.sentence
      session.showCurrent()
      session.context.console.flush()
      guard let key = session.input.key(prompt: keys), key != "q" else { break }
      do {
        switch key {
        case "a":
          try session.accept(next.sentence)
          counts.accepted += 1
        case "r":
          try session.reject(next.sentence)
          counts.rejected += 1
        case "s", " ":
          counts.skipped += 1
        default:
          guard let label = session.labels.label(forKey: key) else {
            session.context.console.report("no answer or label has the key '\(key)'; skipped")
            counts.skipped += 1
            break
          }
          var arguments = ParsedArguments(command: "label")
          arguments.positionals = ["\(next.sentence)", label.name]
          try SessionCommand.label.perform(arguments, &session)
          counts.labelled += 1
        }
      } catch {
        session.context.console.report("\(error)")
      }
      session.context.console.flush()
      position.sentence += 1
    }
    session.output.write("review: \(counts.accepted) accepted, \(counts.rejected) rejected, \(counts.labelled) labelled, \(counts.skipped) skipped\n")
  }
}

extension Session {
  /// The first sentence at or after `start` whose scorer label is not neutral and that has no
  /// annotation of this annotator, across documents.
  func nextSuggestion(from start: (document: Int, sentence: Int)) -> (document: Int, sentence: Int)? {
    for index in start.document..<documents.count {
      let entry = documents[index]
      let first = index == start.document ? start.sentence : 0
      guard first < entry.sentences.count else { continue }
      let annotated = entry.annotationsBySentence()
      let scored = scores.scored(index)
      for sentence in first..<entry.sentences.count where scored.sentences[sentence].label != .neutral {
        if !(annotated[sentence] ?? []).contains(where: { $0.annotator == annotator }) { return (index, sentence) }
      }
    }
    return nil
  }
}
