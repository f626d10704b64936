import Foundation
import Testing

@Suite struct ReportCommandTests {
  @Test func writesOnePageForTheSeedsWithTheirAnnotationsAndReportsItsSize() throws {
    let workspace = try Workspace()
    _ = try workspace.run(["annotate", Workspace.seed, "--sentence", "2", "--label", "unsupported", "--note", "<b>bold</b> claim & more"])
    let result = try workspace.run(["report", "seeds", "--html", "out/report.html"])
    #expect(result.status == 0)
    let page = try workspace.read("out/report.html")
    #expect(result.errors.hasSuffix("\nslant: wrote out/report.html (\(Self.size(page.count))): 2 documents from 2 outlets\n"))
    #expect(result.errors.hasPrefix("slant: 2 documents, 27 sentences, 0 skipped, "))
    let html = String(decoding: page, as: UTF8.self)
    #expect(html.contains("&lt;b&gt;bold&lt;/b&gt; claim &amp; more") && !html.contains("<b>bold"))
    #expect(html.contains("<figure class=\"chart\" id=\"chart-loaded\">") && html.contains("<figure class=\"chart\" id=\"chart-words\">"))
    #expect(html.contains("News18: 1 document (fewer than 5: no interval, since a bootstrap over so few articles cannot see how articles vary) and 14 sentences"), "the thin-data warning")
    for name in ["News18", "The Daily Guardian", "seeds/000_fd96b963aaaca4c1.txt", "seeds/003_2ff4c70e4ea9fa7c.txt", "lexicons/loaded.txt"] {
      #expect(html.contains(name))
    }
  }

  @Test func refusesToRunWithoutAnOutputFile() throws {
    let result = try SlantProcess.run(["report", "seeds"])
    #expect(result.status == 64)
    #expect(result.errors == "slant: report: missing --html FILE; see 'slant help report'\n")
  }

  @Test func unwritableOutputIsOneLineNamingThePath() throws {
    let result = try SlantProcess.run(["report", "seeds", "--html", "/proc/report.html"])
    #expect(result.status == 1)
    let lines = result.errors.split(separator: "\n")
    #expect(lines.count == 2, "the batch's summary, then the one error")
    #expect(lines.last?.hasPrefix("slant: /proc/report.html: cannot write: ") == true)
  }

  static func size(_ bytes: Int) -> String {
    bytes < 1_000_000 ? String(format: "%.1f KB", Double(bytes) / 1000) : String(format: "%.1f MB", Double(bytes) / 1_000_000)
  }
}
