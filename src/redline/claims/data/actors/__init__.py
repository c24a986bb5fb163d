"""Bundled actor registry data: states, IGOs and blocs, domestic bodies, people."""
