import Testing

@testable import SlantCore

/// The phrase trie over word ids: shared prefixes share nodes, each node lists the entries that
/// end there in entry order, and a path not added leads nowhere.
@Suite struct PhraseTrieTests {
  /// Walks `path` from the root; nil when some step has no child.
  func node(_ trie: PhraseTrie, _ path: [Int32]) -> Int32? {
    guard let first = path.first, var node = trie.root(first) else { return nil }
    for id in path.dropFirst() {
      guard let next = trie.child(of: node, id) else { return nil }
      node = next
    }
    return node
  }

  func entries(_ trie: PhraseTrie, _ path: [Int32]) -> [Int32] {
    guard let node = node(trie, path) else { return [] }
    return trie.entryIndices(at: node).map(trie.entry(at:))
  }

  @Test func entriesEndAtTheirPathsInEntryOrder() {
    var trie = PhraseTrie()
    // 0: "prime minister", 1: "prime minister office", 2: "prime", 3: "prime minister" in another category
    for path: [Int32] in [[0, 1], [0, 1, 2], [0], [0, 1]] { trie.append(path) }
    trie.finish(wordCount: 5)
    #expect(entries(trie, [0, 1]) == [0, 3])
    #expect(entries(trie, [0, 1, 2]) == [1])
    #expect(entries(trie, [0]) == [2])
    #expect(node(trie, [1]) == nil && node(trie, [0, 2]) == nil && node(trie, [4]) == nil)
    #expect(trie.hasChildren(node(trie, [0])!) && trie.hasChildren(node(trie, [0, 1])!) && !trie.hasChildren(node(trie, [0, 1, 2])!))
  }

  @Test func manyPhrasesStayFindableAsTheEdgeTableGrows() {
    var trie = PhraseTrie()
    let paths = (0..<2_000).map { [Int32($0 % 7), Int32($0), Int32($0 % 13)] }
    for path in paths { trie.append(path) }
    trie.finish(wordCount: 2_000)
    for (entry, path) in paths.enumerated() { #expect(entries(trie, path) == [Int32(entry)]) }
  }
}
