import SlantCLI
import SlantCore
import SlantTerminal

extension Session {
  /// Prints the current sentence as `SentenceRenderer` shows it, re-reading its sidecar first.
  mutating func showCurrent() {
    refresh(documentIndex)
    let entry = current
    guard !entry.sentences.isEmpty else {
      output.write("\(entry.document.id) has no sentences\n")
      return
    }
    let scored = scores.scored(documentIndex).sentences[sentenceIndex]
    let annotations = entry.annotationsBySentence()[sentenceIndex] ?? []
    output.write(
      SentenceRenderer(usesColor: usesColor, width: width).render(
        scored, of: entry.document, count: entry.sentences.count, annotations: annotations, annotator: annotator))
  }

  /// The sentence index a command names (`label 3 …`), or the current one when `text` is nil.
  func sentence(_ text: String?) throws -> Int {
    guard let text else { return sentenceIndex }
    guard let index = Int(text) else { throw UsageError.invalid("'\(text)' is not a sentence number", command: "show") }
    return try AnnotationEditor.checkedSentence(index, count: current.sentences.count, in: current.document.id)
  }

  /// The index of the document named by its number in `docs`, its id, or a unique part of its
  /// id or title.
  func documentIndex(named name: String) throws -> Int {
    if let number = Int(name), (1...documents.count).contains(number) { return number - 1 }
    if let exact = documents.firstIndex(where: { $0.document.id.description == name }) { return exact }
    let folded = name.lowercased()
    let matches = documents.indices.filter {
      documents[$0].document.id.description.lowercased().contains(folded) || (documents[$0].document.metadata.title?.lowercased().contains(folded) ?? false)
    }
    if matches.count == 1 { return matches[0] }
    guard matches.isEmpty else {
      throw SessionError.ambiguousDocument(name, matches: matches.prefix(3).map { documents[$0].document.id.description }, total: matches.count)
    }
    throw SessionError.noSuchDocument(name, suggestion: EditDistance.closest(to: name, in: documents.map(\.document.id.description)))
  }

  /// Moves to `sentence` of `document` and shows it.
  mutating func move(toDocument document: Int, sentence: Int) {
    let isNewDocument = document != documentIndex
    documentIndex = document
    sentenceIndex = sentence
    if isNewDocument { output.write(SentenceListing.header(for: current.document, sentences: current.sentences.count, color: usesColor)) }
    showCurrent()
  }
}

extension SessionCommand {
  static let docs = SessionCommand(
    name: "docs", summary: "List the documents with their number, outlet, date and annotated sentences.", arguments: "[FILTER]",
    maximumArguments: 1,
    discussion: "FILTER keeps the documents whose name, outlet or title contains it (any case). '*' marks the open one."
  ) { arguments, session in
    let filter = arguments.positionals.first.map { Array($0.lowercased().utf8) }
    var text = "", shown = 0
    for (index, entry) in session.documents.enumerated() {
      let metadata = entry.document.metadata
      if let filter, Session.occurrences(of: filter, in: entry.searchKey, { _ in }) == 0 { continue }
      let mark = index == session.documentIndex ? "*" : " "
      let annotated = entry.annotations.isEmpty ? "" : "  \(Set(entry.annotations.compactMap(\.target.sentenceIndex)).count) annotated"
      text += "\(mark)\("\(index + 1)".leftPadded(to: 5))  \(entry.document.outlet)  \(metadata.date ?? "undated")  \(entry.document.id)\(annotated)\n"
      shown += 1
    }
    if shown == 0 { text = "no document matches '\(arguments.positionals[0])'\n" }
    session.output.write(text)
  }

  static let open = SessionCommand(
    name: "open", summary: "Open a document by its number in 'docs', its name, or part of its name or title.",
    arguments: "N|NAME", minimumArguments: 1, maximumArguments: 1
  ) { arguments, session in
    let index = try session.documentIndex(named: arguments.positionals[0])
    session.documentIndex = -1
    session.move(toDocument: index, sentence: 0)
  }

  static let show = SessionCommand(
    name: "show", summary: "Show a sentence (the current one by default) with its hits, label, reason and annotations.",
    arguments: "[N]", maximumArguments: 1
  ) { arguments, session in
    session.sentenceIndex = try session.sentence(arguments.positionals.first)
    session.showCurrent()
  }

  static let goto = SessionCommand(
    name: "goto", summary: "Go to sentence N of the open document, or to DOC:N as 'find' prints it, and show it.",
    arguments: "N|DOC:N", minimumArguments: 1, maximumArguments: 1,
    discussion: "DOC is the document's number in 'docs', its name or part of it: goto 2:5 opens document 2 at sentence 5."
  ) { arguments, session in
    let target = arguments.positionals[0]
    if let colon = target.lastIndex(of: ":"), colon != target.startIndex {
      let document = try session.documentIndex(named: String(target[..<colon]))
      let entry = session.documents[document]
      let text = String(target[target.index(after: colon)...])
      guard let number = Int(text) else { throw UsageError.invalid("'\(text)' is not a sentence number", command: "goto") }
      let sentence = try AnnotationEditor.checkedSentence(number, count: entry.sentences.count, in: entry.document.id)
      session.move(toDocument: document, sentence: sentence)
    } else {
      session.sentenceIndex = try session.sentence(target)
      session.showCurrent()
    }
  }

  static let next = SessionCommand(name: "next", summary: "Show the next sentence, going on to the next document at the end.") { _, session in
    if session.sentenceIndex + 1 < session.current.sentences.count {
      session.move(toDocument: session.documentIndex, sentence: session.sentenceIndex + 1)
    } else if let following = session.documents.indices.dropFirst(session.documentIndex + 1).first(where: { !session.documents[$0].sentences.isEmpty }) {
      session.move(toDocument: following, sentence: 0)
    } else {
      throw SessionError.atCorpusEnd(isFirst: false)
    }
  }

  static let previous = SessionCommand(name: "prev", summary: "Show the previous sentence, going back to the previous document at the start.") { _, session in
    if session.sentenceIndex > 0 {
      session.move(toDocument: session.documentIndex, sentence: session.sentenceIndex - 1)
    } else if let before = session.documents.indices.prefix(session.documentIndex).last(where: { !session.documents[$0].sentences.isEmpty }) {
      session.move(toDocument: before, sentence: session.documents[before].sentences.count - 1)
    } else {
      throw SessionError.atCorpusEnd(isFirst: true)
    }
  }
}
