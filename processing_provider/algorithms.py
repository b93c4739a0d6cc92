"""The registry of algorithm classes the provider loads (one line each)."""

from .export_report import ExportReportAlgorithm

ALGORITHMS = [
    ExportReportAlgorithm,
]
