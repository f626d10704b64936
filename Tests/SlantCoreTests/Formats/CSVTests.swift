import Testing
import SlantCore

@Suite struct CSVTests {
  let writer = CSVWriter()

  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"no\"", "\"say \"\"no\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
    ("+cmd", "'+cmd"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("-3", "-3"),
    ("+1.5", "+1.5"),
    ("Zürich “quoted”", "Zürich “quoted”"),
    ("", ""),
  ])
  func escapesFieldsForSpreadsheets(field: String, expected: String) {
    #expect(CSVWriter.escape(field) == expected)
  }

  @Test func rowsEndInCRLF() {
    #expect(writer.row(["a", "b,c"]) == "a,\"b,c\"\r\n")
  }

  @Test func roundTripsThroughTheReader() throws {
    let rows = [["document", "text", "note"], ["seeds/a.txt", "He said, \"no\".\nThen left.", "Zürich — ok"], ["x", "", "y"]]
    let text = rows.map(writer.row).joined()
    #expect(try CSVReader().rows(in: text).map(\.fields) == rows)
  }

  @Test func readerHandlesBOMAndLFAndReportsLines() throws {
    let rows = try CSVReader().rows(in: "\u{FEFF}a,b\n\"multi\nline\",2\n\nlast,3")
    #expect(rows == [
      CSVReader.Row(fields: ["a", "b"], line: 1), CSVReader.Row(fields: ["multi\nline", "2"], line: 2),
      CSVReader.Row(fields: ["last", "3"], line: 5),
    ])
  }

  @Test func readerRejectsBrokenQuoting() {
    #expect(throws: CSVReader.Problem(line: 2, reason: "quoted field is never closed")) { try CSVReader().rows(in: "a\n\"open,b\n") }
    #expect(throws: CSVReader.Problem(line: 1, reason: "stray quote in an unquoted field (quote the whole field and double the quote)")) {
      try CSVReader().rows(in: "ab\"c\n")
    }
  }
}
