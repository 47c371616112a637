"""The Streamlit page and its map: thin, over :mod:`incidents` (no database or cluster driver here)."""
