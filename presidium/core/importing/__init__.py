"""Recognising a congress program in the documents offices already keep: pure, Qt-, docx- and Excel-free.

Readers in `presidium.infra.importers` hand over paragraphs, tables and sheets as plain values
(`model`); `recognise` finds the shape (tables, prose, program list with steps, spreadsheet) and fills a
`Draft`; `toml_out` writes the program file. `words`, `lines` and `blanks` read the everyday forms of
times, durations, headings, presenters and dotted blanks; `said` holds ImportRefused (the words are the catalogue's "importing" area).
"""
