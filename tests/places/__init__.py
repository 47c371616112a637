"""Tests: places."""
