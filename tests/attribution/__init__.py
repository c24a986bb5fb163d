"""Tests of the attribution span rules."""
