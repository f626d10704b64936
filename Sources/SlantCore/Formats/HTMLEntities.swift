/// The named character references news pages use, by name (the full HTML list has over two
/// thousand; these cover punctuation, currency, Latin letters with accents and symbols).
enum HTMLEntities {
  static let named: [String: Unicode.Scalar] = {
    var table: [String: Unicode.Scalar] = [
      "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": "\u{AD}",
      "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
      "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}", "lsaquo": "\u{2039}",
      "rsaquo": "\u{203A}", "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{B7}", "prime": "\u{2032}", "Prime": "\u{2033}",
      "dagger": "\u{2020}", "Dagger": "\u{2021}", "sect": "\u{A7}", "para": "\u{B6}", "copy": "\u{A9}", "reg": "\u{AE}",
      "trade": "\u{2122}", "deg": "\u{B0}", "plusmn": "\u{B1}", "times": "\u{D7}", "divide": "\u{F7}", "frac12": "\u{BD}",
      "frac14": "\u{BC}", "frac34": "\u{BE}", "sup2": "\u{B2}", "sup3": "\u{B3}", "micro": "\u{B5}", "euro": "\u{20AC}",
      "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}", "curren": "\u{A4}", "iexcl": "\u{A1}", "iquest": "\u{BF}",
      "ordf": "\u{AA}", "ordm": "\u{BA}", "not": "\u{AC}", "macr": "\u{AF}", "acute": "\u{B4}", "cedil": "\u{B8}", "uml": "\u{A8}",
      "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "lrm": "\u{200E}",
      "rlm": "\u{200F}", "minus": "\u{2212}", "larr": "\u{2190}", "rarr": "\u{2192}", "uarr": "\u{2191}", "darr": "\u{2193}",
      "szlig": "\u{DF}", "AElig": "\u{C6}", "aelig": "\u{E6}", "OElig": "\u{152}", "oelig": "\u{153}", "Oslash": "\u{D8}",
      "oslash": "\u{F8}", "ETH": "\u{D0}", "eth": "\u{F0}", "THORN": "\u{DE}", "thorn": "\u{FE}", "Scaron": "\u{160}",
      "scaron": "\u{161}", "Zcaron": "\u{17D}", "zcaron": "\u{17E}", "Yuml": "\u{178}", "yuml": "\u{FF}", "fnof": "\u{192}",
    ]
    // Latin-1 letters with accents, named by letter and accent (`eacute`, `Uuml`).
    let accented: [(String, [(String, UInt32)])] = [
      ("grave", [("A", 0xC0), ("E", 0xC8), ("I", 0xCC), ("O", 0xD2), ("U", 0xD9)]),
      ("acute", [("A", 0xC1), ("E", 0xC9), ("I", 0xCD), ("O", 0xD3), ("U", 0xDA), ("Y", 0xDD)]),
      ("circ", [("A", 0xC2), ("E", 0xCA), ("I", 0xCE), ("O", 0xD4), ("U", 0xDB)]),
      ("tilde", [("A", 0xC3), ("N", 0xD1), ("O", 0xD5)]),
      ("uml", [("A", 0xC4), ("E", 0xCB), ("I", 0xCF), ("O", 0xD6), ("U", 0xDC)]),
      ("ring", [("A", 0xC5)]),
      ("cedil", [("C", 0xC7)]),
    ]
    for (accent, letters) in accented {
      for (letter, value) in letters {
        table[letter + accent] = Unicode.Scalar(value)!
        table[letter.lowercased() + accent] = Unicode.Scalar(value + 0x20)!
      }
    }
    return table
  }()
}
