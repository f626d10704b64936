/// Renames imported labels (`--map OLD=NEW`, `OLD=` to drop one) and finds the labels that the
/// workspace's label set does not know, each reported once with the nearest known label.
///
/// A label is, in order: mapped when `--map` names it; kept when the set knows it; renamed to
/// the known label whose brat type name it is (`frame_economic` → `frame.economic`, as
/// `BratWriter` writes them); else kept as it is and reported as unknown.
public struct LabelMapper: Sendable {
  /// A label the set does not know: how many records carry it, the first, and a suggestion.
  public struct UnknownLabel: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var records: Int
    public var firstSource: ImportSource
    public var suggestion: String?

    public var description: String {
      let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
      let count = records == 1 ? "1 record" : "\(records) records"
      return "\(firstSource): unknown label '\(name)' (\(count)); \(hint)map it with --map '\(name)=LABEL' or add it to the labels file"
    }
  }

  public var labels: LabelSet
  /// OLD → NEW; an empty NEW drops the label.
  public var mapping: [String: String]

  public init(labels: LabelSet, mapping: [String: String] = [:]) {
    self.labels = labels
    self.mapping = mapping
  }

  /// A mapper from `--map` values `OLD=NEW` (or `OLD=`).
  /// - Throws: `ImportError.malformedMapping` for a pair without `=` or without OLD.
  public init(labels: LabelSet, pairs: [String]) throws {
    var mapping: [String: String] = [:]
    for pair in pairs {
      guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else { throw ImportError.malformedMapping(pair) }
      mapping[String(pair[..<equals]).trimmingSpaces] = String(pair[pair.index(after: equals)...]).trimmingSpaces
    }
    self.init(labels: labels, mapping: mapping)
  }

  /// `records` with their labels mapped (repeats removed, order kept); the records left with
  /// no label are dropped and counted; unknown labels in order of first appearance.
  public func map(_ records: [ImportedAnnotation]) -> (records: [ImportedAnnotation], unknown: [UnknownLabel], dropped: Int) {
    var mapped: [ImportedAnnotation] = []
    var unknown: [String: UnknownLabel] = [:]
    var order: [String] = []
    var dropped = 0
    for record in records {
      var result = record
      result.labels = []
      for label in record.labels {
        let name = self.name(for: label)
        guard !name.isEmpty, !result.labels.contains(name) else { continue }
        result.labels.append(name)
        guard !labels.contains(name) else { continue }
        if unknown[name] == nil {
          order.append(name)
          unknown[name] = UnknownLabel(name: name, records: 0, firstSource: record.source, suggestion: labels.closest(to: name))
        }
        unknown[name]!.records += 1
      }
      if result.labels.isEmpty && !record.labels.isEmpty {
        dropped += 1
      } else {
        mapped.append(result)
      }
    }
    return (mapped, order.map { unknown[$0]! }, dropped)
  }

  /// What `label` becomes: mapped, known, or known under its brat type name.
  public func name(for label: String) -> String {
    if let target = mapping[label] { return target }
    if labels.contains(label) { return label }
    let byTypeName = labels.names.filter { BratWriter.typeName($0) == label }
    return byTypeName.count == 1 ? byTypeName[0] : label
  }
}
