<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CarbonMetering</name>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="27" />
        <source>Cancelled by the user; no output was written.</source>
        <translation>已被用户取消，未写出任何结果。</translation>
    </message>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="59" />
        <source>Layer {0} has no field {1}.</source>
        <translation>图层 {0} 缺少字段 {1}。</translation>
    </message>
    <message>
        <location filename="../plugin/model_actions.py" line="22" />
        <source>Could not load the model {0}.</source>
        <translation>无法加载模型 {0}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="146" />
        <source>Could not write row {0} to the output: {1}</source>
        <translation>无法将第 {0} 行写入输出：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/survey_gpkg.py" line="202" />
        <source>Form and default style of {0} saved.</source>
        <translation>已保存 {0} 的表单与默认样式。</translation>
    </message>
</context>
<context>
    <name>CarbonMeteringPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="38" />
        <source>Carbon Metering 碳汇计量</source>
        <translation>碳汇计量 Carbon Metering</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="57" />
        <source>Help and methods</source>
        <translation>帮助与方法说明</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="114" />
        <source>Carbon Metering</source>
        <translation>碳汇计量</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="65" />
        <source>Missing Python packages: {0}. Install them, then restart QGIS.
{1}</source>
        <translation>缺少 Python 包：{0}。请安装后重启 QGIS。
{1}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="53" />
        <source>Load the sample county</source>
        <translation>加载示例县数据</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="102" />
        <source>Parcels 2020 (base year)</source>
        <translation>2020 年图斑（基准年）</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="103" />
        <source>Parcels 2023 (target year)</source>
        <translation>2023 年图斑（计量年）</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="104" />
        <source>Sample plots</source>
        <translation>样地</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="114" />
        <source>The sample data is not in this installation ({0}).</source>
        <translation>本安装中没有示例数据（{0}）。</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="49" />
        <source>Edit the metering chain in the graphical modeler</source>
        <translation>在图形建模器中编辑计量流程模型</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="43" />
        <source>Run the whole metering chain (model)</source>
        <translation>运行全流程计量模型</translation>
    </message>
</context>
<context>
    <name>CarbonMeteringProvider</name>
    <message>
        <location filename="../processing_provider/provider.py" line="28" />
        <source>Carbon Metering 碳汇计量</source>
        <translation>碳汇计量 Carbon Metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="31" />
        <source>Carbon Metering 碳汇计量 (carbon stock and sink of land parcels)</source>
        <translation>碳汇计量 Carbon Metering（地类图斑碳储量与碳汇量计量）</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="54" />
        <source>Could not load the model {0}.</source>
        <translation>无法加载模型 {0}。</translation>
    </message>
</context>
<context>
    <name>CreateSurveyAlgorithm</name>
    <message>
        <location filename="../processing_provider/create_survey.py" line="63" />
        <source>Create survey GeoPackage</source>
        <translation>创建调查 GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="66" />
        <source>Sample-plot survey</source>
        <translation>样地调查</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="69" />
        <source>Creates an empty sample-plot survey GeoPackage (Hubei spec: sample-plot survey is the primary method). It holds the point layer plots (plot_id, survey_year, object, stratum, county, plot_shape, plot_area_m2 in m², slope_deg in degrees, surveyor, survey_date, photo, remarks) and the tables trees (species, dbh_cm, height_m, status, crown_width_m, decay_class), shrub_herb (layer, quadrat_area_m2, fresh_mass_kg, sample_fresh_g, sample_dry_g), litter, deadwood (diameter_cm and length_m, or volume_m3; decay_class) and soil (layer_top_cm, layer_bottom_cm, soc_g_kg or som_g_kg, bulk_density_g_cm3, gravel_pct), each linked to its plot by plot_id with an enforced foreign key (orphans are refused; deleting a plot deletes its rows).
A QGIS project named 'survey' is stored inside the GeoPackage with the relations and the attribute forms: tabs, relation editors from a plot to its trees, quadrats and soil layers, value maps from the parameter tables (metering objects, species, decay classes, layers, status, shape) and constraints that refuse impossible values (DBH ≤ 0, bottom ≤ top, dry &gt; fresh). The same forms are saved as each layer's default style, so they also work when a layer is opened on its own and in field apps that read QGIS projects.
Parameters:
- Output GeoPackage: the .gpkg file to create.
- CRS: coordinate reference system of the plots (default CGCS2000 / 3-degree Gauss-Kruger CM 114E, EPSG:4547); use the CRS of the county's land-survey layers.
- Form language: labels and value lists in Chinese (zh) or English (en).
Fill it in QGIS or a field app, or fill the field-sheet workbook (forms/field_sheets_template.xlsx) and load it with 'Import survey field sheets'.</source>
        <translation>创建一个空的样地调查 GeoPackage（湖北规范：以样地调查为主要方法）。其中包含点图层 plots（plot_id、survey_year、object、stratum、county、plot_shape、plot_area_m2（单位 m²）、slope_deg（单位：度）、surveyor、survey_date、photo、remarks）以及表 trees（species、dbh_cm、height_m、status、crown_width_m、decay_class）、shrub_herb（layer、quadrat_area_m2、fresh_mass_kg、sample_fresh_g、sample_dry_g）、litter、deadwood（diameter_cm 与 length_m，或 volume_m3；decay_class）和 soil（layer_top_cm、layer_bottom_cm、soc_g_kg 或 som_g_kg、bulk_density_g_cm3、gravel_pct），各表均通过 plot_id 关联到所属样地，并强制执行外键约束（拒绝孤立记录；删除样地时一并删除其下属记录）。
GeoPackage 中还保存了一个名为 'survey' 的 QGIS 项目，其中包含表间关系和属性表单：选项卡、从样地到其林木、样方和土层的关系编辑器、取自参数表的值映射（计量对象、树种、腐朽等级、层次、状态、样地形状），以及拒绝不合理取值的约束（胸径 ≤ 0、层底 ≤ 层顶、干重 &gt; 鲜重）。同样的表单也保存为各图层的默认样式，因此单独打开某个图层时，以及在可读取 QGIS 项目的外业采集 App 中，表单同样可用。
参数：
- 输出 GeoPackage：要创建的 .gpkg 文件。
- 坐标参考系：样地的坐标参考系（默认 CGCS2000 / 3 度带高斯-克吕格投影，中央经线 114E，EPSG:4547）；请使用该县国土调查图层的坐标参考系。
- 表单语言：标签和值列表使用中文（zh）或英文（en）。
可在 QGIS 或外业采集 App 中填写，也可填写外业调查表工作簿（forms/field_sheets_template.xlsx），再用“导入外业调查表”载入。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="95" />
        <source>Output survey GeoPackage</source>
        <translation>输出调查 GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="95" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="97" />
        <source>The survey GeoPackage to create (.gpkg). An existing file is replaced.</source>
        <translation>要创建的调查 GeoPackage（.gpkg）。已存在的同名文件将被替换。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="99" />
        <source>CRS of the plots</source>
        <translation>样地坐标参考系</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="100" />
        <source>Coordinate reference system of the plot points; use the CRS of the county's land-survey (三调) layers. Empty: EPSG:4547.</source>
        <translation>样地点的坐标参考系；请使用该县国土调查（三调）图层的坐标参考系。为空时：EPSG:4547。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="103" />
        <source>Form language</source>
        <translation>表单语言</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="103" />
        <source>Chinese (zh)</source>
        <translation>中文（zh）</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="103" />
        <source>English (en)</source>
        <translation>英文（en）</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="106" />
        <source>Language of the field labels and value lists in the forms.</source>
        <translation>表单中字段标签和值列表所用的语言。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="112" />
        <source>Output {0}: the survey must be a GeoPackage file ending in .gpkg.</source>
        <translation>输出 {0}：调查数据必须是以 .gpkg 结尾的 GeoPackage 文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="121" />
        <source>CRS {0} is geographic: plot coordinates will be degrees.</source>
        <translation>坐标参考系 {0} 为地理坐标系：样地坐标将以度为单位。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="127" />
        <source>Output {0}: the folder {1} does not exist.</source>
        <translation>输出 {0}：文件夹 {1} 不存在。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="132" />
        <source>Output {0} exists and cannot be replaced ({1}); close it in other programs or choose another file.</source>
        <translation>输出 {0} 已存在且无法替换（{1}）；请在其他程序中关闭该文件，或另选一个文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="138" />
        <source>Could not create the survey GeoPackage {0}: {1}</source>
        <translation>无法创建调查 GeoPackage {0}：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="140" />
        <source>Survey GeoPackage {0} created (CRS {1}, forms in {2}). Open it in QGIS with Project &gt; Open From &gt; GeoPackage (project 'survey').</source>
        <translation>已创建调查 GeoPackage {0}（坐标参考系 {1}，表单语言 {2}）。请在 QGIS 中通过“项目 &gt; 打开自 &gt; GeoPackage”打开（项目 'survey'）。</translation>
    </message>
</context>
<context>
    <name>ExportReportAlgorithm</name>
    <message>
        <location filename="../processing_provider/export_report.py" line="57" />
        <source>Export result tables and report (xlsx, PDF)</source>
        <translation>导出成果表与报告（xlsx、PDF）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="60" />
        <source>Parcel carbon metering</source>
        <translation>图斑碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="67" />
        <source>Writes the result tables of a carbon metering run to an Excel workbook in the form of the Hubei land-space carbon-sink metering specification, appendix F, and optionally a PDF report.

Workbook sheets: county totals; carbon stock by county, metering object and pool at the base and the target year (t C; base-year stock under the base-year object, target-year stock under the target-year object); carbon sink by county and object, unchanged and changed pieces apart (t C/a and t CO2e/a; changed pieces under their target-year object, as IPCC 2006 GL vol. 4 ch. 3 reports land converted to a category); change matrix of metering objects (ha); plot summary (t C/ha); stratum densities with their uncertainty; uncertainty results and the Monte Carlo histogram when given; and a provenance sheet (inputs with path, feature count and SHA-256, every parameter, parameter-table sources, plugin and QGIS versions, run time). Each sheet has Chinese and English header rows and a unit row, frozen.

PDF (four A4 pages): title, map of removals per piece with legend, scale bar and north arrow, county totals; sink table and method statement; densities, uncertainty and histogram; provenance.

Parameters:
STOCK: the parcel_stock OUTPUT layer (pieces with c_base_&lt;pool&gt;, c_target_&lt;pool&gt;, dc_per_year, removals_co2e).
SUMMARY: parcel_stock SUMMARY table (optional; copied as a sheet).
CHANGE_MATRIX: parcel_change CHANGE_MATRIX table (optional; else summed from the pieces).
PLOTS: plot_carbon OUTPUT (optional).
BASE_DENSITY, TARGET_DENSITY: stratum_density OUTPUT tables of the two years (optional).
UNCERTAINTY, HISTOGRAM: uncertainty OUTPUT and HISTOGRAM tables (optional).
BASE_YEAR, TARGET_YEAR: the two years, for labels (optional).
TITLE: report title. LANGUAGE: language of sheet names and report text (zh or en).
OUTPUT_XLSX: the workbook. OUTPUT_PDF: the PDF report (optional).

Units: areas ha, stocks t C, stock change t C/a, removals t CO2e/a (positive = removal), densities t C/ha. Outputs are written whole or not at all.</source>
        <translation>将碳汇计量成果表按《湖北省国土空间碳汇计量技术规范》附录 F 的表式写入 Excel 工作簿，并可生成 PDF 报告。

工作表：分县汇总；分县、分计量对象、分碳库的基准年与计量年碳储量（t C；基准年碳储量计入基准年计量对象，计量年碳储量计入计量年计量对象）；分县、分计量对象碳汇量，未变化与变化碎片分列（t C/a、t CO2e/a；变化碎片计入计量年计量对象，同 IPCC 2006 指南第 4 卷第 3 章“转化为某类的土地”）；计量对象变化矩阵（ha）；样地汇总（t C/ha）；分层碳密度及其不确定度；提供时的不确定度结果与蒙特卡洛直方图；来源信息（输入数据路径、要素数与 SHA-256、全部参数、参数表来源、插件与 QGIS 版本、运行时间）。每个工作表含中文、英文表头行与单位行，表头冻结。

PDF（A4 四页）：标题、叠加碎片碳汇量分布图（图例、比例尺、指北针）与分县合计；碳汇量表与方法说明；碳密度、不确定度与直方图；来源信息。

参数：
STOCK：parcel_stock 的 OUTPUT 图层（含 c_base_&lt;pool&gt;、c_target_&lt;pool&gt;、dc_per_year、removals_co2e 的叠加碎片）。
SUMMARY：parcel_stock 的 SUMMARY 表（可选；单列为一个工作表）。
CHANGE_MATRIX：parcel_change 的 CHANGE_MATRIX 表（可选；否则由叠加碎片汇总）。
PLOTS：plot_carbon 的 OUTPUT（可选）。
BASE_DENSITY、TARGET_DENSITY：两期 stratum_density 的 OUTPUT 表（可选）。
UNCERTAINTY、HISTOGRAM：uncertainty 的 OUTPUT 与 HISTOGRAM 表（可选）。
BASE_YEAR、TARGET_YEAR：两期年份，用于标注（可选）。
TITLE：报告标题。LANGUAGE：工作表名称与报告文字的语言（zh 或 en）。
OUTPUT_XLSX：成果工作簿。OUTPUT_PDF：PDF 报告（可选）。

