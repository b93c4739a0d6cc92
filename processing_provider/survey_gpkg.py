"""The survey GeoPackage on disk: tables and keys (OGR/SQL), forms (QGIS project and styles), rows.

Shared by ``create_survey`` and ``import_survey``. The table definitions come
from ``metering.survey_schema``; the form layout from ``forms/survey_forms.json``.
"""

import json
import os
import re
import sqlite3

from osgeo import ogr, osr
from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsAttributeEditorRelation,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsProject,
    QgsRelation,
    QgsRelationContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..metering import survey_schema as ss
from .qgis_io import reopen_geopackage_layer

FORMS_JSON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "forms", "survey_forms.json")
PROJECT_NAME = "survey"

_OGR_TYPES = {"text": ogr.OFTString, "int": ogr.OFTInteger, "real": ogr.OFTReal, "date": ogr.OFTDate}
_SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "real": "REAL", "date": "DATE"}


def relation_id(child):
    return "plots_{0}".format(child)


def create_tables(path, crs_wkt):
    """Create the empty survey tables in a new GeoPackage at ``path``.

    ``plots`` is a point layer made by OGR (so the GeoPackage metadata and
    spatial index are right); the child tables are made by SQL so their
    FOREIGN KEY ... ON DELETE CASCADE exists, plus triggers that refuse orphans
    and cascade even when ``PRAGMA foreign_keys`` is off (QGIS, field apps).
    """
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(path)
    if ds is None:
        raise OSError(path)
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs_wkt)
    layer = ds.CreateLayer("plots", srs, ogr.wkbPoint, options=["FID=fid", "GEOMETRY_NAME=geom"])
    for f in ss.SCHEMA["plots"].attribute_fields():
        definition = ogr.FieldDefn(f.name, _OGR_TYPES[f.kind])
        definition.SetNullable(not f.required)
        if f.name == "plot_id":
            definition.SetUnique(True)
        layer.CreateField(definition)
    layer = None
    ds = None

    con = sqlite3.connect(path)
    try:
        cur = con.cursor()
        # The parent key of a foreign key must be unique (OGR may only mark it so).
        cur.execute("CREATE UNIQUE INDEX IF NOT EXISTS plots_plot_id_unique ON plots(plot_id)")
        srs_id = cur.execute("SELECT srs_id FROM gpkg_contents WHERE table_name='plots'").fetchone()[0]
        for name in ss.CHILD_TABLES:
            spec = ss.SCHEMA[name]
            columns = ["fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
            for f in spec.attribute_fields():
                column = "{0} {1}{2}".format(f.name, _SQL_TYPES[f.kind], " NOT NULL" if f.required else "")
                if f.name == "plot_id":
                    column += " REFERENCES plots(plot_id) ON DELETE CASCADE ON UPDATE CASCADE"
                columns.append(column)
            cur.execute("CREATE TABLE {0} ({1})".format(name, ", ".join(columns)))
            cur.execute("CREATE INDEX {0}_plot_id ON {0}(plot_id)".format(name))
            cur.execute(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                "VALUES (?, 'attributes', ?, ?, ?)", (name, name, spec.en, srs_id))
            # Triggers so the keys hold whatever the connection's foreign_keys pragma is.
            for event in ("INSERT", "UPDATE OF plot_id"):
                cur.execute(
                    "CREATE TRIGGER {0}_fk_{1} BEFORE {2} ON {0} FOR EACH ROW "
                    "WHEN NOT EXISTS (SELECT 1 FROM plots WHERE plot_id = NEW.plot_id) "
                    "BEGIN SELECT RAISE(ABORT, 'plot_id not found in plots (foreign key {0}.plot_id)'); END"
                    .format(name, event.split()[0].lower(), event))
            cur.execute(
                "CREATE TRIGGER plots_delete_{0} AFTER DELETE ON plots FOR EACH ROW "
                "BEGIN DELETE FROM {0} WHERE plot_id = OLD.plot_id; END".format(name))
            cur.execute(
                "CREATE TRIGGER plots_update_{0} AFTER UPDATE OF plot_id ON plots FOR EACH ROW "
                "BEGIN UPDATE {0} SET plot_id = NEW.plot_id WHERE plot_id = OLD.plot_id; END".format(name))
        con.commit()
    finally:
        con.close()


def _form_spec():
    with open(FORMS_JSON, encoding="utf-8") as handle:
        return json.load(handle)


def open_layers(path):
    """The survey tables of ``path`` as QgsVectorLayers (name -> layer)."""
    layers = {}
    for name in ss.TABLES:
        layer = QgsVectorLayer("{0}|layername={1}".format(path, name), name, "ogr")
        if not layer.isValid():
            raise OSError("{0}: {1}".format(path, name))
        layers[name] = layer
    return layers


def _value_map(list_name, language):
    table = ss.value_list(list_name)
    labels = table["name_zh"] if language == "zh" else table["name_en"]
    # Label shows code too: the field sheets and the parameter tables speak in codes.
    return [{"{0} [{1}]".format(lab, code): str(code)} for code, lab in zip(table["code"], labels)]


#: The display expression of a survey layer (zh, en): the label of each feature in the plot form's lists.
#: A tree is numbered by its feature id in the survey (样木号) and shown with its species and DBH.
DISPLAY_EXPRESSIONS = {
    "plots": ('"plot_id"', '"plot_id"'),
    "trees": ("'样木 ' || \"fid\" || '：' || coalesce(represent_value(\"species\"), '？') || "
              "coalesce('，胸径 ' || \"dbh_cm\" || ' cm', '')",
              "'Tree ' || \"fid\" || ': ' || coalesce(represent_value(\"species\"), '?') || "
              "coalesce(', DBH ' || \"dbh_cm\" || ' cm', '')"),
}


def configure_layer(layer, name, language, relations, spec):
    """Aliases, widgets, constraints and the drag-and-drop form of one survey layer."""
    table = ss.SCHEMA[name]
    fields = layer.fields()
    widgets = spec.get("widgets", {})
    for f in table.attribute_fields():
        idx = fields.indexFromName(f.name)
        layer.setFieldAlias(idx, ss.label(f, language))
        if f.values and not f.multi:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup(
                "ValueMap", {"map": _value_map(f.values, language)}))
        elif f.name in widgets:
            w = widgets[f.name]
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup(w["type"], w["config"]))
        if f.required:
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        if name == "plots" and f.name == "plot_id":
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintUnique,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        expression, message = ss.field_constraint(name, f.name, language)
        if expression:
            layer.setConstraintExpression(idx, expression, message)
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrengthHard)
    expression = DISPLAY_EXPRESSIONS.get(name)
    if expression:
        # What the relation editor's list shows for each feature (issue 15: trees by number and species).
        layer.setDisplayExpression(expression[0 if language == "zh" else 1])
    if name == "plots":
        idx = fields.indexFromName("stratum")
        # An empty stratum means the metering object (docs/dev/survey_schema.md).
        layer.setDefaultValueDefinition(idx, QgsDefaultValue('"object"', True))
    config = layer.editFormConfig()
    config.setLayout(QgsEditFormConfig.TabLayout)
    config.clearTabs()
    root = config.invisibleRootContainer()
    for tab in spec["layers"][name]["tabs"]:
        container = QgsAttributeEditorContainer(tab["zh"] if language == "zh" else tab["en"], root)
        container.setIsGroupBox(False)
        for field_name in tab.get("fields", []):
            container.addChildElement(QgsAttributeEditorField(field_name, fields.indexFromName(field_name),
                                                              container))
        for child in tab.get("relations", []):
            element = QgsAttributeEditorRelation(relations[child], container)
            element.setLabel(ss.label(ss.SCHEMA[child], language))
            # An empty type id makes QGIS 3.22 fall back to a widget it does not have.
            element.setRelationWidgetTypeId("relation_editor")
            container.addChildElement(element)
        config.addTab(container)
    layer.setEditFormConfig(config)


