/// Counts summed from scored sentences: the one way document, outlet and corpus totals are
/// made, so that every total agrees with the sentences it comes from.
public struct ScoreTotals: Sendable, Equatable {
  public var sentences = 0
  public var labels: [SupportLabel: Int] = [:]
  public var families: [CategoryFamily: Int] = [:]
  public var categories: [String: Int] = [:]
  /// Loaded-language hits (families loaded and labels): the one count every table, chart,
  /// comparison and report calls "loaded". The scorer has already kept one hit per token and
  /// family (`FamilyOverlap`), so each family's words count once.
  public var loadedLanguage = 0

  public init() {}

  /// Whether `hit` is loaded language as every count of it counts: the loaded and labels families.
  public static func isLoadedLanguage(_ hit: Hit) -> Bool { hit.family == .loaded || hit.family == .labels }

  /// The totals of `sentences`, as adding them one by one gives; categories are counted by
  /// their table and index and named once each, since hashing a name per hit was most of the sum.
  /// Labels and families are counted in arrays by case and put in their dictionaries once: a
  /// hash per sentence and per hit was most of what was left.
  public init(summing sentences: [ScoredSentence]) {
    var counted: [(table: ObjectIdentifier, category: Int, entry: LexiconEntry, count: Int)] = []
    var labelCounts = [Int](repeating: 0, count: Self.labelCases.count), familyCounts = [Int](repeating: 0, count: Self.familyCases.count)
    // By index, not `for sentence in`: a copy of each sentence retained and released every array it holds.
    for index in sentences.indices {
      self.sentences += 1
      labelCounts[Self.labelCases.firstIndex(of: sentences[index].label)!] += 1
      for hit in sentences[index].hits {
        familyCounts[Self.familyCases.firstIndex(of: hit.family)!] += 1
        if Self.isLoadedLanguage(hit) { loadedLanguage += 1 }
        let table = ObjectIdentifier(hit.entry.table), category = hit.entry.table.rows[hit.entry.row].category
        if let index = counted.firstIndex(where: { $0.table == table && $0.category == category }) {
          counted[index].count += 1
        } else {
          counted.append((table, category, hit.entry, 1))
        }
      }
    }
    // One category may be filled by several files.
    for group in counted { categories[group.entry.category, default: 0] += group.count }
    for (label, count) in zip(Self.labelCases, labelCounts) where count > 0 { labels[label] = count }
    for (family, count) in zip(Self.familyCases, familyCounts) where count > 0 { families[family] = count }
  }

  private static let labelCases = SupportLabel.allCases
  private static let familyCases = CategoryFamily.allCases

  /// Adds one sentence's label and hits.
  public mutating func add(_ sentence: ScoredSentence) {
    sentences += 1
    labels[sentence.label, default: 0] += 1
    for hit in sentence.hits {
      families[hit.family, default: 0] += 1
      categories[hit.category, default: 0] += 1
      if Self.isLoadedLanguage(hit) { loadedLanguage += 1 }
    }
  }

  /// Adds totals of other sentences, such as another document's.
  public mutating func add(_ other: ScoreTotals) {
    sentences += other.sentences
    labels.merge(other.labels, uniquingKeysWith: +)
    families.merge(other.families, uniquingKeysWith: +)
    categories.merge(other.categories, uniquingKeysWith: +)
    loadedLanguage += other.loadedLanguage
  }
}
