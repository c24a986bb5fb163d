"""Root test configuration: shared fixtures live in ``tests/fixtures`` modules."""

pytest_plugins = [
    "tests.fixtures.paths",
    "tests.fixtures.nlp",
    "tests.fixtures.http_server",
]
