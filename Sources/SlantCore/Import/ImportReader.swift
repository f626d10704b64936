/// Reads one imported file in a known format: the one entry point the command calls per file.
public enum ImportReader {
  /// The records of `text`, read from `path`, as `format`.
  /// - Parameter bratText: for brat, the text of the `.txt` beside the `.ann`
  ///   (`BratParser.textPath(forAnnotationPath:)`), or nil when it could not be read.
  /// - Throws: `ImportError` when the whole file is unusable (bad JSON or CSV, a CSV header
  ///   without the needed columns, brat without its text); bad records are problems in the batch.
  public static func read(_ text: String, path: String, format: ImportFormat, bratText: String? = nil) throws -> ImportBatch {
    switch format {
    case .exportJSONLines: return SlantExportParser.jsonLines(text, path: path)
    case .exportCSV: return try SlantExportParser.csv(text, path: path)
    case .brat:
      let textPath = BratParser.textPath(forAnnotationPath: path)
      guard let bratText else { throw ImportError.missingBratText(annotationPath: path, textPath: textPath) }
      return BratParser.parse(text, annotationPath: path, text: bratText, textPath: textPath)
    case .doccano: return DoccanoParser.parse(text, path: path)
    case .labelStudio: return try LabelStudioParser.parse(text, path: path)
    case .w3c: return try W3CAnnotationParser.parse(text, path: path)
    }
  }
}
