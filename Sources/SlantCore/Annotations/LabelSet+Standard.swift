extension LabelSet {
  /// The default labels, used when a workspace has no `annotations/labels.txt`; the committed
  /// file holds the same text.
  public static let standardText = """
    # Slant annotation labels: one a line as KEY NAME Description.
    # KEY is the one-key shortcut in the shell (case matters). Edit freely;
    # labels already used in sidecars but missing here are kept and reported.

    # Language and sourcing
    1 loaded Loaded language: words that pass judgement in the outlet's own voice.
    2 name-calling Pejorative labels applied to people, groups, parties or states.
    3 intensifier Words that amplify a claim beyond what the facts support.
    4 scare-quote Quotation marks or so-called used to distance the writer from a term.
    5 unsupported An assertion given as fact with no source or evidence.
    6 vague-source A claim attributed to an unnamed or collective source.
    7 attributed An assertion attributed to a named source.
    8 hedged An assertion softened or presented as possible.
    9 neutral Neutral wording: nothing to flag.

    # Frame dimensions (Boydstun et al., Policy Frames Codebook)
    E frame.economic Economic: costs, benefits, money.
    C frame.capacity Capacity and resources: what is available to act.
    M frame.morality Morality: religious or ethical implications.
    F frame.fairness Fairness and equality: equal or unequal treatment.
    L frame.legality Legality: laws, courts, constitutionality.
    P frame.policy Policy prescription and evaluation.
    K frame.crime Crime and punishment.
    D frame.security Security and defense.
    H frame.health Health and safety.
    W frame.quality-of-life Quality of life: effects on people's lives.
    I frame.cultural-identity Cultural identity: traditions, customs, values.
    O frame.public-opinion Public opinion: what the public thinks.
    T frame.political Political: actors, parties, campaigns.
    X frame.external-regulation External regulation and reputation: relations between states.
    Z frame.other Other framing.

    """

  /// The default labels, parsed from `standardText`.
  public static let standard: LabelSet = {
    do {
      return try LabelSet(parsing: standardText, path: "labels.txt")
    } catch {
      preconditionFailure("the built-in labels do not parse: \(error)")
    }
  }()
}
