"""Bundled data files of the claims stage (lexicons, issues, actor registry)."""
