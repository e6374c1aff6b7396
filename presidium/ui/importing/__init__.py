"""The import's column-mapping step: the user sees the tables or sheets of a file with what each column
was read as, corrects a column's meaning, and imports. The reading and the import are Qt-free
(`presidium.app.importing`); this package only shows them. Its strings are in importing_vi.ts."""
