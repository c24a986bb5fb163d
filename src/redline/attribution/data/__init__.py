"""Attribution cue lists (TOML data)."""