def write_forms(path, language, feedback=None):
    """Store the QGIS project (layers, relations, forms) and default styles in ``path``."""
    spec = _form_spec()
    project = QgsProject()
    layers = open_layers(path)
    project.addMapLayers(list(layers.values()))
    relations = {}
    for child in ss.CHILD_TABLES:
        # The context ties the relation to this project, not QgsProject.instance().
        relation = QgsRelation(QgsRelationContext(project))
        relation.setId(relation_id(child))
        relation.setName("{0} → {1}".format(ss.label(ss.SCHEMA["plots"], language),
                                            ss.label(ss.SCHEMA[child], language)))
        relation.setReferencingLayer(layers[child].id())
        relation.setReferencedLayer(layers["plots"].id())
        relation.addFieldPair("plot_id", "plot_id")
        relation.setStrength(QgsRelation.Composition)
        if not relation.isValid():
            raise OSError("relation {0} is not valid".format(child))
        project.relationManager().addRelation(relation)
        relations[child] = relation
    for name, layer in layers.items():
        configure_layer(layer, name, language, relations, spec)
        message = layer.saveStyleToDatabase(name, "Carbon Metering survey form ({0})".format(language), True, "")
        if message:
            raise OSError("style {0}: {1}".format(name, message))
        if feedback is not None:
            feedback.pushInfo(
                QCoreApplication.translate("CarbonMetering", "Form and default style of {0} saved.").format(name)
            )
    project.setTitle("Carbon Metering survey")
    # The styles were written through another connection: read the layers afresh for the project.
    for layer in layers.values():
        reopen_geopackage_layer(layer)
    uri = "geopackage:{0}?projectName={1}".format(path, PROJECT_NAME)
    if not project.write(uri):
        raise OSError("project {0}: {1}".format(uri, project.error()))
    project.clear()
    fix_stored_forms(path)
    return uri


