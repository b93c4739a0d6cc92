<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CarbonMetering</name>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="27" />
        <source>Cancelled by the user; no output was written.</source>
        <translation>用户已取消；未写入任何输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="56" />
        <source>Layer {0} has no field {1}.</source>
        <translation>图层 {0} 缺少字段 {1}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="140" />
        <source>Could not write feature {0} to the output.</source>
        <translation>无法将要素 {0} 写入输出。</translation>
    </message>
</context>
<context>
    <name>CarbonMeteringPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="37" />
        <source>Carbon Metering 碳汇计量</source>
        <translation>碳汇计量 Carbon Metering</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="49" />
        <source>Help and methods</source>
        <translation>帮助与方法说明</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="89" />
        <source>Carbon Metering</source>
        <translation>碳汇计量</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="57" />
        <source>Missing Python packages: {0}. Install them, then restart QGIS.
{1}</source>
        <translation>缺少 Python 包：{0}。请安装后重启 QGIS。
{1}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="45" />
        <source>Load the sample county</source>
        <translation>加载示例县数据</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="77" />
        <source>Parcels 2020 (base year)</source>
        <translation>2020 年图斑（基准年）</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="78" />
        <source>Parcels 2023 (target year)</source>
        <translation>2023 年图斑（计量年）</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="79" />
        <source>Sample plots</source>
        <translation>样地</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="89" />
        <source>The sample data is not in this installation ({0}).</source>
        <translation>本安装中没有示例数据（{0}）。</translation>
    </message>
</context>
<context>
    <name>CarbonMeteringProvider</name>
    <message>
        <location filename="../processing_provider/provider.py" line="26" />
        <source>Carbon Metering 碳汇计量</source>
        <translation>碳汇计量 Carbon Metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="29" />
        <source>Carbon Metering 碳汇计量 (carbon stock and sink of land parcels)</source>
        <translation>碳汇计量 Carbon Metering（地类图斑碳储量与碳汇量计量）</translation>
    </message>
</context>
</TS>