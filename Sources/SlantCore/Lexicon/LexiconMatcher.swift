/// All lexicons compiled into one matcher over folded tokens: case-insensitive, curly and
/// straight apostrophes alike, longest match within a category, categories free to overlap.
///
/// Single words live in a byte-keyed hash table and wildcard stems in a second one probed at
/// each stem length while a token's bytes are hashed; phrases are a trie over per-token word
/// ids. A token costs one pass over its bytes and a few probes however many entries there are.
public struct LexiconMatcher: Sendable {
  /// Every entry, in the order the lexicons list them.
  public let entries: [LexiconEntry]
  /// Category names in order of first appearance; hits at one token come in this order.
  public let categoryNames: [String]

  private let entryCategories: [Int32]
  private var words = ByteTable()
  private var stems = ByteTable()
  /// Bit `n` is set when some stem is `n` bytes long (bit 63: 63 or more).
  private var stemLengths: UInt64 = 0
  private var phrases = PhraseTrie()

  /// A matcher for every entry of `lexicons`.
  public init(lexicons: [Lexicon]) {
    let entries = lexicons.flatMap(\.entries)
    var categoryIDs: [String: Int32] = [:]
    var categoryNames: [String] = []
    var entryCategories: [Int32] = []
    for entry in entries {
      let id = categoryIDs[entry.category] ?? Int32(categoryNames.count)
      if id == Int32(categoryNames.count) {
        categoryIDs[entry.category] = id
        categoryNames.append(entry.category)
      }
      entryCategories.append(id)
    }
    self.entries = entries
    self.categoryNames = categoryNames
    self.entryCategories = entryCategories
    var nextWordID: Int32 = 0
    for (index, entry) in entries.enumerated() {
      var path: [Int32] = []
      for word in entry.words {
        var bytes = Array(word.utf8)
        let id: Int32
        if bytes.last == UInt8(ascii: "*") {
          bytes.removeLast()
          id = stems.insert(bytes, value: nextWordID)
          stemLengths |= 1 << UInt64(min(bytes.count, 63))
        } else {
          id = words.insert(bytes, value: nextWordID)
        }
        if id == nextWordID { nextWordID += 1 }
        path.append(id)
      }
      phrases.insert(path, entry: Int32(index))
    }
    phrases.finish(wordCount: Int(nextWordID))
  }

  /// The hits among `tokens.tokens[range]` (one sentence: phrases never cross its ends), in
  /// order of start, then of category.
  public func hits(in tokens: TokenList, range: Range<Int>) -> [Hit] {
    guard !range.isEmpty else { return [] }
    var idStarts: [Int32] = []
    var ids: [Int32] = []
    idStarts.reserveCapacity(range.count + 1)
    tokens.folded.withUnsafeBufferPointer { folded in
      for index in range {
        idStarts.append(Int32(ids.count))
        let token = tokens.tokens[index]
        guard token.isWordLike else { continue }
        appendIDs(of: UnsafeBufferPointer(rebasing: folded[token.foldedRange]), to: &ids)
      }
    }
    idStarts.append(Int32(ids.count))
    var hits: [Hit] = []
    var coveredUntil = [Int](repeating: range.lowerBound, count: categoryNames.count)
    var candidates: [(entry: Int32, end: Int)] = []
    var stack: [(node: Int32, next: Int)] = []
    for start in range where idStarts[start - range.lowerBound] < idStarts[start - range.lowerBound + 1] {
      candidates.removeAll(keepingCapacity: true)
      for id in ids[Int(idStarts[start - range.lowerBound])..<Int(idStarts[start - range.lowerBound + 1])] {
        if let node = phrases.root(id) { stack.append((node, start + 1)) }
      }
      while let (node, next) = stack.popLast() {
        for entry in phrases.entries(at: node) { candidates.append((entry, next)) }
        guard phrases.hasChildren(node), next < range.upperBound else { continue }
        let offset = next - range.lowerBound
        for id in ids[Int(idStarts[offset])..<Int(idStarts[offset + 1])] {
          if let child = phrases.child(of: node, id) { stack.append((child, next + 1)) }
        }
      }
      guard !candidates.isEmpty else { continue }
      accept(candidates, start: start, tokens: tokens, coveredUntil: &coveredUntil, into: &hits)
    }
    return hits
  }

