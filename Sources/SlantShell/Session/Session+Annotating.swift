import SlantCLI
import SlantCore
import SlantTerminal

extension SessionCommand {
  static let label = SessionCommand(
    name: "label", summary: "Add labels to a sentence (the current one by default) as your annotation.", arguments: "[N] LABEL…",
    minimumArguments: 1, discussion: "The labels are those of annotations/labels.txt; Tab completes them."
  ) { arguments, session in
    let (sentence, names) = try session.sentenceAndRest(arguments.positionals, command: "label")
    let labels = try session.checkedLabels(names)
    let index = session.documentIndex
    let snapshot = try session.editableSnapshot(index)
    let summary = "labelled \(session.place(sentence, in: index)) [\(labels.joined(separator: ", "))]"
    if let mine = session.annotations(of: sentence, in: index, snapshot: snapshot).first(where: { session.isOwnSentenceAnnotation($0) }) {
      var updated = mine
      updated.labels += labels.filter { !mine.labels.contains($0) }
      updated.modified = Annotation.now()
      guard updated.labels != mine.labels else {
        session.output.write("\(session.place(sentence, in: index)) already has [\(labels.joined(separator: ", "))] from you\n")
        return
      }
      try session.commit([.update(from: mine, to: updated)], to: index, since: snapshot, summary: summary)
    } else {
      let annotation = Annotation(target: session.sentenceTarget(sentence, in: index), labels: labels, annotator: session.annotator)
      try session.commit([.add(annotation)], to: index, since: snapshot, summary: summary)
    }
  }

  static let unlabel = SessionCommand(
    name: "unlabel", summary: "Remove labels you gave a sentence or a span in it; an annotation left empty is removed.",
    arguments: "[N] LABEL…", minimumArguments: 1
  ) { arguments, session in
    let (sentence, labels) = try session.sentenceAndRest(arguments.positionals, command: "unlabel")
    let index = session.documentIndex
    let snapshot = try session.editableSnapshot(index)
    let mine = session.annotations(of: sentence, in: index, snapshot: snapshot).filter { $0.annotator == session.annotator }
    for label in labels where !mine.contains(where: { $0.labels.contains(label) }) { throw SessionError.labelNotPresent(label, sentence: sentence) }
    var edits: [AnnotationEdit] = []
    for annotation in mine where annotation.labels.contains(where: labels.contains) {
      var updated = annotation
      updated.labels.removeAll(where: labels.contains)
      updated.modified = Annotation.now()
      edits.append(updated.labels.isEmpty && updated.note == nil ? .remove(annotation) : .update(from: annotation, to: updated))
    }
    try session.commit(edits, to: index, since: snapshot, summary: "unlabelled \(session.place(sentence, in: index)) [\(labels.joined(separator: ", "))]")
  }

  static let span = SessionCommand(
    name: "span", summary: "Label an exact phrase of the current sentence.", arguments: "PHRASE LABEL…", minimumArguments: 2,
    discussion: """
      Quote a phrase of several words: span "sponsoring terror" loaded. A phrase that occurs more
      than once in the sentence is refused with each occurrence shown; quote more words.
      """
  ) { arguments, session in
    let phrase = arguments.positionals[0]
    let labels = try session.checkedLabels(Array(arguments.positionals.dropFirst()))
    let index = session.documentIndex, sentence = session.sentenceIndex
    guard !phrase.isEmpty else { throw UsageError.invalid("the phrase is empty", command: "span") }
    let anchor = session.current.anchor
    let sentenceRange = session.current.sentences[sentence].utf8Range
    let span: Range<Int>
    switch AnnotationEditor.occurrence(of: phrase, in: session.current.sentences[sentence], of: anchor) {
    case .unique(let range): span = range
    case .missing: throw SessionError.phraseNotFound(phrase, sentence: sentence)
    case .several(let starts):
      let choices = starts.map { start -> String in
        let document = session.current.document
        var before = max(sentenceRange.lowerBound, start - 15), after = min(sentenceRange.upperBound, start + phrase.utf8.count + 15)
        while !document.text.isScalarBoundary(utf8: before) { before += 1 }
        while !document.text.isScalarBoundary(utf8: after) { after -= 1 }
        let shown = document.text(of: before..<start) + "[" + phrase + "]" + document.text(of: start + phrase.utf8.count..<after)
        return shown.replacingLineEnds().trimmingCharacters(in: .whitespaces)
      }
      throw SessionError.ambiguousPhrase(phrase, sentence: sentence, choices: choices)
    }
    let snapshot = try session.editableSnapshot(index)
    let annotation = Annotation(target: anchor.target(utf8Range: span, unit: .span), labels: labels, annotator: session.annotator)
    try session.commit([.add(annotation)], to: index, since: snapshot, summary: "labelled “\(phrase)” in \(session.place(sentence, in: index)) [\(labels.joined(separator: ", "))]")
  }

