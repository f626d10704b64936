/// The feature names of a compiled sentence model, numbered in sorted order, as strings and as
/// UTF-8 bytes back to back, made once: a probability names its drivers by number, and a reason
/// copies their bytes, so that no sentence retains or measures a `String` per driver.
final class FeatureNames: Sendable {
  let strings: [String]
  private let bytes: [UInt8]
  /// Where each name's bytes end in `bytes`; the previous one's end is where it starts.
  private let ends: [Int]

  init(_ strings: [String]) {
    var bytes: [UInt8] = [], ends: [Int] = []
    ends.reserveCapacity(strings.count)
    for name in strings {
      bytes += name.utf8
      ends.append(bytes.count)
    }
    self.strings = strings
    self.bytes = bytes
    self.ends = ends
  }

  /// Appends the UTF-8 bytes of feature `number` to `output`.
  func appendUTF8(of number: Int32, to output: inout [UInt8]) {
    let index = Int(number)
    output += bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
  }
}
