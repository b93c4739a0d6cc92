"""The workflow panel: a dock that walks a surveyor through the parcel metering chain.

It shows the chain's steps (overlay, plot carbon, density of both years, stock and
sink, uncertainty, report) with each step's status, runs a step with parameters
filled from the panel's inputs and the earlier steps' outputs (``workflow.py``),
opens the step's own algorithm dialog pre-filled instead when the user wants to
change something, and loads the results with their shipped styles. No science here.
"""

import os
from functools import partial

from qgis.core import (
    QgsApplication,
    QgsMapLayerProxyModel,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import workflow

SETTINGS_PREFIX = "carbon_metering/"
DOCK_OBJECT_NAME = "CarbonMeteringWorkflowDock"


def setting(name, default=""):
    """A value of the plugin's settings page (QgsSettings ``carbon_metering/<name>``)."""
    return QgsSettings().value(SETTINGS_PREFIX + name, default)


_translate = QCoreApplication.translate  # literal context in every call: pylupdate extracts it


def step_titles():
    """Step key → translated title (literal tr calls so pylupdate extracts them)."""
    return {
        "overlay": _translate("WorkflowDock", "1 Parcel overlay and change flags"),
        "plots": _translate("WorkflowDock", "2 Plot carbon density"),
        "density_base": _translate("WorkflowDock", "3a Stratum density, base year"),
        "density_target": _translate("WorkflowDock", "3b Stratum density, metering year"),
        "stock": _translate("WorkflowDock", "4 Parcel stock and sink"),
        "uncertainty": _translate("WorkflowDock", "5 Uncertainty"),
        "report": _translate("WorkflowDock", "6 Result tables and PDF report"),
    }


def layer_titles():
    """Output table → translated layer name in the project (the same names the toolbox and the chain
    model give the outputs they load: processing_provider/layer_style.py)."""
    from ..processing_provider.layer_style import layer_titles as titles

    return titles()


def layer_source(layer):
    """What a Processing parameter needs to find ``layer``: its file source, else its id."""
    if layer is None:
        return ""
    if layer.providerType() == "ogr":
        return layer.source()
    return layer.id()


class WorkflowDock(QDockWidget):
    """The panel. ``results`` holds each finished step's outputs (step key → results dict)."""

    def __init__(self, iface, parent=None):
        super().__init__(_translate("WorkflowDock", "Carbon metering workflow"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.iface = iface
        self.results = {}
        self.tasks = {}
        self.status_labels = {}
        self.run_buttons = {}
        self.last_errors = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._inputs_box())
        layout.addWidget(self._steps_box())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.setMinimumWidth(460)
        self.refresh()

    # --- the inputs ---------------------------------------------------------------------------

    def _inputs_box(self):
        box = QGroupBox(_translate("WorkflowDock", "Inputs"))
        form = QFormLayout(box)
        self.base_layer = QgsMapLayerComboBox()
        self.base_layer.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.base_field = QgsFieldComboBox()
        self.base_layer.layerChanged.connect(partial(self._layer_changed, self.base_field))
        self.target_layer = QgsMapLayerComboBox()
        self.target_layer.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.target_field = QgsFieldComboBox()
        self.target_layer.layerChanged.connect(partial(self._layer_changed, self.target_field))
        self.plots_layer = QgsMapLayerComboBox()
        self.plots_layer.setFilters(QgsMapLayerProxyModel.PointLayer)
        self.base_year = QSpinBox()
        self.target_year = QSpinBox()
        for spin, value in ((self.base_year, 2020), (self.target_year, 2023)):
            spin.setRange(1900, 2200)
            spin.setValue(value)
        self.out_dir = QgsFileWidget()
        self.out_dir.setStorageMode(QgsFileWidget.GetDirectory)
        self.out_dir.setFilePath(setting("out_dir", os.path.join(os.path.expanduser("~"), "carbon_metering")))
        self.title = QLineEdit(_translate("WorkflowDock", "Carbon metering report"))
        form.addRow(_translate("WorkflowDock", "Base-year parcels"), self.base_layer)
        form.addRow(_translate("WorkflowDock", "Land-class code field"), self.base_field)
        form.addRow(_translate("WorkflowDock", "Metering-year parcels"), self.target_layer)
        form.addRow(_translate("WorkflowDock", "Land-class code field"), self.target_field)
        form.addRow(_translate("WorkflowDock", "Sample plots (survey GeoPackage)"), self.plots_layer)
        form.addRow(_translate("WorkflowDock", "Base year"), self.base_year)
        form.addRow(_translate("WorkflowDock", "Metering year"), self.target_year)
        form.addRow(_translate("WorkflowDock", "Output folder"), self.out_dir)
        form.addRow(_translate("WorkflowDock", "Report title"), self.title)
        for combo, field in ((self.base_layer, self.base_field), (self.target_layer, self.target_field)):
            self._layer_changed(field, combo.currentLayer())
        return box

    @staticmethod
    def _layer_changed(field_combo, layer):
        field_combo.setLayer(layer)
        if layer is not None and layer.fields().lookupField("DLBM") >= 0:
            field_combo.setField("DLBM")

    def inputs(self):
        """The panel's inputs as workflow.Inputs."""
        language = 0 if QgsApplication.locale().lower().startswith("zh") else 1
        return workflow.Inputs(
            base=layer_source(self.base_layer.currentLayer()), base_field=self.base_field.currentField() or "DLBM",
            target=layer_source(self.target_layer.currentLayer()),
            target_field=self.target_field.currentField() or "DLBM",
            plots=layer_source(self.plots_layer.currentLayer()), base_year=self.base_year.value(),
            target_year=self.target_year.value(), out_dir=self.out_dir.filePath(), title=self.title.text(),
            language=language, mapping=setting("mapping"), default_density=setting("default_density"),
        )

    # --- the steps ----------------------------------------------------------------------------

    def _steps_box(self):
        box = QGroupBox(_translate("WorkflowDock", "Steps"))
        grid = QGridLayout(box)
        titles = step_titles()
        for row, step in enumerate(workflow.STEPS):
            grid.addWidget(QLabel(titles[step.key]), row, 0)
            status = QLabel()
            status.setWordWrap(True)
            status.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.status_labels[step.key] = status
            grid.addWidget(status, row, 1)
            buttons = QHBoxLayout()
            run = QPushButton(_translate("WorkflowDock", "Run"))
            run.setObjectName("run_" + step.key)
            run.clicked.connect(partial(self.run_step, step.key))
            dialog = QPushButton(_translate("WorkflowDock", "Open…"))
            dialog.setObjectName("dialog_" + step.key)
            dialog.setToolTip(_translate("WorkflowDock", "Open the step's tool pre-filled, to change its "
                                                         "parameters before running it"))
            dialog.clicked.connect(partial(self.open_dialog, step.key))
            buttons.addWidget(run)
            buttons.addWidget(dialog)
            self.run_buttons[step.key] = run
            grid.addLayout(buttons, row, 2)
        run_all = QPushButton(_translate("WorkflowDock", "Run all remaining steps"))
        run_all.setObjectName("run_all")
        run_all.clicked.connect(self.run_remaining)
        grid.addWidget(run_all, len(workflow.STEPS), 0, 1, 2)
        open_report = QPushButton(_translate("WorkflowDock", "Open the PDF report"))
        open_report.setObjectName("open_report")
        open_report.clicked.connect(self.open_report)
        grid.addWidget(open_report, len(workflow.STEPS), 2)
        return box

    def refresh(self):
        """Each step's status: done (with its outputs), running, failed, ready or waiting."""
        inputs = self.inputs()
        for step in workflow.STEPS:
            label = self.status_labels[step.key]
            if step.key in self.tasks:
                text = _translate("WorkflowDock", "running …")
            elif step.key in self.last_errors:
                text = _translate("WorkflowDock", "failed: {0}").format(self.last_errors[step.key])
            elif step.key in self.results:
                text = _translate("WorkflowDock", "done")
            else:
                waiting = [k for k in step.needs if k not in self.results]
                missing = workflow.missing_inputs(inputs, step.key)
                if waiting:
                    numbers = ", ".join(step_titles()[k].split(" ")[0] for k in waiting)
                    text = _translate("WorkflowDock", "waits for step {0}").format(numbers)
                elif missing:
                    text = _translate("WorkflowDock", "choose the inputs first")
                else:
                    text = _translate("WorkflowDock", "ready")
            label.setText(text)

    def _parameters(self, key):
        inputs = self.inputs()
        os.makedirs(inputs.out_dir, exist_ok=True) if inputs.out_dir else None
        return workflow.parameters(inputs, key, self.results)

    def run_step(self, key, _checked=False):
        """Run step ``key`` in a background task with the pre-filled parameters."""
        if key in self.tasks:
            return None
        inputs = self.inputs()
        missing = workflow.missing_inputs(inputs, key)
        try:
            if missing:
                raise KeyError(None)
            params = self._parameters(key)
        except KeyError:
            self.last_errors.pop(key, None)
            self.refresh()
            self.iface.messageBar().pushWarning(
                _translate("WorkflowDock", "Carbon Metering"),
                _translate("WorkflowDock", "Step {0} is not ready: {1}").format(
                    step_titles()[key], self.status_labels[key].text()))
            return None
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(workflow.STEP_BY_KEY[key].algorithm_id)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        task = QgsProcessingAlgRunnerTask(algorithm, params, context, feedback)
        task.executed.connect(partial(self._finished, key, context, feedback))
        self.tasks[key] = (task, context, feedback, algorithm)
        self.last_errors.pop(key, None)
        self.refresh()
        QgsApplication.taskManager().addTask(task)
        return task

    def run_remaining(self, _checked=False):
        """Run the first step that has not run; each finished step starts the next one."""
        self._chain = True
        self._run_next()

    def _run_next(self):
        for step in workflow.STEPS:
            if step.key not in self.results:
                if self.run_step(step.key) is None:
                    self._chain = False
                return
        self._chain = False

    def _finished(self, key, context, feedback, successful, results):
        self.tasks.pop(key, None)
        if successful:
            self.results[key] = dict(results)
            self._load_outputs(key, results)
            if getattr(self, "_chain", False):
                self._run_next()
        else:
            log = feedback.textLog().strip().splitlines()
            self.last_errors[key] = log[-1] if log else _translate("WorkflowDock", "see the Processing log")
            self._chain = False
        self.refresh()

    def open_dialog(self, key, _checked=False):
        """The step's own algorithm dialog, pre-filled; its results count as the step's."""
        import processing

        try:
            params = self._parameters(key)
        except KeyError:
            params = {}
        results = processing.execAlgorithmDialog(workflow.STEP_BY_KEY[key].algorithm_id, params)
        if results:
            self.results[key] = dict(results)
            self._load_outputs(key, results)
        self.refresh()

    def _load_outputs(self, key, results):
        """Add the step's layer outputs to the project's Carbon Metering group, with their styles."""
        step = workflow.STEP_BY_KEY[key]
        root = QgsProject.instance().layerTreeRoot()
        group_name = _translate("WorkflowDock", "Carbon metering results")
        group = root.findGroup(group_name) or root.insertGroup(0, group_name)
        titles = layer_titles()
        for output, (table, _geometry) in step.layer_outputs.items():
            source = results.get(output)
            if not source or not isinstance(source, str):
                continue
            layer = QgsVectorLayer(source, titles.get(table, table), "ogr")
            if not layer.isValid():
                continue
            for old in group.findLayers():
                if old.layer() is not None and old.layer().name() == layer.name():
                    QgsProject.instance().removeMapLayer(old.layer().id())
            # the step's dialog has loaded the same output already (named and styled): keep one copy
            for old in list(QgsProject.instance().mapLayers().values()):
                if old.source() == layer.source():
                    QgsProject.instance().removeMapLayer(old.id())
            from ..processing_provider.layer_style import apply

            apply(layer, table)
            QgsProject.instance().addMapLayer(layer, False)
            group.addLayer(layer)

    def open_report(self, _checked=False):
        pdf = (self.results.get("report") or {}).get("OUTPUT_PDF")
        if pdf and os.path.exists(pdf):
            QDesktopServices.openUrl(QUrl.fromLocalFile(pdf))
        else:
            self.iface.messageBar().pushWarning(_translate("WorkflowDock", "Carbon Metering"),
                                                _translate("WorkflowDock", "Run the report step first."))
