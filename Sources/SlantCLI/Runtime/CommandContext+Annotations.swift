#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import SlantCore
import SlantTerminal

extension CommandContext {
  /// The `--annotations DIR` option shared by every command that reads or writes sidecars.
  package static let annotationsOption = OptionSpec.value("annotations", "DIR", help: "Annotations folder (default annotations/ in the workspace).")

  /// The folder that holds the sidecars and `labels.txt`.
  public var annotationsFolder: String {
    annotationsFolderOverride ?? PathName.resolved("annotations", against: workspace)
  }

  /// The store of this workspace's sidecars. The one place commands and the shell get it from.
  public func annotationStore() -> AnnotationStore { AnnotationStore(folder: annotationsFolder) }

  /// Takes `--annotations` from `arguments`, so that loading and saving use that folder.
  public mutating func useAnnotationsOption(from arguments: ParsedArguments) {
    if let folder = arguments.value("annotations") { annotationsFolderOverride = folder }
  }

  /// The labels of `labels.txt` in the annotations folder, else the workspace's, else the defaults.
  public func labelSet() throws -> LabelSet {
    let own = annotationsFolder + "/labels.txt"
    if PathName.exists(own) { return try LabelSet.load(from: own) }
    return try LabelSet.load(from: PathName.resolved("annotations/labels.txt", against: workspace))
  }

  /// Who is annotating: `--annotator`, then `SLANT_ANNOTATOR`, then the login name, then `USER`.
  public func annotator(_ arguments: ParsedArguments) throws -> String {
    if let name = arguments.value("annotator"), !name.isEmpty { return name }
    if let name = environment["SLANT_ANNOTATOR"], !name.isEmpty { return name }
    if let name = Self.loginName() { return name }
    if let name = environment["USER"], !name.isEmpty { return name }
    throw UsageError.invalid("cannot tell who is annotating; set SLANT_ANNOTATOR or pass --annotator NAME", command: arguments.command)
  }

  /// The one document named by `path`, or `path#id` for an article of a JSON Lines file.
  public func document(named path: String, command: String) throws -> Document {
    var filePath = path, fragment: String?
    if let hash = path.lastIndex(of: "#"), [.jsonLines, .csv].contains(CorpusFile.format(ofPath: String(path[..<hash]))) {
      filePath = String(path[..<hash])
      fragment = String(path[path.index(after: hash)...])
    }
    let loader = corpusLoader()
    let listing = loader.list([filePath])
    if let problem = listing.problems.first { throw problem }
    guard listing.files.count == 1, let file = listing.files.first else {
      throw UsageError.invalid("'\(path)' is not one document; name a .txt or .md file, or FILE.jsonl#ID", command: command)
    }
    let documents = try loader.documents(in: file).documents
    if let fragment {
      guard let document = documents.first(where: { $0.id.fragment == fragment }) else {
        throw UsageError.invalid("'\(filePath)' has no article '\(fragment)'", command: command)
      }
      return document
    }
    guard documents.count == 1 else {
      throw UsageError.invalid("'\(path)' holds \(documents.count) articles; name one as \(path)#ID", command: command)
    }
    return documents[0]
  }

  private static func loginName() -> String? {
    var buffer = [CChar](repeating: 0, count: 256)
    if getlogin_r(&buffer, buffer.count) == 0, buffer[0] != 0 {
      return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
    let login = String(cString: name)
    return login.isEmpty ? nil : login
  }
}
