import Dispatch

/// Finds and reads lexicon files: `.txt` files in Slant's format and LIWC `.dic` dictionaries,
/// given as files or folders (walked recursively, in sorted order; `README.md` and other files
/// are skipped). Paths in lexicons and problems are relative to the workspace.
public struct LexiconLoader: Sendable {
  /// The folder that lexicon paths are reported relative to.
  public var workspace: String

  public init(workspace: String = ".") { self.workspace = workspace }

  /// Every lexicon under `paths`, with every problem met on the way. Files are read on all
  /// cores and kept in order: every command waits for its lexicons before it starts.
  public func load(_ paths: [String]) -> (lexicons: [Lexicon], problems: [LexiconError]) {
    var problems: [LexiconError] = []
    let files = files(paths, problems: &problems)
    var results = [(lexicon: Lexicon?, problems: [LexiconError])](repeating: (nil, []), count: files.count)
    results.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: files.count) { index in slots[index] = read(files[index]) }
    }
    return (results.compactMap(\.lexicon), problems + results.flatMap(\.problems))
  }

  /// The default lexicons built into the binary (`BundledDefaults`), parsed as if read from
  /// `lexicons/`, so that citations name the same files as `slant lexicon export` writes.
  public func loadBundled() -> (lexicons: [Lexicon], problems: [LexiconError]) {
    let files = BundledDefaults.files(under: BundledDefaults.lexiconFolder).filter { Self.isLexiconFile($0.path) }
    var results = [(lexicon: Lexicon?, problems: [LexiconError])](repeating: (nil, []), count: files.count)
    results.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: files.count) { index in
        slots[index] = Self.parse(files[index].text, path: files[index].path)
      }
    }
    return (results.compactMap(\.lexicon), results.flatMap(\.problems))
  }

  /// The lexicon in `file` and its problems, or no lexicon when the file cannot be read.
  private func read(_ file: String) -> (lexicon: Lexicon?, problems: [LexiconError]) {
    let relative = PathName.relative(file, to: workspace)
    let text: String
    do {
      text = try TextFileReader.text(atPath: file)
    } catch {
      return (nil, [.unreadable(path: relative, reason: "\(error)")])
    }
    return Self.parse(text, path: relative)
  }

  /// Parses `text` as a LIWC dictionary or a Slant lexicon, by the extension of `path`.
  private static func parse(_ text: String, path: String) -> (lexicon: Lexicon?, problems: [LexiconError]) {
    let result = PathName.fileExtension(path) == "dic" ? LIWCDictionaryParser().parse(text, path: path) : LexiconParser().parse(text, path: path)
    return (result.lexicon, result.problems)
  }

  /// The lexicon files named by `paths`, each once.
  public func files(_ paths: [String], problems: inout [LexiconError]) -> [String] {
    var files: [String] = []
    var seen: Set<String> = []
    for path in paths {
      guard PathName.exists(path) else {
        problems.append(.missing(path: PathName.relative(path, to: workspace)))
        continue
      }
      var found: [String] = []
      if PathName.isDirectory(path) {
        var walker = DirectoryWalker()
        var walkProblems: [CorpusError] = []
        found = walker.files(below: path, errors: &walkProblems).filter(Self.isLexiconFile)
        problems += walkProblems.map { .unreadable(path: PathName.relative($0.path, to: workspace), reason: "\($0)") }
      } else if Self.isLexiconFile(path) {
        found = [path]
      } else {
        problems.append(.unsupported(path: PathName.relative(path, to: workspace)))
      }
      for file in found where seen.insert(PathName.absolute(file)).inserted { files.append(file) }
    }
    return files
  }

  static func isLexiconFile(_ path: String) -> Bool {
    let fileExtension = PathName.fileExtension(path)
    return fileExtension == "txt" || fileExtension == "dic"
  }
}
