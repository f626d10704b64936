import SlantCore
import SlantTerminal

/// One document's share of a comparison, made on any core: its tally, its sentences for the
/// alignment when asked for, and the problem with its sidecar, if any, to report in order.
/// `slant compare` and `slant report` both tally documents here, so that their figures agree.
struct ComparedDocument: Sendable {
  var tally: DocumentTally
  var sentences: [AlignmentSentence]
  var sidecarProblem: String?

  /// Scores `document` and reads its annotations from `store`.
  /// With `includingHeadline`, the headline is counted with the body as well as apart.
  init(
    _ document: Document, scorer: Scorer, store: AnnotationStore, keepingSentences: Bool, includingHeadline: Bool = false,
    grouping: ComparisonGrouping = .outlet
  ) {
    self.init(
      scorer.score(document, keepingTokens: true, keepingProbabilities: false), sidecar: Result { try store.load(document.id) }, segmenter: scorer.segmenter, keepingSentences: keepingSentences,
      includingHeadline: includingHeadline, grouping: grouping)
  }

  /// The share of a document already scored, with its sidecar already read (or the error that
  /// kept it from being read): the report reads each once for both its section and its tally.
  init(
    _ scored: ScoredDocument, sidecar: Result<SidecarSnapshot, any Error>, segmenter: SentenceSegmenter, keepingSentences: Bool,
    includingHeadline: Bool = false, grouping: ComparisonGrouping = .outlet
  ) {
    var annotations: [PlacedAnnotation] = []
    switch sidecar {
    case .success(let snapshot): if snapshot.exists { annotations = PlacedAnnotation.placed(snapshot.sidecar, in: scored.document, segmenter: segmenter) }
    case .failure(let error): sidecarProblem = "\(error)"
    }
    tally = DocumentTally(scored: scored, annotations: annotations, includingHeadline: includingHeadline)
    sentences = keepingSentences ? AlignmentSentence.sentences(of: scored, group: grouping.key(of: tally)) : []
  }
}
