"""carbonmeter:create_survey — an empty sample-plot survey GeoPackage with its QGIS forms."""

import os
import uuid

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsSettings,
)

from ..metering.errors import MeteringError
from . import survey_gpkg
from .base import CarbonAlgorithm

LANGUAGES = ("zh", "en")


def given_crs(value):
    """The CRS a user asked for as text ('' when the parameter was left empty)."""
    if value is None:
        return ""
    if isinstance(value, QgsCoordinateReferenceSystem):
        return value.authid() or value.toWkt() or "?"
    text = str(value).strip()
    return "" if text in ("", "None", "NULL") else text


def build_survey(path, crs_wkt, language, feedback=None):
    # crs_wkt: an authority id (EPSG:4547) or WKT, as OGR SetFromUserInput reads it.
    """Create a complete survey GeoPackage at ``path`` (whole or not at all).

    The tables are built under a temporary name and moved into place; the
    project is written afterwards because it must name the final path, and
    the file is removed again if that fails.
    """
    tmp = "{0}.{1}.tmp.gpkg".format(os.path.splitext(path)[0], uuid.uuid4().hex[:8])
    try:
        survey_gpkg.create_tables(tmp, crs_wkt)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    try:
        survey_gpkg.write_forms(path, language, feedback)
    except Exception:
        if os.path.exists(path):
            os.remove(path)
        raise


def default_survey_path(folder=None):
    """A survey file that does not exist yet: survey.gpkg, survey_2.gpkg … in the plugin's output
    folder (settings page, key carbon_metering/out_dir) when it exists, else in the home folder."""
    if folder is None:
        folder = QgsSettings().value("carbon_metering/out_dir", "") or ""
        if not folder or not os.path.isdir(folder):
            folder = os.path.expanduser("~")
    path, n = os.path.join(folder, "survey.gpkg"), 1
    while os.path.exists(path):
        n += 1
        path = os.path.join(folder, "survey_{0}.gpkg".format(n))
    return path


class CreateSurveyAlgorithm(CarbonAlgorithm):
    OUTPUT = "OUTPUT"
    CRS = "CRS"
    LANGUAGE = "LANGUAGE"
    GROUP_ID = "survey"

    def name(self):
        return "create_survey"

    def displayName(self):  # noqa: N802
        return self.tr("Create survey GeoPackage")

    def group(self):
        return self.tr("Sample-plot survey")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Creates an empty sample-plot survey GeoPackage (Hubei spec: sample-plot survey is the primary "
            "method). It holds the point layer plots (plot_id, survey_year, object, stratum, county, "
            "plot_shape, plot_area_m2 in m², slope_deg in degrees, surveyor, survey_date, photo, remarks) "
            "and the tables trees (species, dbh_cm, height_m, status, crown_width_m, decay_class), "
            "shrub_herb (layer, quadrat_area_m2, fresh_mass_kg, sample_fresh_g, sample_dry_g), litter, "
            "deadwood (diameter_cm and length_m, or volume_m3; decay_class) and soil (layer_top_cm, "
            "layer_bottom_cm, soc_g_kg or som_g_kg, bulk_density_g_cm3, gravel_pct), each linked to its "
            "plot by plot_id with an enforced foreign key (orphans are refused; deleting a plot deletes "
            "its rows).\n"
            "A QGIS project named 'survey' is stored inside the GeoPackage with the relations and the "
            "attribute forms: tabs, relation editors from a plot to its trees, quadrats and soil layers, "
            "value maps from the parameter tables (metering objects, species, decay classes, layers, "
            "status, shape) and constraints that refuse impossible values (DBH ≤ 0, bottom ≤ top, "
            "dry > fresh). The same forms are saved as each layer's default style, so they also work when "
            "a layer is opened on its own and in field apps that read QGIS projects.\n"
            "Parameters:\n"
            "- Output GeoPackage: the .gpkg file to create.\n"
            "- CRS: coordinate reference system of the plots (default CGCS2000 / 3-degree Gauss-Kruger "
            "CM 114E, EPSG:4547); use the CRS of the county's land-survey layers.\n"
            "- Form language: labels and value lists in Chinese (zh) or English (en).\n"
            "Fill it in QGIS or a field app, or fill the field-sheet workbook "
            "(forms/field_sheets_template.xlsx) and load it with 'Import survey field sheets'."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        param = QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Output survey GeoPackage"), self.tr("GeoPackage (*.gpkg)"),
            defaultValue=default_survey_path())
        param.setHelp(self.tr("The survey GeoPackage to create (.gpkg). Default: survey.gpkg (survey_2.gpkg … "
                              "when taken) in the plugin's output folder (settings page), else in the home "
                              "folder; a named file, never a temporary one. An existing file given here is "
                              "replaced."))
        self.addParameter(param)
        param = QgsProcessingParameterCrs(self.CRS, self.tr("CRS of the plots"), "EPSG:4547", optional=True)
        param.setHelp(self.tr("Coordinate reference system of the plot points; use the CRS of the "
                              "county's land-survey (三调) layers. Empty: EPSG:4547."))
        self.addParameter(param)
        param = QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Form language"), options=[self.tr("Chinese (zh)"), self.tr("English (en)")],
            defaultValue=0)
        param.setHelp(self.tr("Language of the field labels and value lists in the forms."))
        self.addParameter(param)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path.lower().endswith(".gpkg"):
            self.fail(self.tr("Output {0}: the survey must be a GeoPackage file ending in .gpkg.").format(path))
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            if given_crs(parameters.get(self.CRS)):
                # A CRS that was asked for but does not exist is an error, never EPSG:4547 in disguise.
                with self.core_errors():
                    raise MeteringError("unknown_crs", value=given_crs(parameters.get(self.CRS)))
            crs = QgsCoordinateReferenceSystem("EPSG:4547")
        if crs.isGeographic():
            feedback.pushWarning(self.tr("CRS {0} is geographic: plot coordinates will be degrees.")
                                 .format(crs.authid()))
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        self.check_canceled(feedback)
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            self.fail(self.tr("Output {0}: the folder {1} does not exist.").format(path, folder))
        if os.path.exists(path):
            try:
                os.remove(path)
            except OSError as err:
                self.fail(self.tr("Output {0} exists and cannot be replaced ({1}); close it in other "
                                  "programs or choose another file.").format(path, err))
        feedback.setProgress(10)
        try:
            build_survey(path, crs.authid() or crs.toWkt(), language, feedback)
        except OSError as err:
            self.fail(self.tr("Could not create the survey GeoPackage {0}: {1}").format(path, err))
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("Survey GeoPackage {0} created (CRS {1}, forms in {2}). Open it in QGIS "
                                  "with Project > Open From > GeoPackage (project 'survey').")
                          .format(path, crs.authid(), language))
        return {self.OUTPUT: path}
