import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "score": ScoreBenchmark.run(Array(arguments.dropFirst()))
default:
  FileHandle.standardError.write(Data("usage: slant-bench score [DIR] [--lexicon FILE] [--files N] [--runs N]\n".utf8))
  exit(64)
}
