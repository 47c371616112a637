"""Incidents: the record and its vocabulary, extraction from text, ingest, import and export,
queries, and the storage engines. Built on :mod:`gazetteer`; knows nothing of the page."""
