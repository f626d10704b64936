extension LexiconLoader {
  /// The context lists of the lexicons folder `folder` (nil for the built-in set): each `.list`
  /// file in its `context` folder replaces the built-in file of its name (a new name adds one),
  /// and the built-in files fill in the rest, as the built-in `abbreviations.list` does for the
  /// segmenter. Paths are relative to the workspace.
  public func loadContext(lexiconFolder folder: String?) -> (lexicon: ContextLexicon, problems: [LexiconError]) {
    var files = ContextLexicon.bundledFiles
    var problems: [LexiconError] = []
    let contextFolder = folder.map { PathName.resolved($0, against: workspace) + "/" + ContextLexicon.folder }
    if let contextFolder, PathName.isDirectory(contextFolder) {
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
