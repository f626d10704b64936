import Foundation
import Testing

@Suite struct VersionAndCompletionTests {
  @Test(arguments: [["-V"], ["--version"], ["version"]])
  func everySpellingOfVersionPrintsItAndExits0(arguments: [String]) throws {
    let result = try SlantProcess.run(arguments)
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("slant ") && result.output.split(separator: "\n").count == 1)
    #expect(result.errors.isEmpty)
  }

  /// What bash's completion offers for the words typed so far (the last one being completed).
  func bashCompletions(_ words: [String]) throws -> [String] {
    let script = try SlantProcess.run(["completion", "bash"]).output
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-completion-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(script.utf8).write(to: folder.appendingPathComponent("slant.bash"))
    let typed = words.map { "'\($0)'" }.joined(separator: " ")
    let probe = "source slant.bash; COMP_WORDS=(\(typed)); COMP_CWORD=\(words.count - 1); _slant; printf '%s\\n' \"${COMPREPLY[@]}\""
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", probe]
    process.currentDirectoryURL = folder
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return output.split(separator: "\n").map(String.init)
  }

  @Test func bashCompletesCommandsSecondWordsOptionsAndValues() throws {
    #expect(try bashCompletions(["slant", "sc"]) == ["score"])
    #expect(try bashCompletions(["slant", "lexicon", ""]) == ["check", "list", "learn", "export"])
    #expect(try bashCompletions(["slant", "score", "--fo"]) == ["--format"])
    #expect(try bashCompletions(["slant", "score", "--format", ""]) == ["text", "csv", "jsonl"])
    #expect(try bashCompletions(["slant", "export", "seeds", "--format", "w"]) == ["w3c"])
  }

  @Test func zshAndFishScriptsNameEveryCommand() throws {
    let zsh = try SlantProcess.run(["completion", "zsh"]).output
    #expect(zsh.hasPrefix("#compdef slant\n") && zsh.contains("complete -o filenames -F _slant slant"))
    let fish = try SlantProcess.run(["completion", "fish"]).output
    #expect(fish.contains("complete -c slant -n __fish_use_subcommand -f -a \"score compare agree"))
    #expect(fish.contains("-l format -x -a \"text csv jsonl\""))
    let unknown = try SlantProcess.run(["completion", "tcsh"])
    #expect(unknown.status == 64)
    #expect(unknown.errors == "slant: completion: no completion for 'tcsh' (choose from bash, zsh, fish)\n")
  }
}
