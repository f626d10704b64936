/// A short fingerprint of a document's text (64-bit FNV-1a over its UTF-8 bytes), stored in the
/// sidecar to tell whether the text changed since it was annotated. It detects change; it is not
/// a security hash.
public enum TextFingerprint {
  /// `fnv1a64:` followed by 16 hex digits.
  public static func of(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    text.utf8.withContiguousBytes { bytes in
      for byte in bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
      }
    }
    let hex = String(hash, radix: 16)
    return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
  }
}
