"""The program editor: `presidium edit [FILE]` and File → New program / Edit program at the podium."""
