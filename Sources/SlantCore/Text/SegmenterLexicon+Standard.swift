extension SegmenterLexicon {
  /// The built-in lexicon: the text of `lexicons/abbreviations.list` as shipped (a test keeps
  /// the two equal).
  public static let standard = try! SegmenterLexicon(parsing: standardText, path: "lexicons/abbreviations.list")

  static let standardText = """
# Words that steer the sentence segmenter (see lexicons/README.md, "Sentence boundaries").
# One word per line, without its final dot; a word matches as written or with its first
# letter lowercased. This file is not a tagging lexicon: it ends in .list so that the
# lexicon loader, which reads every .txt file here, leaves it alone.

[never-ends]
# A sentence never ends after these: titles and ranks come before a name.
Mr
Mrs
Ms
Dr
Prof
Gen
Lt
Col
Maj
Capt
Sgt
Adm
Sen
Sens
Rep
Reps
Gov
Govs
Pres
Rev
St
Mt
No
Nos
N°
vs
approx
est
Fig
Vol
p
pp
i.e
e.g

[ends-before-opener]
# These end a sentence only when an opener follows; so do initialisms such as U.S and a.m
# and single capital letters such as the I of "you and I".
Jan
Feb
Mar
Apr
Jun
Jul
Aug
Sep
Sept
Oct
Nov
Dec
etc
Inc
Ltd
Co
Corp
Jr
Sr

[openers]
# Words that open sentences often and proper names rarely.
The
A
An
He
She
It
They
We
I
You
This
That
These
Those
But
And
In
On
At
His
Her
Its
Their
There
Meanwhile
However
Earlier
Later
How
What
Why
When
Where
Who
Is
Are
Was
Did
Do
Does
If

[wrap-endings]
# Lowercase words that end a hard-wrapped line in the middle of a sentence.
a
an
and
at
by
for
from
in
of
on
or
that
the
to
with
"""
}
