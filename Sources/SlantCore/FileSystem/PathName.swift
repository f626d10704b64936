#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Path arithmetic on plain strings, so that document ids are the same however a path is typed.
public enum PathName {
  /// `path` without `.` components, repeated or trailing slashes, resolving `..` where it can.
  public static func normalized(_ path: String) -> String {
    if isNormalized(path) { return path }
    let isAbsolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
        continue
      }
      parts.append(part)
    }
    let joined = parts.joined(separator: "/")
    return isAbsolute ? "/" + joined : (joined.isEmpty ? "." : joined)
  }

  /// Whether `path` already has no empty, `.` or `..` components and no trailing slash.
  static func isNormalized(_ path: String) -> Bool {
    var previous: UInt8 = UInt8(ascii: "/"), beforePrevious: UInt8 = 0, index = 0
    for byte in path.utf8 {
      if byte == UInt8(ascii: "/") {
        if previous == UInt8(ascii: "/") && index > 0 { return false }
        if previous == UInt8(ascii: ".") && (beforePrevious == UInt8(ascii: "/") || beforePrevious == UInt8(ascii: ".") || index == 1) { return false }
      }
      beforePrevious = previous
      previous = byte
      index += 1
    }
    return index > 0 && previous != UInt8(ascii: "/") && !(previous == UInt8(ascii: ".") && (beforePrevious == UInt8(ascii: "/") || beforePrevious == UInt8(ascii: ".") || index == 1))
  }

  /// `path` relative to `base` when it lies inside it, otherwise `path` normalized.
  public static func relative(_ path: String, to base: String) -> String {
    let absolutePath = absolute(path), absoluteBase = absolute(base)
    if absolutePath == absoluteBase { return "." }
    let prefix = absoluteBase == "/" ? "/" : absoluteBase + "/"
    return absolutePath.hasPrefix(prefix) ? String(absolutePath.dropFirst(prefix.count)) : normalized(path)
  }

  /// `path` made absolute against the current directory and normalized.
  public static func absolute(_ path: String) -> String {
    if path.hasPrefix("/") { return normalized(path) }
    // The default workspace, made absolute for every document's id: `cwd/.` would be split and
    // joined again each time.
    if path == "." { return normalized(workingDirectory) }
    return normalized(workingDirectory + "/" + path)
  }

  /// The process's working directory, read once: Slant never changes it.
  static let workingDirectory = currentDirectory()

  /// `path` joined to `base` unless it is absolute.
  public static func resolved(_ path: String, against base: String) -> String {
    path.hasPrefix("/") ? normalized(path) : normalized(base + "/" + path)
  }

  static func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The file name: the last component of `path`, trailing slashes aside.
  ///
  /// Found by scanning the UTF-8 bytes back from the end: listing a corpus asks this of every
  /// file on one thread, before any scoring can start.
  public static func lastComponent(_ path: String) -> String {
    let bytes = path.utf8
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "/") { end = bytes.index(before: end) }
    guard end > bytes.startIndex else { return path }
    var start = end
    while start > bytes.startIndex, bytes[bytes.index(before: start)] != UInt8(ascii: "/") { start = bytes.index(before: start) }
    return String(path[start..<end])
  }

  /// The file name's extension, lowercased, without the dot.
  public static func fileExtension(_ path: String) -> String {
    let name = lastComponent(path)
    guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
    return name[name.utf8.index(after: dot)...].lowercased()
  }

  /// Whether `path` exists and is a directory.
  public static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  /// Whether anything exists at `path`.
  public static func exists(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0
  }
}
