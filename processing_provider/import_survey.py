"""carbonmeter:import_survey — load filled field sheets (xlsx or CSV) into a survey GeoPackage."""

import math
import os
import shutil
import uuid

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..metering import field_sheets, plausibility
from ..metering import survey_schema as ss
from ..metering.errors import MeteringError
from . import qgis_io, survey_gpkg
from .base import CarbonAlgorithm
from .create_survey import build_survey, given_crs

MAX_LISTED = 30


class ImportSurveyAlgorithm(CarbonAlgorithm):
    INPUT = "INPUT"
    SURVEY = "SURVEY"
    COUNTY = "COUNTY"
    COORD_CRS = "COORD_CRS"
    MODE = "MODE"
    REJECTED = "REJECTED"
    OUTPUT = "OUTPUT"
    GROUP_ID = "survey"

    #: OUTPUT = SURVEY is the documented in-place update (written to a copy, then moved into place).
    OUTPUT_MAY_REPLACE = {"OUTPUT": ("SURVEY",)}

    MODE_ALL_OR_NOTHING = 0
    MODE_VALID_ROWS = 1

    def name(self):
        return "import_survey"

    def displayName(self):  # noqa: N802
        return self.tr("Import survey field sheets")

    def group(self):
        return self.tr("Sample-plot survey")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Loads filled field sheets into a survey GeoPackage (Hubei spec: sample-plot survey). The "
            "input is a workbook in the format of forms/field_sheets_template.xlsx (sheets plots, trees, "
            "shrub_herb, litter, deadwood, soil; row 3 holds the field ids, records from row 4) or CSV "
            "files: plots.csv and, in the same folder, trees.csv, shrub_herb.csv, litter.csv, "
            "deadwood.csv, soil.csv, each with one header line of field ids. Plots need columns x and y "
            "(plot centre). Units: DBH cm, height m, areas m², masses kg (quadrat) and g (samples), SOC/SOM "
            "g/kg, bulk density g/cm³, gravel volume %.\n"
            "Every row is checked against the survey schema: required values, numbers and ranges (e.g. "
            "DBH > 0), value lists (codes or Chinese/English names), sample dry mass ≤ fresh mass, layer "
            "bottom > top, SOC or SOM, diameter and length or volume; duplicate plot ids (in the sheets "
            "and against the GeoPackage), rows whose plot id is unknown (orphans) and plots outside the "
            "county. Each problem is reported with sheet, row (as numbered in Excel or the CSV file), "
            "column, value and reason.\n"
            "Parameters:\n"
            "- Field sheets: the .xlsx workbook or plots.csv.\n"
            "- Survey GeoPackage: an existing survey (made by 'Create survey GeoPackage') to import into. "
            "Empty: a new survey is created at the output.\n"
            "- County boundary (optional): polygon layer; plots outside it are errors.\n"
            "- CRS of x, y: the CRS of the coordinates in the sheets (default: the survey's CRS; "
            "EPSG:4547 for a new survey).\n"
            "- Mode: all or nothing (default: nothing is imported when any problem is found) or import "
            "the valid rows (rows with problems, and rows of rejected plots, are left out).\n"
            "- Rejected rows (optional table): sheet, row, column, value, reason of every problem.\n"
            "- Output survey: where the result is written. Empty with a survey given: the survey is "
            "updated in place (atomically). With a survey and another output: the survey is copied "
            "there and left unchanged."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        param = QgsProcessingParameterFile(
            self.INPUT, self.tr("Field sheets (.xlsx workbook or plots.csv)"),
            fileFilter=self.tr("Field sheets (*.xlsx *.csv)"))
        param.setHelp(self.tr("Filled workbook in the template's format, or plots.csv with trees.csv, "
                              "shrub_herb.csv, litter.csv, deadwood.csv, soil.csv beside it."))
        self.addParameter(param)
        param = QgsProcessingParameterFile(
            self.SURVEY, self.tr("Survey GeoPackage to import into"), extension="gpkg", optional=True)
        param.setHelp(self.tr("Existing survey GeoPackage. Empty: a new survey is created at the output."))
        self.addParameter(param)
        param = QgsProcessingParameterFeatureSource(
            self.COUNTY, self.tr("County boundary"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        param.setHelp(self.tr("Polygon layer of the county (or counties); plots outside it are errors."))
        self.addParameter(param)
        param = QgsProcessingParameterCrs(self.COORD_CRS, self.tr("CRS of the x, y columns"), optional=True)
        param.setHelp(self.tr("CRS of the plot coordinates in the sheets. Empty: the survey's CRS."))
        self.addParameter(param)
        param = QgsProcessingParameterEnum(
            self.MODE, self.tr("Mode"),
            options=[self.tr("All or nothing"), self.tr("Import valid rows, reject the others")], defaultValue=0)
        param.setHelp(self.tr("All or nothing: any problem stops the import and nothing is written. "
                              "Valid rows: rows without problems are imported, the others listed."))
        self.addParameter(param)
        param = QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected rows"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=False)
        param.setHelp(self.tr("Table of the problems: sheet, row, column, value, reason."))
        self.addParameter(param)
        param = QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Output survey GeoPackage"), self.tr("GeoPackage (*.gpkg)"), optional=True,
            createByDefault=False)
        param.setHelp(self.tr("Result survey. Empty with a survey given: the survey is updated in place."))
        self.addParameter(param)
        # Declared, so models and batch runs can use them (they are returned below).
        self.addOutput(QgsProcessingOutputNumber("IMPORTED", self.tr("Rows imported")))
        self.addOutput(QgsProcessingOutputNumber("PROBLEMS", self.tr("Problems reported")))

    # -- messages ------------------------------------------------------------

    def reason(self, item):
        """The translated reason of a problem record (templates are literal for pylupdate)."""
        templates = {
            "missing_column": self.tr("the column is missing from the sheet"),
            "required": self.tr("a value is required"),
            "not_number": self.tr("not a number"),
            "not_integer": self.tr("not a whole number"),
            "not_date": self.tr("not a date (write YYYY-MM-DD)"),
            "out_of_range": self.tr("out of range: must be {range}"),
            "not_in_list": self.tr("not an allowed value (allowed: {allowed})"),
            "not_in_list_suggest": self.tr("not an allowed value; did you mean {suggestion}? (allowed: {allowed})"),
            "bad_pattern": self.tr("wrong format (expected {digits} digits)"),
            "duplicate_id": self.tr("duplicate plot id (first given in row {first_row})"),
            "duplicate_existing": self.tr("plot id already in the survey GeoPackage"),
            "orphan": self.tr("plot id not found in the plots sheet nor in the survey GeoPackage"),
            "parent_rejected": self.tr("its plot was rejected"),
            "outside_county": self.tr("the coordinates lie outside the county"),
            "swapped_xy": self.tr("x and y look swapped: as (y, x) the point lies in the area of use of {crs}, "
                                  "as (x, y) it does not"),
            "outside_crs_area": self.tr("the point lies outside the area of use of {crs} ({area}); check the "
                                        "coordinates and the CRS of x, y"),
            "sheet_missing": self.tr("the plot lists {table} as surveyed but the field sheets have no sheet "
                                     "{table}"),
            "implausible": self.tr("unusual value: outside the plausible range {range} {unit}; check it"),
        }
        if item["code"] == "rule":
            # Cross-field rules by their code (metering/survey_schema.py RULES).
            rules = {
                "decay_only_dead": self.tr("decay class is for standing dead trees only"),
                "dry_le_fresh": self.tr("sample dry mass must not exceed sample fresh mass"),
                "size_or_volume": self.tr("give mid diameter and length, or the volume"),
                "bottom_below_top": self.tr("layer bottom must be deeper than layer top"),
                "soc_or_som": self.tr("give SOC or SOM"),
                "permanent_id_not_temporary": self.tr("a temporary plot has no permanent plot id"),
            }
            params = item["params"]
            return rules.get(params.get("rule"), params.get("message", ""))
        return templates[item["code"]].format(**item["params"])

    def describe(self, item):
        return self.tr("sheet {0}, row {1}, column {2}, value '{3}': {4}").format(
            item["sheet"], item["row"], item["column"], item["value"], self.reason(item))

    # -- steps ---------------------------------------------------------------

    def read_input(self, path):
        if not os.path.exists(path):
            self.fail(self.tr("Field sheets {0}: the file does not exist.").format(path))
        lower = path.lower()
        try:
            with self.core_errors():
                if lower.endswith(".xlsx") or lower.endswith(".xlsm"):
                    tables = field_sheets.read_workbook(path)
                elif lower.endswith(".csv"):
                    tables = field_sheets.read_csv_tables(path)
                else:
                    self.fail(self.tr("Field sheets {0}: use an .xlsx workbook or plots.csv.").format(path))
        except (OSError, ValueError, KeyError) as err:
            self.fail(self.tr("Field sheets {0} cannot be read ({1}); save it as .xlsx from the template "
                              "or as UTF-8 CSV.").format(path, err))
        if not tables:
            self.fail(self.tr("Field sheets {0}: no sheet named plots, trees, shrub_herb, litter, deadwood "
                              "or soil was found; use forms/field_sheets_template.xlsx.").format(path))
        return tables

    def county_geometry(self, source, crs, context):
        """The union of the county polygons in ``crs``."""
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        parts = []
        for feature in source.getFeatures(QgsFeatureRequest()):
            geometry = QgsGeometry(feature.geometry())
            if geometry.isEmpty():
                continue
            geometry.transform(transform)
            parts.append(geometry)
        if not parts:
            self.fail(self.tr("County boundary {0} has no polygons.").format(source.sourceName()))
        return QgsGeometry.unaryUnion(parts)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.INPUT, context)
        survey = self.parameterAsFile(parameters, self.SURVEY, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context) if parameters.get(self.OUTPUT) else ""
        mode = self.parameterAsEnum(parameters, self.MODE, context)
        county = self.parameterAsSource(parameters, self.COUNTY, context)
        coord_crs = self.parameterAsCrs(parameters, self.COORD_CRS, context)
        if not coord_crs.isValid() and given_crs(parameters.get(self.COORD_CRS)):
            with self.core_errors():
                raise MeteringError("unknown_crs", value=given_crs(parameters.get(self.COORD_CRS)))
        if not survey and not output:
            self.fail(self.tr("Give a survey GeoPackage to import into, or an output file for a new survey."))
        if output and not output.lower().endswith(".gpkg"):
            self.fail(self.tr("Output {0}: the survey must be a GeoPackage file ending in .gpkg.").format(output))

        existing, survey_crs = set(), None
        if survey:
            if not os.path.exists(survey):
                self.fail(self.tr("Survey GeoPackage {0} does not exist.").format(survey))
            missing = survey_gpkg.check_survey(survey)
            if missing:
                self.fail(self.tr("{0} is not a survey GeoPackage: missing {1}. Create one with 'Create survey "
                                  "GeoPackage'.").format(survey, ", ".join(missing)))
            existing = survey_gpkg.existing_plot_ids(survey)
            survey_crs = survey_gpkg.survey_crs(survey)
        else:
            survey_crs = coord_crs if coord_crs.isValid() else QgsCoordinateReferenceSystem("EPSG:4547")
        if not coord_crs.isValid():
            coord_crs = survey_crs

        feedback.pushInfo(self.tr("Reading {0}").format(path))
        raw = self.read_input(path)
        feedback.setProgress(10)

        # Row checks per sheet.
        problems, clean = [], {}
        for name in ss.TABLES:
            self.check_canceled(feedback)
            if name not in raw:
                continue
            clean[name], found = ss.validate_table(name, raw[name], sheet=name)
            problems += found
            feedback.pushInfo(self.tr("Sheet {0}: {1} rows read.").format(name, len(raw[name])))
            self.warn_unusual(name, clean[name], feedback)
        if "plots" not in clean and not survey:
            self.fail(self.tr("Field sheets {0}: the sheet plots is missing; a new survey needs plots.")
                      .format(path))
        feedback.setProgress(30)

        plots = clean.get("plots")
        if plots is not None and not plots.empty:
            problems += ss.check_plot_ids(plots, existing, sheet="plots")
            problems += self.check_coordinates(plots, coord_crs, context)
            self.check_location(plots, problems, coord_crs, survey_crs, county, context)
            plots = clean["plots"] = self.check_surveyed_sheets(plots, set(raw), problems, mode, feedback)
            bad_rows = {p["row"] for p in problems if p["sheet"] == "plots"}
            plots["_ok"] = [ok and row not in bad_rows for ok, row in zip(plots["_ok"], plots["_row"])]
            all_ids = set(plots["plot_id"].dropna())
            accepted = set(plots.loc[plots["_ok"], "plot_id"].dropna())
        else:
            all_ids = accepted = set()
        rejected_ids = all_ids - accepted - existing
        for name in ss.CHILD_TABLES:
            if name not in clean or clean[name].empty:
                continue
            child = clean[name]
            known = existing | (all_ids if mode == self.MODE_ALL_OR_NOTHING else accepted)
            found = ss.check_orphans(child, known, sheet=name,
                                     rejected_ids=rejected_ids if mode == self.MODE_VALID_ROWS else ())
            problems += found
            bad_rows = {p["row"] for p in found}
            child["_ok"] = [ok and row not in bad_rows for ok, row in zip(child["_ok"], child["_row"])]
        feedback.setProgress(45)

        problems.sort(key=lambda p: (ss.TABLES.index(p["sheet"]) if p["sheet"] in ss.TABLES else 99,
                                     p["row"] or 0))
        # Each problem is printed once (issue 15): when the run stops, its message lists the first
        # MAX_LISTED and the log only the others; when valid rows are imported, the log lists them all.
        logged = problems[MAX_LISTED:] if mode == self.MODE_ALL_OR_NOTHING else problems
        for item in logged[:500]:
            feedback.reportError(self.describe(item), False)
        if problems and mode == self.MODE_ALL_OR_NOTHING:
            listed = "\n".join(self.describe(p) for p in problems[:MAX_LISTED])
            more = len(problems) - MAX_LISTED
            if more > 0:
                listed += "\n" + self.tr("… and {0} more problems (listed in the log above).").format(more)
            self.fail(self.tr("{0} problems found in {1}; nothing was imported. Fix the rows below (or run in "
                              "'Import valid rows' mode):\n{2}").format(len(problems), path, listed))

        results = {}
        if self.REJECTED in parameters and parameters[self.REJECTED] is not None:
            import pandas as pd

            frame = pd.DataFrame({
                "sheet": [p["sheet"] for p in problems],
                "row": pd.array([p["row"] for p in problems], dtype="int64"),
                "column": [p["column"] for p in problems],
                "value": [p["value"] for p in problems],
                "reason": [self.reason(p) for p in problems],
            })
            results[self.REJECTED] = qgis_io.write_table(self, parameters, self.REJECTED, context, frame, feedback)

        accepted_tables = {name: frame[frame["_ok"]] for name, frame in clean.items()}
        if "plots" in accepted_tables and not accepted_tables["plots"].empty:
            accepted_tables["plots"] = ss.fill_plot_type(
                self.to_survey_xy(accepted_tables["plots"], coord_crs, survey_crs, context))
            self.check_permanent_plots(accepted_tables["plots"], survey, feedback)
        target = self.write(survey, output, accepted_tables, survey_crs, feedback)
        self.warn_open_layers(context, target, feedback)
        counts = ", ".join("{0} {1}".format(name, len(frame)) for name, frame in accepted_tables.items())
        feedback.pushInfo(self.tr("Imported into {0}: {1}; {2} problems.").format(target, counts, len(problems)))
        feedback.setProgress(100)
        results[self.OUTPUT] = target
        results["IMPORTED"] = sum(len(f) for f in accepted_tables.values())
        results["PROBLEMS"] = len(problems)
        return results

    def check_permanent_plots(self, plots, survey, feedback):
        """Warn about permanent ids measured twice in a year, or with another object or location (the new
        plots together with those already in the survey; coordinates in the survey's CRS)."""
        import pandas as pd

        from ..metering import change_estimator

        frames = [plots[[c for c in ("plot_id", "survey_year", "object", "permanent_id", "x", "y")
                         if c in plots.columns]]]
        if survey:
            frames.insert(0, survey_gpkg.existing_plots(survey))
        every = pd.concat(frames, ignore_index=True)
        notes = change_estimator.check_permanent_plots(every)
        self.log_notes(feedback, notes)
        permanent = every["permanent_id"].notna().sum() if "permanent_id" in every.columns else 0
        feedback.pushInfo(self.tr("Permanent plots: {0} measurements of {1} permanent ids; {2} problems "
                                  "(tolerance {3:g} m).").format(
            int(permanent), int(every["permanent_id"].nunique()) if permanent else 0, len(notes),
            change_estimator.LOCATION_TOLERANCE_M))

    def warn_unusual(self, name, frame, feedback):
        """Values inside the hard bounds but outside the plausible band (metering/data/plausible_ranges.csv)."""
        for found in plausibility.check_values(name, frame, row_ids=frame["_row"].tolist()):
            if found.level == "warning":
                item = ss.problem(name, found.row, found.field, "{0:g}".format(found.value), "implausible",
                                  range=found.allowed, unit=found.unit)
                feedback.pushWarning(self.describe(item))

    def check_surveyed_sheets(self, plots, present, problems, mode, feedback):
        """A sheet that plots list in pools_surveyed but the input lacks: an error, or in valid-rows mode
        a warning, the table being dropped from those plots' pools_surveyed (their pools take defaults
        instead of a false measured zero)."""
        missing = ss.missing_surveyed_sheets(plots, present)
        if not missing:
            return plots
        if mode == self.MODE_ALL_OR_NOTHING:
            for table, rows in missing.items():
                for row, _pid in rows:
                    problems.append(ss.problem("plots", row, "pools_surveyed", table, "sheet_missing", table=table))
            return plots
        for table, rows in missing.items():
            feedback.pushWarning(self.tr(
                "The field sheets have no sheet {0}, but {1} plot(s) list {0} as surveyed: {2}. They are imported "
                "without {0} measurements and {0} is removed from their pools_surveyed, so their pools take the "
                "defaults of their metering object.").format(
                    table, len(rows), ", ".join("{0} (row {1})".format(pid, row) for row, pid in rows[:MAX_LISTED])))
        return ss.drop_surveyed(plots, set(missing))

    def check_coordinates(self, plots, coord_crs, context):
        """Plots whose x, y lie outside the area of use of the CRS of x, y; swapped x/y named as such."""
        problems = []
        area = coord_crs.bounds()  # WGS 84 longitude/latitude of the CRS's area of use
        if area.isNull() or area.isEmpty():
            return problems
        margin = 1.0  # degrees: plots near a zone edge are measured a little beyond its nominal area
        lon_min, lat_min = area.xMinimum() - margin, area.yMinimum() - margin
        lon_max, lat_max = area.xMaximum() + margin, area.yMaximum() + margin
        to_wgs84 = QgsCoordinateTransform(coord_crs, QgsCoordinateReferenceSystem("EPSG:4326"),
                                          context.transformContext())

        def inside(x, y):
            try:
                point = to_wgs84.transform(QgsPointXY(x, y))
            except QgsCsException:
                return False
            lon, lat = point.x(), point.y()
            return math.isfinite(lon) and math.isfinite(lat) and lon_min <= lon <= lon_max and \
                lat_min <= lat <= lat_max

        crs_name = coord_crs.authid() or coord_crs.description()
        area_text = "{0:.2f}–{1:.2f}°E, {2:.2f}–{3:.2f}°N".format(area.xMinimum(), area.xMaximum(),
                                                                  area.yMinimum(), area.yMaximum())
        for row, x, y in zip(plots["_row"], plots["x"], plots["y"]):
            if x is None or y is None or not (math.isfinite(x) and math.isfinite(y)):
                continue
            if inside(x, y):
                continue
            value = "{0:g}, {1:g}".format(x, y)
            if inside(y, x):
                problems.append(ss.problem("plots", row, "x, y", value, "swapped_xy", crs=crs_name))
            else:
                problems.append(ss.problem("plots", row, "x, y", value, "outside_crs_area", crs=crs_name,
                                           area=area_text))
        return problems

    def check_location(self, plots, problems, coord_crs, survey_crs, county, context):
        """Plots outside the county (checked in the survey CRS)."""
        if county is None:
            return
        geometry = self.county_geometry(county, survey_crs, context)
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        transform = QgsCoordinateTransform(coord_crs, survey_crs, context.transformContext())
        for row, x, y in zip(plots["_row"], plots["x"], plots["y"]):
            if x is None or y is None or x != x or y != y:
                continue
            point = QgsGeometry.fromPointXY(transform.transform(QgsPointXY(x, y)))
            if not engine.intersects(point.constGet()):
                problems.append(ss.problem("plots", row, "x, y", "{0:g}, {1:g}".format(x, y), "outside_county"))

    def to_survey_xy(self, plots, coord_crs, survey_crs, context):
        if coord_crs == survey_crs:
            return plots
        transform = QgsCoordinateTransform(coord_crs, survey_crs, context.transformContext())
        plots = plots.copy()
        points = [transform.transform(QgsPointXY(x, y)) for x, y in zip(plots["x"], plots["y"])]
        plots["x"] = [p.x() for p in points]
        plots["y"] = [p.y() for p in points]
        return plots

    def warn_open_layers(self, context, target, feedback):
        """Layers of the open project that read ``target`` still show the file as it was."""
        project = context.project()
        if project is None:
            return
        target = os.path.abspath(target)
        names = sorted(
            layer.name() for layer in project.mapLayers().values()
            if os.path.abspath(layer.source().split("|")[0]) == target
        )
        if names:
            feedback.pushWarning(self.tr(
                "The layers {0} of the open project read {1}: reload them (right-click › Reload layer) or "
                "reopen the project to see the imported rows.").format(", ".join(names), target))

    def write(self, survey, output, tables, survey_crs, feedback):
        """Write into a temporary copy and move it into place: whole or not at all."""
        created = False
        if survey:
            target = output or survey
            source = survey
        else:
            created = True
            target = output
            try:
                build_survey(target, survey_crs.authid() or survey_crs.toWkt(), "zh", feedback)
            except OSError as err:
                self.fail(self.tr("Could not create the survey GeoPackage {0}: {1}").format(target, err))
            source = target
        tmp = "{0}.{1}.tmp.gpkg".format(os.path.splitext(target)[0], uuid.uuid4().hex[:8])
        try:
            shutil.copyfile(source, tmp)
            if not survey_gpkg.insert_rows(tmp, tables, feedback):
                self.check_canceled(feedback)
            self.check_canceled(feedback)
            if os.path.abspath(source) != os.path.abspath(target):
                survey_gpkg.retarget_project(tmp, source, target)
            os.replace(tmp, target)
        except OSError as err:
            if created and os.path.exists(target):
                os.remove(target)
            self.fail(self.tr("Could not write to the survey GeoPackage {0}: {1}; it was left unchanged.")
                      .format(target, err))
        except Exception:
            if created and os.path.exists(target):
                os.remove(target)
            raise
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
        return target
