"""The one small base class every Carbon Metering algorithm derives from."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from .qgis_io import cancelled_error, reopen_geopackage_layer


class CarbonAlgorithm(QgsProcessingAlgorithm):
    """Shared plumbing: translation by class name, ``createInstance``, groups.

    Subclasses set ``GROUP_ID`` (a stable id) and implement ``group()`` with a
    literal ``self.tr(...)`` so pylupdate can extract it.
    """

    GROUP_ID = "parcel_metering"

    def tr(self, text):
        # The class name as context, as QGIS's own algorithms do: a fixed
        # context string shared by all classes could never be told apart.
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def helpUrl(self):  # noqa: N802
        return "https://github.com/carbon-metering/carbon-metering#readme"

    def parameterAsSource(self, parameters, name, context):  # noqa: N802 (QGIS API)
        """The feature source of ``name``, read through a fresh connection when it is a GeoPackage
        layer that an earlier step of a model may have left stale (see reopen_geopackage_layer)."""
        reopen_geopackage_layer(self.parameterAsVectorLayer(parameters, name, context))
        return super().parameterAsSource(parameters, name, context)

    def fail(self, message):
        """Raise a translated, actionable error (``message`` is already tr()'d)."""
        raise QgsProcessingException(message)

    def check_canceled(self, feedback):
        """Stop cleanly when the user cancelled; nothing is written after this."""
        if feedback is not None and feedback.isCanceled():
            raise cancelled_error()
