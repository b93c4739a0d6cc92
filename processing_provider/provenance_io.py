"""QGIS side of a report's provenance: per-layer checksums, inputs named by the step that made them,
and every parameter of every step of the chain run a report ends. The rows are built by
``metering.provenance`` (no qgis there)."""

from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingParameterEnum,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QByteArray, QDate, QDateTime, Qt, QTime, QVariant

from ..metering import provenance as prov
from ..metering.overlay.geometry import release_freed_memory


def _plain(value):
    """An attribute value as plain Python (NULL → None, dates → ISO text, bytes)."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else _plain(value.value())
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value.toString(Qt.ISODate) if value.isValid() else None
    if isinstance(value, QByteArray):
        return bytes(value)
    return value


def layer_checksum(layer):
    """SHA-256 of ``layer``'s content (field names, attributes and geometries in feature-id order;
    the primary key excluded), as metering.provenance.layer_sha256 defines it."""
    import numpy as np

    from .qgis_io import read_columns

    provider = layer.dataProvider()
    keys = set(provider.pkAttributeIndexes()) if provider is not None else set()
    keep = [i for i in range(layer.fields().count()) if i not in keys]
    names = [layer.fields().at(i).name() for i in keep]
    # column by column (an OGR layer through GDAL's Arrow stream): a 100 000-parcel layer in seconds,
    # where a QgsFeature loop took tens of them
    columns = read_columns(layer, names, with_geometry=layer.isSpatial(), layer=layer)
    order = np.argsort(np.asarray(columns.fid), kind="stable")
    values = [_plain_column(columns.values[name]) for name in names]
    digest = prov.layer_sha256_columns(names, values, columns.wkb, order.tolist())
    del columns, values
    release_freed_memory()  # a whole layer's values were read: their pages back before the next step
    return digest


_PLAIN_TYPES = {str, int, float, bool, bytes, type(None)}


def _plain_column(values):
    """A column as plain Python values, converting only when a value is no plain type."""
    if set(map(type, values)) <= _PLAIN_TYPES:
        return values
    return [_plain(v) for v in values]


def is_temporary(layer):
    return layer is not None and layer.providerType() == "memory"


def layer_record(parameter, layer, produced_by=""):
    """The InputRecord of one layer: absolute path and layer name, or, for a temporary result, the step
    that produced it (``produced_by``, e.g. ``carbonmeter:parcel_stock › OUTPUT``); its content checksum."""
    if is_temporary(layer):
        where = produced_by or layer.name()
        return prov.InputRecord(parameter, where, layer.featureCount(), layer_checksum(layer), temporary=True)
    return prov.InputRecord(parameter, prov.absolute_source(layer.source()), layer.featureCount(),
                            layer_checksum(layer))


def layer_text(layer, produced_by=""):
    """How a layer parameter is shown in the provenance (never a memory-layer id or URI)."""
    if layer is None:
        return ""
    if is_temporary(layer):
        return produced_by or layer.name()
    return prov.absolute_source(layer.source())


# -- the chain run a report ends ---------------------------------------------------------------------
def _scope(context, name):
    expression_context = context.expressionContext()
    for i in range(expression_context.scopeCount()):
        scope = expression_context.scope(i)
        if scope.name() == name:
            return scope
    return None


def running_model(context, child_algorithm_id):
    """The model this algorithm runs in as a child (QGIS puts the model's id in an ``Algorithm``
    expression scope and its inputs in ``algorithm_inputs``), or None outside a model."""
    expression_context = context.expressionContext()
    registry = QgsApplication.processingRegistry()
    for i in range(expression_context.scopeCount()):
        scope = expression_context.scope(i)
        if not scope.hasVariable("algorithm_id"):
            continue
        model = registry.algorithmById(str(scope.variable("algorithm_id")))
        if isinstance(model, QgsProcessingModelAlgorithm) and any(
                model.childAlgorithm(c).algorithmId() == child_algorithm_id for c in model.childAlgorithms()):
            return model
    return None


def _run_order(model):
    """Child ids in the order the model runs them (dependencies first, then position)."""
    children = model.childAlgorithms()
    order, done = [], set()
    pending = sorted(children, key=lambda c: (children[c].position().y(), children[c].position().x()))
    while pending:
        for child_id in pending:
            if model.dependsOnChildAlgorithms(child_id) <= done:
                order.append(child_id)
                done.add(child_id)
                pending.remove(child_id)
                break
        else:  # a cycle cannot run; list the rest as they are
            order += pending
            break
    return order


#: Layer id -> content checksum, so a layer several steps read is hashed once per run.
_CHECKSUMS = {}


def _shown(value, definition=None):
    """A parameter value as text: layers by absolute path, enums with their option."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if isinstance(value, QgsMapLayer):
        # a layer given to the chain (parcels, plots, a user's mapping or density table): where and what
        if isinstance(value, QgsVectorLayer):
            if value.id() not in _CHECKSUMS:
                _CHECKSUMS[value.id()] = layer_checksum(value)
            return "{0} (sha256={1})".format(layer_text(value), _CHECKSUMS[value.id()])
        return layer_text(value)
    if isinstance(value, (list, tuple)):
        return "; ".join(_shown(v) for v in value)
    if value is None:
        return ""
    if isinstance(definition, QgsProcessingParameterEnum) and not definition.allowMultiple():
        try:
            index = int(value)
            return "{0} ({1})".format(index, definition.options()[index])
        except (TypeError, ValueError, IndexError):
            pass
    return prov.absolute_source(str(value))


