"""The counting station's window (`presidium count`): ballot-by-ballot entry by keys."""
