import SlantCore
import SlantTerminal

extension CommandSpec {
  static let verify = CommandSpec(
    name: "verify", summary: "Check every sidecar against its document's text.", arguments: "[PATH…]",
    options: [CommandContext.annotationsOption, CommandContext.segmenterOption, CommandContext.strictEncodingOption],
    discussion: """
      For each document under PATH (the bundled seeds by default) that has a sidecar, checks that
      the sidecar parses, that offsets fall on character boundaries inside the text, that quotes
      match, that nothing is orphaned and that every label is in labels.txt. Prints one line per
      problem and a summary; exits 1 when it found problems. Nothing is written.
      """
  ) { arguments, context in
    context.useAnnotationsOption(from: arguments)
    let store = context.annotationStore()
    let verifier = SidecarVerifier(labels: try context.labelSet())
    let output = context.console.output
    let segmenter = try context.segmenter(arguments)
    var sidecars = 0, annotations = 0, problems = 0
    let status = context.forEachDocument(in: context.corpusPaths(arguments)) { document in
      let path = store.sidecarPath(for: document.id)
      let snapshot: SidecarSnapshot
      do {
        snapshot = try store.load(document.id)
      } catch {
        output.write("\(error)\n")
        problems += 1
        return
      }
      guard snapshot.exists else { return }
      sidecars += 1
      annotations += snapshot.sidecar.annotations.count
      for problem in verifier.problems(in: snapshot.sidecar, path: path, document: document.id, text: AnchorText(document, segmenter: segmenter)) {
        output.write("\(problem)\n")
        problems += 1
      }
    }
    let found = problems == 0 ? "no problems" : "\(problems) problem\(problems == 1 ? "" : "s")"
    output.write("verified \(sidecars) sidecar\(sidecars == 1 ? "" : "s") with \(annotations) annotation\(annotations == 1 ? "" : "s"): \(found)\n")
    return status != ExitStatus.success ? status : (problems > 0 ? ExitStatus.failure : ExitStatus.success)
  }
}
