"""Ecological restoration (restoration guideline, methods.md §7): restoration areas and carbon benefit."""
