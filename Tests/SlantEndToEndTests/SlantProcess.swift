import Foundation

/// Runs the built `slant` executable as a user would, from the repository folder (or another),
/// and captures what it prints and how it exits.
struct SlantProcess {
  struct Result {
    var output: String
    var errors: String
    var status: Int32
  }

  /// The repository's top folder.
  static let repository: String = {
    let file = #filePath
    return String(file[..<file.range(of: "/Tests/SlantEndToEndTests/")!.lowerBound])
  }()

  /// The `slant` executable built beside this test bundle.
  static let executable: String = {
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidate = products.appendingPathComponent("slant").path
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    return repository + "/.build/debug/slant"
  }()

  /// Runs `slant` with `arguments` in `directory` (the repository by default), feeding `input`.
  static func run(_ arguments: [String], in directory: String = repository, input: String? = nil, environment: [String: String] = [:]) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env.merge(environment) { $1 }
    process.environment = env
    // Files rather than pipes, so that a child filling one stream never blocks on the other.
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("slant-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outputURL = scratch.appendingPathComponent("out"), errorsURL = scratch.appendingPathComponent("err")
    let inputURL = scratch.appendingPathComponent("in")
    try Data((input ?? "").utf8).write(to: inputURL)
    _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errorsURL.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: outputURL)
    process.standardError = try FileHandle(forWritingTo: errorsURL)
    process.standardInput = try FileHandle(forReadingFrom: inputURL)
    try process.run()
    process.waitUntilExit()
    return Result(
      output: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
      errors: String(decoding: try Data(contentsOf: errorsURL), as: UTF8.self), status: process.terminationStatus)
  }
}