def existing_plot_ids(path):
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT plot_id FROM plots")}
    finally:
        con.close()


def existing_plots(path):
    """The plots already in a survey (plot_id, survey_year, object, permanent_id, plot_type, x, y), for the
    permanent-plot checks of an import. Surveys made before 0.3 have no permanent ids (empty columns)."""
    import pandas as pd

    columns = ["plot_id", "survey_year", "object", "permanent_id", "plot_type", "x", "y"]
    ds = ogr.Open(path, 0)
    if ds is None:
        return pd.DataFrame(columns=columns)
    try:
        layer = ds.GetLayerByName("plots")
        defn = layer.GetLayerDefn()
        present = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
        rows = []
        for feature in layer:
            geometry = feature.GetGeometryRef()
            rec = {c: (feature.GetField(c) if c in present else None) for c in columns[:5]}
            rec["x"] = geometry.GetX() if geometry is not None else None
            rec["y"] = geometry.GetY() if geometry is not None else None
            rows.append(rec)
    finally:
        ds = None
    return ss.fill_plot_type(pd.DataFrame(rows, columns=columns))


def check_survey(path):
    """Names of survey tables or fields missing from ``path`` (empty when it is a survey)."""
    con = sqlite3.connect(path)
    missing = []
    try:
        for name in ss.TABLES:
            columns = {r[1] for r in con.execute("PRAGMA table_info({0})".format(name))}
            if not columns:
                missing.append(name)
                continue
            # Fields added in later versions may be absent: insert_rows adds them.
            missing += ["{0}.{1}".format(name, f.name) for f in ss.SCHEMA[name].attribute_fields()
                        if f.name not in columns and not f.since]
    except sqlite3.DatabaseError:
        return list(ss.TABLES)
    finally:
        con.close()
    return missing


def insert_rows(path, tables, feedback=None):
    """Append validated rows (``{table: DataFrame}``; plots with ``x``, ``y`` in the survey CRS).

    One OGR transaction per file: either all rows are written or none.
    """
    import datetime

    ds = ogr.Open(path, 1)
    if ds is None:
        raise OSError(path)
    try:
        # A survey made before a field was added gets the column (nullable, empty for old rows).
        for name in ss.TABLES:
            layer = ds.GetLayerByName(name)
            present = {layer.GetLayerDefn().GetFieldDefn(i).GetName()
                       for i in range(layer.GetLayerDefn().GetFieldCount())}
            for f in ss.SCHEMA[name].attribute_fields():
                if f.since and f.name not in present and layer.CreateField(ogr.FieldDefn(f.name, _OGR_TYPES[f.kind])):
                    raise OSError("{0}.{1}".format(name, f.name))
        # Plots of a survey made before 0.3 have no plot type: without a permanent id they are temporary.
        ds.ExecuteSQL("UPDATE plots SET plot_type = CASE WHEN permanent_id IS NULL OR permanent_id = '' "
                      "THEN 'temporary' ELSE 'permanent' END WHERE plot_type IS NULL OR plot_type = ''")
        ds.StartTransaction()
        total = sum(len(t) for t in tables.values()) or 1
        done = 0
        for name in ss.TABLES:
            frame = tables.get(name)
            if frame is None or frame.empty:
                continue
            layer = ds.GetLayerByName(name)
            defn = layer.GetLayerDefn()
            fields = ss.SCHEMA[name].attribute_fields()
            for rec in frame.to_dict("records"):
                if feedback is not None and feedback.isCanceled():
                    ds.RollbackTransaction()
                    return False
                feature = ogr.Feature(defn)
                for f in fields:
                    value = rec.get(f.name)
                    if value is None or (isinstance(value, float) and value != value):
                        continue
                    if isinstance(value, (datetime.date, datetime.datetime)):
                        feature.SetField(f.name, value.year, value.month, value.day, 0, 0, 0, 0)
                    elif hasattr(value, "item"):
                        feature.SetField(f.name, value.item())
                    else:
                        feature.SetField(f.name, value)
                if name == "plots":
                    point = ogr.Geometry(ogr.wkbPoint)
                    point.AddPoint_2D(float(rec["x"]), float(rec["y"]))
                    feature.SetGeometry(point)
                if layer.CreateFeature(feature) != 0:
                    ds.RollbackTransaction()
                    raise OSError("{0}: {1}".format(name, rec.get("plot_id")))
                done += 1
                if feedback is not None and done % 200 == 0:
                    feedback.setProgress(60 + 35 * done / total)
        if ds.CommitTransaction() != 0:
            raise OSError(path)
    finally:
        ds = None
    return True


