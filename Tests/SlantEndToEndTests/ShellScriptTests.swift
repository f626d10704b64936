import Foundation
import SlantCore
import Testing

/// `slant shell` driven through piped standard input, as `slant shell < script.txt` runs: every
/// command, every error message word for word, what is saved, and the exit status.
@Suite struct ShellScriptTests {
  let workspace: Workspace
  init() throws { workspace = try Workspace() }

  static let first = "seeds/000_fd96b963aaaca4c1.txt", second = "seeds/003_2ff4c70e4ea9fa7c.txt"

  /// The error lines a run printed, without the `slant: ` prefix.
  func errors(_ result: SlantProcess.Result) -> [String] {
    result.errors.split(separator: "\n").map { $0.hasPrefix("slant: ") ? String($0.dropFirst(7)) : String($0) }
  }

  @Test func startsWithAnOrientationAndPrintsNoPromptOrColourWhenPiped() throws {
    let result = try workspace.shell(["quit"])
    #expect(result.status == 0)
    #expect(result.errors.isEmpty)
    #expect(result.output.hasPrefix("slant shell — annotating as tester\n  2 documents from 2 outlets: News18 1, The Daily Guardian 1\n  27 sentences, 0 annotated\n"))
    #expect(!result.output.contains("> "))
    #expect(!result.output.contains("\u{1B}["))
  }

  @Test func readingCommandsMoveAndShowSentences() throws {
    let result = try workspace.shell(["show", "next", "goto 9", "prev", "open 2", "show 0", "docs", "docs guardian", "open 000", "meta"])
    #expect(result.status == 0, "\(result.errors)")
    let output = result.output
    #expect(output.contains(try Snapshot.text("show-first-seed-sentence-1")))
    #expect(output.contains("sentence 9 of 0-13\n"))
    #expect(output.contains("sentence 8 of 0-13\n"))
    #expect(output.contains("seeds/003_2ff4c70e4ea9fa7c.txt — The Daily Guardian, 2022-02-23, 13 sentences\n  Pakistan PM Imran Khan's ill-timed first visit to Russia begins today\n"))
    #expect(output.contains("*    2  The Daily Guardian  2022-02-23  seeds/003_2ff4c70e4ea9fa7c.txt\n"))
    #expect(output.contains("     1  News18  2022-02-23  seeds/000_fd96b963aaaca4c1.txt\n*    2  The Daily Guardian  2022-02-23  seeds/003_2ff4c70e4ea9fa7c.txt\n*    2"))
    #expect(output.hasSuffix(try Snapshot.text("meta-first-seed")))
  }