单位：面积 ha，碳储量 t C，碳储量变化 t C/a，碳汇量 t CO2e/a（正值表示碳清除），碳密度 t C/ha。输出要么完整写出，要么不写。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="98" />
        <source>Parcel stock pieces (parcel_stock OUTPUT)</source>
        <translation>图斑碳储量叠加碎片（parcel_stock OUTPUT）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="102" />
        <source>The pieces with stock per pool at both years, stock change (t C/a) and removals (t CO2e/a), as written by carbonmeter:parcel_stock.</source>
        <translation>由 carbonmeter:parcel_stock 写出的叠加碎片，含两期分碳库碳储量、年碳储量变化（t C/a）与碳汇量（t CO2e/a）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Stock summary (parcel_stock SUMMARY)</source>
        <translation>碳储量汇总（parcel_stock SUMMARY）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>The county × object × pool summary of parcel_stock; copied to its own sheet.</source>
        <translation>parcel_stock 按县 × 计量对象 × 碳库的汇总表；单列一个工作表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Change matrix (parcel_change CHANGE_MATRIX)</source>
        <translation>变化矩阵（parcel_change CHANGE_MATRIX）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Area (ha) by base × target class; rows with level 'object' are used. Without it the matrix is summed from the pieces.</source>
        <translation>按基准年 × 计量年类别统计的面积（ha）；使用 level 为 object 的行。未提供时由叠加碎片汇总。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Plot densities (plot_carbon OUTPUT)</source>
        <translation>样地碳密度（plot_carbon OUTPUT）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Plots with survey_year, object and densities per pool (t C/ha); summarised per year and object.</source>
        <translation>含 survey_year、object 与分碳库碳密度（t C/ha）的样地；按年份与计量对象汇总。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Base-year stratum densities (stratum_density OUTPUT)</source>
        <translation>基准年分层碳密度（stratum_density OUTPUT）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Stratum density table of the base year: stratum, pool, n, mean, sd, se, half_width, u_pct, source.</source>
        <translation>基准年分层碳密度表：stratum、pool、n、mean、sd、se、half_width、u_pct、source。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Target-year stratum densities (stratum_density OUTPUT)</source>
        <translation>计量年分层碳密度（stratum_density OUTPUT）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Stratum density table of the target year (same fields as the base-year table).</source>
        <translation>计量年分层碳密度表（字段同基准年表）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Uncertainty results (uncertainty OUTPUT)</source>
        <translation>不确定度结果（uncertainty OUTPUT）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Approach 1 and Monte Carlo results per level and quantity (IPCC 2006 GL vol. 1 ch. 3).</source>
        <translation>按汇总级别与统计量给出的方法 1 与蒙特卡洛结果（IPCC 2006 指南第 1 卷第 3 章）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Monte Carlo histogram (uncertainty HISTOGRAM)</source>
        <translation>蒙特卡洛直方图（uncertainty HISTOGRAM）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Bins of the simulated total sink: bin_low, bin_high (t CO2e/a), count. Drawn in the PDF.</source>
        <translation>模拟总碳汇量的分组：bin_low、bin_high（t CO2e/a）、count。绘入 PDF。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Target year</source>
        <translation>计量年</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="133" />
        <source>Labels the density tables and the method statement. Optional: by default read from the stock layer's base_year / target_year fields when present.</source>
        <translation>用于标注碳密度表与方法说明。可选：缺省时读取碳储量图层的 base_year / target_year 字段（若存在）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="145" />
        <source>Report title</source>
        <translation>报告标题</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="209" />
        <source>Carbon metering report</source>
        <translation>碳汇计量报告</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="147" />
        <source>Printed on the PDF's first page and the workbook's summary sheet.</source>
        <translation>印在 PDF 首页与工作簿汇总表上。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="149" />
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="149" />
        <source>Chinese (zh)</source>
        <translation>中文（zh）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="149" />
        <source>English (en)</source>
        <translation>英文（en）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="152" />
        <source>Language of sheet names, object names and the PDF text. Header rows are always in both Chinese and English.</source>
        <translation>工作表名称、计量对象名称与 PDF 文字的语言。表头始终为中英两行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="155" />
        <source>Result workbook</source>
        <translation>成果工作簿</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="155" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="157" />
        <source>The xlsx workbook with the appendix F tables and the provenance sheet.</source>
        <translation>含附录 F 成果表与来源信息表的 xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="159" />
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="159" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="161" />
        <source>The four-page PDF report (map, key tables, method, provenance). Leave empty to skip it.</source>
        <translation>四页 PDF 报告（地图、主要成果表、方法、来源信息）。留空则不生成。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="164" />
        <source>Total stock, base year (t C)</source>
        <translation>基准年碳储量合计（t C）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="165" />
        <source>Total stock, target year (t C)</source>
        <translation>计量年碳储量合计（t C）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="166" />
        <source>Total removals (t CO2e/a)</source>
        <translation>碳汇量合计（t CO2e/a）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="186" />
        <source>Layer {0} (parameter {1}) lacks the fields {2}. Give the output of the algorithm named in the parameter's description.</source>
        <translation>图层 {0}（参数 {1}）缺少字段 {2}。请输入该参数说明中所列算法的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="213" />
        <source>Give a file for the result workbook (OUTPUT_XLSX).</source>
        <translation>请指定成果工作簿文件（OUTPUT_XLSX）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="222" />
        <source>Layer {0} (STOCK) has no features: nothing to report.</source>
        <translation>图层 {0}（STOCK）没有要素：无可报告内容。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="226" />
        <source>Layer {0} (STOCK), field county is empty for feature ids {1}. Give parcel_change a county field (COUNTY_FIELD) and rerun the chain.</source>
        <translation>图层 {0}（STOCK）中要素 {1} 的 county 字段为空。请为 parcel_change 指定县级行政区字段（COUNTY_FIELD）后重新运行流程。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="229" />
        <source>Read {0} pieces.</source>
        <translation>已读取 {0} 个叠加碎片。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="311" />
        <source>Building the PDF report…</source>
        <translation>正在生成 PDF 报告…</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="317" />
        <source>The PDF report {0} could not be written: {1}</source>
        <translation>无法写出 PDF 报告 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="318" />
        <source>PDF report ({0} pages): {1}</source>
        <translation>PDF 报告（{0} 页）：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="327" />
        <source>The workbook {0} could not be written: {1}</source>
        <translation>无法写出工作簿 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="328" />
        <source>Workbook with sheets {0}: {1}</source>
        <translation>工作簿（工作表 {0}）：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="332" />
        <source>All counties: stock {0:,.2f} t C (base), {1:,.2f} t C (target), removals {2:,.2f} t CO2e/a.</source>
        <translation>全部县合计：碳储量 {0:,.2f} t C（基准年），{1:,.2f} t C（计量年），碳汇量 {2:,.2f} t CO2e/a。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="195" />
        <source>The stock layer (STOCK)</source>
        <translation>碳储量图层（STOCK）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="196" />
        <source>The change matrix table (CHANGE_MATRIX)</source>
        <translation>变化矩阵表（CHANGE_MATRIX）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="197" />
        <source>The plots layer (PLOTS)</source>
        <translation>样地图层（PLOTS）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="198" />
        <source>The stratum density table of {0} (BASE_DENSITY or TARGET_DENSITY)</source>
        <translation>{0} 的分层碳密度表（BASE_DENSITY 或 TARGET_DENSITY）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="200" />
        <source>The uncertainty table (UNCERTAINTY)</source>
        <translation>不确定度表（UNCERTAINTY）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="201" />
        <source>The histogram table (HISTOGRAM)</source>
        <translation>直方图表（HISTOGRAM）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="203" />
        <source>{0} lacks the fields {1}; give the output of the algorithm named in the parameter's description.</source>
        <translation>{0} 缺少字段 {1}；请使用参数说明中所指算法的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="136" />
        <source>Original inputs to record (parcels, plots …)</source>
        <translation>需记录的原始输入（图斑、样地等）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="140" />
        <source>The layers the whole metering started from (base and target parcels, the survey plots). They are listed in the provenance with path, feature count and SHA-256, so the result can be traced back to the delivered data (the chain model fills this in).</source>
        <translation>整个计量所依据的原始图层（基准年与计量年图斑、调查样地）。这些图层连同路径、要素数和 SHA-256 校验值列入来源信息，使成果可追溯到交付数据（全流程模型会自动填写）。</translation>
    </message>
</context>
<context>
    <name>ImportSurveyAlgorithm</name>
    <message>
        <location filename="../processing_provider/import_survey.py" line="54" />
        <source>Import survey field sheets</source>
        <translation>导入外业调查表</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="57" />
        <source>Sample-plot survey</source>
        <translation>样地调查</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="60" />
        <source>Loads filled field sheets into a survey GeoPackage (Hubei spec: sample-plot survey). The input is a workbook in the format of forms/field_sheets_template.xlsx (sheets plots, trees, shrub_herb, litter, deadwood, soil; row 3 holds the field ids, records from row 4) or CSV files: plots.csv and, in the same folder, trees.csv, shrub_herb.csv, litter.csv, deadwood.csv, soil.csv, each with one header line of field ids. Plots need columns x and y (plot centre). Units: DBH cm, height m, areas m², masses kg (quadrat) and g (samples), SOC/SOM g/kg, bulk density g/cm³, gravel volume %.
