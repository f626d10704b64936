/// The words that explain a sentence's probabilities: each label with its probability and, for
/// the labels at least as likely as not, the features that raised it most with their share of
/// the log-odds, named as the model file names them so that a person can find and edit them.
///
/// `loaded 0.83 (word:radical +1.84, entry:loaded.negative:brutal +0.90); unsupported 0.12`
public enum ProbabilityReason {
  /// Written as bytes into one buffer and made a `String` once: joining a string per part cost a
  /// tenth of scoring with a learned model.
  public static func text(_ probabilities: [LabelProbability]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(128)
    append(probabilities, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the UTF-8 bytes of `text(probabilities)` to `bytes`: for writers that reuse one
  /// buffer from sentence to sentence, the drivers' names copied from the model's own bytes.
  public static func append(_ probabilities: [LabelProbability], to bytes: inout [UInt8]) {
    for (position, probability) in probabilities.enumerated() {
      if position > 0 { appendLiteral("; ", to: &bytes) }
      probability.label.utf8.withContiguousBytes { bytes.append(contentsOf: $0) }
      bytes.append(UInt8(ascii: " "))
      appendDecimal(probability.probability, places: 2, to: &bytes)
      guard probability.probability >= 0.5, let names = probability.names, probability.strongest.count > 0 else { continue }
      appendLiteral(" (", to: &bytes)
      let strongest = probability.strongest
      for index in 0..<strongest.count {
        if index > 0 { appendLiteral(", ", to: &bytes) }
        names.appendUTF8(of: strongest.features[index], to: &bytes)
        appendLiteral(" +", to: &bytes)
        appendDecimal(strongest.contributions[index], places: 2, to: &bytes)
      }
      bytes.append(UInt8(ascii: ")"))
    }
  }

  /// A probability as outputs print it: three decimals, enough to sort and bin by.
  public static func rounded(_ probability: Double) -> Double { (probability * 1000).rounded() / 1000 }

  /// `value` with `places` decimals, by integer arithmetic: `String(format:)` cost more than the
  /// probabilities it printed.
  static func decimal(_ value: Double, places: Int) -> String {
    var bytes: [UInt8] = []
    appendDecimal(value, places: places, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Written right to left into a small buffer and appended at once: digit by digit into the
  /// array, then reversed, the decimals of a sentence's reason took 2,800 instructions, 3.2% of
  /// `slant score` (callgrind).
  private static func appendDecimal(_ value: Double, places: Int, to bytes: inout [UInt8]) {
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((abs(value) * Double(scale)).rounded())
    // An Int has at most 19 digits, each part at least one; a sign and a point.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * 19 + places + 2) { buffer in
      var position = buffer.count
      func write(_ byte: UInt8) {
        position -= 1
        buffer[position] = byte
      }
      /// The decimal digits of `number` (not negative), zero-padded to `minimumCount`.
      func writeDigits(_ number: Int, minimumCount: Int) {
        var rest = number, count = 0
        repeat {
          write(UInt8(ascii: "0") + UInt8(rest % 10))
          rest /= 10
          count += 1
        } while rest > 0
        while count < minimumCount {
          write(UInt8(ascii: "0"))
          count += 1
        }
      }
      writeDigits(scaled % scale, minimumCount: places)
      write(UInt8(ascii: "."))
      writeDigits(scaled / scale, minimumCount: 1)
      if value < 0 && scaled > 0 { write(UInt8(ascii: "-")) }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position...]))
    }
  }

  /// Appends the bytes of `literal` without going through a `String`.
  private static func appendLiteral(_ literal: StaticString, to bytes: inout [UInt8]) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }
}
