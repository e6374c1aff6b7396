"""Readers that turn Word and spreadsheet files into the plain values of `presidium.core.importing`."""
