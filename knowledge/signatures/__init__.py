"""Signatures read from what a task's text says: which document someone must sign or approve, by
whom, who gets it back, and which method steps receive and sign it. Found from the Danish verbs
and their places in the sentence, not from known document names."""

from knowledge.signatures.assembly import extract_signatures

__all__ = ["extract_signatures"]
