"""Tests: incidents."""
