import SlantCore
import SlantTerminal

extension CommandSpec {
  static let sentences = CommandSpec(
    name: "sentences", summary: "Print each sentence with its document, index and offsets.", arguments: "[PATH…]",
    options: [.choice("format", "FORMAT", SentencesFormat.self, help: "Output format (default text)."), CommandContext.segmenterOption, CommandContext.strictEncodingOption],
    discussion: """
      PATH is a file or folder (.txt, .md, .html, .htm, .jsonl, .csv; folders are read
      recursively). Offsets count Unicode code points (as Python does) from the start of the
      decoded text, line ends included, so text[start:end] in Python (reading with newline='')
      gives the sentence back; for an HTML page they count in the extracted text this prints.
      Datelines and credits (ISLAMABAD:, -REUTERS, By Jane Doe) are in no sentence.
      """
  ) { arguments, context in
    let format = try arguments.choice("format", default: SentencesFormat.text)
    let output = context.console.output
    let color = context.console.outputUsesColor
    let console = context.console
    let segmenter = try context.segmenter(arguments)
    if format == .tsv { output.write(SentenceTSV.header) }
    return context.forEachDocument(in: context.corpusPaths(arguments), countingSentences: { document in
      let sentences = segmenter.sentences(in: document.text, range: document.bodyUTF8Range)
      let offsets = ScalarOffsets(document.text)
      if format == .text { console.writeText(SentenceListing.header(for: document, sentences: sentences.count, color: color)) }
      for sentence in sentences {
        let range = offsets.scalarRange(utf8: sentence.utf8Range)
        switch format {
        case .tsv: output.write(SentenceTSV.row(sentence, scalarRange: range, of: document))
        case .jsonl: output.write(SentenceJSONLines.line(sentence, scalarRange: range, of: document))
        case .text:
          let text = document.text(of: sentence.utf8Range)
          let place = ANSIStyle.dim.apply("\(sentence.index)".leftPadded(to: 4) + "  \(range.lowerBound)-\(range.upperBound)", enabled: color)
          console.writeText("\(place)  \(text.replacingLineEnds())\n")
        }
      }
      if format == .text { output.write("\n") }
      return sentences.count
    })
  }
}
