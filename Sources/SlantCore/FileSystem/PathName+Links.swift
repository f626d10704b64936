#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension PathName {
  /// `path` made absolute with every symbolic link in it followed, `..` taken after each link
  /// as the system takes it; a part that does not exist (a file not yet written, the target of a
  /// dangling link) is kept as written. This is where a write to `path` would land.
  public static func resolvingAllLinks(_ path: String) -> String {
    var resolved: [Substring] = path.hasPrefix("/") ? [] : workingDirectory.split(separator: "/")
    var pending: [Substring] = path.split(separator: "/").reversed()
    var linksFollowed = 0
    while let part = pending.popLast() {
      if part == "." { continue }
      if part == ".." {
        _ = resolved.popLast()
        continue
      }
      let candidate = "/" + (resolved + [part]).joined(separator: "/")
      var status = stat()
      guard linksFollowed < 40, lstat(candidate, &status) == 0, status.st_mode & S_IFMT == S_IFLNK, let target = linkTarget(candidate) else {
        resolved.append(part)
        continue
      }
      linksFollowed += 1
      if target.hasPrefix("/") { resolved = [] }
      pending += target.split(separator: "/").reversed()
    }
    return "/" + resolved.joined(separator: "/")
  }

  /// Whether `path`, its links followed, lies inside `folder`, its links followed.
  public static func isInside(_ path: String, folder: String) -> Bool {
    let folder = resolvingAllLinks(folder)
    return resolvingAllLinks(path).hasPrefix(folder == "/" ? "/" : folder + "/")
  }

  /// What the symbolic link at `path` points to, as written in the link.
  static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
