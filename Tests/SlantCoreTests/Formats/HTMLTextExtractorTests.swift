import SlantCore
import Testing

/// The HTML article extractor: title and paragraphs, nothing else, entities decoded.
@Suite struct HTMLTextExtractorTests {
  let extractor = HTMLTextExtractor()

  @Test func titleAndParagraphsWithoutScriptsStylesNavigationHeadersFootersOrComments() {
    let page = """
      <!DOCTYPE html><html><head><title>Talks fail | The Daily</title>
      <style>p { color: red }</style><script>var s = "<p>not text</p>";</script></head>
      <body><header><nav><a href="/">Home</a> <a href='/world'>World</a></nav>
      <h1 class="headline">Talks   fail &amp; leaders
        walk out</h1></header>
      <!-- an <p>advert</p> --><article>
      <p>The talks failed on Monday.&nbsp;Leaders left.</p>
      <p data-x="a > b">“It is over,” said Ana&#8217;s aide &mdash; again.<br>New line &#x1F600;.</p>
      <aside>Read more</aside><ul><li>One point</li><li>Another</li></ul></article>
      <footer>&copy; The Daily</footer><noscript>Enable scripts</noscript></body></html>
      """
    let article = extractor.article(in: page)
    #expect(article.title == "Talks fail & leaders walk out")
    #expect(article.text == """
      The talks failed on Monday.\u{A0}Leaders left.

      “It is over,” said Ana’s aide — again.
      New line 😀.

      One point

      Another

      """)
  }

  @Test func theTitleElementIsTheTitleWhenThereIsNoHeading() {
    let article = extractor.article(in: "<html><head><title>A &quot;deal&quot;</title></head><body><p>Text.</p></body></html>")
    #expect(article.title == "A \"deal\"")
    #expect(article.text == "Text.\n")
  }

  @Test(arguments: [
    ("a < b and c&d &unknown; &amp &amp;", "a < b and c&d &unknown; &amp &"),
    ("&#0; &#xD800; &#150; &lt;p&gt;", "\u{FFFD} \u{FFFD} – <p>"),
    ("<P>Upper</P><SCRIPT>x</SCRIPT>case", "Upper\n\ncase"),
    ("unclosed <b>bold <i>italic", "unclosed bold italic"),
    ("<h1>Title</h1><h1>Second</h1>after", "Second\n\nafter"),
  ])
  func lenientReading(html: String, text: String) {
    #expect(extractor.article(in: "<body>" + html + "</body>").text == text + "\n")
  }

  @Test func offsetsCountInTheExtractedText() {
    let sample = MarkedText("⟦The talks failed.⟧ ⟦Leaders “left”.⟧\n\n⟦It is over.⟧\n")
    let text = extractor.article(in: "<p>The <em>talks</em> failed.\n  Leaders &ldquo;left&rdquo;.</p><div><p>It is over.</p></div>").text
    #expect(text == sample.text)
    #expect(SentenceSegmenter().sentences(in: text).map(\.utf8Range) == sample.ranges)
  }

  @Test(arguments: [("<!doctype html>\n<p>x", true), ("  <html lang=en>", true), ("\u{FEFF}<HEAD>", true), ("<b>bold</b> text", false), ("Plain.", false)])
  func pagesSavedUnderAnotherNameAreRecognised(text: String, isHTML: Bool) {
    #expect(HTMLTextExtractor.looksLikeHTML(text) == isHTML)
  }
}
