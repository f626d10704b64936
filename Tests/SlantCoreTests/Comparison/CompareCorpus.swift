import SlantCore

/// The three-outlet fixture corpus (`Fixtures/compare`), scored with the default lexicons, with
/// its two annotators' sidecars placed: what the comparison and agreement tests read.
///
/// The outlets cover one story (a maternity ward closure and the legal challenge to it): The
/// Daily Clarion in loaded, unsourced words; The Marlow Ledger attributed and hedged; Harbour
/// Wire plain and neutral. `ana` and `ben` annotated both Clarion's vote story and Wire's
/// challenge story; `ana` alone the Ledger's vote story, `ben` alone its challenge story.
enum CompareCorpus {
  static let workspace = Fixtures.path("compare")

  static let documents: [AnnotatedDocument] = {
    let repository = String(Fixtures.folder.dropLast("/Tests/SlantCoreTests/Fixtures".count))
    let scorer = Scorer(lexicons: LexiconLoader(workspace: repository).load([repository + "/lexicons"]).lexicons)
    let store = AnnotationStore(folder: workspace + "/annotations")
    let corpus = CorpusLoader(workspace: workspace).load([workspace + "/clarion", workspace + "/ledger", workspace + "/wire"])
    return corpus.documents.map { document in
      let sidecar = try! store.load(document.id).sidecar
      return AnnotatedDocument(scored: scorer.score(document), annotations: PlacedAnnotation.placed(sidecar, in: document, segmenter: scorer.segmenter))
    }
  }()

  static let tallies = documents.map { DocumentTally(scored: $0.scored, annotations: $0.annotations) }
}
