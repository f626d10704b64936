/// The lines entered at the prompt, oldest first: blank lines and repeats of the previous entry
/// are not kept, and only the newest `limit` entries are.
public struct History: Equatable, Sendable {
  /// The entries, oldest first.
  public private(set) var entries: [String]
  /// How many entries are kept.
  public let limit: Int

  /// A history holding the newest `limit` of `entries`, filtered as `add` would.
  public init(entries: [String] = [], limit: Int = 1_000) {
    self.entries = []
    self.limit = max(limit, 1)
    for entry in entries { add(entry) }
  }

  /// Appends `line` unless it is blank or the same as the newest entry; line ends become spaces
  /// so that every entry stays one line in the file.
  public mutating func add(_ line: String) {
    let entry = line.contains(where: \.isNewline) ? String(line.map { $0.isNewline ? " " : $0 }) : line
    guard entry.contains(where: { !$0.isWhitespace }), entry != entries.last else { return }
    entries.append(entry)
    if entries.count > limit { entries.removeFirst(entries.count - limit) }
  }

  /// The index of the newest entry before `index` that starts with `prefix` and differs from
  /// `skipping` (the line already shown), for Up.
  public func index(before index: Int, withPrefix prefix: String, skipping shown: String? = nil) -> Int? {
    entries[..<min(index, entries.count)].lastIndex { $0.hasPrefix(prefix) && $0 != shown }
  }

  /// The index of the oldest entry after `index` that starts with `prefix` and differs from
  /// `skipping`, for Down.
  public func index(after index: Int, withPrefix prefix: String, skipping shown: String? = nil) -> Int? {
    guard index + 1 < entries.count else { return nil }
    return entries[(index + 1)...].firstIndex { $0.hasPrefix(prefix) && $0 != shown }
  }

  /// The index of the newest entry at or before `index` that contains `query`, for Ctrl-R.
  public func index(containing query: String, atOrBefore index: Int) -> Int? {
    guard !entries.isEmpty, index >= 0 else { return nil }
    return entries[...min(index, entries.count - 1)].lastIndex { $0.contains(query) }
  }
}
