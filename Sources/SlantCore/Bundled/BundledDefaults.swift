import Foundation

/// The default lexicons and the sample articles built into the binary, so that `slant` works
/// when its executable is copied anywhere alone. `Scripts/bundle-defaults.sh` generates them
/// from `lexicons/` and `seeds/` into `BundledFiles.swift`; a test fails when they differ.
public enum BundledDefaults {
  /// The folder of the default lexicons, in the repository and inside the binary.
  public static let lexiconFolder = "lexicons"
  /// The folder of the sample articles, in the repository and inside the binary.
  public static let seedFolder = "seeds"

  /// Every bundled file, in the order a folder walk would list them.
  public static let files: [BundledFile] = encodedFiles.map { file in
    BundledFile(path: file.path, bytes: Data(base64Encoded: file.base64).map { [UInt8]($0) } ?? [])
  }
  .sorted { $0.path.split(separator: "/").lexicographicallyPrecedes($1.path.split(separator: "/")) }

  /// The bundled files below `folder` (`lexicons` or `seeds`).
  public static func files(under folder: String) -> [BundledFile] {
    files.filter { $0.path.hasPrefix(folder + "/") }
  }

  /// Writes the bundled files below `folder` into `destination`, keeping their paths below it.
  /// Refuses before writing anything when one of them already exists there, so that an export
  /// never overwrites a person's edits.
  /// - Returns: the paths written.
  package static func write(_ folder: String, to destination: String) throws -> [String] {
    let files = files(under: folder)
    let targets = files.map { destination + "/" + $0.path.dropFirst(folder.count + 1) }
    if let existing = targets.first(where: PathName.exists) {
      throw DurableFile.Failure(path: existing, reason: "already exists; choose an empty folder")
    }
    for (file, target) in zip(files, targets) { try DurableFile.write(file.bytes, to: target) }
    return targets
  }
}