  /// The hits in a whole text, for tests and one-off checks; the text is one sentence.
  public func hits(in text: String) -> [Hit] {
    let tokens = Tokenizer().tokens(in: text)
    return hits(in: tokens, range: 0..<tokens.tokens.count)
  }
}

private extension LexiconMatcher {
  /// Appends the ids a token's folded bytes match: its exact word, then each stem it starts with.
  @inline(__always)
  func appendIDs(of bytes: UnsafeBufferPointer<UInt8>, to ids: inout [Int32]) {
    var hash = ByteTable.emptyHash
    let stemLengths = self.stemLengths
    for (offset, byte) in bytes.enumerated() {
      hash = ByteTable.hash(hash, adding: byte)
      let length = offset + 1
      if stemLengths & (1 << UInt64(min(length, 63))) != 0, let id = stems.value(hash: hash, bytes: UnsafeBufferPointer(rebasing: bytes[0..<length])) {
        ids.append(id)
      }
    }
    if words.count > 0, let id = words.value(hash: hash, bytes: bytes) { ids.append(id) }
  }

  /// Keeps, for each category, the longest candidate starting at `start`, unless an earlier hit
  /// of that category still covers `start`.
  func accept(_ candidates: [(entry: Int32, end: Int)], start: Int, tokens: TokenList, coveredUntil: inout [Int], into hits: inout [Hit]) {
    var best: [(category: Int32, entry: Int32, end: Int)] = []
    for candidate in candidates {
      let category = entryCategories[Int(candidate.entry)]
      guard coveredUntil[Int(category)] <= start else { continue }
      if let index = best.firstIndex(where: { $0.category == category }) {
        let current = best[index]
        if candidate.end > current.end || (candidate.end == current.end && candidate.entry < current.entry) {
          best[index] = (category, candidate.entry, candidate.end)
        }
      } else {
        best.append((category, candidate.entry, candidate.end))
      }
    }
    best.sort { $0.category < $1.category }
    for choice in best {
      coveredUntil[Int(choice.category)] = choice.end
      let utf8Range = tokens.tokens[start].utf8Range.lowerBound..<tokens.tokens[choice.end - 1].utf8Range.upperBound
      hits.append(Hit(entry: entries[Int(choice.entry)], utf8Range: utf8Range, tokenRange: start..<choice.end))
    }
  }
}

/// The phrases of a matcher: a trie whose edges are word ids, with the entries ending at each
/// node. Root edges are an array indexed by word id; deeper edges a dictionary.
private struct PhraseTrie: Sendable {
  private var rootChildren: [Int32] = []
  private var rootEdges: [Int32: Int32] = [:]
  private var edges: [UInt64: Int32] = [:]
  private var nodeEntries: [[Int32]] = [[]]
  private var nodeHasChildren: [Bool] = [false]

  mutating func insert(_ path: [Int32], entry: Int32) {
    var node: Int32 = 0
    for id in path {
      let key = Self.key(node, id)
      if let child = node == 0 ? rootEdges[id] : edges[key] {
        node = child
        continue
      }
      let child = Int32(nodeEntries.count)
      nodeEntries.append([])
      nodeHasChildren.append(false)
      nodeHasChildren[Int(node)] = true
      if node == 0 { rootEdges[id] = child } else { edges[key] = child }
      node = child
    }
    nodeEntries[Int(node)].append(entry)
  }

  /// Turns the root edges into an array once every entry is in.
  mutating func finish(wordCount: Int) {
    rootChildren = Array(repeating: -1, count: wordCount)
    for (id, child) in rootEdges { rootChildren[Int(id)] = child }
    rootEdges = [:]
  }

  @inline(__always) func root(_ id: Int32) -> Int32? {
    let child = rootChildren[Int(id)]
    return child < 0 ? nil : child
  }

  @inline(__always) func child(of node: Int32, _ id: Int32) -> Int32? { edges[Self.key(node, id)] }
  @inline(__always) func hasChildren(_ node: Int32) -> Bool { nodeHasChildren[Int(node)] }
  @inline(__always) func entries(at node: Int32) -> [Int32] { nodeEntries[Int(node)] }

  private static func key(_ node: Int32, _ id: Int32) -> UInt64 { UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id)) }
}
