/// The phrases of every lexicon as a trie over word ids, in flat arrays and an open-addressing
/// edge table, so that a lookup while matching costs a multiply and a probe or two rather than a
/// `Dictionary` hash, however many entries there are. Entries are numbered in the order they are
/// added, and grouped by the node they end at when the trie is finished.
struct PhraseTrie: Sendable {
  /// The child of the root for each word id, or -1.
  private var rootChildren: [Int32] = []
  /// The children of every other node, keyed by node and word id.
  private var edges = EdgeTable()
  private var nodeHasChildren: [Bool] = [false]
  /// The node each entry ends at, in entry order, until `finish` groups the entries by node.
  private var entryNodes: [Int32] = []
  /// Entries of node `n` are `entryList[entryStarts[n]..<entryStarts[n + 1]]`.
  private var entryStarts: [Int32] = []
  private var entryList: [Int32] = []

  /// Adds the next entry, whose words have the ids `path`.
  mutating func append(_ path: [Int32]) {
    var node: Int32 = 0
    for id in path {
      if node == 0 && Int(id) >= rootChildren.count { rootChildren += repeatElement(-1, count: Int(id) + 1 - rootChildren.count) }
      if let child = node == 0 ? root(id) : child(of: node, id) {
        node = child
        continue
      }
      let child = Int32(nodeHasChildren.count)
      nodeHasChildren.append(false)
      nodeHasChildren[Int(node)] = true
      if node == 0 { rootChildren[Int(id)] = child } else { edges.insert(EdgeTable.key(node, id), child) }
      node = child
    }
    entryNodes.append(node)
  }

  /// Readies the trie for matching once every entry is in: a root slot for each of the
  /// `wordCount` word ids, and each node's entries side by side, in entry order.
  mutating func finish(wordCount: Int) {
    rootChildren += repeatElement(-1, count: wordCount - rootChildren.count)
    entryStarts = Array(repeating: 0, count: nodeHasChildren.count + 1)
    for node in entryNodes { entryStarts[Int(node) + 1] += 1 }
    for node in nodeHasChildren.indices { entryStarts[node + 1] += entryStarts[node] }
    var nextSlot = entryStarts
    entryList = Array(repeating: 0, count: entryNodes.count)
    for (entry, node) in entryNodes.enumerated() {
      entryList[Int(nextSlot[Int(node)])] = Int32(entry)
      nextSlot[Int(node)] += 1
    }
    entryNodes = []
  }

  @inline(__always) func root(_ id: Int32) -> Int32? {
    let child = rootChildren[Int(id)]
    return child < 0 ? nil : child
  }

  @inline(__always) func child(of node: Int32, _ id: Int32) -> Int32? { edges.value(EdgeTable.key(node, id)) }
  @inline(__always) func hasChildren(_ node: Int32) -> Bool { nodeHasChildren[Int(node)] }
  /// Where the entries ending at `node` are kept; read each with `entry(at:)`.
  @inline(__always) func entryIndices(at node: Int32) -> Range<Int> { Int(entryStarts[Int(node)])..<Int(entryStarts[Int(node) + 1]) }
  @inline(__always) func entry(at index: Int) -> Int32 { entryList[index] }
}
