import Testing
import SlantCore

/// Sentences written for each of the fifteen frame dimensions, scored with the default lexicons:
/// each must get the frame a coder would give it, whatever topic words it shares with others.
@Suite struct PrimaryFrameTests {
  static let scorer: Scorer = {
    let repository = String(Fixtures.folder.dropLast("/Tests/SlantCoreTests/Fixtures".count))
    return Scorer(lexicons: LexiconLoader(workspace: repository).load([repository + "/lexicons"]).lexicons)
  }()

  static func frame(of sentence: String) -> FrameChoice? {
    scorer.score(Document(id: DocumentID(path: "t.txt"), text: sentence)).sentences.first?.frame
  }

  @Test(arguments: [
    ("The new rules would impose a heavy burden on taxpayers and cost the economy billions of dollars a year.", "economic"),
    ("County jails are understaffed and the courts lack the resources to handle a growing backlog of cases.", "capacity"),
    ("For many believers, the question is a matter of conscience and the sanctity of human life.", "morality"),
    ("Critics say the rule creates a double standard that treats poor families unfairly.", "fairness"),
    ("A federal judge ruled that the order violates the constitution and struck it down.", "legality"),
    ("The proposal would require every state to expand the program, and supporters say it is the most effective way to fix the problem.", "policy"),
    ("The gunman was charged with murder and faces life in prison if convicted.", "crime"),
    ("Officials warned that the terrorist groups pose a threat to national security.", "security"),
    ("Doctors warned that the outbreak could overwhelm hospitals as infections rise and patients die.", "health"),
    ("Working families say they can no longer make ends meet or afford child care.", "quality-of-life"),
    ("The debate over the national anthem has become a fight over national identity and traditional values.", "cultural-identity"),
    ("A new poll shows that most Americans disapprove, and the backlash has grown into protests across the country.", "public-opinion"),
    ("Senate Republicans voted along party lines as the fight turned into a campaign issue before the midterms.", "political"),
    ("The summit ended without an agreement, and foreign governments warned of new sanctions on trading partners.", "external-regulation"),
    ("She recalled how her mother wept at the funeral, surrounded by old friends and memories.", "other"),
  ])
  func eachDimensionHasItsSentence(sentence: String, expected: String) throws {
    let frame = try #require(Self.frame(of: sentence), "\(sentence)")
    #expect(frame.name == expected, "\(sentence)")
    #expect(frame.probability > 0 && frame.probability < 1)
  }

  /// A second sentence for frames whose cues were rebuilt: what a measure would do (policy), the
  /// legislative contest (political), surveys (public opinion), strain (capacity), jobs (economic).
  @Test(arguments: [
    ("The plan would allow states to cap fees and expand eligibility for the tax credit.", "policy"),
    ("The bill passed the House on a party-line vote, but a veto threat from the White House hangs over it.", "political"),
    ("Democrats were twice as likely as Republicans to say they approve, according to the survey.", "public-opinion"),
    ("Hospitals are stretched thin, with staffing shortfalls and not enough beds for patients.", "capacity"),
    ("Hiring slowed as companies cut jobs and consumer spending fell for a third month.", "economic"),
    ("Parents juggling work-from-home schedules and child care say daily life has become exhausting.", "quality-of-life"),
    ("Statues of Confederate generals have become a fight over national identity and heritage.", "cultural-identity"),
    ("Looters smashed windows and police arrested dozens of rioters overnight.", "crime"),
  ])
  func rebuiltDimensionsHaveTheirSentence(sentence: String, expected: String) throws {
    #expect(try #require(Self.frame(of: sentence), "\(sentence)").name == expected, "\(sentence)")
  }

  @Test func aTopicNounSharedByEveryStoryGivesWayToTheFramingCue() throws {
    // *students* and *school* name the topic; the survey is how the sentence frames it.
    #expect(try #require(Self.frame(of: "Most students surveyed said the school had handled it well, a poll found.")).name == "public-opinion")
  }

  @Test func aSentenceWithoutFrameCuesHasNone() {
    #expect(Self.frame(of: "It was a quiet Tuesday afternoon.") == nil)
  }

  @Test func anEvaluativeCueOutweighsSeveralTopicWords() throws {
    // The president, the government and the administration name who acts; the burden on
    // taxpayers is how the sentence sees it.
    let frame = try #require(Self.frame(of: "The president said the government plan would be a burden on taxpayers, the administration said."))
    #expect(frame.name == "economic")
  }

  @Test func strongerCuesGiveAHigherProbability() throws {
    let weak = try #require(Self.frame(of: "The hospital opened on Monday."))
    let strong = try #require(Self.frame(of: "The hospital warned of a public health crisis as overdose deaths and infections rose."))
    #expect(weak.name == "health" && strong.name == "health")
    #expect(strong.probability > weak.probability)
  }
}
