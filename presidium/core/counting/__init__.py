"""The counting committee's tool, without Qt, SQLite or Word: ballot entries, validity rules,
tallies, reconciliation across stations, and the result file the podium receives.

entries   one ballot as entered; the ENTRIES file format of `presidium count --script`
rules     which ballots are valid, as data (the Party's defaults, overridable by the program)
paper     the ballot paper of a round; `judge` says what an entry counts for
station   a station's journal as a pure fold (count-open, entry, entry-undo, entry-correct)
tally     figures of one station; `reconcile` compares stations ballot by ballot
result    the result document and its checks at the podium
"""