def chain_steps(model, context):
    """Every parameter of every step of ``model`` as it ran: (algorithm name, [(parameter, value, how)])
    in run order. A chain parameter not given is shown with the step's default (the model shows the
    step's own defaults; tests/test_chain.py), an earlier step's result by that step's number."""
    inputs = _scope(context, "algorithm_inputs")
    _CHECKSUMS.clear()
    order = _run_order(model)
    number = {child_id: n for n, child_id in enumerate(order, start=1)}
    Src = QgsProcessingModelChildParameterSource
    steps = []
    for child_id in order:
        child = model.childAlgorithm(child_id)
        algorithm = child.algorithm()
        if algorithm is None:
            continue
        rows = []
        for definition in algorithm.parameterDefinitions():
            name = definition.name()
            sources = child.parameterSources().get(name, [])
            if definition.isDestination():
                continue
            shown, how = [], prov.GIVEN
            for source in sources:
                if source.source() == Src.ModelParameter:
                    parameter = source.parameterName()
                    value = inputs.variable(parameter) if inputs is not None and inputs.hasVariable(
                        parameter) else None
                    if value is None or (hasattr(value, "isNull") and value.isNull()):
                        value, how = definition.defaultValue(), prov.DEFAULT
                    shown.append(_shown(value, definition))
                elif source.source() == Src.ChildOutput:
                    producer = source.outputChildId()
                    shown.append("{0}. {1} › {2}".format(number.get(producer, "?"),
                                                         model.childAlgorithm(producer).algorithm().name(),
                                                         source.outputName()))
                    how = prov.STEP_OUTPUT
                elif source.source() == Src.StaticValue:
                    shown.append(_shown(source.staticValue(), definition))
                    how = prov.FIXED
                else:
                    shown.append(source.asPythonCode(0, definition, {}) or "")
                    how = prov.FIXED
            if not sources:
                shown, how = [_shown(definition.defaultValue(), definition)], prov.DEFAULT
            rows.append((name, "; ".join(s for s in shown if s is not None), how))
        steps.append((algorithm.name(), rows))
    return steps


def inputs_by_step(model, context, algorithm_id):
    """{parameter of the report step: ``N. algorithm › OUTPUT``} for its inputs that are earlier steps'
    results in ``model`` (the names a temporary result is shown by)."""
    order = _run_order(model)
    number = {child_id: n for n, child_id in enumerate(order, start=1)}
    Src = QgsProcessingModelChildParameterSource
    named = {}
    for child_id in order:
        child = model.childAlgorithm(child_id)
        if child.algorithmId() != algorithm_id:
            continue
        for name, sources in child.parameterSources().items():
            texts = ["{0}. {1} › {2}".format(number.get(s.outputChildId(), "?"),
                                             model.childAlgorithm(s.outputChildId()).algorithm().name(),
                                             s.outputName())
                     for s in sources if s.source() == Src.ChildOutput]
            if texts:
                named[name] = "; ".join(texts)
    return named