Every row is checked against the survey schema: required values, numbers and ranges (e.g. DBH &gt; 0), value lists (codes or Chinese/English names), sample dry mass ≤ fresh mass, layer bottom &gt; top, SOC or SOM, diameter and length or volume; duplicate plot ids (in the sheets and against the GeoPackage), rows whose plot id is unknown (orphans) and plots outside the county. Each problem is reported with sheet, row (as numbered in Excel or the CSV file), column, value and reason.
Parameters:
- Field sheets: the .xlsx workbook or plots.csv.
- Survey GeoPackage: an existing survey (made by 'Create survey GeoPackage') to import into. Empty: a new survey is created at the output.
- County boundary (optional): polygon layer; plots outside it are errors.
- CRS of x, y: the CRS of the coordinates in the sheets (default: the survey's CRS; EPSG:4547 for a new survey).
- Mode: all or nothing (default: nothing is imported when any problem is found) or import the valid rows (rows with problems, and rows of rejected plots, are left out).
- Rejected rows (optional table): sheet, row, column, value, reason of every problem.
- Output survey: where the result is written. Empty with a survey given: the survey is updated in place (atomically). With a survey and another output: the survey is copied there and left unchanged.</source>
        <translation>将填写好的外业调查表载入调查 GeoPackage（湖北规范：样地调查）。输入为 forms/field_sheets_template.xlsx 格式的工作簿（工作表 plots、trees、shrub_herb、litter、deadwood、soil；第 3 行为字段 id，记录从第 4 行开始），或 CSV 文件：plots.csv 以及同一文件夹中的 trees.csv、shrub_herb.csv、litter.csv、deadwood.csv、soil.csv，每个文件有一行由字段 id 组成的表头。plots 须有 x 和 y 列（样地中心）。单位：胸径 cm，树高 m，面积 m²，质量 kg（样方）和 g（样品），SOC/SOM g/kg，容重 g/cm³，砾石体积含量 %。
每一行都按调查数据结构进行检查：必填值、数值及其范围（如胸径 &gt; 0）、值列表（代码或中/英文名称）、样品干重 ≤ 鲜重、层底 &gt; 层顶、须有 SOC 或 SOM、须有直径和长度或材积；还检查重复的样地编号（工作表内部及与 GeoPackage 中已有的编号相比）、样地编号不存在的行（孤立记录）以及位于县界之外的样地。每个问题均报告工作表、行号（按 Excel 或 CSV 文件中的编号）、列、取值和原因。
参数：
- 外业调查表：.xlsx 工作簿或 plots.csv。
- 调查 GeoPackage：要导入的已有调查数据（由“创建调查 GeoPackage”生成）。为空时：在输出位置新建调查数据。
- 县界（可选）：面图层；位于其外的样地视为错误。
- x、y 的坐标参考系：表中坐标所用的坐标参考系（默认：调查数据的坐标参考系；新建调查时为 EPSG:4547）。
- 模式：全部导入或全不导入（默认：发现任何问题即不导入任何数据），或导入有效行（有问题的行以及被拒绝样地的各行不导入）。
- 被拒绝的行（可选表）：每个问题的工作表、行、列、取值和原因。
- 输出调查：结果写入的位置。已指定调查数据而此项为空时：就地更新该调查数据（原子操作）。已指定调查数据并指定其他输出时：将调查数据复制到该输出，原数据保持不变。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="90" />
        <source>Field sheets (.xlsx workbook or plots.csv)</source>
        <translation>外业调查表（.xlsx 工作簿或 plots.csv）</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="90" />
        <source>Field sheets (*.xlsx *.csv)</source>
        <translation>外业调查表 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="93" />
        <source>Filled workbook in the template's format, or plots.csv with trees.csv, shrub_herb.csv, litter.csv, deadwood.csv, soil.csv beside it.</source>
        <translation>按模板格式填写的工作簿，或 plots.csv 以及同一文件夹中的 trees.csv、shrub_herb.csv、litter.csv、deadwood.csv、soil.csv。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="96" />
        <source>Survey GeoPackage to import into</source>
        <translation>要导入的调查 GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="98" />
        <source>Existing survey GeoPackage. Empty: a new survey is created at the output.</source>
        <translation>已有的调查 GeoPackage。为空时：在输出位置新建调查数据。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="100" />
        <source>County boundary</source>
        <translation>县界</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="102" />
        <source>Polygon layer of the county (or counties); plots outside it are errors.</source>
        <translation>县（一个或多个县）的面图层；位于其外的样地视为错误。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="104" />
        <source>CRS of the x, y columns</source>
        <translation>x、y 列的坐标参考系</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="105" />
        <source>CRS of the plot coordinates in the sheets. Empty: the survey's CRS.</source>
        <translation>表中样地坐标的坐标参考系。为空时：使用调查数据的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="107" />
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="107" />
        <source>All or nothing</source>
        <translation>全部导入或全不导入</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="107" />
        <source>Import valid rows, reject the others</source>
        <translation>导入有效行，拒绝其余行</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="110" />
        <source>All or nothing: any problem stops the import and nothing is written. Valid rows: rows without problems are imported, the others listed.</source>
        <translation>全部导入或全不导入：出现任何问题即中止导入，不写入任何数据。导入有效行：导入没有问题的行，列出其余各行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="113" />
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="116" />
        <source>Table of the problems: sheet, row, column, value, reason.</source>
        <translation>问题表：工作表、行、列、取值、原因。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="118" />
        <source>Output survey GeoPackage</source>
        <translation>输出调查 GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="118" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="121" />
        <source>Result survey. Empty with a survey given: the survey is updated in place.</source>
        <translation>结果调查数据。已指定调查数据而此项为空时：就地更新该调查数据。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="129" />
        <source>the column is missing from the sheet</source>
        <translation>工作表中缺少该列</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="130" />
        <source>a value is required</source>
        <translation>必须填写取值</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="131" />
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="132" />
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="133" />
        <source>not a date (write YYYY-MM-DD)</source>
        <translation>不是日期（请按 YYYY-MM-DD 填写）</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="134" />
        <source>out of range: must be {range}</source>
        <translation>超出范围：须为 {range}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="135" />
        <source>not an allowed value (allowed: {allowed})</source>
        <translation>不是允许的取值（允许值：{allowed}）</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="137" />
        <source>duplicate plot id (first given in row {first_row})</source>
        <translation>样地编号重复（首次出现在第 {first_row} 行）</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="138" />
        <source>plot id already in the survey GeoPackage</source>
        <translation>样地编号已存在于调查 GeoPackage 中</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="139" />
        <source>plot id not found in the plots sheet nor in the survey GeoPackage</source>
        <translation>在 plots 工作表和调查 GeoPackage 中均未找到该样地编号</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="140" />
        <source>its plot was rejected</source>
        <translation>所属样地已被拒绝</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="141" />
        <source>the coordinates lie outside the county</source>
        <translation>坐标位于县界之外</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="164" />
        <source>sheet {0}, row {1}, column {2}, value '{3}': {4}</source>
        <translation>工作表 {0}，第 {1} 行，列 {2}，取值 '{3}'：{4}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="171" />
        <source>Field sheets {0}: the file does not exist.</source>
        <translation>外业调查表 {0}：文件不存在。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="180" />
        <source>Field sheets {0}: use an .xlsx workbook or plots.csv.</source>
        <translation>外业调查表 {0}：请使用 .xlsx 工作簿或 plots.csv。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="182" />
        <source>Field sheets {0} cannot be read ({1}); save it as .xlsx from the template or as UTF-8 CSV.</source>
        <translation>无法读取外业调查表 {0}（{1}）；请用模板另存为 .xlsx，或另存为 UTF-8 编码的 CSV。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="185" />
        <source>Field sheets {0}: no sheet named plots, trees, shrub_herb, litter, deadwood or soil was found; use forms/field_sheets_template.xlsx.</source>
        <translation>外业调查表 {0}：未找到名为 plots、trees、shrub_herb、litter、deadwood 或 soil 的工作表；请使用 forms/field_sheets_template.xlsx。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="200" />
        <source>County boundary {0} has no polygons.</source>
        <translation>县界 {0} 中没有面要素。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="214" />
        <source>Give a survey GeoPackage to import into, or an output file for a new survey.</source>
        <translation>请指定要导入的调查 GeoPackage，或为新建调查指定输出文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="216" />
        <source>Output {0}: the survey must be a GeoPackage file ending in .gpkg.</source>
        <translation>输出 {0}：调查数据必须是以 .gpkg 结尾的 GeoPackage 文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="221" />
        <source>Survey GeoPackage {0} does not exist.</source>
        <translation>调查 GeoPackage {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="224" />
        <source>{0} is not a survey GeoPackage: missing {1}. Create one with 'Create survey GeoPackage'.</source>
        <translation>{0} 不是调查 GeoPackage：缺少 {1}。请用“创建调查 GeoPackage”创建。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="233" />
        <source>Reading {0}</source>
        <translation>正在读取 {0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="245" />
        <source>Sheet {0}: {1} rows read.</source>
        <translation>工作表 {0}：已读取 {1} 行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="248" />
        <source>Field sheets {0}: the sheet plots is missing; a new survey needs plots.</source>
        <translation>外业调查表 {0}：缺少工作表 plots；新建调查需要样地数据。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="285" />
        <source>… and {0} more problems.</source>
        <translation>……另有 {0} 个问题。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="286" />
        <source>{0} problems found in {1}; nothing was imported. Fix the rows below (or run in 'Import valid rows' mode):
{2}</source>
        <translation>在 {1} 中发现 {0} 个问题；未导入任何数据。请修正以下各行（或以“导入有效行”模式运行）：
{2}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="308" />
        <source>Imported into {0}: {1}; {2} problems.</source>
        <translation>已导入到 {0}：{1}；{2} 个问题。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="432" />
        <source>Could not create the survey GeoPackage {0}: {1}</source>
        <translation>无法创建调查 GeoPackage {0}：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="446" />
        <source>Could not write to the survey GeoPackage {0}: {1}; it was left unchanged.</source>
        <translation>无法写入调查 GeoPackage {0}：{1}；该文件未作任何更改。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="136" />
        <source>wrong format (expected {digits} digits)</source>
        <translation>格式错误（应为 {digits} 位数字）</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="153" />
        <source>decay class is for standing dead trees only</source>
        <translation>腐朽等级仅用于枯立木</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="154" />
        <source>sample dry mass must not exceed sample fresh mass</source>
        <translation>样品干重不能大于样品鲜重</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="155" />
        <source>give mid diameter and length, or the volume</source>
        <translation>请填写中央直径和长度，或材积</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="156" />
        <source>layer bottom must be deeper than layer top</source>
        <translation>层底深度必须大于层顶深度</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="157" />
        <source>give SOC or SOM</source>
        <translation>请填写有机碳（SOC）或有机质（SOM）含量</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="416" />
        <source>The layers {0} of the open project read {1}: reload them (right-click › Reload layer) or reopen the project to see the imported rows.</source>
        <translation>当前项目中的图层 {0} 读取的是 {1}：请重新加载这些图层（右键 › 重新加载图层）或重新打开项目，以显示导入的记录。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="142" />
        <source>x and y look swapped: as (y, x) the point lies in the area of use of {crs}, as (x, y) it does not</source>
        <translation>x 与 y 似乎填反了：按 (y, x) 该点位于 {crs} 的适用范围内，按 (x, y) 则不在</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="144" />
        <source>the point lies outside the area of use of {crs} ({area}); check the coordinates and the CRS of x, y</source>
        <translation>该点位于 {crs} 的适用范围 ({area}) 之外；请检查坐标及 x、y 的坐标系</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="146" />
        <source>the plot lists {table} as surveyed but the field sheets have no sheet {table}</source>
        <translation>样地在已调查碳库中列出了 {table}，但外业记录表中没有 {table} 工作表</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="148" />
        <source>unusual value: outside the plausible range {range} {unit}; check it</source>
        <translation>异常值：超出合理范围 {range} {unit}；请核查</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="336" />
        <source>The field sheets have no sheet {0}, but {1} plot(s) list {0} as surveyed: {2}. They are imported without {0} measurements and {0} is removed from their pools_surveyed, so their pools take the defaults of their metering object.</source>
        <translation>外业记录表中没有 {0} 工作表，但有 {1} 个样地将 {0} 列为已调查：{2}。这些样地导入时不含 {0} 实测数据，并从其已调查碳库 (pools_surveyed) 中删去 {0}，相应碳库采用其计量对象的缺省值。</translation>
    </message>
</context>
<context>
    <name>ParcelChangeAlgorithm</name>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="104" />
        <source>Base/target parcel overlay and change flags (基准年—计量年图斑叠加与变化标识)</source>
        <translation>基准年—计量年图斑叠加与变化标识</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="107" />
        <source>Parcel carbon metering</source>
        <translation>图斑碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="155" />
        <source>Base-year parcels (t1)</source>
        <translation>基准年图斑（t1）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="156" />
        <source>Polygon parcel layer of the base year t1 (e.g. 三调 DLTB 2020).</source>
        <translation>基准年 t1 的图斑面图层（如三调 2020 年 DLTB）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="158" />
        <source>Base land-class code field</source>
        <translation>基准年地类编码字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="161" />
        <source>Field of the base layer holding the GB/T 21010 / 三调 land-class code (DLBM).</source>
        <translation>基准年图层中存放 GB/T 21010／三调地类编码的字段（DLBM）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="163" />
        <source>Metering-year parcels (t2)</source>
        <translation>计量年图斑（t2）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="164" />
        <source>Polygon parcel layer of the metering year t2 (e.g. 年度变更调查 DLTB 2023).</source>
        <translation>计量年 t2 的图斑面图层（如 2023 年度变更调查 DLTB）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="166" />
        <source>Target land-class code field</source>
        <translation>计量年地类编码字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="169" />
        <source>Field of the target layer holding the GB/T 21010 / 三调 land-class code (DLBM).</source>
        <translation>计量年图层中存放 GB/T 21010／三调地类编码的字段（DLBM）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="171" />
        <source>Land class → metering object table</source>
        <translation>地类—计量对象对照表</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="175" />
        <source>Optional table (CSV, xlsx or any QGIS table) with fields code and object; its rows override the shipped mapping (metering/data/landclass_mapping.csv). Objects must be those of metering_objects.csv.</source>
        <translation>可选对照表（CSV、xlsx 或任意 QGIS 表），含 code 和 object 字段，其中的行覆盖内置对照表（metering/data/landclass_mapping.csv）。计量对象须为 metering_objects.csv 中所列。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="183" />
        <source>County field</source>
        <translation>县级行政区字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="186" />
        <source>Optional field (present in both layers) giving the county of each parcel. Default: the first 6 digits of ZLDWDM (坐落单位代码) when present; a field named ZLDWDM is always cut to its first 6 digits.</source>
        <translation>可选字段（两图层均须有），给出各图斑所属县级行政区。默认：图层含 ZLDWDM（坐落单位代码）时取其前 6 位；名为 ZLDWDM 的字段总取前 6 位。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="194" />
        <source>Sliver threshold (m²)</source>
        <translation>细小碎片面积阈值（m²）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="197" />
        <source>Pieces with an area below this many square metres get sliver = 1; they are kept.</source>
        <translation>面积小于该值（平方米）的叠加碎片标记为细小碎片（sliver = 1），但仍保留。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="199" />
        <source>Area method</source>
        <translation>面积计算方法</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="199" />
        <source>ellipsoidal (CGCS2000 ellipsoid, as 三调)</source>
        <translation>椭球面积（CGCS2000 椭球，同三调）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="199" />
        <source>planar (layer CRS)</source>
        <translation>平面面积（图层坐标参考系）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="199" />
        <source>official (survey area TBDLMJ shared by geometric area)</source>
        <translation>调查面积（TBDLMJ 按几何面积比例分摊）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="209" />
        <source>ellipsoidal: area on the CGCS2000 ellipsoid (三调 图斑面积); planar: area in the projected CRS; official: each parcel's TBDLMJ (or TBMJ − KCMJ, TBMJ × (1 − KCXS)) shared among its pieces in proportion to their geometric area.</source>
        <translation>椭球面积：按 CGCS2000 椭球计算（三调图斑面积算法）；平面面积：按投影坐标系计算；调查面积：各图斑的 TBDLMJ（或 TBMJ − KCMJ、TBMJ × (1 − KCXS)）按其碎片几何面积比例分摊。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="232" />
        <source>Overlay pieces</source>
        <translation>叠加碎片</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="235" />
        <source>One polygon per overlay piece with codes, objects, change flag, county and area (m²).</source>
        <translation>每个叠加碎片一个面要素，含两期地类编码、计量对象、变化标识、县级行政区和面积（m²）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="237" />
        <source>Change matrix</source>
        <translation>变化矩阵</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="240" />
        <source>Area (ha) by base × target class, at object and at code level.</source>
        <translation>按基准年 × 计量年类别汇总的面积（ha），分计量对象级和地类编码级。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="266" />
        <source>Layer {0}: the .dbf is not UTF-8 and has no .cpg; read as GB18030 (GBK).</source>
        <translation>图层 {0}：.dbf 不是 UTF-8 编码且无 .cpg 文件，已按 GB18030（GBK）读取。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="299" />
        <source>No land-class code field given for layer {0} ({1}).</source>
        <translation>未给出图层 {0} 的地类编码字段（{1}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="303" />
        <source>Layer {0} has no field {1} ({2}). Its fields: {3}. Choose the land-class code field (DLBM).</source>
        <translation>图层 {0} 没有字段 {1}（{2}）。其字段为：{3}。请选择地类编码字段（DLBM）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="310" />
        <source>Layer {0} is not a polygon layer (its geometry type is {1}); give the parcel (图斑) polygons.</source>
        <translation>图层 {0} 不是面图层（几何类型为 {1}），请给出图斑面图层。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="315" />
        <source>Layer {0} is empty: it has no parcels.</source>
        <translation>图层 {0} 为空：没有图斑。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="352" />
        <source>Layer {0} has no CRS; its eastings {1} carry the zone prefix, so EPSG:{2} is used.</source>
        <translation>图层 {0} 没有坐标参考系；其横坐标 {1} 带有带号，因此采用 EPSG:{2}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="358" />
        <source>Layer {0} has no valid CRS and its eastings {1} carry no Gauss-Krüger zone prefix; set the layer's CRS (e.g. EPSG:4534–4554) and run again.</source>
        <translation>图层 {0} 没有有效坐标参考系，且其横坐标 {1} 不带高斯-克吕格带号；请设置图层坐标参考系（如 EPSG:4534–4554）后重新运行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="362" />
        <source>It is probably EPSG:{0}.</source>
        <translation>可能应为 EPSG:{0}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="362" />
        <source>Check the layer's CRS.</source>
        <translation>请检查图层坐标参考系。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="367" />
        <source>Layer {0} is declared in {1} but its eastings {2} do not fit it (zone prefix present or missing). {3}</source>
        <translation>图层 {0} 声明的坐标参考系为 {1}，但其横坐标 {2} 与之不符（带号多余或缺失）。{3}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="430" />
        <source>Layer {0}: {1} invalid geometries repaired (feature ids {2}).</source>
        <translation>图层 {0}：已修复 {1} 个无效几何（要素编号 {2}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="435" />
        <source>Layer {0}: {1} features without a polygon geometry skipped (feature ids {2}).</source>
        <translation>图层 {0}：跳过 {1} 个无面几何的要素（要素编号 {2}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="440" />
        <source>Layer {0} has no usable polygon geometries.</source>
        <translation>图层 {0} 没有可用的面几何。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="463" />
        <source>Mapping table {0} needs the fields code and object; it has {1}.</source>
        <translation>对照表 {0} 需要 code 和 object 字段；现有字段为 {1}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="473" />
        <source>Mapping table error: {0}</source>
        <translation>对照表错误：{0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="475" />
        <source>Mapping table {0}: {1} codes override the shipped table.</source>
        <translation>对照表 {0}：{1} 个编码覆盖内置对照表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="502" />
        <source>Layer {0} has no field {1} (COUNTY_FIELD). Its fields: {2}.</source>
        <translation>图层 {0} 没有字段 {1}（COUNTY_FIELD）。其字段为：{2}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="512" />
        <source>Layer {0} has neither TBDLMJ nor TBMJ: the official area method needs the survey areas. Choose the ellipsoidal or planar method.</source>
        <translation>图层 {0} 既无 TBDLMJ 也无 TBMJ：调查面积法需要调查面积。请改用椭球面积或平面面积法。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="521" />
        <source>Layer {0} is in a geographic CRS ({1}); planar areas need a projected CRS. Use the ellipsoidal method or reproject the layer.</source>
        <translation>图层 {0} 为地理坐标系（{1}），平面面积需要投影坐标系。请改用椭球面积法或对图层重投影。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="528" />
        <source>Layer {0} ({1}) is reprojected to the CRS of {2} ({3}).</source>
        <translation>图层 {0}（{1}）已重投影到 {2} 的坐标参考系（{3}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="543" />
        <source>Read {0} base and {1} target parcels.</source>
        <translation>已读取基准年图斑 {0} 个、计量年图斑 {1} 个。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="619" />
        <source>Area method: ellipsoidal (ellipsoid {0}).</source>
        <translation>面积计算方法：椭球面积（椭球 {0}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="621" />
        <source>Area method: planar (CRS {0}).</source>
        <translation>面积计算方法：平面面积（坐标参考系 {0}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="629" />
        <source>Area method: official (TBDLMJ = TBMJ − KCMJ shared by geometric area).</source>
        <translation>面积计算方法：调查面积（TBDLMJ = TBMJ − KCMJ，按几何面积比例分摊）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="730" />
        <source>Layer {0}: {1} parcels have no survey area (TBDLMJ/TBMJ NULL); their planar area is used (feature ids {2}).</source>
        <translation>图层 {0}：{1} 个图斑无调查面积（TBDLMJ/TBMJ 为空），改用其平面面积（要素编号 {2}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="745" />
        <source>Layer {0}: {1} parcels have a NULL land-class code; mapped to unmapped (feature ids {2}).</source>
        <translation>图层 {0}：{1} 个图斑地类编码为空，记为 unmapped（未映射）（要素编号 {2}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="750" />
        <source>Layer {0}: code {1} is not in the mapping table; {2} parcels mapped to unmapped (feature ids {3}).</source>
        <translation>图层 {0}：编码 {1} 不在对照表中，{2} 个图斑记为 unmapped（未映射）（要素编号 {3}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="761" />
        <source>Layer {0}, class {1}: pieces sum to {2:.3f} m² but the parcels to {3:.3f} m² (relative difference {4:.2e}); overlapping parcels in the layer?</source>
        <translation>图层 {0}，地类 {1}：碎片面积合计 {2:.3f} m²，而图斑面积合计 {3:.3f} m²（相对差 {4:.2e}）；图层内是否有相互重叠的图斑？</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="767" />
        <source>Layer {0}: area conserved per class (pieces = parcels within 1e-6).</source>
        <translation>图层 {0}：各地类面积守恒（碎片面积 = 图斑面积，相对误差 1e-6 以内）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="804" />
        <source>{0} pieces: {1} unchanged, {2} changed, {3} base only, {4} target only; {5} slivers.</source>
        <translation>共 {0} 个碎片：未变化 {1} 个，变化 {2} 个，仅基准年 {3} 个，仅计量年 {4} 个；细小碎片（sliver）{5} 个。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="853" />
        <source>Could not write the overlay pieces (rows {0}–{1}) to the output: {2}</source>
        <translation>无法将叠加碎片（第 {0}–{1} 行）写入输出：{2}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="448" />
        <source>{label}: missing column(s) {columns}; it needs 'code' and 'object'.</source>
        <translation>{label}：缺少列 {columns}；需要 'code' 和 'object' 列。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="449" />
        <source>{label}, row {row}: code '{code}' is not a GB/T 21010 / 三调 code.</source>
        <translation>{label} 第 {row} 行：编码 '{code}' 不是 GB/T 21010 / 三调地类编码。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="450" />
        <source>{label}, row {row}: object '{object}' of code {code} is not a metering object (one of {objects}).</source>
        <translation>{label} 第 {row} 行：编码 {code} 对应的 '{object}' 不是计量对象（应为 {objects} 之一）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="452" />
        <source>{label}: code(s) listed twice: {codes}.</source>
        <translation>{label}：以下编码重复出现：{codes}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="217" />
        <source>Vertex snapping tolerance (m)</source>
        <translation>顶点吸附容差（m）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="533" />
        <source>Layer {0} ({1}) is the same Gauss-Krüger zone as {2} ({3}); its eastings are shifted by {4:+.0f} m (the zone prefix), not reprojected.</source>
        <translation>图层 {0}（{1}）与 {2}（{3}）为同一高斯-克吕格投影带；其横坐标平移 {4:+.0f} m（带号），不做重投影。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="578" />
        <source>Snapping (tolerance {0} m): {1} target parcels match a base parcel within the tolerance and take its geometry; {2} vertices of {3} other target parcels moved onto base vertices or edges.</source>
        <translation>顶点吸附（容差 {0} m）：{1} 个计量年图斑在容差内与基准年图斑一致，采用其几何；另有 {3} 个计量年图斑的 {2} 个顶点移到基准年顶点或边上。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="654" />
        <source>Layers {0} ({1}, extent {2}) and {3} ({4}, extent {5} in the CRS of {0}) overlap on only {6:.2%} of the smaller layer's area: the same region surveyed twice should overlap almost wholly. Probably one layer is declared in the wrong CRS (e.g. another Gauss-Krüger zone); check the CRS of both layers and run again.</source>
        <translation>图层 {0}（{1}，范围 {2}）与 {3}（{4}，按 {0} 的坐标参考系范围 {5}）的重叠面积仅占较小图层面积的 {6:.2%}：同一地区的两期调查应几乎完全重叠。很可能有图层声明了错误的坐标参考系（如其他高斯-克吕格投影带）；请核对两个图层的坐标参考系后重新运行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="686" />
        <source>The pieces ({0:.3f} m² planar) cover the area of either layer once: no parcels of one layer overlap each other.</source>
        <translation>叠加碎片（平面面积 {0:.3f} m²）恰好覆盖两图层的并集一次：同一图层内没有相互重叠的图斑。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="698" />
        <source>Layer {0}: {1} pairs of parcels overlap each other (feature ids and overlap area: {2}); their common ground is counted once per parcel. Fix the topology (duplicates or overlapping parcels) and run again.</source>
        <translation>图层 {0}：有 {1} 对图斑相互重叠（要素编号及重叠面积：{2}）；重叠部分按每个图斑各计一次。请修正拓扑（重复或重叠图斑）后重新运行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="703" />
        <source>The pieces sum to {0:.3f} m² (planar), about {1:.3f} m² more than the area covered by either layer, because of the overlaps listed above.</source>
        <translation>由于上述重叠，叠加碎片面积合计 {0:.3f} m²（平面），比两图层覆盖的面积多约 {1:.3f} m²。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="110" />
        <source>Overlays the base-year (t1) and the metering-year (t2) land-survey parcel layers (三调 / 年度变更调查 DLTB) and flags every piece as unchanged, changed, base only or target only (Hubei carbon-metering spec, ch. 5 and 8; land classes to metering objects after its appendix A).

Parameters:
- BASE / TARGET: polygon parcel layers of the base year and the metering year (GeoPackage, shapefile — GBK .dbf without .cpg is detected —, FileGDB). CGCS2000 3-degree Gauss-Krüger (EPSG:4513–4533 with zone prefix, 4534–4554 without) is checked against the coordinates. The target is reprojected to the base CRS if they differ.
- BASE_FIELD / TARGET_FIELD: the land-class code field (DLBM; GB/T 21010-2017 / 三调 codes as text, numeric 101 is read as 0101).
- MAPPING: optional table with fields code and object overriding the shipped table (every GB/T 21010 and 三调 code; built-up land and water are non_metered). NULL or unknown codes become unmapped and are listed in the log.
- COUNTY_FIELD: optional county field; by default the first 6 digits of ZLDWDM (坐落单位代码) when the layer has it.
- MIN_AREA (m²): pieces smaller than this are flagged sliver = 1 (never dropped).
- AREA_METHOD: ellipsoidal (CGCS2000 ellipsoid, as 三调 computes parcel area; default), planar (the layer's projected CRS) or official (each parcel's survey area TBDLMJ = TBMJ − KCMJ shared among its pieces in proportion to their geometric area, so totals reproduce the survey statistics).
- SNAP_TOLERANCE (m, default 0.001): target vertices within this distance of a base vertex are moved onto it, so copies differing only by rounding (FileGDB, reprojected, zone-shifted) pair as unchanged; 0 turns it off. Snapping runs only where it is needed: up to 5 000 vertices of target parcels not identical to a base parcel, spread over the layer, are first compared with the nearby base vertices, and only if some lie within the tolerance without being on one (rounding differences; their share is logged) is the target snapped. Otherwise (an annual change survey from one source, an independently redrawn layer) snapping is skipped and the log says so. Layers of one GK zone in the two EPSG families are shifted by exactly the zone prefix (zone × 1 000 000 m), not reprojected.

Outputs:
- OUTPUT: one polygon per overlay piece with base_code, target_code, base_object, target_object, change_flag (0 unchanged, 1 changed, 2 only in the base layer, 3 only in the target layer), change_type (e.g. 旱地→乔木林地), county, area_m2 (m²), sliver, area_method, base_area_m2 / target_area_m2 (the piece's share of each year's parcel area, m²) and base_fid / target_fid.
- CHANGE_MATRIX: area (ha) by base × target at object level and at code level (fields level, base, target, area_ha).

Area is conserved: per class, the pieces sum to each layer's own class areas (checked, 1e-6 relative, and logged).</source>
        <translation>将基准年（t1）与计量年（t2）的国土调查图斑图层（三调／年度变更调查 DLTB）叠加，并将每个叠加碎片标记为未变化、变化、仅基准年或仅计量年（湖北省碳汇计量规范第 5、8 章；地类与计量对象的对应依其附录 A）。

参数：
- BASE／TARGET：基准年与计量年的图斑面图层（GeoPackage、Shapefile——可识别无 .cpg 的 GBK 编码 .dbf——、FileGDB）。CGCS2000 3 度带高斯-克吕格坐标（EPSG:4513–4533 横坐标带带号，4534–4554 不带）会与坐标值核对。两图层坐标系不同时，计量年图层重投影到基准年坐标系。
- BASE_FIELD／TARGET_FIELD：地类编码字段（DLBM；GB/T 21010-2017／三调编码按文本处理，数字 101 读作 0101）。
- MAPPING：可选对照表，含 code 和 object 字段，覆盖内置对照表（覆盖全部 GB/T 21010 和三调编码；建设用地和水域为 non_metered）。编码为空或未知的记为 unmapped，并在日志中列出。
- COUNTY_FIELD：可选的县级行政区字段；默认在图层含 ZLDWDM（坐落单位代码）时取其前 6 位。
- MIN_AREA（m²）：面积小于该值的碎片标记 sliver = 1（不删除）。
- AREA_METHOD：椭球面积（CGCS2000 椭球，同三调图斑面积算法；默认）、平面面积（图层投影坐标系）或调查面积（各图斑调查面积 TBDLMJ = TBMJ − KCMJ 按其碎片几何面积比例分摊，合计再现调查统计）。
- SNAP_TOLERANCE（米，默认 0.001）：与基准年顶点距离在此范围内的计量年顶点移到该顶点上，使仅因舍入而不同的副本（FileGDB、重投影或换带号的副本）配对为未变化；0 表示不吸附。仅在需要时吸附：先从与基准年图斑不完全相同的计量年图斑中（在图层中均匀分布）抽取至多 5 000 个顶点，与附近的基准年顶点比较；只有存在距离在容差内但不重合的顶点（舍入差异，其比例写入日志）时才对计量年图层吸附，否则（同一来源的年度变更调查、独立重绘的图层）跳过吸附并在日志中说明。同一高斯-克吕格投影带在两个 EPSG 系列之间只按带号精确平移（带号 × 1 000 000 m），不做重投影。

输出：
- OUTPUT：每个叠加碎片一个面要素，字段 base_code、target_code、base_object、target_object、change_flag（0 未变化，1 变化，2 仅在基准年图层，3 仅在计量年图层）、change_type（如 旱地→乔木林地）、county、area_m2（m²）、sliver、area_method、base_area_m2／target_area_m2（碎片分得的两期图斑面积，m²）以及 base_fid／target_fid。
- CHANGE_MATRIX：按基准年 × 计量年汇总的面积（公顷），分计量对象级和地类编码级（字段 level、base、target、area_ha）。

面积守恒：按地类，碎片面积之和等于各图层自身的地类面积（检查相对误差 1e-6，并写入日志）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="221" />
        <source>Target vertices closer than this many metres to a base vertex are moved onto it before the overlay (default 0.001 m = 1 mm; 0 turns snapping off). Copies of the same parcels that differ only by rounding (FileGDB, reprojected or zone-shifted copies) then pair as unchanged instead of leaving slivers along every boundary. A sample of up to 5 000 target vertices is checked first: without rounding differences (vertices within the tolerance of a base vertex but not on it) snapping is skipped. In a geographic CRS 1 m is taken as 1/111 320 degree.</source>
        <translation>叠加前，与基准年顶点距离小于该值（米）的计量年顶点移到该顶点上（默认 0.001 m = 1 mm；0 表示不吸附）。仅因舍入而不同的同一批图斑副本（FileGDB、重投影或换带号的副本）由此配对为未变化，而不会沿每条边界产生细碎图斑。先检查至多 5 000 个计量年顶点的样本：若没有舍入差异（与基准年顶点距离在容差内但不重合的顶点），则跳过吸附。地理坐标系中按 1 m = 1/111 320 度换算。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="563" />
        <source>Snapping skipped: no rounding differences between the layers ({0} of {1} sampled target vertices lie on a base vertex, none within {2} m of one without being on it; {3} target parcels are identical to a base parcel).</source>
        <translation>跳过吸附：两图层之间没有舍入差异（抽样的 {1} 个计量年顶点中 {0} 个与基准年顶点重合，没有与基准年顶点相距 {2} m 以内而不重合的顶点；{3} 个计量年图斑与基准年图斑完全相同）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="570" />
        <source>Rounding differences found: {0} of {1} sampled target vertices ({2:.1f} %) lie within {3} m of a base vertex without being on it ({4} on one); the target is snapped.</source>
        <translation>发现舍入差异：抽样的 {1} 个计量年顶点中有 {0} 个（{2:.1f} %）与基准年顶点相距 {3} m 以内而不重合（{4} 个重合）；对计量年图层进行吸附。</translation>
    </message>
</context>
<context>
    <name>ParcelStockAlgorithm</name>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="49" />
        <source>Parcel carbon stock and sink</source>
        <translation>图斑碳储量与碳汇量</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="52" />
        <source>Parcel carbon metering</source>
        <translation>图斑碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="88" />
        <source>Pieces (parcel change)</source>
        <translation>叠加碎片（parcel_change 输出）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="91" />
        <source>Polygon pieces of the base × target overlay, the output of parcel_change.</source>
        <translation>基准年 × 计量年叠加得到的面状碎片，即 parcel_change 的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="94" />
        <source>Base-year densities</source>
        <translation>基准年碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="97" />
        <source>Density table for the base year in t C/ha: a key column and the pool columns agb, bgb, deadwood, litter, soil, or the stratum_density output.</source>
        <translation>基准年碳密度表（t C/ha）：一个键列和碳库列 agb、bgb、deadwood、litter、soil，或 stratum_density 的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="101" />
        <source>Target-year densities</source>
        <translation>计量年碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="104" />
        <source>Density table for the target year (same form). Empty: the base-year table.</source>
        <translation>计量年碳密度表（格式相同）。为空时使用基准年表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="107" />
        <source>Density key</source>
        <translation>碳密度键</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="107" />
        <source>Metering object</source>
        <translation>计量对象</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="107" />
        <source>Land-class code</source>
        <translation>地类编码</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="111" />
        <source>Whether the density tables are keyed by metering object (base_object, target_object) or by land-class code (base_code, target_code, text such as 0101).</source>
        <translation>碳密度表的键是计量对象（base_object、target_object）还是地类编码（base_code、target_code，文本，如 0101）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="116" />
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="120" />
        <source>Calendar year t1 of the base land survey.</source>
        <translation>基准年国土调查的公历年份 t1。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="123" />
        <source>Target year</source>
        <translation>计量年</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="127" />
        <source>Calendar year t2 of the metering (target) survey; must be later than the base year.</source>
        <translation>计量年调查的公历年份 t2；必须晚于基准年。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="131" />
        <source>Piece stocks</source>
        <translation>叠加碎片碳储量</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="134" />
        <source>The pieces with their stocks at both years (t C), dc_per_year (t C/a) and removals_co2e (t CO2e/a).</source>
        <translation>含两期碳储量（t C）、dc_per_year（t C/a）和 removals_co2e（t CO2e/a）的叠加碎片。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="138" />
        <source>Stock and sink summary</source>
        <translation>碳储量与碳汇量汇总</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="141" />
        <source>Totals per county × object × pool × change group, with ALL total rows.</source>
        <translation>按县 × 计量对象 × 碳库 × 变化分组的合计，含 ALL 合计行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="216" />
        <source>Layer {0} lacks the fields {1}: run parcel_change first, its output has them.</source>
        <translation>图层 {0} 缺少字段 {1}：请先运行 parcel_change，其输出含有这些字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="151" />
        <source>Layer {0}, field change_flag: values must be 0, 1, 2 or 3; bad (feature id, value): {1}.</source>
        <translation>图层 {0} 的字段 change_flag：取值须为 0、1、2 或 3；错误值（要素编号，取值）：{1}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="154" />
        <source>Layer {0}, field area_m2: empty or negative areas (feature id, value): {1}. Re-run parcel_change.</source>
        <translation>图层 {0} 的字段 area_m2：面积为空或为负（要素编号，取值）：{1}。请重新运行 parcel_change。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="210" />
        <source>The target year ({0}) must be later than the base year ({1}).</source>
        <translation>计量年（{0}）必须晚于基准年（{1}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="172" />
        <source>Density table {0} needs a key column (key, stratum, object or code) and either pool + mean or the pool columns agb, bgb, deadwood, litter, soil; it has: {1}.</source>
        <translation>碳密度表 {0} 需要一个键列（key、stratum、object 或 code），以及 pool + mean 列或碳库列 agb、bgb、deadwood、litter、soil；现有列：{1}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="176" />
        <source>Density table {0}: these densities (key, pool, value) are not numbers: {1}.</source>
        <translation>碳密度表 {0}：以下碳密度（键，碳库，取值）不是数字：{1}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="179" />
        <source>Density table {0}: negative densities (key, pool, value): {1}.</source>
        <translation>碳密度表 {0}：碳密度为负（键，碳库，取值）：{1}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="182" />
        <source>Density table {0}: these keys occur more than once: {1}. Keep one row per key (and pool).</source>
        <translation>碳密度表 {0}：以下键出现多次：{1}。每个键（及碳库）只保留一行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="185" />
        <source>Density table {0}: these keys lack pools (key, pools): {1}.</source>
        <translation>碳密度表 {0}：以下键缺少碳库（键，碳库）：{1}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="187" />
        <source>Invalid input: {0}</source>
        <translation>输入无效：{0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="198" />
        <source>Density table {0}: {1} keys.</source>
        <translation>碳密度表 {0}：{1} 个键。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="226" />
        <source>No target-year table: the base-year densities serve both years.</source>
        <translation>无计量年碳密度表：两期均使用基准年碳密度。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="229" />
        <source>Read {0} pieces from {1}.</source>
        <translation>从 {1} 读取了 {0} 个叠加碎片。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="255" />
        <source>Areas from parcel_change, method: {0}.</source>
        <translation>面积来自 parcel_change，方法：{0}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="260" />
        <source>All counties: stock {0:.2f} t C ({1}) → {2:.2f} t C ({3}); removals {4:.2f} t CO2e/a.</source>
        <translation>全部县合计：碳储量 {0:.2f} t C（{1}）→ {2:.2f} t C（{3}）；碳汇量 {4:.2f} t CO2e/a。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="55" />
        <source>Meters the carbon stock of every piece of the base × target overlay (the output of parcel_change) at the base and the target year, and its sink by stock change (Hubei spec ch. 8; IPCC 2006 GL vol. 4 stock-difference method).

Stock per pool (t C) = density (t C/ha) × area (ha, from area_m2); each year uses its own density key: unchanged pieces the same object at both dates, changed pieces the base object at the base year and the target object at the target year. The total is the sum of the pools. dc_per_year (t C/a) = (total at target − total at base) / (target year − base year); removals_co2e (t CO2e/a) = dc_per_year × 44/12, positive when carbon is removed from the atmosphere. Non-metered and unmapped pieces have zero stock; codes not mapped to a metering object are listed in a warning with their pieces and area (fix the mapping and re-run parcel_change). Pieces that exist in one year only (change_flag 2 or 3) get a stock for that year only and no change. A metered object or code without a density stops the run with the list of keys, pieces and area.

Parameters:
- Pieces: the parcel_change output (base_code, target_code, base_object, target_object, change_flag, county, area_m2, area_method).
- Base-year densities: table with a key column and the pool columns agb, bgb, deadwood, litter, soil in t C/ha (wide), or the stratum_density output (long). CSV, xlsx or any QGIS table; land-class codes are read as text.
- Target-year densities: optional; the base-year table when empty.
- Density key: object (tables keyed by metering object) or code (by land-class code). Crossed strata of stratum_density (object|value) are not keys: its per-object rows are used.
- Base year, Target year: calendar years t1 &lt; t2.

Outputs: the pieces with area_ha, base_key, target_key, c_base_&lt;pool&gt; and c_target_&lt;pool&gt; (t C), dc_per_year (t C/a) and removals_co2e (t CO2e/a); and a summary table per county × object × pool × change_group (unchanged, changed, all = both; base_only, target_only for one-year pieces) with n_pieces, area_ha, stock_base_tc, stock_target_tc, dc_per_year_tc and removals_tco2e, including totals (county ALL, object ALL). Changed pieces are summarised under their target-year object (land converted to a category is reported under it).</source>
        <translation>计算基准年 × 计量年叠加碎片（parcel_change 的输出）中每个碎片在基准年和计量年的碳储量，并按碳储量变化计算碳汇量（湖北规范第 8 章；IPCC 2006 指南第 4 卷储量差别法）。

各碳库碳储量（t C）= 碳密度（t C/ha）× 面积（ha，由 area_m2 换算）；每一年使用各自的碳密度键：未变化碎片两期为同一计量对象，变化碎片基准年按基准年计量对象、计量年按计量年计量对象。总量为各碳库之和。dc_per_year（t C/a）=（计量年总量 − 基准年总量）/（计量年 − 基准年）；removals_co2e（t CO2e/a）= dc_per_year × 44/12，正值表示从大气中清除碳。不计量（non_metered）和未映射（unmapped）的碎片碳储量为零；未映射到计量对象的地类编码会在警告中列出其碎片数和面积（请修正地类—计量对象对照表并重新运行 parcel_change）。只在一期出现的碎片（change_flag 为 2 或 3）只计该期碳储量，不计变化。计量对象或地类编码缺少碳密度时停止运行，并列出键、碎片数和面积。

参数：
- 叠加碎片：parcel_change 的输出（base_code、target_code、base_object、target_object、change_flag、county、area_m2、area_method）。
- 基准年碳密度：含键列和碳库列 agb、bgb、deadwood、litter、soil（t C/ha）的宽表，或 stratum_density 的输出（长表）。可为 CSV、xlsx 或任意 QGIS 表；地类编码按文本读取。
- 计量年碳密度：可选；为空时使用基准年表。
- 碳密度键：object（按计量对象）或 code（按地类编码）。stratum_density 的交叉分层（object|value）不是键：使用其按计量对象合并的行。
- 基准年、计量年：公历年份 t1 &lt; t2。

输出：增加了 area_ha、base_key、target_key、c_base_&lt;pool&gt; 和 c_target_&lt;pool&gt;（t C）、dc_per_year（t C/a）及 removals_co2e（t CO2e/a）的叠加碎片；以及按县 × 计量对象 × 碳库 × 变化分组（unchanged 未变化、changed 变化、all 二者合计；仅一期存在的碎片为 base_only、target_only）汇总的表，字段 n_pieces（碎片数）、area_ha、stock_base_tc、stock_target_tc、dc_per_year_tc 和 removals_tco2e，含合计行（county 为 ALL、object 为 ALL）。变化碎片按计量年的计量对象汇总（转化为某类的土地在该类下报告）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="245" />
        <source>base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="245" />
        <source>target year</source>
        <translation>计量年</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="167" />
        <source>density table {0} ({1}) has no row for (key: pieces, area) {2}</source>
        <translation>碳密度表 {0}（{1}）缺少以下键（键：碎片数，面积）{2}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="169" />
        <source>No density for these metered keys: {0}. Add rows for them to that table or check the Density key setting.</source>
        <translation>以下需计量的键缺少碳密度：{0}。请在相应的碳密度表中补充这些行，或检查“碳密度键”设置。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="248" />
        <source>Land-class codes not mapped to a metering object have zero stock (year code: pieces, area): {0}. Add them to the land-class mapping table and re-run parcel_change; the SUMMARY lists them as object unmapped.</source>
        <translation>未映射到计量对象的地类编码碳储量为零（年份 编码：碎片数，面积）：{0}。请将其补充到地类—计量对象对照表并重新运行 parcel_change；SUMMARY 汇总表中将其列为计量对象 unmapped。</translation>
    </message>
</context>
<context>
    <name>PlotCarbonAlgorithm</name>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="50" />
        <source>Plot carbon by pool</source>
        <translation>样地分碳库碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="53" />
        <source>Parcel carbon metering</source>
        <translation>图斑碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="56" />
        <source>carbon,plot,sample plot,biomass,soil,litter,deadwood,样地,碳密度</source>
        <translation>carbon,plot,sample plot,biomass,soil,litter,deadwood,样地,碳密度,生物量,土壤,凋落物,枯死木</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="101" />
        <source>Survey plots</source>
        <translation>调查样地</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="110" />
        <source>Trees</source>
        <translation>乔木</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="110" />
        <source>Tree tally: plot_id, species, dbh_cm (cm), height_m (m), status (live or standing_dead), decay_class. Empty: the trees table of INPUT's GeoPackage.</source>
        <translation>每木检尺表：plot_id、species（树种）、dbh_cm（胸径 cm）、height_m（树高 m）、status（live 活立木或 standing_dead 枯立木）、decay_class（腐朽等级）。留空：使用 INPUT 所在 GeoPackage 的 trees 表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="113" />
        <source>Shrub and herb quadrats</source>
        <translation>灌木草本样方</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="113" />
        <source>Harvest quadrats: plot_id, layer (shrub or herb), quadrat_area_m2 (m²), fresh_mass_kg (kg), sample_fresh_g and sample_dry_g (g). Empty: the shrub_herb table of INPUT's GeoPackage.</source>
        <translation>收获样方：plot_id、layer（shrub 灌木或 herb 草本）、quadrat_area_m2（样方面积 m²）、fresh_mass_kg（鲜重 kg）、sample_fresh_g 和 sample_dry_g（样品鲜重、干重 g）。留空：使用 INPUT 所在 GeoPackage 的 shrub_herb 表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="117" />
        <source>Litter quadrats</source>
        <translation>凋落物样方</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="117" />
        <source>Litter quadrats: plot_id, quadrat_area_m2 (m²), fresh_mass_kg (kg), sample_fresh_g and sample_dry_g (g). Empty: the litter table of INPUT's GeoPackage.</source>
        <translation>凋落物样方：plot_id、quadrat_area_m2（m²）、fresh_mass_kg（kg）、sample_fresh_g 和 sample_dry_g（g）。留空：使用 INPUT 所在 GeoPackage 的 litter 表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="120" />
        <source>Lying dead wood</source>
        <translation>枯倒木</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="120" />
        <source>Lying dead wood pieces: plot_id, species (optional), diameter_cm (cm) and length_m (m) or volume_m3 (m³), decay_class (1–3). Empty: the deadwood table of INPUT's GeoPackage.</source>
        <translation>枯倒木：plot_id、species（树种，可选）、diameter_cm（直径 cm）和 length_m（长度 m）或 volume_m3（材积 m³）、decay_class（腐朽等级 1–3）。留空：使用 INPUT 所在 GeoPackage 的 deadwood 表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="123" />
        <source>Soil layers</source>
        <translation>土层</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="123" />
        <source>Soil layers: plot_id, layer_top_cm and layer_bottom_cm (cm), soc_g_kg or som_g_kg (g/kg), bulk_density_g_cm3 (g/cm³), gravel_pct (% by volume). Empty: the soil table of INPUT's GeoPackage.</source>
        <translation>土层：plot_id、layer_top_cm 和 layer_bottom_cm（层顶、层底深度 cm）、soc_g_kg 或 som_g_kg（有机碳或有机质 g/kg）、bulk_density_g_cm3（容重 g/cm³）、gravel_pct（砾石体积 %）。留空：使用 INPUT 所在 GeoPackage 的 soil 表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="135" />
        <source>Soil reporting depth (cm)</source>
        <translation>土壤报告深度（cm）</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="138" />
        <source>Soil carbon is summed from 0 cm down to this depth (cm). 30 cm follows IPCC 2006; 100 cm is common in Chinese surveys. Layers below it are cut; plots whose layers stop short are flagged.</source>
        <translation>土壤有机碳储量自 0 cm 累加至该深度（cm）。30 cm 依 IPCC 2006；国内调查常用 100 cm。超出部分截去；土层未达到该深度的样地给出提示。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="143" />
        <source>Species parameter overrides</source>
        <translation>树种参数覆盖表</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="146" />
        <source>Table with a species column and any of route (volume, allometric, culm), equation (power, power_d2h), a, b, c, wd_t_m3 (t/m³), bef, r, cf (t C/t d.m.) and source. Rows replace the shipped parameters of that species; empty cells keep the shipped value; new species are added.</source>
        <translation>含 species 列及下列任意列的表：route（volume、allometric、culm）、equation（power、power_d2h）、a、b、c、wd_t_m3（基本木材密度，t/m³）、bef（生物量扩展因子）、r（根茎比）、cf（含碳率，t C/t 干物质）和 source。各行替换该树种的内置参数；空格保留内置值；新树种追加。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="152" />
        <source>Pool default overrides</source>
        <translation>碳库缺省值覆盖表</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="154" />
        <source>Table in the format of metering/data/default_density.csv: object, pool (agb, bgb, deadwood, litter, soil), mean (t C/ha; density_t_c_ha is accepted too), source and optionally soil_depth_cm (cm, soil rows; 30 when absent). Used for plots without measurements of a pool, replacing shipped rows with the same object and pool.</source>
        <translation>格式同 metering/data/default_density.csv 的表：object、pool（agb、bgb、deadwood、litter、soil）、mean（t C/ha，也可写 density_t_c_ha）、source，可选 soil_depth_cm（cm，土壤行；缺省 30）。用于缺少某碳库实测的样地，替换计量对象与碳库相同的内置行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="161" />
        <source>Plot carbon</source>
        <translation>样地碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="163" />
        <source>The plots with carbon density per pool (t C/ha), total_co2e (t CO2e/ha), the soil depth, the method per pool and warnings.</source>
        <translation>样地及各碳库碳密度（t C/ha）、total_co2e（t CO2e/ha）、土壤深度、各碳库方法和提示。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="172" />
        <source>Table {table} has no column {field}; add it.</source>
        <translation>表 {table} 缺少列 {field}，请添加。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="173" />
        <source>Table {table}, row {row}: {field} '{value}' appears more than once; keep one row.</source>
        <translation>表 {table} 第 {row} 行：{field} “{value}” 重复出现，请只保留一行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="175" />
        <source>Table {table}, row {row}: {field} is empty; enter a value.</source>
        <translation>表 {table} 第 {row} 行：{field} 为空，请填写。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="176" />
        <source>Table {table}, row {row}: {field} '{value}' is not a number.</source>
        <translation>表 {table} 第 {row} 行：{field} “{value}” 不是数字。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="177" />
        <source>Table {table}, row {row}: {field} = {value} must be greater than 0.</source>
        <translation>表 {table} 第 {row} 行：{field} = {value} 必须大于 0。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="178" />
        <source>Table {table}, row {row}: {field} = {value} must not be negative.</source>
        <translation>表 {table} 第 {row} 行：{field} = {value} 不能为负。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="179" />
        <source>Table {table}, row {row}: {field} = {value} is outside {other}.</source>
        <translation>表 {table} 第 {row} 行：{field} = {value} 超出 {other}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="180" />
        <source>Table {table}, row {row}: {field} '{value}' is not one of: {other}.</source>
        <translation>表 {table} 第 {row} 行：{field} “{value}” 不在以下取值中：{other}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="181" />
        <source>Table {table}, row {row}: sample_dry_g {value} exceeds sample_fresh_g {other}; a dry sample cannot weigh more than the fresh one.</source>
        <translation>表 {table} 第 {row} 行：样品干重 sample_dry_g {value} 大于样品鲜重 sample_fresh_g {other}；干重不能超过鲜重。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="184" />
        <source>Table {table}, row {row}: layer_bottom_cm {value} must be deeper than layer_top_cm {other}.</source>
        <translation>表 {table} 第 {row} 行：层底深度 layer_bottom_cm {value} 必须大于层顶深度 layer_top_cm {other}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="187" />
        <source>Table {table}, row {row}: the layer from {value} cm overlaps another layer of plot {other}; fix the layer depths.</source>
        <translation>表 {table} 第 {row} 行：自 {value} cm 起的土层与样地 {other} 的另一土层重叠，请修改土层深度。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="190" />
        <source>Table {table}, row {row}: plot_id '{value}' is not in the plots layer; add the plot or correct the id.</source>
        <translation>表 {table} 第 {row} 行：plot_id “{value}” 不在样地图层中，请添加该样地或更正样地号。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="193" />
        <source>Table {table}, row {row}: species '{value}' has no parameters and its group has no default; add a row for it to the parameter table.</source>
        <translation>表 {table} 第 {row} 行：树种 “{value}” 没有参数，其树种组也没有缺省值；请在参数表中为其添加一行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="196" />
        <source>Table {table}, row {row}: give volume_m3, or both diameter_cm and length_m.</source>
        <translation>表 {table} 第 {row} 行：请填写 volume_m3，或同时填写 diameter_cm 和 length_m。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="198" />
        <source>Table {table}, row {row}: give soc_g_kg or som_g_kg.</source>
        <translation>表 {table} 第 {row} 行：请填写 soc_g_kg 或 som_g_kg。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="199" />
        <source>Table {table}, row {row}: species '{value}' uses the volume route but has no wd_t_m3 or bef; fill them in.</source>
        <translation>表 {table} 第 {row} 行：树种 “{value}” 采用材积法，但缺少 wd_t_m3 或 bef，请补充。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="207" />
        <source>{pool}: no measurements, default {value} t C/ha of object '{object}' used</source>
        <translation>{pool}：无实测，采用计量对象 “{object}” 的缺省值 {value} t C/ha</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="209" />
        <source>{pool}: no measurements and no default for object '{object}'; set to 0</source>
        <translation>{pool}：无实测，计量对象 “{object}” 也无缺省值；按 0 计</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="210" />
        <source>soil: the default is for 0–{other} cm, not the 0–{value} cm reporting depth</source>
        <translation>soil：缺省值对应 0–{other} cm，而非 0–{value} cm 报告深度</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="212" />
        <source>soil: layers cover {value} cm of the 0–{other} cm reporting depth; the uncovered depth counts as 0 (not extrapolated)</source>
        <translation>soil：土层覆盖 0–{other} cm 报告深度中的 {value} cm；未覆盖部分按 0 计（不外推）</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="215" />
        <source>soil: gravel_pct empty in {value} layer(s), taken as 0</source>
        <translation>soil：{value} 个土层 gravel_pct 为空，按 0 计</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="216" />
        <source>deadwood: {value} piece(s) or standing dead tree(s) without decay class, taken as class 1 (sound)</source>
        <translation>deadwood：{value} 个枯倒木或枯立木无腐朽等级，按 1 级（完好）计</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="219" />
        <source>trees: species '{value}' has no parameters of its own; group default '{other}' used</source>
        <translation>trees：树种 “{value}” 无自有参数，采用树种组缺省 “{other}”</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="221" />
        <source>deadwood: {value} piece(s) without a species wood density; default {other} t/m³ used</source>
        <translation>deadwood：{value} 个枯倒木无树种基本木材密度，采用缺省值 {other} t/m³</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="238" />
        <source>… and {0} more problem(s).</source>
        <translation>……另有 {0} 个问题。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="239" />
        <source>Plot carbon cannot be computed; fix these values first:</source>
        <translation>无法计算样地碳密度，请先修改以下数值：</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="282" />
        <source>{0}: {1} row(s) from the given table {2}.</source>
        <translation>{0}：从指定表 {2} 读取 {1} 行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="287" />
        <source>Table {0} of GeoPackage {1} cannot be opened; check the file.</source>
        <translation>无法打开 GeoPackage {1} 中的表 {0}，请检查文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="291" />
        <source>{0}: {1} row(s) from table {0} of the plots' GeoPackage {2}.</source>
        <translation>{0}：从样地所在 GeoPackage {2} 的 {0} 表读取 {1} 行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="296" />
        <source>{0}: no table given or found; pool defaults apply.</source>
        <translation>{0}：未指定也未找到该表；采用碳库缺省值。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="306" />
        <source>Soil reporting depth: 0–{0:g} cm.</source>
        <translation>土壤报告深度：0–{0:g} cm。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="317" />
        <source>{0}: {1} row(s) from {2}.</source>
        <translation>{0}：从 {2} 读取 {1} 行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="334" />
        <source>Parameters used and their sources:</source>
        <translation>所用参数及其来源：</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="338" />
        <source>{0} plot(s) computed, {1} with warnings (see the warnings field).</source>
        <translation>已计算 {0} 个样地，其中 {1} 个有提示（见 warnings 字段）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="59" />
        <source>Computes the carbon density of each sample plot for the pools agb, bgb, deadwood, litter and soil and their total, in t C/ha, plus total_co2e in t CO2e/ha (× 44/12).

Methods (Hubei spec: sample-plot survey; CDM AR-TOOL14 v04.2; LY/T 2253-2014; HJ 658; NY/T 1121.4):
- Trees: volume route V = a·D^b·H^c (m³, D in cm, H in m), B_AG = V × WD × BEF; or allometric/culm route B_AG = a·D^b·H^c kg per tree; B_BG = B_AG × R; C = B × CF. Live trees give agb and bgb; standing dead trees go to deadwood with the decay-class density reduction and CF 0.50. Tree totals are divided by plot_area_m2.
- Shrubs and herbs (harvest quadrats): dry mass = fresh mass × sample dry / sample fresh; mean over a plot's quadrats per layer; C_AG = B × CF, C_BG = B × R × CF (shrubs R 0.40, CF 0.47).
- Litter: quadrat dry mass × CF 0.37.
- Lying dead wood: volume (or cylinder from diameter and length) × WD × decay-class reduction × CF 0.50.
- Soil: per layer SOCD (t C/ha) = SOC (g/kg) × BD (g/cm³) × thickness (cm) × (1 − gravel %/100) / 10, SOC = SOM × 0.58 where only SOM is given, summed to the reporting depth. Depth not covered by layers counts as 0 and is flagged (no extrapolation).
A pool without measurements in a plot takes the default of the plot's metering object (method 'default'), or 0 (method 'none'); both are written to the warnings field. When the plots field pools_surveyed lists a survey table feeding the pool (trees or shrub_herb for agb and bgb; deadwood; litter; soil), the plot was searched and nothing found: the pool is a measured 0 (method 'measured_zero'). Without that field (older surveys) defaults apply as described.

Parameters:
INPUT: survey plots point layer (plot_id, object, plot_area_m2 in m², optional pools_surveyed, …).
TREES, SHRUB_HERB, LITTER, DEADWOOD, SOIL: measurement tables of the survey schema. When left empty, the table of the same name in INPUT's GeoPackage is used if present.
SOIL_DEPTH: soil reporting depth in cm (30 as in IPCC; 100 is common in China).
PARAMETERS: optional table overriding the species parameters by species (species, route, equation, a, b, c, wd_t_m3, bef, r, cf, source); empty cells keep the shipped value.
DEFAULTS: optional table of pool defaults in the format of default_density.csv (object, pool, mean in t C/ha, source; optional soil_depth_cm, default 30 cm) overriding the shipped rows.
OUTPUT: the plots with agb, bgb, deadwood, litter, soil, total (t C/ha), total_co2e (t CO2e/ha), soil_depth_cm, method_&lt;pool&gt; (measurement route, measured_zero, default or none) and warnings.</source>
        <translation>计算每个样地 agb、bgb、deadwood、litter、soil 各碳库及合计的碳密度（t C/ha），并给出 total_co2e（t CO2e/ha，× 44/12）。

方法（湖北规范：样地调查；CDM AR-TOOL14 v04.2；LY/T 2253-2014；HJ 658；NY/T 1121.4）：
- 乔木：材积法 V = a·D^b·H^c（m³，D 单位 cm，H 单位 m），B_AG = V × WD × BEF；或生物量方程法（allometric/culm）B_AG = a·D^b·H^c kg/株；B_BG = B_AG × R；C = B × CF。活立木计入 agb 和 bgb；枯立木按腐朽等级密度折减并以含碳率 CF 0.50 计入 deadwood。乔木合计除以 plot_area_m2。
- 灌木和草本（收获样方）：干重 = 鲜重 × 样品干重 / 样品鲜重；每层取样地内样方平均；C_AG = B × CF，C_BG = B × R × CF（灌木 R 0.40、CF 0.47）。
- 凋落物：样方干重 × CF 0.37。
- 枯倒木：材积（或由直径与长度按圆柱计算）× WD × 腐朽折减 × CF 0.50。
- 土壤有机碳：每层 SOCD（t C/ha）= SOC（g/kg）× BD（g/cm³）× 厚度（cm）× (1 − 砾石 %/100) / 10，仅有 SOM 时 SOC = SOM × 0.58，累加至报告深度。土层未覆盖的深度按 0 计并提示（不外推）。
样地某碳库无实测时，采用该样地计量对象的缺省值（方法 'default'），否则为 0（方法 'none'）；两者均写入 warnings 字段。若 plots 的 pools_surveyed 字段列出了该碳库对应的调查表（agb、bgb 对应 trees 或 shrub_herb；deadwood；litter；soil），说明已调查但未发现，该碳库按实测 0 计（方法 'measured_zero'）。无此字段（旧调查库）时按上述缺省规则处理。

参数：
INPUT：调查样地点图层（plot_id、object、plot_area_m2 单位 m²、可选 pools_surveyed 等）。
TREES、SHRUB_HERB、LITTER、DEADWOOD、SOIL：调查数据结构中的实测表。留空时使用 INPUT 所在 GeoPackage 中的同名表（如有）。
SOIL_DEPTH：土壤报告深度，单位 cm（IPCC 为 30；国内常用 100）。
PARAMETERS：可选，按树种覆盖树种参数的表（species、route、equation、a、b、c、wd_t_m3、bef、r、cf、source）；空格保留内置值。
DEFAULTS：可选，格式同 default_density.csv 的碳库缺省值表（object、pool、mean 单位 t C/ha、source；可选 soil_depth_cm，缺省 30 cm），覆盖内置行。
OUTPUT：样地及 agb、bgb、deadwood、litter、soil、total（t C/ha）、total_co2e（t CO2e/ha）、soil_depth_cm、method_&lt;pool&gt;（测定方法、measured_zero、default 或 none）和 warnings。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="103" />
        <source>Point layer of sample plots with plot_id, object and plot_area_m2 (m²), normally the plots layer of a survey GeoPackage. Optional pools_surveyed: comma-separated survey tables searched on the plot (trees, shrub_herb, litter, deadwood, soil); a listed table without rows is a measured 0.</source>
        <translation>样地点图层，含 plot_id、object（计量对象）和 plot_area_m2（样地面积 m²），通常为调查 GeoPackage 的 plots 图层。可选 pools_surveyed：本样地调查过的表，以逗号分隔（trees、shrub_herb、litter、deadwood、soil）；列出但无记录的表按实测 0 计。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="228" />
        <source>species {species}: overridden by {table} row {row}</source>
        <translation>树种 {species}：由 {table} 第 {row} 行覆盖</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="229" />
        <source>species {species}: added by {table} row {row}</source>
        <translation>树种 {species}：由 {table} 第 {row} 行新增</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="230" />
        <source>pool defaults: {count} row(s) from {table}</source>
        <translation>碳库缺省值：{table} 中 {count} 行</translation>
    </message>
</context>
<context>
    <name>StratumDensityAlgorithm</name>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="43" />
        <source>Stratum carbon density</source>
        <translation>分层碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="46" />
        <source>Parcel carbon metering</source>
        <translation>图斑碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="88" />
        <source>Plots (plot carbon densities)</source>
        <translation>样地（样地碳密度）</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="91" />
        <source>Plots with object, survey_year and agb, bgb, deadwood, litter, soil, total in t C/ha: the output of plot_carbon.</source>
        <translation>含 object、survey_year 及 agb、bgb、deadwood、litter、soil、total（t C/ha）的样地：plot_carbon 的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="95" />
        <source>Stratum field</source>
        <translation>分层字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="105" />
        <source>Survey year (only plots of this year)</source>
        <translation>调查年份（只用该年份的样地）</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="109" />
        <source>When set, only plots whose survey_year equals this year are used; the chain computes one table for the base year and one for the target year.</source>
        <translation>设置后只使用 survey_year 等于该年份的样地；流程中基准年和计量年各计算一张表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="113" />
        <source>Confidence level</source>
        <translation>置信水平</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="113" />
        <source>90 %</source>
        <translation>90 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="113" />
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="117" />
        <source>Two-sided confidence level of the half-width and U %: 90 % as CDM AR-TOOL14, 95 % as IPCC 2006 GL vol. 1 ch. 3.</source>
        <translation>置信区间半宽和 U % 的双侧置信水平：90 % 按 CDM AR-TOOL14，95 % 按 IPCC 2006 指南第 1 卷第 3 章。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="121" />
        <source>Default densities</source>
        <translation>缺省碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="124" />
        <source>Optional default-density table for strata without plots: columns object, pool, mean (t C/ha), u_pct (%), source; or object plus the pool columns. Empty: the shipped table metering/data/default_density.csv.</source>
        <translation>无样地分层所用的可选缺省碳密度表：列 object、pool、mean（t C/ha）、u_pct（%）、source；或 object 加各碳库列。为空时使用内置的 metering/data/default_density.csv。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="129" />
        <source>Target precision (% of the mean)</source>
        <translation>目标精度（占均值的 %）</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="133" />
        <source>Allowable error E in percent of the mean used for n_required, the number of plots a stratum needs (AR-TOOL03); 10 % is the usual target.</source>
        <translation>计算 n_required（每个分层所需样地数，AR-TOOL03）所用的允许误差 E，占均值的百分比；通常取 10 %。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="137" />
        <source>Stratum densities</source>
        <translation>分层碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="140" />
        <source>Table with one row per stratum and pool (densities in t C/ha).</source>
        <translation>每个分层和碳库一行的表（碳密度单位 t C/ha）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="185" />
        <source>Layer {0} lacks the fields {1}: run plot_carbon first, its output has them.</source>
        <translation>图层 {0} 缺少字段 {1}：请先运行 plot_carbon，其输出含有这些字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="150" />
        <source>Layer {0}, field object: these plots (feature id, object) are not metered objects of metering_objects.csv: {1}. Fix the object of these plots.</source>
        <translation>图层 {0} 的字段 object：以下样地（要素编号，计量对象）不是 metering_objects.csv 中的计量对象：{1}。请修改这些样地的计量对象。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="154" />
        <source>Layer {0}: these values (feature id or key, pool, value) are not numbers: {1}. Enter densities in t C/ha as numbers.</source>
        <translation>图层 {0}：以下取值（要素编号或键，碳库，取值）不是数字：{1}。请以数字填写碳密度（t C/ha）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="157" />
        <source>Layer {0}: negative densities (feature id, pool, value): {1}. Densities in t C/ha cannot be negative; check the plot data.</source>
        <translation>图层 {0}：碳密度为负（要素编号，碳库，取值）：{1}。碳密度（t C/ha）不能为负，请检查样地数据。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="160" />
        <source>Default-density table {0} lacks these (object, pool) pairs: {1}. Add a row for each.</source>
        <translation>缺省碳密度表 {0} 缺少以下（计量对象，碳库）组合：{1}。请为每个组合补充一行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="163" />
        <source>Default-density table {0} needs a column object (or key) and either pool + mean or the pool columns; it has: {1}.</source>
        <translation>缺省碳密度表 {0} 需要 object（或 key）列，以及 pool + mean 列或各碳库列；现有列：{1}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="165" />
        <source>Invalid input: {0}</source>
        <translation>输入无效：{0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="188" />
        <source>Layer {0} has no field {1} (Stratum field); choose a field of the plots layer.</source>
        <translation>图层 {0} 没有字段 {1}（分层字段）；请选择样地图层中的字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="193" />
        <source>Read {0} plots from {1}.</source>
        <translation>从 {1} 读取了 {0} 个样地。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="198" />
        <source>{0} plots have survey_year {1}.</source>
        <translation>{0} 个样地的 survey_year 为 {1}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="200" />
        <source>No plot of layer {0} has survey_year {1}: every metered object takes its default density.</source>
        <translation>图层 {0} 中没有 survey_year 为 {1} 的样地：所有计量对象均采用缺省碳密度。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="238" />
        <source>{0} strata with plots, {1} objects on default densities, confidence {2:g} %.</source>
        <translation>{0} 个分层有样地，{1} 个计量对象采用缺省碳密度，置信水平 {2:g} %。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="243" />
        <source>Strata with a single plot (U % from the default table): {0}.</source>
        <translation>只有一个样地的分层（U % 取自缺省表）：{0}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="247" />
        <source>Stratum {0}: {1} plots, {2} needed for ±{3:g} % at {4:g} %.</source>
        <translation>分层 {0}：{1} 个样地，达到 ±{3:g} %（置信水平 {4:g} %）需要 {2} 个。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="49" />
        <source>Computes the carbon density of each stratum and pool from plot densities (the output of plot_carbon): number of plots n, mean, standard deviation sd, standard error SE = sd/√n, confidence half-width = t × SE (Student's t, two-sided, df = n − 1) and U % = half-width / mean × 100, for the pools agb, bgb, deadwood, litter, soil and total, in t C/ha (Hubei spec ch. 6 and ch. 9; CDM AR-TOOL14). It also gives n_required, the number of plots needed for the target precision, n = (t × CV / E)² iterated on the degrees of freedom (AR-TOOL03 form).

Strata are the metering objects, optionally crossed with another field (e.g. county or forest type): the stratum is then 'object|value'. Crossed strata are for reporting and survey planning; parcel_stock needs densities keyed by object (or by land-class code), so with a crossed stratum field the output also holds one row set per object with all its plots pooled (stratum = object, note says so), which parcel_stock and uncertainty use.

Pool values that plot_carbon filled from the default table (method_&lt;pool&gt; = default or none) are not plot observations and are left out. Every metered object without plots, and every pool without measured values in a stratum, gets the default density (source = default) with its own, larger uncertainty. The total row is the statistics of the plot totals when every plot of the stratum has every pool measured; otherwise it is the sum of the pool means with half-width √Σ half-width² (IPCC 2006 GL vol. 1 eq. 3.2, pools independent). A stratum with a single plot keeps the plot value as mean; its sd, SE are empty and U % is taken from the default table (see the note field).

The log also gives the total number of plots a stratified survey needs for the target precision of the stratified mean total density, with its Neyman allocation over the strata (AR-TOOL03: n = (t/E)² (Σ w_i s_i)², n_i = n w_i s_i / Σ w_i s_i; weights w_i = each stratum's share of the plots).

Parameters:
- Plots: point layer or table with object, survey_year, the pool fields in t C/ha and, when present, method_&lt;pool&gt; (the output of plot_carbon).
- Stratum field: field crossed with the metering object (default: object, no crossing).
- Survey year: when set, only plots with survey_year equal to it are used.
- Confidence level: 90 % (AR-TOOL14) or 95 % (IPCC 2006 GL vol. 1 ch. 3).
- Default densities: optional table (object, pool, mean t C/ha, u_pct, source; or wide with pool columns); the shipped table when empty.
- Target precision: allowable error E in percent of the mean, for n_required.

Output: one row per stratum and pool with stratum, object, stratum_value, pool, n, mean, sd, se, half_width (t C/ha), u_pct (%), source (plots or default), n_required and note.</source>
        <translation>由样地碳密度（plot_carbon 的输出）计算各分层、各碳库的碳密度：样地数 n、均值、标准差 sd、标准误 SE = sd/√n、置信区间半宽 = t × SE（双侧 Student t 分布，自由度 n − 1）及 U % = 半宽 / 均值 × 100，碳库为 agb、bgb、deadwood、litter、soil 和 total，单位 t C/ha（湖北规范第 6 章和第 9 章；CDM AR-TOOL14）。同时给出 n_required，即达到目标精度所需的样地数 n = (t × CV / E)²，按自由度迭代（AR-TOOL03 形式）。

分层为计量对象，可与另一字段（如县或森林类型）交叉：此时分层为“object|value”。交叉分层用于报告和调查设计；parcel_stock 需要按计量对象（或地类编码）的碳密度，因此交叉分层时输出还包含每个计量对象的一组行，将其全部样地合并（stratum = 计量对象，note 中注明），供 parcel_stock 和 uncertainty 使用。

plot_carbon 按缺省表填补的碳库值（method_&lt;pool&gt; 为 default 或 none）不是样地观测值，计算时剔除。没有样地的计量对象，以及某分层中没有实测值的碳库，采用缺省碳密度（source = default），并采用其自身较大的不确定度。分层内每个样地的每个碳库都有实测时，total 行按样地合计值统计；否则 total 为各碳库均值之和，置信区间半宽 = √Σ 半宽²（IPCC 2006 指南第 1 卷式 3.2，碳库间视为独立）。只有一个样地的分层以该样地值为均值；其 sd、SE 为空，U % 取自缺省表（见 note 字段）。

日志中还给出分层调查达到目标精度（分层平均总碳密度）所需的样地总数及其在各分层的 Neyman 分配（AR-TOOL03：n = (t/E)² (Σ w_i s_i)²，n_i = n w_i s_i / Σ w_i s_i；权重 w_i 为各分层样地数占比）。

参数：
- 样地：含 object、survey_year、各碳库字段（t C/ha）以及（如有）method_&lt;pool&gt; 的点图层或表（plot_carbon 的输出）。
- 分层字段：与计量对象交叉的字段（默认 object，不交叉）。
- 调查年份：设置后只使用 survey_year 等于该年份的样地。
- 置信水平：90 %（AR-TOOL14）或 95 %（IPCC 2006 指南第 1 卷第 3 章）。
- 缺省碳密度：可选表（object、pool、mean t C/ha、u_pct、source；或含碳库列的宽表）；为空时使用插件内置的表。
- 目标精度：允许误差 E（占均值的百分比），用于 n_required。

输出：每个分层和碳库一行，字段 stratum、object、stratum_value、pool、n、mean、sd、se、half_width（t C/ha）、u_pct（%）、source（plots 或 default）、n_required 和 note。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="99" />
        <source>Field whose values split each metering object into strata (e.g. county or stratum), for reporting and survey planning. Default: object, i.e. one stratum per metering object. With another field the output also keeps per-object rows (all plots pooled) for parcel_stock, which needs object or code keys.</source>
        <translation>将每个计量对象再细分为若干分层的字段（如县或分层），用于报告和调查设计。默认：object，即每个计量对象为一个分层。选其他字段时，输出中仍保留按计量对象合并全部样地的行，供只能使用计量对象或地类编码键的 parcel_stock 使用。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="234" />
        <source>Pool values filled by plot_carbon (method default or none) are not counted as observations (pool, plots): {0}.</source>
        <translation>plot_carbon 填补的碳库值（method 为 default 或 none）不计为观测值（碳库 样地数）：{0}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="253" />
        <source>Stratified survey (AR-TOOL03, Neyman allocation, weights = share of the plots): {0} plots in total for ±{1:g} % of the stratified mean total density at {2:g} %; per stratum: {3}.</source>
        <translation>分层调查（AR-TOOL03，Neyman 分配，权重 = 样地数占比）：分层平均总碳密度在 {2:g} % 置信水平下达到 ±{1:g} % 共需 {0} 个样地；各分层：{3}。</translation>
    </message>
</context>
<context>
    <name>UncertaintyAlgorithm</name>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="38" />
        <source>Uncertainty of stock and sink (IPCC Approach 1 and Monte Carlo)</source>
        <translation>碳储量与碳汇量不确定度（IPCC 方法 1 与蒙特卡洛）</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="41" />
        <source>Parcel carbon metering</source>
        <translation>图斑碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="97" />
        <source>Parcel stock pieces</source>
        <translation>图斑碳储量叠加碎片</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="97" />
        <source>The pieces written by Parcel carbon stock: county, objects, keys, area_m2, c_base_&lt;pool&gt; and c_target_&lt;pool&gt; in t C, dc_per_year in t C/a.</source>
        <translation>“图斑碳储量与碳汇量”输出的叠加碎片：县、计量对象、键、area_m2、c_base_&lt;pool&gt; 和 c_target_&lt;pool&gt;（t C）、dc_per_year（t C/a）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="104" />
        <source>Stratum densities</source>
        <translation>分层碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="104" />
        <source>Long table of stratum densities (stratum, pool, mean t C/ha, n, se, u_pct), matched to the pieces by base_key and target_key.</source>
        <translation>分层碳密度长表（stratum、pool、mean（t C/ha）、n、se、u_pct），按 base_key 和 target_key 与叠加碎片匹配。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="111" />
        <source>Target-year stratum densities</source>
        <translation>计量年分层碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="121" />
        <source>Area uncertainty (%)</source>
        <translation>面积不确定度（%）</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="121" />
        <source>Half the 95 % confidence interval of a cell's area (county x stratum change), in % of the area; the same area serves both years. Default from metering/data/uncertainty_defaults.csv.</source>
        <translation>一个单元（县 x 分层变化）面积的 95 % 置信区间半宽，占面积的百分比；两个年份使用同一面积。缺省值见 metering/data/uncertainty_defaults.csv。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="130" />
        <source>Monte Carlo iterations</source>
        <translation>蒙特卡洛迭代次数</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="130" />
        <source>Number of Monte Carlo draws (IPCC Approach 2); 0 computes Approach 1 only.</source>
        <translation>蒙特卡洛抽样次数（IPCC 方法 2）；0 表示只计算方法 1。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="137" />
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="137" />
        <source>Seed of the random generator (numpy PCG64): the same seed gives the same results.</source>
        <translation>随机数发生器（numpy PCG64）的种子：同一种子得到相同结果。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="144" />
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="144" />
        <source>Normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="144" />
        <source>Lognormal (same mean and sd)</source>
        <translation>对数正态分布（均值和标准差相同）</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="144" />
        <source>Normal truncated at zero</source>
        <translation>在零处截断的正态分布</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="144" />
        <source>Distribution of the relative density and area factors (mean 1, sd = U / 1.96).</source>
        <translation>碳密度和面积相对系数的分布（均值 1，标准差 = U / 1.96）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="153" />
        <source>Apply the AR-TOOL14 conservative discount to the sink</source>
        <translation>按 AR-TOOL14 对碳汇量进行保守性扣减</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="161" />
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="161" />
        <source>Base year t1; only needed when the pieces carry no base_year field and the interval cannot be read from dc_per_year.</source>
        <translation>基准年 t1；仅当叠加碎片没有 base_year 字段且无法由 dc_per_year 推出年限时需要。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="169" />
        <source>Target year</source>
        <translation>计量年</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="169" />
        <source>Metering year t2 (see Base year).</source>
        <translation>计量年 t2（见基准年）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="176" />
        <source>Uncertainty table</source>
        <translation>不确定度表</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="176" />
        <source>One row per level, name and quantity with Approach 1 and Monte Carlo results.</source>
        <translation>每个汇总级别、名称和统计量一行，含方法 1 和蒙特卡洛结果。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="182" />
        <source>Histogram of the Monte Carlo total sink</source>
        <translation>蒙特卡洛碳汇量合计直方图</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="182" />
        <source>Optional table bin_low, bin_high (t CO2e/a), count of the Monte Carlo total sink (correlated case).</source>
        <translation>可选表：碳汇量合计（相关情形）蒙特卡洛分布的 bin_low、bin_high（t CO2e/a）和 count。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="199" />
        <source>Layer {0} is not a Parcel carbon stock output: fields {1} are missing. Run Parcel carbon stock first and use its OUTPUT as input.</source>
        <translation>图层 {0} 不是“图斑碳储量与碳汇量”的输出：缺少字段 {1}。请先运行“图斑碳储量与碳汇量”，并以其 OUTPUT 作为输入。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="211" />
        <source>Layer {0}, field {1}, feature {2}: the value is not a number; correct or recompute it.</source>
        <translation>图层 {0}，字段 {1}，要素 {2}：取值不是数字；请更正或重新计算。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="219" />
        <source>Density table {0} needs the long layout of Stratum carbon density: fields stratum, pool, mean and n, se or u_pct.</source>
        <translation>碳密度表 {0} 须为“分层碳密度”的长表格式：字段 stratum、pool、mean 以及 n、se 或 u_pct。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="232" />
        <source>Density table {0} has no field {1}; use the Stratum carbon density output.</source>
        <translation>碳密度表 {0} 缺少字段 {1}；请使用“分层碳密度”的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="235" />
        <source>Density table {0} lists stratum {1}, pool {2} more than once; keep one row.</source>
        <translation>碳密度表 {0} 中分层 {1}、碳库 {2} 出现不止一次；请只保留一行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="238" />
        <source>Density table {0}, feature {1} (stratum {2}, pool {3}): field {4} is empty or invalid; give a mean, and n &gt;= 2 with se or a u_pct &gt;= 0.</source>
        <translation>碳密度表 {0}，要素 {1}（分层 {2}，碳库 {3}）：字段 {4} 为空或无效；请给出 mean，以及 n &gt;= 2 和 se，或 u_pct &gt;= 0。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="248" />
        <source>Target year {0} must lie after base year {1}.</source>
        <translation>计量年 {0} 必须晚于基准年 {1}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="260" />
        <source>No piece changes its stock: the sink is zero.</source>
        <translation>没有叠加碎片的碳储量发生变化：碳汇量为零。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="263" />
        <source>Interval t2 - t1 read from dc_per_year: {0:.3f} years.</source>
        <translation>由 dc_per_year 得到的间隔 t2 - t1：{0:.3f} 年。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="266" />
        <source>The interval between the two years cannot be read from the pieces (fields base_year/target_year or a consistent dc_per_year); set Base year and Target year.</source>
        <translation>无法从叠加碎片得到两个年份的间隔（base_year/target_year 字段或一致的 dc_per_year）；请设置基准年和计量年。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="308" />
        <source>{0} pieces aggregated to {1} cell-pool terms ({2} pools).</source>
        <translation>{0} 个叠加碎片汇总为 {1} 个单元-碳库项（{2} 个碳库）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="316" />
        <source>Layer {0}: these keys and pools carry stock but have no row in the density table: {1}. Add them to the density table (stratum, pool) or recompute the stock with the same table.</source>
        <translation>图层 {0}：以下键和碳库有碳储量，但碳密度表中没有对应行：{1}。请在碳密度表（stratum、pool）中补充，或用同一张表重新计算碳储量。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="325" />
        <source>Monte Carlo: {0} iterations, seed {1}, distribution {2}.</source>
        <translation>蒙特卡洛：{0} 次迭代，种子 {1}，分布 {2}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="335" />
        <source>Total sink {0:.3f} t CO2e/a, Approach 1 U {1:.1f} %, Monte Carlo U {2:.1f} %.</source>
        <translation>碳汇量合计 {0:.3f} t CO2e/a，方法 1 U {1:.1f} %，蒙特卡洛 U {2:.1f} %。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="44" />
        <source>Evaluates the uncertainty of the carbon stock of both years and of the sink, per county, per metering object, per pool and in total (Hubei spec ch. 9 and appendix E; IPCC 2006 Guidelines vol. 1 ch. 3). U is half the 95 % confidence interval in % of the estimate.

Approach 1 (u1_pct): error propagation, products by IPCC eq. 3.1 (density x area) and sums and differences by eq. 3.2; terms that share a stratum density or a cell area are added before squaring, so correlation is kept.
Approach 2 (mc_*, u2_pct): Monte Carlo over stratum-level aggregates. A stratum density used in both years is drawn once per iteration for both years (quantity 'sink'); the quantity 'sink_independent' draws the two years independently, to show the difference.

Parameters:
- Parcel stock pieces (INPUT): the OUTPUT of Parcel carbon stock, with county, base_object, target_object, base_key, target_key, area_m2, c_base_&lt;pool&gt;, c_target_&lt;pool&gt; (t C) and dc_per_year (t C/a).
- Stratum densities (DENSITY): the long table of Stratum carbon density (stratum, pool, mean in t C/ha, n, se, u_pct). With n &gt;= 2 and se the 95 % half-width is t(95 %, n-1) x se; otherwise u_pct is read as a 95 % half-width.
- Target-year densities (TARGET_DENSITY, optional): a separate table for the target-year keys; its densities are then drawn independently of the base year. Pass it when the two years' densities come from two independent plot samples (e.g. stratum_density run on the base-year and on the target-year plots). Leave it empty when one density table serves both years: the same density error then affects both stocks and largely cancels in the sink (correlated; this is where the sink's U shrinks). A warning is logged when the pieces show different densities at the two years but only DENSITY is given.
- Area uncertainty (AREA_U, %): U of the area of each county x base stratum x target stratum cell, the same in both years (one measurement of the parcels).
- Iterations (ITERATIONS; 0 = Approach 1 only), random seed (SEED; the same seed gives the same results), distribution (DISTRIBUTION: normal, lognormal with the same mean and sd, or normal truncated at zero).
- Discount (DISCOUNT): applies the conservative discount of CDM AR-TOOL14 to the sink rows (U &lt;= 10 %: none; 10-15 %: 25 % of the half-width; 15-20 %: 50 %; 20-30 %: 75 %; &gt; 30 %: all). AR-TOOL14 defines these bands on the 90 % confidence U, so the discount uses the 90 % half-width: from the Monte Carlo 5th and 95th percentiles, or, without iterations, the Approach 1 U x 1.645 / 1.960.
- Base and target year (BASE_YEAR, TARGET_YEAR, optional): only when the pieces carry no base_year/target_year fields and the interval cannot be read from dc_per_year.

Pieces present in one year only (change_flag 2 or 3) have no stock change and are left out of the stocks and the sink, as in the parcel_stock SUMMARY group all.

Outputs: OUTPUT, one row per level (county, object, pool, total), name and quantity (stock_base, stock_target in t C; sink, sink_independent in t CO2e/a) with estimate, u1_pct, mc_mean, mc_p2_5, mc_p97_5, u2_pct, u2_low_pct, u2_high_pct (asymmetric), discount_u_pct (the 90 % U used), discount_share, discount (t CO2e/a deducted) and conservative (estimate - discount). HISTOGRAM (optional): bin_low, bin_high (t CO2e/a) and count of the Monte Carlo total sink (correlated case).</source>
        <translation>评估两个年份碳储量及碳汇量的不确定度，分县、分计量对象、分碳库及合计给出（湖北规范第 9 章及附录 E；IPCC 2006 指南第 1 卷第 3 章）。U 为 95 % 置信区间半宽占估计值的百分比。

方法 1（u1_pct）：误差传递，乘积按 IPCC 公式 3.1（密度 × 面积），加减按公式 3.2；共用同一分层碳密度或同一单元面积的各项先相加再平方，保留相关性。
方法 2（mc_*、u2_pct）：在分层级汇总量上做蒙特卡洛模拟。两个年份使用的同一分层碳密度在每次迭代中只抽一次、两年共用（统计量 'sink'）；统计量 'sink_independent' 两年独立抽样，以显示差别。

参数：
- 图斑碳储量叠加碎片（INPUT）：“图斑碳储量与碳汇量”的 OUTPUT，含 county、base_object、target_object、base_key、target_key、area_m2、c_base_&lt;pool&gt;、c_target_&lt;pool&gt;（t C）及 dc_per_year（t C/a）。
- 分层碳密度（DENSITY）：“分层碳密度”的长表（stratum、pool、mean（t C/ha）、n、se、u_pct）。有 n &gt;= 2 和 se 时 95 % 半宽为 t(95 %, n-1) x se；否则把 u_pct 视为 95 % 半宽。
- 计量年分层碳密度（TARGET_DENSITY，可选）：计量年键另用的碳密度表，其密度与基准年独立抽样。两期碳密度来自两次独立的样地调查（如分别对基准年和计量年样地运行 stratum_density）时提供。两期共用一张碳密度表时留空：同一碳密度误差同时影响两期碳储量，在碳汇量中大部分抵消（相关；碳汇量的 U 正是在这里变小）。若叠加碎片显示两期碳密度不同而只提供了 DENSITY，日志中会给出警告。
- 面积不确定度（AREA_U，%）：每个“县 x 基准年分层 x 计量年分层”单元面积的 U，两年相同（图斑只量测一次）。
- 迭代次数（ITERATIONS；0 = 只算方法 1）、随机种子（SEED；同一种子结果相同）、分布（DISTRIBUTION：正态、均值和标准差相同的对数正态、零处截断正态）。
- 扣减（DISCOUNT）：对碳汇量行按 CDM AR-TOOL14 进行保守性扣减（U &lt;= 10 %：不扣；10-15 %：扣半宽的 25 %；15-20 %：50 %；20-30 %：75 %；&gt; 30 %：全扣）。AR-TOOL14 的分档按 90 % 置信度的 U 定义，因此扣减使用 90 % 半宽：取蒙特卡洛第 5 和第 95 百分位数；无迭代时取方法 1 的 U x 1.645 / 1.960。
- 基准年和计量年（BASE_YEAR、TARGET_YEAR，可选）：仅当叠加碎片没有 base_year/target_year 字段且无法由 dc_per_year 推出年限时需要。

只在一期出现的叠加碎片（change_flag 为 2 或 3）没有碳储量变化，与 parcel_stock SUMMARY 汇总表的 all 组一致，不计入碳储量和碳汇量。

输出：OUTPUT，每个级别（county、object、pool、total）、名称和统计量（stock_base、stock_target，单位 t C；sink、sink_independent，单位 t CO2e/a）一行，字段 estimate、u1_pct、mc_mean、mc_p2_5、mc_p97_5、u2_pct、u2_low_pct、u2_high_pct（不对称）、discount_u_pct（所用的 90 % U）、discount_share、discount（扣减量，t CO2e/a）和 conservative（估计值 - 扣减量）。HISTOGRAM（可选）：碳汇量合计（相关情形）蒙特卡洛分布的 bin_low、bin_high（t CO2e/a）和 count。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="111" />
        <source>Optional separate density table for target_key; its densities are drawn independently of the base year. Give it when the target-year densities come from a separate plot sample; leave it empty when one table serves both years (the densities are then fully correlated between the years).</source>
        <translation>可选：target_key 另用的碳密度表，其密度与基准年独立抽样。计量年碳密度来自另一次样地调查时提供；两期共用一张表时留空（此时两期密度完全相关）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="153" />
        <source>Deducts a share of the 90 % half-width from the sink by CDM AR-TOOL14, by the 90 % U: U &lt;= 10 % none, 10-15 % 25 %, 15-20 % 50 %, 20-30 % 75 %, &gt; 30 % all.</source>
        <translation>按 CDM AR-TOOL14，以 90 % 置信度的 U 从碳汇量中扣减 90 % 半宽的一部分：U &lt;= 10 % 不扣，10-15 % 扣 25 %，15-20 % 扣 50 %，20-30 % 扣 75 %，&gt; 30 % 全扣。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="295" />
        <source>{0} pieces present in one year only (change_flag 2 or 3, {1:.4f} ha) are left out of the stocks and the sink, as in the parcel_stock SUMMARY group all.</source>
        <translation>{0} 个只在一期出现的叠加碎片（change_flag 为 2 或 3，{1:.4f} ha）不计入碳储量和碳汇量，与 parcel_stock SUMMARY 汇总表的 all 组一致。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="302" />
        <source>The pieces were metered with different base and target densities for the keys {0}, but only one density table (DENSITY) was given: the two years' densities are treated as fully correlated, which narrows the U of the sink. If the two years' densities come from two independent plot samples, pass the target-year table as TARGET_DENSITY.</source>
        <translation>叠加碎片在基准年和计量年对以下键使用了不同的碳密度：{0}，但只提供了一张碳密度表（DENSITY）：两期碳密度被当作完全相关，碳汇量的 U 因此变小。如果两期碳密度来自两次独立的样地调查，请把计量年的表作为 TARGET_DENSITY 传入。</translation>
    </message>
</context>
<context>
    <name>overlay_engine</name>
    <message>
        <location filename="../processing_provider/overlay_engine.py" line="539" />
        <source>Cancelled by the user; no output was written.</source>
        <translation>已被用户取消，未写出任何结果。</translation>
    </message>
    <message>
        <location filename="../processing_provider/overlay_engine.py" line="565" />
        <source>{0} parcels are unchanged in geometry and need no intersection.</source>
        <translation>{0} 个图斑两期几何相同，无需求交。</translation>
    </message>
</context>
<context>
    <name>report_layout</name>
    <message>
        <location filename="../processing_provider/report_layout.py" line="338" />
        <source>The PDF could not be written.</source>
        <translation>无法写出 PDF 文件。</translation>
    </message>
</context>
</TS>