def _rewrite_projects(path, change):
    """Apply ``change`` (str -> str) to the .qgs text of every project stored in ``path``."""
    import io
    import zipfile

    con = sqlite3.connect(path)
    try:
        for name, content in con.execute("SELECT name, content FROM qgis_projects").fetchall():
            data = bytes.fromhex(content) if isinstance(content, str) else content
            source = zipfile.ZipFile(io.BytesIO(data))
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
                for item in source.namelist():
                    payload = source.read(item)
                    if item.endswith(".qgs"):
                        payload = change(payload.decode("utf-8")).encode("utf-8")
                    target.writestr(item, payload)
            con.execute("UPDATE qgis_projects SET content = ? WHERE name = ?", (buffer.getvalue().hex().upper(), name))
        con.commit()
    finally:
        con.close()


def retarget_project(path, old_path, new_path):
    """Point the project stored in ``path`` (a copy of ``old_path``) at the file ``new_path``.

    QGIS stores the layers of a GeoPackage project relative to the file
    (``./name.gpkg|layername=...``), so only a change of file name matters.
    """
    old_name, new_name = os.path.basename(old_path), os.path.basename(new_path)
    if old_name != new_name:
        _rewrite_projects(path, lambda text: text.replace("./" + old_name + "|", "./" + new_name + "|"))


_RELATION_TAG = re.compile(r"<attributeEditorRelation [^>]*>")


def fix_relation_refs(text):
    """Fill the empty relation="" of relation editors from their name (the relation id).

    QGIS 3.22 resolves a form's relations through QgsProject.instance() when the
    form config is set, which an algorithm must not touch; the ids are put back here.
    """
    def fill(match):
        tag = match.group(0)
        name = re.search(r' name="([^"]*)"', tag)
        if ' relation=""' in tag and name:
            tag = tag.replace(' relation=""', ' relation="{0}"'.format(name.group(1)))
        return tag

    return _RELATION_TAG.sub(fill, text)


def fix_stored_forms(path):
    _rewrite_projects(path, fix_relation_refs)
    con = sqlite3.connect(path)
    try:
        for fid, qml in con.execute("SELECT id, styleQML FROM layer_styles").fetchall():
            con.execute("UPDATE layer_styles SET styleQML = ? WHERE id = ?", (fix_relation_refs(qml), fid))
        con.commit()
    finally:
        con.close()


def survey_crs(path):
    """The CRS of the plots layer, read without opening the file for writing."""
    from qgis.core import QgsCoordinateReferenceSystem

    ds = ogr.Open(path, 0)
    try:
        srs = ds.GetLayerByName("plots").GetSpatialRef()
        if srs is None:
            return QgsCoordinateReferenceSystem()
        if srs.GetAuthorityName(None) and srs.GetAuthorityCode(None):
            return QgsCoordinateReferenceSystem("{0}:{1}".format(srs.GetAuthorityName(None),
                                                                 srs.GetAuthorityCode(None)))
        return QgsCoordinateReferenceSystem.fromWkt(srs.ExportToWkt())
    finally:
        ds = None
