/// Writes JSON text by hand, which is several times faster than `JSONEncoder` for the
/// streaming outputs (JSON Lines) where Slant writes one object per sentence.
public enum JSONText {
  /// `string` as a JSON string literal, quotes included.
  public static func quoted(_ string: Substring) -> String {
    var json = JSONBytes(capacity: string.utf8.count + 2)
    json.string(string)
    return String(decoding: json.bytes, as: UTF8.self)
  }

  public static func quoted(_ string: String) -> String { quoted(string[...]) }

  /// `string` quoted, or `null` when it is nil.
  public static func quotedOrNull(_ string: String?) -> String { string.map { quoted($0) } ?? "null" }

  /// A JSON object from already-encoded values, keys in the given order.
  public static func object(_ members: KeyValuePairs<String, String>) -> String {
    var result = "{"
    for (index, member) in members.enumerated() {
      if index > 0 { result += "," }
      result += quoted(member.key) + ":" + member.value
    }
    return result + "}"
  }

  /// A JSON array from already-encoded values.
  public static func array(_ values: [String]) -> String { "[" + values.joined(separator: ",") + "]" }
}
