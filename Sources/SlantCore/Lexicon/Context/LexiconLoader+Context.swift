extension LexiconLoader {
  /// The context lists of the lexicons folders `folders`, in order: each `.list` file in a
  /// folder's `context` folder replaces the file of its name read before it, the built-in ones
  /// first (a new name adds one), as the built-in `abbreviations.list` gives way to a folder's.
  /// A folder without `context` changes nothing. Paths are relative to the workspace.
  public func loadContext(lexiconFolders folders: [String]) -> (lexicon: ContextLexicon, problems: [LexiconError]) {
    var files = ContextLexicon.bundledFiles
    var problems: [LexiconError] = []
    for folder in folders {
      let contextFolder = PathName.resolved(folder, against: workspace) + "/" + ContextLexicon.folder
      guard PathName.isDirectory(contextFolder) else { continue }
      var walker = DirectoryWalker()
      var walkProblems: [CorpusError] = []
      let found = walker.files(below: contextFolder, errors: &walkProblems).filter { PathName.fileExtension($0) == ContextLexicon.fileExtension }
      problems += walkProblems.map { .unreadable(path: PathName.relative($0.path, to: workspace), reason: "\($0)") }
      for path in found {
        let shown = PathName.relative(path, to: workspace)
        let text: String
        do {
          text = try TextFileReader.text(atPath: path)
        } catch {
          problems.append(.unreadable(path: shown, reason: "\(error)"))
          continue
        }
        let name = PathName.lastComponent(path)
        files.removeAll { PathName.lastComponent($0.path) == name }
        files.append((shown, text))
      }
    }
    let parsed = ContextLexiconParser().parse(files)
    return (parsed.lexicon, problems + parsed.problems)
  }
}
