extension ComparisonCSV {
  /// The rows of the frame profiles: `primary_frame_articles` and `primary_frame_sentences`
  /// (key = the frame, count of total, value = the share with its bounds over documents),
  /// `distinguishing_frame` (value = the group's sentence share minus the other groups'), and for
  /// a one-document group `article_frame` and `article_frame_runner_up` (value = probability).
  static func frameRows(_ comparison: FramingComparison) -> [[String]] {
    var rows: [[String]] = []
    for profile in comparison.frameProfiles {
      for share in profile.shares {
        for (measure, estimate) in [("primary_frame_articles", share.articles), ("primary_frame_sentences", share.sentences)] {
          rows.append([
            profile.group, measure, share.frame, "", "\(estimate.count)", "\(estimate.total)", number(estimate.share), estimate.lower.map(number) ?? "",
            estimate.upper.map(number) ?? "", "", "",
          ])
        }
      }
      for frame in profile.distinguishing {
        rows.append([profile.group, "distinguishing_frame", frame.frame, "", "", "", number(frame.difference), number(frame.lower), number(frame.upper), "", ""])
      }
      for (measure, choice) in [("article_frame", profile.article?.primary), ("article_frame_runner_up", profile.article?.runnerUp)] {
        if let choice { rows.append([profile.group, measure, choice.category, "", "", "", number(choice.probability), "", "", "", ""]) }
      }
    }
    return rows
  }
}
