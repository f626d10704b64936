// Test support: runs a LineEditor as the shell will, for the pseudo-terminal tests.
// Usage: line-editor-probe HISTORY-FILE. Echoes each line read as `got: <line>` and exits 0 at
// the end of input; reports a history problem on standard error.
import SlantCLI
import SlantShell
import SlantTerminal

#if canImport(Glibc)
  import Glibc
#endif

let arguments = CommandLine.arguments
let historyFile = arguments.count > 1 ? HistoryFile(path: arguments[1]) : nil
let console = Console.standard(environment: [:])
var history = History()
do {
  history = try historyFile?.load() ?? History()
} catch {
  console.report("\(error)")
}
let candidates = ["help", "label", "labels", "lexicon", "next", "note", "négation", "open"]
let editor = LineEditor(history: history, historyFile: historyFile, completions: { _, _ in candidates })
while case .line(let line) = editor.readLine(prompt: "\u{1B}[1mprobe\u{1B}[0m> ") {
  console.output.write("got: \(line)\n")
  if let failure = editor.historyFailure {
    console.report("\(failure)")
    editor.historyFailure = nil
  }
  console.flush()
}
console.flush()
exit(0)
