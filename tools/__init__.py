"""Developer and demo tools (make demo, contracts doc, translations)."""

import gc
import os
import sys


def fresh_outputs(folder):
    """Create ``folder`` and return ``dest(name)``: the path of ``name`` in it, any earlier file of
    that name removed first (a demo's outputs are created, never appended to)."""
    os.makedirs(folder, exist_ok=True)

    def dest(name):
        path = os.path.join(folder, name)
        if os.path.exists(path):
            os.remove(path)
        return path

    return dest


def run_with_qgis(body):
    """Run ``body(feedback)`` in a headless QGIS with Processing and this plugin's provider; return
    its exit status. ``feedback`` prints the algorithms' log on the terminal.

    QGIS is shut down only after every layer, feedback and algorithm object of the run is freed:
    freed after exitQgis(), at interpreter exit, they crash the process (exit code 139) although
    every output is complete (tests/test_demo.py runs the demo as a process for that reason).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        status = _run_with_provider(body)
    finally:
        gc.collect()
        app.exitQgis()
    return status


def _run_with_provider(body):
    from qgis.core import QgsApplication

    sys.path.append(os.path.join(QgsApplication.prefixPath(), "python", "plugins"))
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from ..processing_provider.provider import CarbonMeteringProvider

    provider = CarbonMeteringProvider()  # kept referenced for the whole run
    QgsApplication.processingRegistry().addProvider(provider)
    return body(terminal_feedback())


def terminal_feedback():
    """A QgsProcessingFeedback printing info and warnings on stdout, errors on stderr."""
    from qgis.core import QgsProcessingFeedback

    class TerminalFeedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            if not info.startswith("Results:"):  # a model's own dump of every child's results
                print("  " + info)

        def pushWarning(self, warning):  # noqa: N802
            print("  WARNING: " + warning)

        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            print("  ERROR: " + error, file=sys.stderr)

    return TerminalFeedback()
