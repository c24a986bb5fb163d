"""positions stage."""