  @Test func readingErrorsAreOneLineEachAndTheShellGoesOnToExitOne() throws {
    let result = try workspace.shell([
      "prev", "goto 40", "goto x", "open 5", "open nowhere.txt", "open seeds", "docs zzz", "nxt", "show 1 2", "find", "label", "\"unclosed", "next",
    ])
    #expect(result.status == 1)
    #expect(
      errors(result) == [
        "already at the first sentence of the corpus",
        "seeds/000_fd96b963aaaca4c1.txt has sentences 0-13, not 40",
        "show: 'x' is not a sentence number",
        "no document '5'; 'docs' lists them",
        "no document 'nowhere.txt'; 'docs' lists them",
        "'seeds' matches 2 documents (seeds/000_fd96b963aaaca4c1.txt, seeds/003_2ff4c70e4ea9fa7c.txt); type more of the name or its number",
        "unknown command 'nxt' (did you mean 'next'?); see 'help'",
        "show: unexpected argument '2'; see 'help show'",
        "find: missing TEXT|CATEGORY; see 'help find'",
        "label: missing [N] LABEL…; see 'help label'",
        "unclosed quote \"; close it or escape it with a backslash",
      ])
    #expect(result.output.contains("no document matches 'zzz'\n"))
    #expect(result.output.hasSuffix(try Snapshot.text("show-first-seed-sentence-1")))
  }

  @Test func findShowsKeywordsInContextForTextAndForCategories() throws {
    let result = try workspace.shell(["find Taliban", "find loaded.negative --limit 2", "find zebra"])
    #expect(result.status == 0)
    #expect(
      result.output.contains(
        "    1:12  News18  …viet-Afghan war to train [Taliban] and other insurgents in …\n    1:13  News18  …hanistan and helping the [Taliban] regime launch attacks on…\n2 matches in 1 document\n"))
    #expect(result.output.contains("     1:5  News18  …Putin’s highlighting [Islamophobia] and insults to Islamic…\n     1:6  News18  …onal issues, including [Islamophobia] and situation in Afgha…\n"))
    #expect(result.output.contains("8 matches in 2 documents; showing the first 2 (--limit N shows more)\n"))
    #expect(result.output.hasSuffix("no sentence has 'zebra'\n"))
  }

  @Test func labelSpanNoteAcceptAndRejectAreSavedAtOnce() throws {
    let result = try workspace.shell([
      "label 2 loaded unsupported", "label 2 loaded", "goto 10", "span \"sponsoring terrorism\" loaded", "note 2 the outlet's own voice",
      "accept 1", "reject 3", "unlabel 2 unsupported", "show 2",
    ])
    #expect(result.status == 0, "\(result.errors)")
    #expect(
      result.output.contains(
        "labelled seeds/000_fd96b963aaaca4c1.txt sentence 2 [loaded, unsupported]\nseeds/000_fd96b963aaaca4c1.txt sentence 2 already has [loaded] from you\n"))
    #expect(result.output.contains("labelled “sponsoring terrorism” in seeds/000_fd96b963aaaca4c1.txt sentence 10 [loaded]\n"))
    #expect(result.output.contains("noted on seeds/000_fd96b963aaaca4c1.txt sentence 2: the outlet's own voice\n"))
    #expect(result.output.contains("accepted hedged for seeds/000_fd96b963aaaca4c1.txt sentence 1\nrejected neutral for seeds/000_fd96b963aaaca4c1.txt sentence 3\n"))
    #expect(result.output.contains("unlabelled seeds/000_fd96b963aaaca4c1.txt sentence 2 [unsupported]\n"))
    #expect(result.output.contains("  you: loaded — the outlet's own voice ["))
    let sidecar = try #require(try workspace.firstSidecar())
    let saved = sidecar.annotations.map { "\($0.target.sentenceIndex ?? -1) \($0.target.unit.rawValue) \($0.labels) \($0.origin.kind) \($0.note ?? "-")" }.sorted()
    #expect(
      saved == [
        "1 sentence [\"hedged\"] suggestion -", "10 span [\"loaded\"] human -", "2 sentence [\"loaded\"] human the outlet's own voice",
        "3 sentence [] human rejected the scorer's neutral",
      ])
    #expect(sidecar.annotations.allSatisfy { $0.annotator == "tester" })
    #expect(sidecar.annotations.first { $0.target.unit == .span }?.target.quote.exact == "sponsoring terrorism")
  }

  @Test func annotatingErrorsNameWhatIsWrong() throws {
    let result = try workspace.shell([
      "label lodaed", "unlabel 2 loaded", "goto 1", "span \"the\" loaded", "span \"zebra\" loaded", "accept", "accept", "meta titel Red",
      "meta date 2022-02-30", "meta outlet", "label 99 loaded",
    ])
    #expect(result.status == 1)
    #expect(
      errors(result) == [
        "unknown label 'lodaed' (did you mean 'loaded'?); the labels are listed in annotations/labels.txt",
        "sentence 2 has no label 'loaded' from you",
        "'the' occurs 2 times in sentence 1: is unclear whe[the]r talks regardi | alks regarding [the] Ukraine crisis; quote more words to pick one",
        "'zebra' is not in sentence 1; 'show' prints it",
        "you already accepted 'hedged' for sentence 1",
        "unknown field 'titel' (did you mean 'title'?) (choose from outlet, date, title, url)",
        "the date needs YYYY-MM-DD, not '2022-02-30'",
        "meta: missing a value for outlet; see 'help meta'",
        "seeds/000_fd96b963aaaca4c1.txt has sentences 0-13, not 99",
      ])
  }

  @Test func metaSetsTheOutletInTheSidecarAndUndoTakesItBack() throws {
    let result = try workspace.shell(["meta outlet Dawn", "meta", "undo", "meta"])
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("set outlet of seeds/000_fd96b963aaaca4c1.txt to 'Dawn'\nseeds/000_fd96b963aaaca4c1.txt\n  outlet: Dawn\n"))
    #expect(result.output.contains("undid: set outlet of seeds/000_fd96b963aaaca4c1.txt to 'Dawn'\n"))
    #expect(try workspace.firstSidecar()?.metadata.outlet == nil)
  }

  @Test func undoAndRedoSurviveARestartAndWorkAcrossDocuments() throws {
    let first = try workspace.shell(["label 2 loaded", "open 2", "label 4 hedged"])
    #expect(first.status == 0, "\(first.errors)")
    let refused = try workspace.shell(["undo", "n"])
    #expect(refused.output.contains("the last change, 'labelled seeds/003_2ff4c70e4ea9fa7c.txt sentence 4 [hedged]'\nin seeds/003_2ff4c70e4ea9fa7c.txt, was made in an earlier session\n"))
    #expect(refused.output.hasSuffix("kept: labelled seeds/003_2ff4c70e4ea9fa7c.txt sentence 4 [hedged]\n"), "an earlier session's change needs a yes")
    let second = try workspace.shell(["undo", "y", "undo", "y", "undo"])
    #expect(second.status == 1)
    #expect(second.output.contains("undid: labelled seeds/003_2ff4c70e4ea9fa7c.txt sentence 4 [hedged]\n"))
    #expect(second.output.hasSuffix("undid: labelled seeds/000_fd96b963aaaca4c1.txt sentence 2 [loaded]\n"))
    #expect(errors(second) == ["nothing to undo"])
    #expect(try workspace.firstSidecar()?.annotations.isEmpty == true)
    let third = try workspace.shell(["redo", "redo", "redo"])
    #expect(third.output.hasSuffix("redid: labelled seeds/000_fd96b963aaaca4c1.txt sentence 2 [loaded]\nredid: labelled seeds/003_2ff4c70e4ea9fa7c.txt sentence 4 [hedged]\n"))
    #expect(errors(third) == ["nothing to redo"])
    #expect(try workspace.firstSidecar()?.annotations.map(\.labels) == [["loaded"]])
  }

  @Test func undoIsRefusedWhenAnotherWriterChangedTheAnnotationSince() throws {
    _ = try workspace.shell(["label 2 loaded"])
    let sidecar = try #require(try workspace.firstSidecar())
    var changed = sidecar.annotations[0]
    changed.labels = ["hedged"]
    let edited = Sidecar(document: sidecar.document, metadata: sidecar.metadata, textFingerprint: sidecar.textFingerprint, annotations: [changed])
    try workspace.write(Data(try SidecarFormat.encode(edited)), to: Workspace.sidecar)
    let result = try workspace.shell(["undo", "y"])
    #expect(result.status == 1)
    #expect(
      errors(result) == [
        "cannot undo 'labelled seeds/000_fd96b963aaaca4c1.txt sentence 2 [loaded]': annotation \(changed.id) was changed by another writer since it was read; nothing was changed"
      ])
    #expect(try workspace.firstSidecar()?.annotations == [changed])
  }

  @Test func reviewAnswersEachSuggestionWithOneKey() throws {
    let result = try workspace.shell(["review", "a", "r", "1", "s", "x", "q", "stats"])
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("accepted hedged for seeds/000_fd96b963aaaca4c1.txt sentence 1\n"))
    #expect(result.output.contains("review: 1 accepted, 1 rejected, 1 labelled, 1 skipped\n"), "an unknown key is asked again, not skipped")
    #expect(result.output.contains("label keys: 1\u{A0}loaded · 2\u{A0}name-calling · 3\u{A0}intensifier · "), "the keys are shown before the first answer")
    #expect(result.output.contains("review 1/22, 21 left after this\n"))
    #expect(errors(result) == ["'x' is no answer: a accept, r reject, s skip, u undo, q quit, ? keys, or a label key; try again"])
    let labels = try #require(try workspace.firstSidecar()).annotations.map(\.labels)
    #expect(labels.count == 3)
    #expect(labels.contains(["loaded"]) && labels.contains(["hedged"]) && labels.contains([]))
  }

  @Test func adjudicateRecordsTheResolvedLabelsApartFromTheAnnotators() throws {
    _ = try workspace.shell(["label 2 loaded"], annotator: "ana")
    _ = try workspace.shell(["label 2 hedged"], annotator: "ben")
    let result = try workspace.shell(["adjudicate", "loaded"], annotator: "cleo")
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("\n  ana  loaded\n  ben  hedged\n"))
    #expect(result.output.contains("resolved seeds/000_fd96b963aaaca4c1.txt sentence 2 as [loaded]\nadjudicate: 1 resolved, 0 skipped\n"))
    let annotations = try #require(try workspace.firstSidecar()).annotations
    #expect(Set(annotations.map(\.annotator)) == ["ana", "ben", "curator:cleo"])
    #expect(annotations.first { $0.annotator == "curator:cleo" }?.note == "adjudicated: ana loaded; ben hedged")
    let again = try workspace.shell(["adjudicate"], annotator: "cleo")
    #expect(again.output.hasSuffix("adjudicate: 0 resolved, 0 skipped\n"))
  }

  @Test func lexiconAddAppendsToTheCategorysFileAndRescoresAtOnce() throws {
    let result = try workspace.shell([
      "find embark", "lexicon add loaded.negative embark", "find loaded.negative --limit 1", "lexicon add loaded.negative embark",
      "lexicon add loaded.negatve x", "lexicon add loaded.negative \"a.b\"",
    ])
    #expect(result.status == 1)
    let lexicon = String(decoding: try workspace.read("lexicons/loaded.txt"), as: UTF8.self)
    let line = try #require(lexicon.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "embark")) + 1
    #expect(result.output.contains("added 'embark' to loaded.negative at lexicons/loaded.txt:\(line); rescoring the corpus\n"))
    #expect(result.output.contains("9 matches in 2 documents; showing the first 1 (--limit N shows more)\n"))
    #expect(result.output.contains("     1:0  News18  … minister Imran Khan will [embark] on a two-day trip to Russ…\n"))
    #expect(
      errors(result) == [
        "'embark' is already in loaded.negative at lexicons/loaded.txt:\(line)",
        "unknown category 'loaded.negatve' (did you mean 'loaded.negative'?); 'lexicon list' shows them",
        "cannot add 'a.b': 'a.b' contains '.', which splits it into separate tokens; terms match whole words (letters, digits, inner hyphens and apostrophes)",
      ])
    let check = try workspace.run(["lexicon", "check"])
    #expect(check.status == 0, "\(check.output)")
  }

  @Test func subcommandsRunAtThePromptWithTheSameOutputAsOnTheCommandLine() throws {
    _ = try workspace.shell(["label 2 loaded", "accept 1"])
    let shell = try workspace.shell(["export csv shell.csv", "lexicon check", "slant sentences --format tsv", "compare", "nonsense"])
    let command = try workspace.run(["export", "--format", "csv", "--output", "command.csv"])
    #expect(command.status == 0)
    #expect(try workspace.read("shell.csv") == workspace.read("command.csv"))
    #expect(shell.output.contains("exported csv to shell.csv\n"))
    let sentences = try workspace.run(["sentences", "seeds", "--format", "tsv"])
    #expect(shell.output.contains(sentences.output))
    let compare = try workspace.run(["compare", "seeds"])
    #expect(compare.status == 0)
    #expect(shell.output.contains(compare.output))
    #expect(shell.status == 1)
    #expect(errors(shell).last == "unknown command 'nonsense'; see 'help'")
  }

  @Test func helpListsEveryCommandFromTheTableAndDocumentsTheExitStatus() throws {
    let result = try workspace.shell(["help", "help review", "help lexicon add", "help nothing"])
    #expect(result.output.contains("  review          Walk the sentences with a scorer suggestion you have not\n                  answered, one key each.\n"), "fitted to 80 columns")
    #expect(result.output.contains("  lexicon check   Check the lexicon files"))
    #expect(result.output.contains("Usage: lexicon add CATEGORY PHRASE\n"))
    #expect(errors(result) == ["unknown command 'nothing'; see 'help'"])
    let help = try workspace.run(["help", "shell"])
    #expect(help.output.contains("it exits 1 at the end if any line failed, 0\notherwise."), "help is fitted to 80 columns in a pipe")
  }
}
