"""Positions stage: the issue taxonomy now; claims → positions over time comes next."""

from redline.positions.taxonomy import issue_labels

__all__ = ["issue_labels"]
