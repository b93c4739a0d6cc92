"""The one small base class every Carbon Metering algorithm derives from."""

import contextlib
import functools
import os

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl

from ..metering.errors import Cancelled, MeteringError
from . import messages, output_guard
from .qgis_io import cancelled_error, reopen_geopackage_layer

#: Group ids of the provider's systems (``GROUP_ID`` of each algorithm class).
GROUP_PARCEL = "parcel_metering"
GROUP_SURVEY = "survey"
GROUP_REMOTE_SENSING = "remote_sensing"
GROUP_URBAN_MONITORING = "urban_monitoring"
GROUP_RESTORATION = "restoration"
GROUP_LIDAR = "lidar"

#: The parcel chain's documents by algorithm id.
ALGORITHM_DOCS = {
    "plot_carbon": "docs/plot_carbon.md",
    "stratum_density": "docs/stock.md",
    "parcel_stock": "docs/stock.md",
    "uncertainty": "docs/uncertainty.md",
    "export_report": "docs/report.md",
}

#: Each group's document, where an algorithm names none of its own.
GROUP_DOCS = {
    GROUP_SURVEY: "docs/survey.md",
    GROUP_REMOTE_SENSING: "docs/remote_sensing.md",
    GROUP_URBAN_MONITORING: "docs/urban_monitoring.md",
    GROUP_RESTORATION: "docs/restoration.md",
    GROUP_LIDAR: "docs/lidar.md",
}


