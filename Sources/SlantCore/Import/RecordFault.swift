/// Why one record was left out; parsers throw it from a record's reader and turn it into an
/// `ImportProblem` with the record's line, so the rest of the file is still read.
struct RecordFault: Error {
  var reason: String
  /// The line of the part of the record at fault, when it is not the record's first line.
  var line: Int?

  init(_ reason: String, line: Int? = nil) {
    self.reason = reason
    self.line = line
  }
}
