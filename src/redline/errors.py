"""The exception tree. Every user-facing error carries a stable code.

::

    RedlineError (E000)
     ├── ConfigError (E010)
     ├── IngestError (E100)
     │    ├── SourceNotFound (E101)        also FileNotFoundError
     │    ├── NoArticlesFound (E102)
     │    └── UnsupportedInput (E103)      also ValueError
     ├── ExtractionError (E200)
     ├── NLPError (E300)
     │    └── ModelNotInstalled (E301)
     ├── ClaimsError (E400)
     │    ├── RegistryError (E401)         a bad actor or lexicon data file
     │    └── ClassifierError (E402)       a missing or unreadable trained model
     ├── StoreError (E500)
     │    └── MigrationError (E501)
     └── EvaluationError (E600)
          └── AnnotationFormatError (E601) also ValueError: a bad gold/PLV/brat file

Per-article outcomes (empty page, wrong language, too large) are not exceptions: they
are :class:`redline.model.ArticleResult` values with a :class:`redline.model.Status`.
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "AnnotationFormatError",
    "ClaimsError",
    "ClassifierError",
    "ConfigError",
    "EvaluationError",
    "ExtractionError",
    "IngestError",
    "MigrationError",
    "ModelNotInstalled",
    "NLPError",
    "NoArticlesFound",
    "RedlineError",
    "RegistryError",
    "SourceNotFound",
    "StoreError",
    "UnsupportedInput",
]


class RedlineError(Exception):
    """Root of every error redline raises."""

    code: ClassVar[str] = "E000"

    def __str__(self) -> str:
        """Prefix the message with the stable code."""
        return f"{self.code}: {super().__str__()}"


class ConfigError(RedlineError):
    """A setting, settings file or environment variable is invalid."""

    code = "E010"


class IngestError(RedlineError):
    """An input could not be read."""

    code = "E100"


class SourceNotFound(IngestError, FileNotFoundError):
    """A path given as input does not exist."""

    code = "E101"


class NoArticlesFound(IngestError):
    """A directory or container held no article inputs."""

    code = "E102"


class UnsupportedInput(IngestError, ValueError):
    """An input type was forced or detected that no reader handles."""

    code = "E103"


class ExtractionError(RedlineError):
    """Article extraction failed in a way that is a bug, not an input outcome."""

    code = "E200"


class NLPError(RedlineError):
    """The NLP stage failed."""

    code = "E300"


class ModelNotInstalled(NLPError):
    """The pinned spaCy model package is not installed."""

    code = "E301"


class ClaimsError(RedlineError):
    """Claim extraction failed."""

    code = "E400"


class RegistryError(ClaimsError):
    """An actor registry, cue lexicon or issue data file is invalid."""

    code = "E401"


class ClassifierError(ClaimsError):
    """A trained model shipped with redline is missing or cannot be read."""

    code = "E402"


class StoreError(RedlineError):
    """The database could not be opened, migrated or written."""

    code = "E500"


class MigrationError(StoreError):
    """Applying schema migrations failed."""

    code = "E501"


class EvaluationError(RedlineError):
    """An evaluation could not run."""

    code = "E600"


class AnnotationFormatError(EvaluationError, ValueError):
    """An annotation file (gold JSON, PLV TSV, brat standoff) is malformed."""

    code = "E601"
