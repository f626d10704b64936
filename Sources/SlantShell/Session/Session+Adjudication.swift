import SlantCLI
import SlantCore
import SlantTerminal

extension SessionCommand {
  /// The annotator name prefix of a curator's resolved annotations, kept apart from the annotators'.
  static let curatorPrefix = "curator:"

  static let adjudicate = SessionCommand(
    name: "adjudicate", summary: "Walk the sentences annotators labelled differently and record the resolved labels.",
    discussion: """
      For each sentence, from the current one on, where two or more annotators gave different
      whole-sentence labels and no curator has resolved it yet, shows each annotator's labels
      side by side. Type the resolved labels by name or by the keys review uses (1 loaded, 5
      unsupported…, separated by spaces), s or a blank line to skip, u to undo the last
      resolution, or q to stop. The result is saved as a separate annotation by curator:<you>, so
      the annotators' own annotations stay as they were.
      """
  ) { _, session in
    var resolved = 0, skipped = 0
    var position = (document: session.documentIndex, sentence: session.sentenceIndex)
    var resolutions: [(document: Int, sentence: Int)] = []
    while let next = session.nextDisagreement(from: position) {
      position = (next.document, next.sentence + 1)
      session.documentIndex = next.document
      session.sentenceIndex = next.sentence
      let entry = session.current
      var text = ANSIStyle.dim.apply("\(session.place(next.sentence, in: next.document))", enabled: session.usesColor) + "\n"
      text += TextWrapper.wrap(String(entry.document.text(of: entry.sentences[next.sentence].utf8Range)).replacingLineEnds(), width: session.width, indent: "  ")
        .joined(separator: "\n") + "\n"
      let width = next.votes.keys.map(\.count).max() ?? 0
      for annotator in next.votes.keys.sorted() {
        text += "  " + annotator.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + next.votes[annotator]!.joined(separator: ", ") + "\n"
      }
      session.output.write(text)
      session.context.console.flush()
      guard case .line(let answer) = session.input.line(prompt: "resolved labels or keys (s skips, u undoes, q stops)> "), answer != "q" else { break }
      if answer == "u" {
        guard let last = resolutions.popLast() else {
          session.context.console.report("nothing to undo in this adjudication yet")
          position = next.position
          continue
        }
        do {
          try SessionCommand.undo.perform(ParsedArguments(command: "undo"), &session)
          resolved -= 1
          position = last
        } catch {
          session.context.console.report("\(error)")
          position = next.position
        }
        continue
      }
      let labels = answer.split(separator: " ").map { word in
        word.count == 1 ? session.reviewLabels.first { $0.key == word.first! }?.name ?? String(word) : String(word)
      }
      guard !labels.isEmpty, labels != ["s"] else {
        skipped += 1
        continue
      }
      do {
        let checked = try session.checkedLabels(labels)
        let snapshot = try session.editableSnapshot(next.document)
        let note = "adjudicated: " + next.votes.keys.sorted().map { "\($0) \(next.votes[$0]!.joined(separator: "+"))" }.joined(separator: "; ")
        let annotation = Annotation(
          target: session.sentenceTarget(next.sentence, in: next.document), labels: checked, note: note, annotator: curatorPrefix + session.annotator)
        try session.commit(
          [.add(annotation)], to: next.document, since: snapshot, summary: "resolved \(session.place(next.sentence, in: next.document)) as [\(checked.joined(separator: ", "))]")
        resolved += 1
        resolutions.append(next.position)
      } catch {
        session.context.console.report("\(error)")
        position = next.position
      }
      session.context.console.flush()
    }
    session.output.write("adjudicate: \(resolved) resolved, \(skipped) skipped\n")
  }
}

/// A sentence annotators disagree on, with each one's labels.
struct Disagreement {
  var document: Int
  var sentence: Int
  var votes: [String: [String]]
  var position: (document: Int, sentence: Int) { (document, sentence) }
}

extension Session {
  /// The first sentence at or after `start` with differing whole-sentence labels from two or
  /// more annotators and no curator's annotation.
  func nextDisagreement(from start: (document: Int, sentence: Int)) -> Disagreement? {
    for index in start.document..<documents.count where documents[index].annotations.count > 1 {
      let bySentence = documents[index].annotationsBySentence()
      for sentence in bySentence.keys.sorted() where index > start.document || sentence >= start.sentence {
        let annotations = bySentence[sentence]!.filter { $0.target.unit == .sentence && !$0.labels.isEmpty }
        guard !annotations.contains(where: { $0.annotator.hasPrefix(SessionCommand.curatorPrefix) }) else { continue }
        var votes: [String: [String]] = [:]
        for annotation in annotations { votes[annotation.annotator, default: []] += annotation.labels.filter { !(votes[annotation.annotator] ?? []).contains($0) } }
        let distinct = Set(votes.values.map { Set($0) })
        if votes.count > 1 && distinct.count > 1 { return Disagreement(document: index, sentence: sentence, votes: votes) }
      }
    }
    return nil
  }
}