  static let note = SessionCommand(
    name: "note", summary: "Write a note on your annotation of a sentence (the current one by default).", arguments: "[N] TEXT…",
    minimumArguments: 1,
    discussion: """
      The note goes on the annotation you made last when it is in this sentence (a span
      included), else on your annotation of the sentence; it replaces the note you wrote before.
      The rest of the line is the note; no quotes needed.
      """
  ) { arguments, session in
    let (sentence, words) = try session.sentenceAndRest(arguments.positionals, command: "note")
    let text = words.joined(separator: " ")
    let index = session.documentIndex
    let snapshot = try session.editableSnapshot(index)
    let summary = "noted on \(session.place(sentence, in: index)): \(text)"
    let annotations = session.annotations(of: sentence, in: index, snapshot: snapshot)
    let last = session.lastEdited.flatMap { last in
      last.document == index ? annotations.first { $0.id == last.annotationID && $0.annotator == session.annotator } : nil
    }
    if let mine = last ?? annotations.first(where: { session.isOwnSentenceAnnotation($0) }) {
      var updated = mine
      updated.note = text
      updated.modified = Annotation.now()
      try session.commit([.update(from: mine, to: updated)], to: index, since: snapshot, summary: summary)
    } else {
      let annotation = Annotation(target: session.sentenceTarget(sentence, in: index), labels: [], note: text, annotator: session.annotator)
      try session.commit([.add(annotation)], to: index, since: snapshot, summary: summary)
    }
  }

  static let accept = SessionCommand(
    name: "accept", summary: "Take the scorer's label for a sentence (the current one by default) as your annotation.",
    arguments: "[N]", maximumArguments: 1
  ) { arguments, session in
    try session.accept(try session.sentence(arguments.positionals.first))
  }

  static let reject = SessionCommand(
    name: "reject", summary: "Record that the scorer's label for a sentence is wrong (removing it if you accepted it).",
    arguments: "[N]", maximumArguments: 1,
    discussion: "The rejection is kept as your annotation with no labels and a note naming the rejected label."
  ) { arguments, session in
    try session.reject(try session.sentence(arguments.positionals.first))
  }
}

extension Session {
  /// Splits `[N] REST…`: a leading whole number names the sentence when more words follow.
  func sentenceAndRest(_ words: [String], command: String) throws -> (Int, [String]) {
    if words.count > 1, Int(words[0]) != nil { return (try sentence(words[0]), Array(words.dropFirst())) }
    return (sentenceIndex, words)
  }

  /// Whether `annotation` is this annotator's own whole-sentence annotation.
  func isOwnSentenceAnnotation(_ annotation: Annotation) -> Bool {
    annotation.annotator == annotator && annotation.target.unit == .sentence && annotation.origin == .human && !annotation.isOrphaned
  }

  /// Saves the scorer's label for `sentence` of the current document as an accepted suggestion.
  mutating func accept(_ sentence: Int) throws {
    let index = documentIndex
    let scored = scores.scored(index).sentences[sentence]
    let snapshot = try editableSnapshot(index)
    let existing = annotations(of: sentence, in: index, snapshot: snapshot)
    if existing.contains(where: { $0.annotator == annotator && $0.origin.kind == "suggestion" && $0.labels == [scored.label.rawValue] }) {
      throw SessionError.alreadyAccepted(scored.label.rawValue, sentence: sentence)
    }
    let annotation = Annotation(
      target: sentenceTarget(sentence, in: index), labels: [scored.label.rawValue], annotator: annotator, origin: .acceptedSuggestion(reason: scored.reason))
    try commit([.add(annotation)], to: index, since: snapshot, summary: "accepted \(scored.label.rawValue) for \(place(sentence, in: index))")
  }

  /// Records a rejection of the scorer's label for `sentence`, removing an acceptance of it.
  mutating func reject(_ sentence: Int) throws {
    let index = documentIndex
    let scored = scores.scored(index).sentences[sentence]
    let snapshot = try editableSnapshot(index)
    let accepted = annotations(of: sentence, in: index, snapshot: snapshot).filter { $0.annotator == annotator && $0.origin.kind == "suggestion" }
    let rejection = Annotation(
      target: sentenceTarget(sentence, in: index), labels: [], note: "rejected the scorer's \(scored.label.rawValue)", annotator: annotator)
    try commit(accepted.map { .remove($0) } + [.add(rejection)], to: index, since: snapshot, summary: "rejected \(scored.label.rawValue) for \(place(sentence, in: index))")
  }
}
