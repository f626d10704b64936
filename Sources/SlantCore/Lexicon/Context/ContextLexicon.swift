/// The word lists that the context rules read (`lexicons/context/*.list`): which neighbours
/// give a loaded word its plain sense. People edit them as they edit the tagging lexicons; the
/// rules' logic stays in code (`PlainSense`), and each list's role is named by its section.
public struct ContextLexicon: Sendable {
  /// One section's words, each stored with the line it was written on.
  struct Words: Sendable {
    var words = WordSet()
    var path: String
    /// The line of the section's header.
    var line: Int
  }

  /// The named lists, in `ContextList` order (empty when a file set lacks one), then the
  /// context words of each rule.
  var lists: [Words]
  var rules: [ContextRule] = []
  /// The words the rules read, each with its rule's index in `rules`.
  var ruleWords = WordSet()

  init() {
    lists = ContextList.allCases.map { _ in Words(path: "", line: 0) }
  }

  /// The words of the named list.
  subscript(list: ContextList) -> WordSet {
    _read { yield lists[list.rawValue].words }
  }

  /// How many words the sections hold in all, the words rules read included.
  public var wordCount: Int { lists.reduce(ruleWords.count) { $0 + $1.words.count } }
  /// How many sections were read.
  public var sectionCount: Int { ContextList.allCases.count { !lists[$0.rawValue].path.isEmpty } + rules.count }

  /// One section as `slant lexicon list` shows it: its header, how many context words it
  /// holds (a rule's words read, `= volatile`, not counted), and where it starts.
  public struct Section: Sendable, Equatable {
    public var header: String
    public var words: Int
    public var location: String
  }

  /// The sections read, named lists first in `ContextList` order, then the rules in file order.
  public var sections: [Section] {
    let named = ContextList.allCases.filter { !lists[$0.rawValue].path.isEmpty }.map { list in
      Section(header: "[\(list.name)]", words: lists[list.rawValue].words.count, location: "\(lists[list.rawValue].path):\(lists[list.rawValue].line)")
    }
    return named + rules.map { rule in
      let words = lists[rule.list]
      return Section(header: "[\(rule.kind.rawValue) \(rule.name)]", words: words.words.count, location: "\(words.path):\(words.line)")
    }
  }

  /// The folder of the context files, below a lexicons folder.
  public static let folder = "context"
  /// The extension of context files: not `.txt`, which the tagging-lexicon loader reads.
  public static let fileExtension = "list"

  /// The lists built into the binary (`lexicons/context/` as shipped).
  public static let standard = ContextLexiconParser().parse(bundledFiles).lexicon

  /// The built-in context files, with their paths as `slant lexicon export` writes them.
  public static var bundledFiles: [(path: String, text: String)] {
    BundledDefaults.files(under: BundledDefaults.lexiconFolder + "/" + folder)
      .filter { PathName.fileExtension($0.path) == fileExtension }
      .map { ($0.path, $0.text) }
  }
}
