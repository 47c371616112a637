"""Incident table, command line and Streamlit page built on the :mod:`gazetteer` resolver."""
