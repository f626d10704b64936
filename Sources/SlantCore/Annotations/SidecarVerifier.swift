/// Checks a sidecar against its document: the sidecar names the document, offsets lie inside the
/// text and on character boundaries, quotes match the text, nothing is orphaned, labels are
/// known. It reads only; what re-anchoring would do is reported, not written.
public struct SidecarVerifier: Sendable {
  public var labels: LabelSet

  public init(labels: LabelSet) { self.labels = labels }

  /// The problems of `sidecar`, stored at `path`, against `text`, in annotation order.
  public func problems(in sidecar: Sidecar, path: String, document: DocumentID, text: AnchorText) -> [SidecarProblem] {
    var problems: [SidecarProblem] = []
    if sidecar.document != document {
      problems.append(SidecarProblem(path: path, message: "names the document '\(sidecar.document)' but belongs to '\(document)'"))
    }
    let textChanged = sidecar.textFingerprint != nil && sidecar.textFingerprint != text.fingerprint
    if textChanged {
      problems.append(SidecarProblem(path: path, message: "the text changed since it was annotated; the next 'slant annotate' of this document re-anchors it"))
    }
    for annotation in sidecar.annotations {
      let id = annotation.id
      for label in annotation.labels where !labels.contains(label) {
        let hint = labels.closest(to: label).map { " (did you mean '\($0)'?)" } ?? ""
        problems.append(SidecarProblem(path: path, annotationID: id, message: "unknown label '\(label)'\(hint); it is kept, add it to labels.txt or change it"))
      }
      if annotation.isOrphaned {
        problems.append(SidecarProblem(path: path, annotationID: id, message: "orphaned: \(Self.shown(annotation.target.quote.exact)) is no longer in the text; re-target or remove it"))
        continue
      }
      if let problem = placementProblem(annotation.target, in: text) {
        problems.append(SidecarProblem(path: path, annotationID: id, message: problem + "; " + preview(annotation, in: text)))
      }
    }
    return problems
  }

  private func placementProblem(_ target: AnnotationTarget, in text: AnchorText) -> String? {
    let range = target.position
    guard range.scalarStart >= 0, range.scalarStart <= range.scalarEnd, range.scalarEnd <= text.scalarCount,
      let utf8Range = text.offsets.utf8Range(scalar: range.scalarRange)
    else {
      return "offsets \(range.scalarStart)-\(range.scalarEnd) lie outside the text (\(text.scalarCount) code points)"
    }
    for offset in [utf8Range.lowerBound, utf8Range.upperBound] {
      let index = text.text.utf8.index(text.text.utf8.startIndex, offsetBy: offset)
      guard index.samePosition(in: text.text) != nil else {
        return "offset \(text.offsets.scalarOffset(utf8: offset)) splits a character"
      }
    }
    guard text.text.slice(utf8: utf8Range) == target.quote.exact[...] else {
      return "quote \(Self.shown(target.quote.exact)) does not match the text at \(range.scalarStart)-\(range.scalarEnd)"
    }
    return nil
  }

  private func preview(_ annotation: Annotation, in text: AnchorText) -> String {
    switch Reanchorer().reanchor(annotation, in: text).outcome {
    case .kept: "re-anchoring keeps it in place"
    case .moved(_, let to): "re-anchoring would move it to \(to)"
    case .fuzzy(let edits): "re-anchoring would place it with \(edits) edits"
    case .orphaned: "re-anchoring cannot place it"
    }
  }

  /// A quote shortened for a one-line message.
  private static func shown(_ quote: String) -> String {
    let flat = quote.replacingLineEnds()
    return "'" + (flat.unicodeScalars.count > 60 ? String(String.UnicodeScalarView(flat.unicodeScalars.prefix(57))) + "…" : flat) + "'"
  }
}

extension StringProtocol {
  /// The text with each line end shown as a single space.
  fileprivate func replacingLineEnds() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
  }
}
