"""The registry of algorithm classes the provider loads (one line each)."""

ALGORITHMS = []
