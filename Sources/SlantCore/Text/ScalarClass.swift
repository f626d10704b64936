/// Classification of the Unicode scalars that matter to news text, shared by the tokenizer and
/// the sentence segmenter. Everything here works on UTF-8 bytes with an ASCII fast path.
package enum ScalarClass {
  /// Decodes the scalar that starts at `offset` in valid UTF-8 and returns it with its length.
  @inline(__always)
  package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = bytes[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard offset + length <= bytes.count else { return (Unicode.Scalar(0xFFFD)!, 1) }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
    return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, length)
  }

  /// Decodes the scalar that ends just before `offset` and returns it with its length.
  package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
    var start = offset - 1
    while start > 0 && UTF8.isContinuation(bytes[start]) && offset - start < 4 { start -= 1 }
    return decode(bytes, at: start)
  }

  /// Spaces, tabs, line ends, no-break and typographic spaces, and the BOM.
  package static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
      true
    default: false
    }
  }

  /// Line feed or carriage return.
  package static func isLineEnd(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

  /// Letters, digits and combining marks: what a word is made of.
  package static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || (value >= 0x30 && value <= 0x39)
    }
    // General Punctuation (quotes, dashes, spaces) is common in news and never part of a word.
    if (0x2000...0x206F).contains(scalar.value) || scalar.value == 0xA0 || scalar.value == 0xAB || scalar.value == 0xBB { return false }
    let properties = scalar.properties
    if properties.isAlphabetic || properties.numericType != nil { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  package static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
    return scalar.properties.isAlphabetic
  }

  package static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

  package static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
    return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
  }

  package static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar.value >= 0x61 && scalar.value <= 0x7A }
    return scalar.properties.isLowercase
  }

  /// Straight and typographic apostrophes: `'`, `’`, `‘`, `ʼ`.
  package static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x27, 0x2019, 0x2018, 0x02BC: true
    default: false
    }
  }

  /// Hyphens that join a compound word: `-`, `‐`, `‑`.
  package static func isJoiningHyphen(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2D, 0x2010, 0x2011: true
    default: false
    }
  }

  /// Marks that can open a quotation or an aside.
  package static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0x27, 0x28, 0x5B, 0x201C, 0x2018, 0xAB, 0x201E, 0x201A, 0x2039: true
    default: false
    }
  }

  /// Marks that can close a quotation or an aside.
  package static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0xBB, 0x203A: true
    default: false
    }
  }

  /// Double and single quotation marks, straight or curly.
  package static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0x27, 0x201C, 0x201D, 0x2018, 0x2019, 0xAB, 0xBB, 0x201E, 0x201A, 0x2039, 0x203A: true
    default: false
    }
  }

  /// Writes the folded form of `scalar` at `output` and returns how many bytes it took:
  /// lowercase, with curly quotes and dashes made straight, so that matching ignores case and
  /// typography. A folded scalar never takes more than one and a half times its UTF-8 length.
  package static func fold(_ scalar: Unicode.Scalar, into output: UnsafeMutablePointer<UInt8>) -> Int {
    switch scalar.value {
    case 0x41...0x5A: output[0] = UInt8(scalar.value) | 0x20
    case 0..<0x80: output[0] = UInt8(scalar.value)
    case 0x2019, 0x2018, 0x02BC, 0x2032: output[0] = 0x27
    case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: output[0] = 0x22
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: output[0] = 0x2D
    default:
      var written = 0
      let folded = scalar.properties.changesWhenLowercased ? scalar.properties.lowercaseMapping.unicodeScalars : String(scalar).unicodeScalars
      for lower in folded {
        for byte in UTF8.encode(lower)! {
          output[written] = byte
          written += 1
        }
      }
      return written
    }
    return 1
  }

  /// Appends the folded form of `scalar` to `folded`, for code off the hot path.
  package static func appendFolded(_ scalar: Unicode.Scalar, to folded: inout [UInt8]) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
      let count = fold(scalar, into: buffer.baseAddress!)
      folded.append(contentsOf: buffer[..<count])
    }
  }
}
