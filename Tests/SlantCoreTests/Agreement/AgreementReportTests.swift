import Testing
import SlantCore

@Suite struct AgreementReportTests {
  let report = AgreementReport(documents: CompareCorpus.documents, labelOrder: LabelSet.standard.names)

  @Test func coversTheAnnotatedDocumentsOnly() {
    #expect(report.annotators == ["ana", "ben"])
    #expect(report.documents == 4)
    #expect(report.sentences == 7 + 4 + 8 + 5)
  }

  @Test func agreementOnUnsupportedByHand() throws {
    // Clarion's vote story: both label sentences 0-4 and 6 unsupported; on 5 ben says
    // unsupported, ana neutral. Wire's challenge story: neither says unsupported on 4 sentences.
    // The Ledger stories have one annotator each: not pairable.
    let unsupported = try #require(report.agreement.first { $0.label == "unsupported" })
    #expect(unsupported.items == 11)
    #expect(abs(try #require(unsupported.observed) - 10.0 / 11) < 1e-12)
    let pairs = Array(repeating: (true, true), count: 6) + [(false, true)] + Array(repeating: (false, false), count: 4)
    #expect(unsupported.kappa == CohenKappa.kappa(pairs))
    // Observed 110/121, chance (6·7 + 5·4)/121 = 62/121: kappa = 48/59.
    #expect(abs(try #require(unsupported.kappa) - 48.0 / 59) < 1e-12)
    let units = pairs.map { [$0.0, $0.1] }
    #expect(unsupported.alpha == KrippendorffAlpha.nominal(units))
  }

  @Test func labelsInTheLabelSetOrder() {
    #expect(report.agreement.map(\.label) == ["loaded", "scare-quote", "unsupported", "attributed", "hedged", "neutral"])
  }

  @Test func scorerAgainstPeopleAtSentenceLevel() throws {
    let unsupported = try #require(report.sentenceAccuracy.first { $0.label == "unsupported" })
    // People (at least half of the annotators): Clarion 0-6 all unsupported (sentence 5 by one of
    // two). The scorer: 0, 1, 3, 4, 6; it calls 2 and 5 neutral.
    #expect(unsupported.reference == 7 && unsupported.predicted == 5 && unsupported.predictedCorrect == 5)
    #expect(unsupported.precision == 1)
    #expect(abs(try #require(unsupported.recall) - 5.0 / 7) < 1e-12)
    let recall = 5.0 / 7, f1 = 2 * recall / (1 + recall)
    #expect(abs(try #require(unsupported.f1) - f1) < 1e-12)
    let neutral = try #require(report.sentenceAccuracy.first { $0.label == "neutral" })
    #expect(neutral.reference == 5, "Wire's four and Clarion's sentence 5 (one of two annotators)")
  }

  @Test func spansByOverlap() throws {
    let loaded = try #require(report.spanAccuracy.first { $0.label == "loaded" })
    // Spans: ana ruthless, shameful, reckless, trek, farce, squandered; ben ruthless, trek, botched.
    #expect(loaded.reference == 9 && loaded.referenceFound == 7, "both 'trek' spans have no entry")
    // Hits: ruthless, shameful, reckless, farce, botched, disgrace, squandered; nobody marked 'disgrace'.
    #expect(loaded.predicted == 7 && loaded.predictedCorrect == 6)
    #expect(report.spanAccuracy.map(\.label) == ["loaded", "scare-quote"])
  }

  @Test func entriesAreJudgedAgainstPeople() throws {
    let may = try #require(report.entries.first { $0.term == "may" })
    #expect(may.fired == 1 && may.confirmed == 1, "only 'the savings may be smaller' fires; the month May does not")
    let disgrace = try #require(report.entries.first { $0.term == "disgrace" })
    #expect(disgrace.fired == 1 && disgrace.confirmed == 0 && disgrace.precision == 0)
    #expect(report.misfires.allSatisfy { $0.fired >= AgreementReport.minimumFiringsToJudge && $0.precision < 0.5 })
  }

  @Test func phrasesPeopleMarkedThatNoEntryCoversBecomeLexiconLines() throws {
    let trek = try #require(report.suggestions.first)
    #expect(trek.phrase == "trek" && trek.category == "loaded.negative" && trek.count == 2 && trek.annotators == 2)
    #expect(trek.lexiconLine == "trek | note labelled loaded 2 times by 2 people (slant agree)")
    let parsed = LexiconParser().parse("[loaded.negative] Test.\n" + trek.lexiconLine + "\n", path: "t.txt")
    #expect(parsed.problems.isEmpty && parsed.lexicon.entries.map(\.term) == ["trek"])
  }

  @Test func weakenedLinesParseAsWeakEntries() throws {
    let entry = try #require(report.entries.first)
    let parsed = LexiconParser().parse("[\(entry.category)] Test.\n" + entry.weakenedLine + "\n", path: "t.txt")
    #expect(parsed.problems.isEmpty)
    #expect(parsed.lexicon.entries.first?.isDecisive == false)
  }

  @Test func noAnnotationsGiveAnEmptyReport() {
    let empty = AgreementReport(documents: CompareCorpus.documents.map { AnnotatedDocument(scored: $0.scored, annotations: []) })
    #expect(empty.documents == 0 && empty.agreement.isEmpty && empty.entries.isEmpty && empty.suggestions.isEmpty)
  }
}
