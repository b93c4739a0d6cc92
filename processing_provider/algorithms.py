"""The registry of algorithm classes the provider loads (one line each)."""

from .create_survey import CreateSurvey
from .import_survey import ImportSurvey

ALGORITHMS = [CreateSurvey, ImportSurvey]
