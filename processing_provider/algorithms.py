"""The registry of algorithm classes the provider loads (one line each)."""

from .create_survey import CreateSurvey

ALGORITHMS = [CreateSurvey]
