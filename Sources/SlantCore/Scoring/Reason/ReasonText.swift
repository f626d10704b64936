/// A sentence's reason being written, as UTF-8 bytes: a reason is written for every sentence,
/// and appending to a `String` piece by piece cost more than the decision it explains.
struct ReasonText: TextOutputStream {
  private var bytes: [UInt8] = []

  init() { bytes.reserveCapacity(192) }

  /// The reason written so far.
  var string: String { String(decoding: bytes, as: UTF8.self) }

  mutating func write(_ piece: String) {
    // Through a buffer pointer: appending a `String.UTF8View` went byte by byte.
    var piece = piece
    piece.withUTF8 { bytes.append(contentsOf: $0) }
  }

  static func += (reason: inout ReasonText, piece: String) { reason.write(piece) }

  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes.append(contentsOf: bytes) }

  mutating func append(_ scalar: Unicode.Scalar) { bytes.append(contentsOf: UTF8.encode(scalar)!) }
}
