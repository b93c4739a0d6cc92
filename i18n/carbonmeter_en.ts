<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CarbonMetering</name>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="124"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="49"/>
        <source>Layer {0} has no field {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="131"/>
        <source>Could not write feature {0} to the output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonMeteringPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="36"/>
        <source>Carbon Metering 碳汇计量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="44"/>
        <source>Help and methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="52"/>
        <source>Carbon Metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="52"/>
        <source>Missing Python packages: {0}. Install them, then restart QGIS.
{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonMeteringProvider</name>
    <message>
        <location filename="../processing_provider/provider.py" line="26"/>
        <source>Carbon Metering 碳汇计量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="29"/>
        <source>Carbon Metering 碳汇计量 (carbon stock and sink of land parcels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
