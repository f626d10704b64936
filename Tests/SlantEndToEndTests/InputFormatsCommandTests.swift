import Foundation
import SlantCore
import Testing

/// Files as people have them, through `slant sentences`: UTF-16, Windows-1252, HTML pages, CSV
/// corpora, and files of other kinds counted in one line.
@Suite struct InputFormatsCommandTests {
  @Test func everyKindOfFileIsReadWithOffsetsInItsText() throws {
    let workspace = try Workspace()
    let utf16: [UInt8] = [0xFF, 0xFE] + "Talks failed. Zürich said so.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    try workspace.write(Data(utf16), to: "corpus/a.txt")
    try workspace.write(Data(Array("It cost ".utf8) + [0xA3] + Array("5. Really.\n".utf8)), to: "corpus/b.txt")
    try workspace.write(Data("<html><head><title>T</title></head><body><nav>Home</nav><h1>Talks fail</h1><p>They &ldquo;failed&rdquo;. Again.</p></body></html>".utf8), to: "corpus/c.html")
    try workspace.write(Data("id,outlet,title,text\n7,Wire,Head,\"One. Two.\"\n".utf8), to: "corpus/d.csv")
    try workspace.write(Data("x".utf8), to: "corpus/e.pdf")
    let result = try workspace.run(["sentences", "corpus", "--format", "tsv"])
    #expect(result.status == 0)
    #expect(result.errors.hasPrefix("""
      slant: 1 file of other kinds not read (1 .pdf); Slant reads .txt, .md, .html, .htm, .jsonl and .csv
      slant: warning: corpus/b.txt: not valid UTF-8 at byte 8; read as Windows-1252 (--strict-encoding refuses it)
      slant: 4 documents, 8 sentences, 0 skipped,
      """))
    #expect(result.output == """
      document\toutlet\tdate\tsentence\tstart\tend\ttext
      corpus/a.txt\t\t\t0\t1\t14\tTalks failed.
      corpus/a.txt\t\t\t1\t15\t30\tZürich said so.
      corpus/b.txt\t\t\t0\t0\t11\tIt cost £5.
      corpus/b.txt\t\t\t1\t12\t19\tReally.
      corpus/c.html\t\t\t0\t0\t14\tThey “failed”.
      corpus/c.html\t\t\t1\t15\t21\tAgain.
      corpus/d.csv#7\tWire\t\t0\t0\t4\tOne.
      corpus/d.csv#7\tWire\t\t1\t5\t9\tTwo.

      """)
  }

  /// UTF-16 without a byte-order mark, as some Windows tools save it: read when its zero bytes
  /// tell the byte order and it decodes, refused in one line naming the file when it does not.
  @Test func utf16WithoutAByteOrderMarkIsReadOrRefusedInOneLine() throws {
    let workspace = try Workspace()
    try workspace.write(Data("Talks failed. Zürich said so.\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }), to: "corpus/a.txt")
    try workspace.write(Data("Talks failed again.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0x00]), to: "corpus/b.txt")
    let result = try workspace.run(["sentences", "corpus", "--format", "tsv"])
    #expect(result.status == 2)
    #expect(result.errors.hasPrefix("""
      slant: corpus/b.txt: looks like UTF-16 without a byte-order mark, but read as UTF-16LE it is not valid at byte 38 \
      (an unpaired surrogate or an odd length); convert it to UTF-8 or save it with a byte-order mark
      slant: 1 document, 2 sentences, 1 skipped,
      """))
    #expect(result.output == """
      document\toutlet\tdate\tsentence\tstart\tend\ttext
      corpus/a.txt\t\t\t0\t0\t13\tTalks failed.
      corpus/a.txt\t\t\t1\t14\t29\tZürich said so.

      """)
  }

  @Test func aSidecarOfAnHTMLPageSaysHowItsTextWasMade() throws {
    let workspace = try Workspace()
    let page = "<html><body><h1>Talks fail</h1><p>They &ldquo;failed&rdquo;. Again.</p></body></html>"
    try workspace.write(Data(page.utf8), to: "corpus/c.html")
    let result = try workspace.run(["annotate", "corpus/c.html", "--sentence", "1", "--label", "neutral"])
    #expect(result.status == 0)
    let sidecar = try SidecarFormat.decode(Array(try workspace.read("annotations/corpus/c.json")), path: "c.json")
    #expect(sidecar.textFingerprint == TextFingerprint.of("They “failed”. Again.\n") + " html")
    let position = try #require(sidecar.annotations.first?.target.position)
    #expect(position.scalarStart == 15 && position.scalarEnd == 21)
    let verified = try workspace.run(["verify", "corpus"])
    #expect(verified.status == 0 && verified.output == "verified 1 sidecar with 1 annotation: no problems\n")
  }
}
