<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CarbonMetering</name>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="27" />
        <source>Cancelled by the user; no output was written.</source>
        <translation>Cancelled by the user; no output was written.</translation>
    </message>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="56" />
        <source>Layer {0} has no field {1}.</source>
        <translation>Layer {0} has no field {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="140" />
        <source>Could not write feature {0} to the output.</source>
        <translation>Could not write feature {0} to the output.</translation>
    </message>
</context>
<context>
    <name>CarbonMeteringPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="37" />
        <source>Carbon Metering 碳汇计量</source>
        <translation>Carbon Metering 碳汇计量</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="49" />
        <source>Help and methods</source>
        <translation>Help and methods</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="89" />
        <source>Carbon Metering</source>
        <translation>Carbon Metering</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="57" />
        <source>Missing Python packages: {0}. Install them, then restart QGIS.
{1}</source>
        <translation>Missing Python packages: {0}. Install them, then restart QGIS.
{1}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="45" />
        <source>Load the sample county</source>
        <translation>Load the sample county</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="77" />
        <source>Parcels 2020 (base year)</source>
        <translation>Parcels 2020 (base year)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="78" />
        <source>Parcels 2023 (target year)</source>
        <translation>Parcels 2023 (target year)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="79" />
        <source>Sample plots</source>
        <translation>Sample plots</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="89" />
        <source>The sample data is not in this installation ({0}).</source>
        <translation>The sample data is not in this installation ({0}).</translation>
    </message>
</context>
<context>
    <name>CarbonMeteringProvider</name>
    <message>
        <location filename="../processing_provider/provider.py" line="26" />
        <source>Carbon Metering 碳汇计量</source>
        <translation>Carbon Metering 碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="29" />
        <source>Carbon Metering 碳汇计量 (carbon stock and sink of land parcels)</source>
        <translation>Carbon Metering 碳汇计量 (carbon stock and sink of land parcels)</translation>
    </message>
</context>
</TS>