class CarbonAlgorithm(QgsProcessingAlgorithm):
    """Shared plumbing: translation by class name, ``createInstance``, groups.

    Subclasses set ``GROUP_ID`` (a stable id) and implement ``group()`` with a
    literal ``self.tr(...)`` so pylupdate can extract it.
    """

    GROUP_ID = "parcel_metering"
    #: Destination name -> input names it may replace on purpose (an in-place update); see output_guard.
    OUTPUT_MAY_REPLACE = {}

    def __init_subclass__(cls, **kwargs):
        # Every algorithm's processAlgorithm first checks that no destination is an input
        # (processing_provider/output_guard.py), before it can create a sink: no algorithm
        # has to remember to call it.
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is None or getattr(process, "_outputs_guarded", False):
            return

        @functools.wraps(process)
        def guarded(self, parameters, context, feedback):
            self.check_outputs_not_inputs(parameters, context)
            results = process(self, parameters, context, feedback)
            self.style_outputs(results, parameters, context)
            return results

        guarded._outputs_guarded = True
        cls.processAlgorithm = guarded

    #: Output name -> table name of layer_style (translated layer name, shipped styles/<table>.qml).
    OUTPUT_STYLES = {}

    def style_outputs(self, results, parameters, context):
        """Outputs loaded into the project get their translated name and shipped style (issue 15)."""
        if not self.OUTPUT_STYLES or not isinstance(results, dict):
            return
        from .layer_style import style_on_load

        for output, table in self.OUTPUT_STYLES.items():
            style_on_load(context, results.get(output), table, self.output_title_suffix(output, parameters, context))

    def output_title_suffix(self, output, parameters, context):
        """Text after an output layer's translated name (e.g. the year of a density table)."""
        return ""

    def check_outputs_not_inputs(self, parameters, context):
        """Stop with a message naming both parameters when a destination would overwrite an input."""
        with self.core_errors():
            output_guard.check(self, parameters, context)

    def tr(self, text):
        # The class name as context, as QGIS's own algorithms do: a fixed
        # context string shared by all classes could never be told apart.
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    #: The document that explains the algorithm (relative to the plugin folder); no public site
    #: exists yet, so help leads to the plugin's own documentation, which ships in the zip.
    HELP_DOC = ""

    def helpUrl(self):  # noqa: N802
        return QUrl.fromLocalFile(self.help_doc_path()).toString()

    def help_doc_path(self):
        """The absolute path of the algorithm's document (its HELP_DOC, its group's, or the README)."""
        plugin_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        for relative in (self.HELP_DOC, ALGORITHM_DOCS.get(self.name(), ""), GROUP_DOCS.get(self.GROUP_ID, "")):
            if relative and os.path.exists(os.path.join(plugin_dir, relative)):
                return os.path.join(plugin_dir, relative)
        return os.path.join(plugin_dir, "README.md")

    def parameterAsSource(self, parameters, name, context):  # noqa: N802 (QGIS API)
        """The feature source of ``name``, read through a fresh connection when it is a GeoPackage
        layer that an earlier step of a model may have left stale (see reopen_geopackage_layer)."""
        # (overlay branch) a private layer on a fresh connection; the user's layer is never reloaded
        fresh = reopen_geopackage_layer(self.parameterAsVectorLayer(parameters, name, context))
        value = parameters.get(name) if isinstance(parameters, dict) else None
        partial = isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit != -1)
        if fresh is None or partial:
            return super().parameterAsSource(parameters, name, context)
        self._private_layers = getattr(self, "_private_layers", []) + [fresh]
        source = QgsProcessingFeatureSource(fresh, context)
        source.arrow_layer = fresh  # the whole layer: qgis_io may read its file through GDAL's Arrow stream
        return source

    def parameterAsFields(self, parameters, name, context):  # noqa: N802 (QGIS API)
        """The fields of ``name``; a field parameter left out of ``processing.run``/``qgis_process``
        takes its documented default (QGIS 3.22 returns no field for a value that was never given)."""
        fields = super().parameterAsFields(parameters, name, context)
        if fields or (isinstance(parameters, dict) and parameters.get(name) not in (None, "")):
            return fields
        definition = self.parameterDefinition(name)
        default = definition.defaultValue() if definition is not None else None
        if isinstance(default, str) and default:
            return [default]
        if isinstance(default, (list, tuple)):
            return [str(d) for d in default if d]
        return fields

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        """As QGIS checks them, except that a field parameter left out counts as its default."""
        filled = dict(parameters)
        for definition in self.parameterDefinitions():
            if definition.type() == "field" and filled.get(definition.name()) in (None, "") \
                    and definition.defaultValue():
                filled[definition.name()] = definition.defaultValue()
        return super().checkParameterValues(filled, context)

    def fail(self, message):
        """Raise a translated, actionable error (``message`` is already tr()'d)."""
        raise QgsProcessingException(message)

    @staticmethod
    def core_progress(feedback, start=0.0, stop=100.0):
        """The core's progress callback (metering.errors protocol) on ``feedback``'s bar.

        The core reports fractions 0…1; they land between ``start`` and ``stop``
        percent. The callback answers True (stop) once the user has cancelled.
        """
        if feedback is None:
            return None
        span = float(stop) - float(start)

        def progress(fraction):
            feedback.setProgress(float(start) + span * float(fraction))
            return feedback.isCanceled()

        return progress

    @staticmethod
    @contextlib.contextmanager
    def core_errors():
        """Turn the core's ``MeteringError`` and ``Cancelled`` into translated QgsProcessingExceptions.

        ``with self.core_errors(): result = core.function(...)``
        """
        try:
            yield
        except (MeteringError, Cancelled) as error:
            raise messages.exception(error) from None

    @staticmethod
    def log_notes(feedback, notes):
        """Log the core's notes (metering.errors.Note), translated."""
        for note in notes or ():
            messages.log_note(feedback, note)

    def provenance_frame(self, parameters, context, started, files=(), layers=(), outputs=None,
                         extra_sources=None):
        """The run's provenance table (section, item, value, detail; metering.provenance).

        ``files``: names of the file parameters read; each is recorded with its absolute path and
        SHA-256; ``layers``: (parameter name, layer) pairs, recorded with their source, feature count
        and the checksum of the file behind them. Every parameter is recorded as given, with the
        plugin and QGIS versions and the sources of the shipped parameter tables (placeholders apart).
        """
        import datetime

        from qgis.core import Qgis

        from ..metering import provenance as prov

        records = []
        for name in files:
            path = self.parameterAsFile(parameters, name, context)
            if path:
                path = os.path.abspath(path)
                records.append(prov.InputRecord(name, path, None, prov.file_sha256(path)))
        for name, layer in layers:
            if layer is not None:
                records.append(prov.input_record(name, layer.source(), layer.featureCount()))
        given = {name: (os.path.abspath(str(value)) if name in files and value else value)
                 for name, value in parameters.items()}
        return prov.build_provenance(records, given, Qgis.QGIS_VERSION, started, datetime.datetime.now(),
                                     algorithm_id="carbonmeter:" + self.name(), outputs=outputs,
                                     extra_sources=extra_sources)

    def check_canceled(self, feedback):
        """Stop cleanly when the user cancelled; nothing is written after this."""
        if feedback is not None and feedback.isCanceled():
            raise cancelled_error()
