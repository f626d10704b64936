extension SentenceScanner {
  /// A list marker at the start of a line or item: a bullet, an ordinal with its `.`, `)` or
  /// `.)`, or both (`• 9.`, `⁃10.`), followed by a space.
  struct ListMarker {
    var bullet: Unicode.Scalar?
    /// The number, or the letter's place in the alphabet counted from 1.
    var ordinal: Int?
    var isLetter = false
    var suffix: UInt16 = 0
    /// Where the marker ends, before the space that follows it.
    var end: Int

    /// Whether this marker continues the list that `previous` belongs to: the same bullet, or
    /// the next ordinal of the same kind.
    func follows(_ previous: ListMarker) -> Bool {
      guard bullet == previous.bullet, isLetter == previous.isLetter, suffix == previous.suffix else { return false }
      if let bullet { return SentenceScanner.isInlineBullet(bullet) }
      guard let ordinal, let previousOrdinal = previous.ordinal else { return false }
      return ordinal == previousOrdinal + 1
    }
  }

  /// Bullets that may start items inside a line (`•`, `⁃`, `‣`, `◦`, `▪`); `-` and `*` only at a
  /// line start, since inside a line they are dashes and footnotes.
  static func isInlineBullet(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2022, 0x2043, 0x2023, 0x25E6, 0x25AA: true
    default: false
    }
  }

  /// A line that starts with a list marker breaks from the lines around it.
  func isBullet(_ line: Line) -> Bool {
    guard let first = firstVisible(in: line) else { return false }
    return listMarker(at: first.offset, limit: line.upperBound) != nil
  }

  /// The list marker at `start`, if one stands there.
  func listMarker(at start: Int, limit: Int) -> ListMarker? {
    // Most lines start with a capital: no marker starts with one.
    let lead = bytes[start]
    guard lead &- 0x30 < 10 || lead &- 0x61 < 26 || lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == 0xE2 else { return nil }
    var cursor = start
    var bullet: Unicode.Scalar?
    let (first, firstLength) = ScalarClass.decode(bytes, at: cursor)
    if Self.isInlineBullet(first) || first == "-" || first == "*" {
      bullet = first
      cursor += firstLength
    }
    let bulletEnd = cursor
    while bullet != nil, hasSpace(at: cursor, limit: limit) { cursor += 1 }
    let ordinalStart = cursor
    var value = 0, isLetter = false
    while cursor < limit, cursor - ordinalStart < 3, bytes[cursor] &- 0x30 < 10 {
      value = value * 10 + Int(bytes[cursor] &- 0x30)
      cursor += 1
    }
    if cursor == ordinalStart, cursor < limit, bytes[cursor] &- 0x61 < 26 {
      value = Int(bytes[cursor] &- 0x60)
      isLetter = true
      cursor += 1
    }
    let ordinalEnd = cursor
    if cursor < limit, bytes[cursor] == UInt8(ascii: ".") { cursor += 1 }
    if cursor < limit, bytes[cursor] == UInt8(ascii: ")") { cursor += 1 }
    if ordinalEnd > ordinalStart, cursor > ordinalEnd, hasSpace(at: cursor, limit: limit) {
      let suffix = UInt16(bytes[ordinalEnd]) << 8 | UInt16(cursor - ordinalEnd)
      return ListMarker(bullet: bullet, ordinal: value, isLetter: isLetter, suffix: suffix, end: cursor)
    }
    // A bullet before a word (`• Prices rose`) is a marker on its own; a bare number is none.
    guard bullet != nil, hasSpace(at: bulletEnd, limit: limit) else { return nil }
    return ListMarker(bullet: bullet, end: bulletEnd)
  }

  /// The text of `range` cut before each list marker that continues the list the range opens
  /// with; the whole range when it opens with none.
  /// - Complexity: O(n) in the length of the range.
  func listItems(in range: Range<Int>) -> [Range<Int>] {
    guard let first = firstVisible(in: range), var marker = listMarker(at: first.offset, limit: range.upperBound),
      marker.ordinal != nil || marker.bullet.map(Self.isInlineBullet) == true
    else { return [range] }
    var items: [Range<Int>] = []
    var itemStart = range.lowerBound
    var cursor = marker.end
    while cursor + 1 < range.upperBound {
      if bytes[cursor] == UInt8(ascii: " "), let next = listMarker(at: cursor + 1, limit: range.upperBound), next.follows(marker) {
        items.append(itemStart..<cursor)
        itemStart = cursor + 1
        marker = next
        cursor = next.end
      } else {
        cursor += 1
      }
    }
    items.append(itemStart..<range.upperBound)
    return items
  }

  private func hasSpace(at offset: Int, limit: Int) -> Bool { offset < limit && bytes[offset] == UInt8(ascii: " ") }
}
