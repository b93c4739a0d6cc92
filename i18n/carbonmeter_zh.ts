<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccuracyAssessmentAlgorithm</name>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="53" />
        <source>Map accuracy and error-adjusted areas</source>
        <translation>分类精度与误差校正面积</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="56" />
        <source>Ecological restoration</source>
        <translation>生态修复</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="105" />
        <source>Classified map</source>
        <translation>分类图</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="107" />
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="107" />
        <source>Band holding the class codes (the trend class is band 6 of ndvi_trend's output).</source>
        <translation>存放类别代码的波段（ndvi_trend 输出的趋势等级为第 6 波段）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="126" />
        <source>Reference samples</source>
        <translation>参考样本</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="129" />
        <source>Reference class field</source>
        <translation>参考类别字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="129" />
        <source>Field of the reference samples holding the class code (same codes as the map).</source>
        <translation>参考样本中存放类别代码的字段（代码与分类图一致）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="137" />
        <source>Confidence level</source>
        <translation>置信水平</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="137" />
        <source>90 %</source>
        <translation>90 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="137" />
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="137" />
        <source>99 %</source>
        <translation>99 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="137" />
        <source>Level of the confidence intervals.</source>
        <translation>置信区间的水平。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="140" />
        <source>Required overall accuracy (%)</source>
        <translation>要求的总体精度（%）</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="140" />
        <source>The map passes when its overall accuracy reaches this percentage (guideline: 85 %).</source>
        <translation>总体精度达到此百分比即为合格（指南：85 %）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="144" />
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="144" />
        <source>Accuracy</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="144" />
        <source>Error-adjusted areas</source>
        <translation>误差校正面积</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="183" />
        <source>Map classes without any reference sample, left out of the estimate: {0}.</source>
        <translation>以下图上类别没有参考样本，未计入估计：{0}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="189" />
        <source>{0} reference samples lie outside the map or on nodata and are left out.</source>
        <translation>{0} 个参考样本位于图外或无数据像元上，未计入。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="192" />
        <source>Overall accuracy {0:.1f} % ± {1:.1f} % ({2:.0f} % interval), kappa {3:.3f}: {4} the required {5:.0f} %.</source>
        <translation>总体精度 {0:.1f} % ± {1:.1f} %（{2:.0f} % 区间），kappa {3:.3f}：{4}要求的 {5:.0f} %。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="192" />
        <source>meets</source>
        <translation>达到</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="192" />
        <source>does not meet</source>
        <translation>未达到</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="59" />
        <source>Checks a classified map against reference samples: a raster (e.g. the trend class of ndvi_trend) or a polygon layer with a class field (e.g. the restoration types of restoration_areas). Confusion matrix, overall, user's and producer's accuracy and kappa, each with its confidence interval, and the error-adjusted (stratified) estimate of each class's area with its confidence interval, after Olofsson et al. (2014, Remote Sensing of Environment 148: 42–57). A map-based area count is biased by the map's errors; the error-adjusted area is not. The restoration guideline asks for an identification accuracy of at least 85 % (guideline 004 §4(一)).

Convention: the map classes are the strata; the weights W_i are the mapped area shares, counted from the raster's pixels or summed from the map polygons' areas (m²; ellipsoidal when the layer's CRS is geographic), so the sample should be a stratified random sample by map class (or simple random). Kappa is reported on the estimated proportions because reviewers ask for it; Olofsson et al. advise against relying on it.

Reference polygons: each polygon is one sample. By default (POLYGON_RULE largest share) its map class is the class covering the largest share of it (on a raster: the class of most pixel centres inside it; a polygon with no pixel centre inside is taken at its centroid); with area-weighted, the sample is split over the map classes in proportion to the share each covers (fractional counts). A reference point takes the class of the pixel or map polygon it falls in. Samples outside the map (or on nodata) are left out and counted in the log.

Parameters:
- Classified map raster (MAP) and band (BAND): integer class codes; nodata pixels are not mapped.
- Or classified map polygons (MAP_LAYER) and their class field (MAP_FIELD, default restoration_type): classes compared as text with the reference field. Give MAP or MAP_LAYER, not both.
- Mapped region (MAP_REGION, optional, with MAP_LAYER) and the class outside the map polygons (OUTSIDE_CLASS, default none): a polygon map of candidate areas (restoration_areas) covers only what it found; with the region it was made for, the rest of the region is the map class none (area: the region's minus the map polygons'), and reference samples there (class none, or a restoration type the map missed) assess omission. Without it, samples outside the map polygons are left out.
- Reference samples (REFERENCE) and their class field (REFERENCE_FIELD): points or polygons, in any CRS; the same class codes as the map.
- Polygon rule (POLYGON_RULE): largest share or area-weighted, for reference polygons.
- Confidence (CONFIDENCE): 90, 95 or 99 % intervals (normal quantile).
- Required accuracy (REQUIRED_ACCURACY, %): pass/fail bar of the overall accuracy (85 %).

Outputs: CONFUSION (sample counts, map class by reference class), STATISTICS (overall accuracy and kappa, user's and producer's accuracy per class, each with SE and interval, pass/fail; with report_section = restoration_accuracy, a section of Export report through SECTIONS), AREAS (mapped area and error-adjusted area per class in ha, with SE and interval).</source>
        <translation>以参考样本检验分类图：栅格（如 ndvi_trend 的趋势等级）或带类别字段的面图层（如 restoration_areas 的修复类型）。给出混淆矩阵、总体精度、用户精度、生产者精度与 kappa 系数，各附置信区间；并按 Olofsson 等（2014，Remote Sensing of Environment 148: 42–57）给出各类别的误差校正（分层）面积估计及其置信区间。按图上面积计数受分类误差影响而有偏，误差校正面积则无偏。生态修复指南要求识别精度不低于 85 %（指南 004 §4(一)）。

约定：以图上类别为分层；权重 W_i 为各类图上面积占比，由栅格像元计数或由图斑面积（m²；图层为地理坐标系时按椭球面计算）汇总，因此样本应为按图上类别的分层随机样本（或简单随机样本）。因审查常要求，kappa 系数以估计比例计算并给出；Olofsson 等不建议依赖 kappa。

参考面：每个参考面为一个样本。默认（POLYGON_RULE 取最大占比）其图上类别为覆盖其面积最大份额的类别（栅格：面内像元中心最多的类别；面内无像元中心时取其质心所在像元）；按面积加权时，该样本按各图上类别所占份额拆分计数（分数计数）。参考点取其所在像元或图斑的类别。落在图外（或无数据像元上）的样本不计入，并在日志中计数。

参数：
- 分类图栅格（MAP）与波段（BAND）：整数类别代码；无数据像元不计入图上面积。
- 或分类图斑（MAP_LAYER）及其类别字段（MAP_FIELD，默认 restoration_type）：类别按文本与参考字段比较。MAP 与 MAP_LAYER 二选一。
- 制图区域（MAP_REGION，可选，仅与 MAP_LAYER 同用）及图斑以外的类别（OUTSIDE_CLASS，默认 none）：候选区域图斑图（restoration_areas）只含其识别出的区域；给出其制图的整个区域时，区域内图斑以外部分即图上类别 none（面积：区域面积减去图斑面积），落在其中的参考样本（类别 none，或图上遗漏的修复类型）用于评价漏分。不给出时，落在图斑以外的样本不计入。
- 参考样本（REFERENCE）及其类别字段（REFERENCE_FIELD）：点或面，任意坐标系；类别代码与分类图一致。
- 参考面规则（POLYGON_RULE）：最大占比或按面积加权，用于参考面。
- 置信水平（CONFIDENCE）：90 %、95 % 或 99 % 区间（正态分位数）。
- 要求精度（REQUIRED_ACCURACY，%）：总体精度的合格线（85 %）。

输出：CONFUSION（样本计数，图上类别 × 参考类别）、STATISTICS（总体精度与 kappa，各类用户精度与生产者精度，均含标准误与区间及是否合格；带 report_section = restoration_accuracy，可经 SECTIONS 作为导出报告的一节）、AREAS（各类图上面积与误差校正面积，公顷，含标准误与区间）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="105" />
        <source>Raster of integer class codes in a projected CRS (pixel area in m²); or give MAP_LAYER.</source>
        <translation>投影坐标系下的整数类别代码栅格（像元面积单位 m²）；或改用 MAP_LAYER。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="109" />
        <source>Classified map polygons</source>
        <translation>分类图斑</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="109" />
        <source>Polygon map with a class field (areas in m², ellipsoidal in a geographic CRS), e.g. restoration_areas OUTPUT; instead of the raster MAP.</source>
        <translation>带类别字段的面图层（面积单位 m²，地理坐标系下按椭球面计算），如 restoration_areas 的 OUTPUT；用以代替栅格 MAP。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="113" />
        <source>Map class field</source>
        <translation>图上类别字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="113" />
        <source>Field of the map polygons holding the class (restoration_areas: restoration_type).</source>
        <translation>图斑中存放类别的字段（restoration_areas：restoration_type）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="116" />
        <source>Mapped region</source>
        <translation>制图区域</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="116" />
        <source>Optional polygons of the whole region the polygon map was made for (e.g. the county, or the parcel_change pieces): the part of it outside every map polygon is the map class OUTSIDE_CLASS, so that missed areas (omission) are assessed. Polygons not overlapping each other; only with MAP_LAYER.</source>
        <translation>可选：面图层所针对的整个区域的面（如县域，或 parcel_change 的图斑碎片）：其中落在所有图斑以外的部分为图上类别 OUTSIDE_CLASS，以便评价漏分。各面互不重叠；仅与 MAP_LAYER 同用。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="122" />
        <source>Class outside the map polygons</source>
        <translation>图斑以外的类别</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="122" />
        <source>Map class of the mapped region outside every map polygon (with MAP_REGION); reference samples of areas needing no restoration carry this class.</source>
        <translation>制图区域中落在所有图斑以外部分的图上类别（与 MAP_REGION 同用）；无需修复区域的参考样本取此类别。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="126" />
        <source>Reference points or polygons with the true class.</source>
        <translation>带真实类别的参考点或参考面。</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="132" />
        <source>Reference polygon rule</source>
        <translation>参考面规则</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="132" />
        <source>Class covering the largest share</source>
        <translation>取覆盖面积最大的类别</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="132" />
        <source>Area-weighted</source>
        <translation>按面积加权</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="132" />
        <source>How a reference polygon is paired with the map: the map class covering its largest share (one count), or split over the map classes by the share each covers (fractional counts).</source>
        <translation>参考面与分类图的配对方式：取覆盖其最大份额的图上类别（计 1 个样本），或按各图上类别所占份额拆分（分数计数）。</translation>
    </message>
</context>
<context>
    <name>ActivityTemplateAlgorithm</name>
    <message>
        <location filename="../processing_provider/activity_template.py" line="19" />
        <source>Create activity-data template</source>
        <translation>创建活动数据模板</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="22" />
        <source>Urban carbon monitoring</source>
        <translation>城市碳监测</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="25" />
        <source>Writes the xlsx workbook in which activity data for the emission inventory are collected (T/CI 231-2023, tables 1 and 2; emission-factor method of the IPCC 2006 GL and the NDRC sector guidelines). Sheet activity: row 1 Chinese headers, row 2 English headers, row 3 the field ids, data from row 4: entity, district/county, park, indicator (a level-5 line of table 2 for emissions, a level-4 line for reductions, chosen from a list), energy carrier or gas (list), amount (&gt;= 0; the indicator gives the sign: green electricity, hydrogen and reductions count negative), unit (list: t, kg, 10^4 m3, m3, L, kWh, MWh, GJ, TJ, tce, toe, t CO2e), period (2023 or 2023-01), notation key (NO, NE, IE, C as in the GPC), and the optional denominators of the intensity indicators: output value (10^4 CNY), floor area (m2), population, vehicle-km (10^4), product output (t). Sheets indicators, carriers and units show the shipped tables.</source>
        <translation>写出用于收集排放清单活动数据的 xlsx 工作簿（T/CI 231—2023 表1、表2；IPCC 2006 指南及国家发展改革委行业指南的排放因子法）。activity 工作表：第1行中文表头，第2行英文表头，第3行字段标识，第4行起为数据：主体、区县、园区、指标（碳排放类取表2的五级指标，碳减排类取四级指标，从列表选择）、能源品种或气体（列表）、活动数据量（≥0；正负号由指标决定：绿电、氢及减排量计为负值）、单位（列表：t、kg、10⁴ m³、m³、L、kWh、MWh、GJ、TJ、tce、toe、t CO2e）、期间（2023 或 2023-01）、注释键（GPC 的 NO、NE、IE、C），以及强度指标的可选分母：产值（万元）、建筑面积（m²）、人口、车公里（万）、产品产量（t）。indicators、carriers、units 工作表列出随插件提供的参数表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="38" />
        <source>Language of the lists</source>
        <translation>列表语言</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="38" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="38" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="40" />
        <source>Language of the indicator and carrier labels in the validation lists; the codes in front of them are what the inventory reads.</source>
        <translation>数据验证列表中指标与能源品种标签的语言；清单核算读取标签前面的编码。</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="43" />
        <source>Activity-data template</source>
        <translation>活动数据模板</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="43" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="45" />
        <source>The workbook to write (.xlsx); written whole or not at all.</source>
        <translation>要写出的工作簿（.xlsx）；要么完整写出，要么不写。</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="54" />
        <source>Template written: {0}</source>
        <translation>模板已写出：{0}</translation>
    </message>
</context>
<context>
    <name>CarbonBalanceAlgorithm</name>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="79" />
        <source>Carbon balance of sources and sinks (T/CI 231)</source>
        <translation>碳源与碳汇收支平衡（T/CI 231）</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="82" />
        <source>Urban carbon monitoring</source>
        <translation>城市碳监测</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="85" />
        <source>Sets the emissions of the emission inventory against the ecological carbon sinks per region (city, district/county, park) and year: T/CI 231-2023 section 5 table 1 (urban carbon sink per region, county and project boundary), section 6.1 (city - district - county - park accounting of sources and sinks) and 3.4 (carbon neutral: the balance of emissions and removals). All values in t CO2e/a.

Net emission = E + R - S: E the level-1 emissions of the inventory (green electricity already negative), R the level-1 reductions (negative), S the sink (positive = removal). Where a region has a sink, the environmental-construction reductions (R3: green space, afforestation, wetland, soil and water conservation) are the same carbon as the sink: they are left out of R and shown in reduction_excluded_tco2e. Sink/emission ratio = S / (E + R); 1 or more means balanced. Year-on-year change against the previous year of the run, in t and %.

Uncertainty of the net emission: IPCC 2006 GL vol. 1 ch. 3 Approach 1, sum rule (eq. 3.2), terms independent: U = sqrt((U_E E)^2 + (U_E R)^2 + (U_S S)^2) / |net|, U in % (half the 95 % interval). U_S: u1_pct of the uncertainty output, u_pct or se_tco2e (U = 1.96 SE / S) of a sink table, else the u_pct of the source map. An unknown U gives an unknown U of the net (a warning).

Parameters:
- REGIONS: region polygons; REGION_FIELD their code (the inventory's region or park code, or its city name); LEVEL_FIELD city, district (or county) or park (empty: the field level).
- INVENTORY: the OUTPUT table(s) of Emission inventory, e.g. one per year (a period in two tables is an error).
- SINKS: one or more sink tables: the uncertainty OUTPUT (county rows and the total, with U), the parcel_stock SUMMARY (county rows), the district_sink OUTPUT or TABLE, or any table with region, sink_tco2e and optionally u_pct or se_tco2e and year. A table is named by its layer name (the GeoPackage layer, else the file name without extension) or by its number in the list.
- SOURCE_MAP (optional table): region, source (a sink table's name or number, or none for no sink) and optionally key (the row of that table, e.g. total for the uncertainty total; default the region code) and u_pct. Each region takes its sink from exactly one row of one table, so the same forest is never counted twice: a region not in the map takes the only table with a row keyed by its code; two tables with such a row, no table, two map rows for a region, or one sink row for two regions stop the run naming the region.
- YEARS: e.g. 2022, 2023 (empty: every annual period of the inventory). A sink without a year is an annual rate applied to every year (its period is shown in sink_period).
- BASIS: location- or market-based electricity emissions.
- EMISSION_U: U of the inventory's values in % (empty: unknown).

Outputs: OUTPUT, one row per region and year with report_section = carbon_balance (for Export report, SECTIONS); LAYER, the same rows on the region polygons, loaded with the style styles/carbon_balance.qml (net emission, diverging around balance). Details: docs/urban_monitoring.md.</source>
        <translation>按区域（市、区/县、园区）和年份，将排放清单的碳排放与生态碳汇相抵：T/CI 231—2023 第 5 章表 1（城市碳汇按区域、县域和观测项目边界核算）、第 6.1 条（城市—区—县—园区碳源与碳汇的统计核算）和第 3.4 条（碳中和：碳收支平衡）。所有数值单位为 t CO2e/a。

净排放 = E + R − S：E 为清单一级碳排放（绿电已为负值），R 为一级碳减排（负值），S 为碳汇（正值表示清除）。区域有碳汇时，环境建设类减排（R3：绿地建设、植树造林、湿地建设、水土保持）与碳汇是同一部分碳：不计入 R，列于 reduction_excluded_tco2e。碳汇/排放比 = S / (E + R)，≥ 1 即收支平衡。同比变化为相对本次运行中上一年份的变化（t 与 %）。

净排放的不确定度：IPCC 2006 第 1 卷第 3 章方法 1 的加和公式（式 3.2），各项相互独立：U = sqrt((U_E E)^2 + (U_E R)^2 + (U_S S)^2) / |净排放|，U 以 % 表示（95 % 置信区间的半宽）。U_S 取不确定度输出的 u1_pct、碳汇表的 u_pct 或 se_tco2e（U = 1.96 SE / S），否则取来源对照表的 u_pct。U 未知时净排放的 U 为空（并给出警告）。

参数：
- REGIONS：区域多边形；REGION_FIELD 为区域代码（与清单中的区县代码、园区代码或城市名称一致）；LEVEL_FIELD 为 city、district（或 county）或 park（留空：使用字段 level）。
- INVENTORY：排放清单的 OUTPUT 表，可为多个（如每年一个；同一期间出现在两个表中为错误）。
- SINKS：一个或多个碳汇表：不确定度 OUTPUT（县级行与合计行，带 U）、parcel_stock 的 SUMMARY（县级行）、district_sink 的 OUTPUT 或 TABLE，或任何含 region、sink_tco2e（可选 u_pct 或 se_tco2e 和 year）的表。表以图层名（GeoPackage 图层名，否则为不含扩展名的文件名）或其在列表中的序号指称。
- SOURCE_MAP（可选表）：region、source（碳汇表的名称或序号，无碳汇填 none），可选 key（该表中的行，如不确定度合计行 total；默认为区域代码）和 u_pct。每个区域只从一个表的一行取碳汇，同一片森林绝不重复计入：对照表未列的区域取唯一含以其代码为键的行的表；两个表都有该行、没有表有该行、对照表中一个区域有两行、或一行碳汇服务两个区域，均终止运行并指明区域。
- YEARS：如 2022, 2023（留空：清单的所有年度期间）。不带年份的碳汇视为年均量，用于每一年（其期间见 sink_period）。
- BASIS：电力排放按位置法或市场法。
- EMISSION_U：清单数值的不确定度 U（%，留空：未知）。

输出：OUTPUT，每个区域每年一行，report_section = carbon_balance（供导出报告的 SECTIONS 使用）；LAYER，相同的行附区域多边形，加载时使用样式 styles/carbon_balance.qml（按净排放分级，以平衡为中心的发散色带）。详见 docs/urban_monitoring.md。</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="130" />
        <source>Regions (city, districts, parks)</source>
        <translation>区域（市、区县、园区）</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="130" />
        <source>Polygons of the city, its districts or counties and its parks.</source>
        <translation>城市、其区/县和园区的多边形。</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="133" />
        <source>Region code field</source>
        <translation>区域代码字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="133" />
        <source>Code of each region as the inventory names it (region and park columns of the activity data; the city name for the city).</source>
        <translation>清单中使用的区域代码（活动数据的区县列和园区列；城市为城市名称）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="137" />
        <source>Level field</source>
        <translation>层级字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="137" />
        <source>city, district (or county) or park; empty: the field named level.</source>
        <translation>city、district（或 county）或 park；留空：使用名为 level 的字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="140" />
        <source>Emission inventory tables</source>
        <translation>排放清单表</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="140" />
        <source>The OUTPUT table(s) of Emission inventory (t CO2e per region and period), e.g. one per year; a period in two tables is an error.</source>
        <translation>排放清单的 OUTPUT 表（每个区域和期间的 t CO2e），可为多个，如每年一个；同一期间出现在两个表中为错误。</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="144" />
        <source>Sink tables</source>
        <translation>碳汇表</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="144" />
        <source>uncertainty OUTPUT, parcel_stock SUMMARY, district_sink OUTPUT/TABLE or a table with region and sink_tco2e (t CO2e/a, positive = removal).</source>
        <translation>不确定度 OUTPUT、parcel_stock SUMMARY、district_sink OUTPUT/TABLE，或含 region 和 sink_tco2e 的表（t CO2e/a，正值表示清除）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="148" />
        <source>Sink source of each region</source>
        <translation>各区域的碳汇来源</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="148" />
        <source>Table region, source (sink table name or number, or none), optional key and u_pct (%).</source>
        <translation>表：region、source（碳汇表名称或序号，或 none），可选 key 和 u_pct（%）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="151" />
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="151" />
        <source>Calendar years, comma-separated (empty: every annual period of the inventory).</source>
        <translation>日历年，逗号分隔（留空：清单的所有年度期间）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="153" />
        <source>Electricity basis</source>
        <translation>电力排放口径</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="153" />
        <source>Location-based</source>
        <translation>基于位置</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="153" />
        <source>Market-based</source>
        <translation>基于市场</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="153" />
        <source>Which emission column of the inventory: location-based or market-based electricity.</source>
        <translation>使用清单的哪一列排放：电力按位置法或市场法。</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="156" />
        <source>Uncertainty of the emissions (%)</source>
        <translation>碳排放的不确定度（%）</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="156" />
        <source>U of the inventory's emissions and reductions, % (half the 95 % interval); empty: unknown.</source>
        <translation>清单碳排放与碳减排的不确定度 U，%（95 % 置信区间的半宽）；留空：未知。</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="159" />
        <source>Carbon balance</source>
        <translation>碳收支平衡</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="159" />
        <source>One row per region and year (t CO2e/a, U in %), report_section = carbon_balance.</source>
        <translation>每个区域每年一行（t CO2e/a，U 以 % 表示），report_section = carbon_balance。</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="162" />
        <source>Carbon balance map</source>
        <translation>碳收支平衡图层</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="162" />
        <source>The same rows on the region polygons, styled by net emission.</source>
        <translation>相同的行附区域多边形，按净排放设置样式。</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="196" />
        <source>Sink tables: {0}</source>
        <translation>碳汇表：{0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="242" />
        <source>{0} {1}: emissions {2:,.2f}, sink {3:,.2f}, net {4:,.2f} t CO2e/a{5}.</source>
        <translation>{0} {1}：排放 {2:,.2f}，碳汇 {3:,.2f}，净排放 {4:,.2f} t CO2e/a{5}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="165" />
        <source>Provenance</source>
        <translation>溯源记录</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="165" />
        <source>Table without geometry: every input table and layer with its source, feature count and SHA-256, every parameter, the plugin and QGIS versions.</source>
        <translation>无几何的表：每个输入表与图层的来源、要素数与 SHA-256，全部参数，插件与 QGIS 版本。</translation>
    </message>
</context>
<context>
    <name>CarbonMetering</name>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="96" />
        <source>Cancelled by the user; no output was written.</source>
        <translation>已被用户取消，未写出任何结果。</translation>
    </message>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="323" />
        <source>Layer {0} has no field {1}.</source>
        <translation>图层 {0} 缺少字段 {1}。</translation>
    </message>
    <message>
        <location filename="../plugin/model_actions.py" line="22" />
        <source>Could not load the model {0}.</source>
        <translation>无法加载模型 {0}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="488" />
        <source>Could not write row {0} to the output: {1}</source>
        <translation>无法将第 {0} 行写入输出：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/survey_gpkg.py" line="217" />
        <source>Form and default style of {0} saved.</source>
        <translation>已保存 {0} 的表单与默认样式。</translation>
    </message>
</context>
<context>
    <name>CarbonMeteringPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="40" />
        <source>Carbon Metering 碳汇计量</source>
        <translation>碳汇计量 Carbon Metering</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="74" />
        <source>Help and methods</source>
        <translation>帮助与方法说明</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="148" />
        <source>Carbon Metering</source>
        <translation>碳汇计量</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="82" />
        <source>Missing Python packages: {0}. Install them, then restart QGIS.
{1}</source>
        <translation>缺少 Python 包：{0}。请安装后重启 QGIS。
{1}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="70" />
        <source>Load the sample county</source>
        <translation>加载示例县数据</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="136" />
        <source>Parcels 2020 (base year)</source>
        <translation>2020 年图斑（基准年）</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="138" />
        <source>Sample plots</source>
        <translation>样地</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="148" />
        <source>The sample data is not in this installation ({0}).</source>
        <translation>本安装中没有示例数据（{0}）。</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="66" />
        <source>Edit the metering chain in the graphical modeler</source>
        <translation>在图形建模器中编辑计量流程模型</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="48" />
        <source>Run the whole metering chain (model)</source>
        <translation>运行全流程计量模型</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="100" />
        <source>Workflow panel</source>
        <translation>计量流程面板</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="137" />
        <source>Parcels 2023 (metering year)</source>
        <translation>2023 年图斑（计量年）</translation>
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
        <location filename="../processing_provider/provider.py" line="57" />
        <source>Could not load the model {0}.</source>
        <translation>无法加载模型 {0}。</translation>
    </message>
</context>
<context>
    <name>CasaNppAlgorithm</name>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="50" />
        <source>CASA net primary productivity (NPP)</source>
        <translation>CASA 净初级生产力（NPP）</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="53" />
        <source>Remote-sensing carbon sink</source>
        <translation>遥感碳汇</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="56" />
        <source>Computes monthly net primary productivity NPP (g C/m²/month) and its annual sum (g C/m²/a) with the CASA light-use-efficiency model, the NPP acquisition step of DB4403/T 348—2023 (Shenzhen, urban carbon sink by remote sensing), in the form of Zhu Wenquan et al.:
NPP = SOL × FPAR × 0.5 × ε, ε = Tε1 × Tε2 × Wε × εmax.

Conventions (where public implementations disagree; all listed with sources in docs/remote_sensing.md, appendix A):
- FPAR: mean of the NDVI and SR forms, SR = (1 + NDVI)/(1 − NDVI); NDVI_min/max and SR_min/max are the 5 % and 95 % nearest-rank percentiles per vegetation class over all pixels and months (NDVI rounded to 0.0001), unless the class table fixes them; each form clipped to [0.001, 0.95] before the mean.
- Topt: temperature of the month of maximum NDVI (ties: the first month).
- Tε1 = 0.8 + 0.02 Topt − 0.0005 Topt²; 0 in months with mean temperature ≤ −10 °C, so ε = 0.
- Tε2 = 1.1814 / (1 + e^(0.2(Topt − 10 − T))) / (1 + e^(0.3(−Topt − 10 + T))); where T − Topt &gt; 10 or &lt; −13 (strict: at exactly −13 the formula applies) half of Tε2 at T = Topt.
- Wε = 0.5 + 0.5 EET/Ep in [0.5, 1], EET after Zhou &amp; Zhang (1995). P = 0 gives EET = 0 and Wε = 0.5; PET = 0 (no evaporative demand) gives Wε = 1. No month is ever NaN.
- PET: Thornthwaite (1948) from monthly temperature without day-length correction (12-hour days, 30-day months), Willmott et al. (1985) above 26.5 °C, 0 at T ≤ 0 °C; or the PET raster.

Parameters:
- NDVI, TEMPERATURE (monthly mean, °C), PRECIPITATION (mm/month), RADIATION (total solar radiation, MJ/m²/month): each one 12-band raster (January first) or 12 single-band rasters in month order. Inputs on another grid or CRS are aligned to the NDVI grid (bilinear; logged).
- VEGETATION: vegetation-class raster (aligned by nearest neighbour); every class value must be in the class table.
- CLASS_TABLE (optional CSV): class, name_zh, name_en, emax (g C/MJ), optional ndvi_min, ndvi_max, placeholder, source; default the shipped metering/rs/data/casa_classes.csv (εmax of Zhu et al. 2007 as given in methods.md §6).
- PET (optional): monthly potential evapotranspiration, mm/month, 12 bands.
- WATER_STRESS: Ep = (EET + PET)/2 (Piao et al. 2001, Zhu et al. 2007; default) or Potter et al. (1993), Ep = PET. The choice moves annual NPP by a few per cent.
- NDVI_SCALE: 1 for NDVI in [−1, 1], 10 000 for scaled integer products; empty: detected from the data and logged.

Stops with a message when a class is absent from the table, a stack has other than 12 bands, NDVI after scaling lies outside [−1, 1], precipitation, radiation or PET is negative, or an input does not overlap the NDVI grid. A pixel missing in any input or month is nodata in every output. Processed in strips of bounded memory.

Outputs (GeoTIFF, nodata −9999, units and the εmax source in the metadata): OUTPUT, 12 bands of monthly NPP (g C/m²/month); OUTPUT_ANNUAL, annual NPP (g C/m²/a); FACTORS (optional), 60 bands FPAR, Tε1, Tε2, Wε and ε (g C/MJ) per month, for inspection.</source>
        <translation>用 CASA 光能利用率模型计算逐月净初级生产力 NPP（g C/m²/月）及其年总量（g C/m²/a），即 DB4403/T 348—2023（深圳，城市碳汇遥感评价）的 NPP 获取步骤，采用朱文泉等的形式：
NPP = SOL × FPAR × 0.5 × ε，ε = Tε1 × Tε2 × Wε × εmax。

约定（各公开实现不一致之处，均在 docs/remote_sensing.md 附录 A 中列明来源）：
- FPAR：NDVI 形式与 SR 形式的平均，SR = (1 + NDVI)/(1 − NDVI)；NDVI_min/max 与 SR_min/max 取各植被类型在全部像元和月份上的 5 % 与 95 % 最近秩百分位数（NDVI 取至 0.0001），除非参数表给定固定值；两种形式在平均前均截取到 [0.001, 0.95]。
- Topt：NDVI 最大月份的气温（并列时取最早月份）。
- Tε1 = 0.8 + 0.02 Topt − 0.0005 Topt²；月均温 ≤ −10 °C 的月份为 0，此时 ε = 0。
- Tε2 = 1.1814 / (1 + e^(0.2(Topt − 10 − T))) / (1 + e^(0.3(−Topt − 10 + T)))；当 T − Topt &gt; 10 或 &lt; −13（严格不等号：恰为 −13 时按公式）时取 T = Topt 时 Tε2 的一半。
- Wε = 0.5 + 0.5 EET/Ep，取值 [0.5, 1]，EET 按周广胜和张新时（1995）。P = 0 时 EET = 0、Wε = 0.5；PET = 0（无蒸发需求）时 Wε = 1。任何月份都不会出现 NaN。
- PET：由月均温按 Thornthwaite（1948）计算，不作日长订正（每日 12 小时、每月 30 天），26.5 °C 以上按 Willmott 等（1985），T ≤ 0 °C 时为 0；或使用 PET 栅格。

参数：
- NDVI、TEMPERATURE（月均温，°C）、PRECIPITATION（mm/月）、RADIATION（太阳总辐射，MJ/m²/月）：各为一个 12 波段栅格（一月在前）或按月份顺序的 12 个单波段栅格。其他格网或坐标系的输入重采样对齐到 NDVI 格网（双线性；记入日志）。
- VEGETATION：植被类型栅格（最近邻对齐）；每个类型值都须在参数表中。
- CLASS_TABLE（可选 CSV）：class、name_zh、name_en、emax（g C/MJ），可选 ndvi_min、ndvi_max、placeholder、source；缺省为内置 metering/rs/data/casa_classes.csv（εmax 取朱文泉等 2007，见 methods.md §6）。
- PET（可选）：逐月潜在蒸散，mm/月，12 波段。
- WATER_STRESS：Ep = (EET + PET)/2（朴世龙等 2001，朱文泉等 2007；缺省）或 Potter 等（1993）的 Ep = PET。两者使年 NPP 相差数个百分点。
- NDVI_SCALE：NDVI 在 [−1, 1] 时为 1，整型缩放产品为 10 000；留空：由数据判断并记入日志。

以下情况停止并给出提示：类型值不在参数表中、栅格组不是 12 个波段、缩放后的 NDVI 超出 [−1, 1]、降水量/辐射/PET 为负，或输入与 NDVI 格网不重叠。任一输入或月份缺值的像元在所有输出中均为无数据。按条带分块处理，内存有界。

输出（GeoTIFF，无数据值 −9999，元数据中记录单位与 εmax 来源）：OUTPUT，逐月 NPP 12 波段（g C/m²/月）；OUTPUT_ANNUAL，年 NPP（g C/m²/a）；FACTORS（可选），各月 FPAR、Tε1、Tε2、Wε 与 ε（g C/MJ）共 60 波段，供检查。</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="106" />
        <source>Monthly NDVI</source>
        <translation>逐月 NDVI</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="106" />
        <source>NDVI of the 12 months: one 12-band raster (January first) or 12 single-band rasters in month order. Its grid is the grid of every output.</source>
        <translation>12 个月的 NDVI：一个 12 波段栅格（一月在前）或按月份顺序的 12 个单波段栅格。其格网即各输出的格网。</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="109" />
        <source>Monthly mean temperature (°C)</source>
        <translation>月平均气温（°C）</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="109" />
        <source>Monthly mean air temperature in °C, 12 bands or 12 rasters; aligned to the NDVI grid by bilinear interpolation.</source>
        <translation>月平均气温，°C，12 波段或 12 个栅格；双线性对齐到 NDVI 格网。</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="112" />
        <source>Monthly precipitation (mm)</source>
        <translation>月降水量（mm）</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="112" />
        <source>Monthly precipitation in mm/month, 12 bands or 12 rasters; aligned by bilinear interpolation.</source>
        <translation>月降水量，mm/月，12 波段或 12 个栅格；双线性对齐。</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="115" />
        <source>Monthly solar radiation (MJ/m²)</source>
        <translation>月太阳总辐射（MJ/m²）</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="115" />
        <source>Monthly total solar radiation in MJ/m²/month, 12 bands or 12 rasters; aligned by bilinear interpolation.</source>
        <translation>月太阳总辐射，MJ/m²/月，12 波段或 12 个栅格；双线性对齐。</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="118" />
        <source>Vegetation classes</source>
        <translation>植被类型</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="118" />
        <source>Vegetation-class raster; its values are the class column of the class table (aligned by nearest neighbour).</source>
        <translation>植被类型栅格；其值对应参数表的 class 列（最近邻对齐）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="121" />
        <source>Class table (CSV)</source>
        <translation>植被类型参数表（CSV）</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="121" />
        <source>CSV with class, name_zh, name_en, emax (g C/MJ), optional ndvi_min and ndvi_max (fixed range overriding the percentiles), placeholder and source. Empty: the shipped table.</source>
        <translation>CSV 表，列为 class、name_zh、name_en、emax（g C/MJ），可选 ndvi_min 与 ndvi_max（固定取值范围，取代百分位数）、placeholder 与 source。留空：使用内置表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="126" />
        <source>Monthly potential evapotranspiration (mm)</source>
        <translation>逐月潜在蒸散（mm）</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="126" />
        <source>Optional PET in mm/month (12 bands or 12 rasters). Empty: Thornthwaite from temperature, without day-length correction.</source>
        <translation>可选的 PET，mm/月（12 波段或 12 个栅格）。留空：由气温按 Thornthwaite 计算，不作日长订正。</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="130" />
        <source>Water-stress denominator</source>
        <translation>水分胁迫分母</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="130" />
        <source>Zhu/Piao: Ep = (EET + PET)/2</source>
        <translation>朱文泉/朴世龙：Ep = (EET + PET)/2</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="130" />
        <source>Potter: PET</source>
        <translation>Potter 形式：Ep = PET</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="130" />
        <source>Wε = 0.5 + 0.5 EET/Ep. Zhu/Piao (default, methods.md §6) or Potter's original CASA.</source>
        <translation>Wε = 0.5 + 0.5 EET/Ep。朱文泉/朴世龙形式（缺省，methods.md §6）或 Potter 原始 CASA 形式。</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="134" />
        <source>NDVI scale factor</source>
        <translation>NDVI 缩放系数</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="134" />
        <source>NDVI is divided by this: 1 for NDVI in [−1, 1], 10 000 for scaled products. Empty: detected (values beyond ±1.5 mean 10 000) and logged.</source>
        <translation>NDVI 除以此数：NDVI 在 [−1, 1] 时为 1，缩放产品为 10 000。留空：自动判断（数值超出 ±1.5 即为 10 000）并记入日志。</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="138" />
        <source>Monthly NPP</source>
        <translation>逐月 NPP</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="138" />
        <source>12-band GeoTIFF of monthly NPP, g C/m²/month.</source>
        <translation>逐月 NPP 的 12 波段 GeoTIFF，g C/m²/月。</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="140" />
        <source>Annual NPP</source>
        <translation>年 NPP</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="140" />
        <source>GeoTIFF of annual NPP (sum of the 12 months), g C/m²/a.</source>
        <translation>年 NPP（12 个月之和）GeoTIFF，g C/m²/a。</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="142" />
        <source>CASA factors</source>
        <translation>CASA 因子</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="142" />
        <source>Optional 60-band GeoTIFF: FPAR, Tε1, Tε2, Wε and ε (g C/MJ) for each month.</source>
        <translation>可选的 60 波段 GeoTIFF：各月 FPAR、Tε1、Tε2、Wε 与 ε（g C/MJ）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="166" />
        <source>Annual NPP: {0:,.0f} valid pixels, mean {1:.1f} g C/m²/a.</source>
        <translation>年 NPP：有效像元 {0:,.0f} 个，平均 {1:.1f} g C/m²/a。</translation>
    </message>
</context>
<context>
    <name>ChainModel</name>
    <message>
        <location filename="../processing_provider/chain_model.py" line="20" />
        <source>Carbon metering chain (whole workflow)</source>
        <translation>碳汇计量全流程（完整工作流）</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="23" />
        <source>Parcel carbon metering</source>
        <translation>图斑碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="97" />
        <source>Land-survey parcels of the base year with a GB/T 21010 land-class code field.</source>
        <translation>基准年国土调查图斑，须含 GB/T 21010 地类编码字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="99" />
        <source>Field of BASE holding the land-class code (text, e.g. 0301).</source>
        <translation>基准年图斑中存放地类编码的字段（文本，如 0301）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="100" />
        <source>Land-survey parcels of the metering year.</source>
        <translation>计量年国土调查图斑。</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="101" />
        <source>Field of TARGET holding the land-class code.</source>
        <translation>计量年图斑中存放地类编码的字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="102" />
        <source>The survey GeoPackage's plots layer (tree, shrub, litter, deadwood and soil tables are read from the same GeoPackage).</source>
        <translation>调查 GeoPackage 的样地图层（乔木、灌木、凋落物、枯落木和土壤表从同一 GeoPackage 读取）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="104" />
        <source>The base year t1 (plots with this survey_year give the base-year densities). Required.</source>
        <translation>基准年 t1（调查年份为该年的样地给出基准年碳密度）。必填。</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="106" />
        <source>The metering year t2 (&gt; t1; plots with this survey_year give the metering-year densities). Required.</source>
        <translation>计量年 t2（大于 t1；调查年份为该年的样地给出计量年碳密度）。必填。</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="108" />
        <source>Soil organic carbon is summed to this depth, cm (IPCC: 30 cm).</source>
        <translation>土壤有机碳累计到的深度，cm（IPCC：30 cm）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="109" />
        <source>Two-sided t confidence for the density half-widths (AR-TOOL14: 90 %).</source>
        <translation>碳密度置信区间半宽的双侧 t 置信水平（AR-TOOL14：90 %）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="111" />
        <source>Title of the PDF report and the workbook.</source>
        <translation>PDF 报告和成果表的标题。</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="112" />
        <source>Language of sheet names and report text.</source>
        <translation>工作表名称和报告文字的语言。</translation>
    </message>
</context>
<context>
    <name>CheckInputsAlgorithm</name>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="57" />
        <source>Check the chain's inputs</source>
        <translation>检查全流程输入</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="60" />
        <source>Parcel carbon metering</source>
        <translation>图斑碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="96" />
        <source>Sample plots</source>
        <translation>样地</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="98" />
        <source>Plots with a survey_year field (the survey GeoPackage's plots layer or the output of plot_carbon): both years must have plots.</source>
        <translation>含 survey_year 字段的样地（调查 GeoPackage 的样地图层或样地碳密度的输出）：两个年份都须有样地。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="141" />
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="101" />
        <source>Calendar year t1 of the base survey.</source>
        <translation>基准期调查的年份 t1。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="101" />
        <source>Calendar year t2 of the metering survey (later than the base year).</source>
        <translation>计量期调查的年份 t2（晚于基准年）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="143" />
        <source>Base land-class code field</source>
        <translation>基准年地类编码字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="178" />
        <source>{0}: {1} parcels, code field {2}, CRS {3}: checked.</source>
        <translation>{0}：{1} 个图斑，地类编码字段 {2}，坐标系 {3}：已检查。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="199" />
        <source>{0}: {1} plots of {2}.</source>
        <translation>{0}：{2} 年样地 {1} 个。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Species parameter overrides (plot_carbon PARAMETERS)</source>
        <translation>树种参数覆盖表（plot_carbon 的 PARAMETERS）</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Optional table given to plot_carbon as PARAMETERS (species and the parameter columns wd_t_m3, bef, r, cf …): checked as plot_carbon reads it, bounds from the plausible ranges table.</source>
        <translation>可选，作为 PARAMETERS 交给 plot_carbon 的表（species 及参数列 wd_t_m3、bef、r、cf 等）：按 plot_carbon 读取它的方式检查，取值范围来自合理取值范围表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Pool default overrides (plot_carbon DEFAULTS)</source>
        <translation>碳库缺省值覆盖表（plot_carbon 的 DEFAULTS）</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Optional table given to plot_carbon as DEFAULTS (object, pool, density_t_c_ha or mean in t C/ha).</source>
        <translation>可选，作为 DEFAULTS 交给 plot_carbon 的表（object、pool、density_t_c_ha 或 mean，单位 t C/ha）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Pool factor overrides (plot_carbon POOL_FACTORS)</source>
        <translation>碳库系数覆盖表（plot_carbon 的 POOL_FACTORS）</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Optional table given to plot_carbon as POOL_FACTORS (factor, object, value, source).</source>
        <translation>可选，作为 POOL_FACTORS 交给 plot_carbon 的表（factor、object、value、source）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Default densities (stratum_density DEFAULTS)</source>
        <translation>缺省碳密度（stratum_density 的 DEFAULTS）</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Optional default-density table given to stratum_density as DEFAULTS (object, pool, mean t C/ha, u_pct %, source; or wide): no negative or implausible mean, every metered object and pool present.</source>
        <translation>可选，作为 DEFAULTS 交给 stratum_density 的缺省碳密度表（object、pool、mean t C/ha、u_pct %、source；或宽表）：均值不得为负或不合理，每个计量对象和碳库都须有值。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Base-year densities (parcel_stock BASE_DENSITY)</source>
        <translation>基准年碳密度（parcel_stock 的 BASE_DENSITY）</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Optional density table given to parcel_stock for the base year (t C/ha): complete, plausible, and its survey_year (when it has one) equal to the base year.</source>
        <translation>可选，交给 parcel_stock 的基准年碳密度表（t C/ha）：须完整、取值合理，其 survey_year（如有）等于基准年。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="134" />
        <source>Density key</source>
        <translation>碳密度键</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="134" />
        <source>Metering object</source>
        <translation>计量对象</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="134" />
        <source>Land-class code</source>
        <translation>地类编码</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="137" />
        <source>How the density tables BASE_DENSITY and TARGET_DENSITY are keyed, as parcel_stock's KEY: by metering object or by land-class code.</source>
        <translation>碳密度表 BASE_DENSITY 和 TARGET_DENSITY 的键，同 parcel_stock 的 KEY：按计量对象或按地类编码。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="247" />
        <source>… and {0} more problem(s).</source>
        <translation>……另有 {0} 个问题。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="248" />
        <source>The parameter tables cannot be used; fix these values first:</source>
        <translation>参数表无法使用；请先修正以下取值：</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="63" />
        <source>Checks the inputs of the carbon metering chain before anything is computed or written, and stops with the message the later step would give: the years (the base year before the metering year), both parcel layers (polygons, not empty, the code field present and holding land-class codes — a real-valued area column is refused with the layer's code-like fields suggested), their CRS against their coordinates (a layer declared geographic holding projected metres is refused with the probable EPSG), the land class → object mapping table, the plots (a survey_year field, plots of both years) and the parameter tables given (required columns, numbers, the bounds of metering/data/plausible_ranges.csv, completeness, the survey year of a density table), each error naming the table, row and column. It is the first step of the chain model, so a run that would fail later leaves no output behind; it writes nothing itself. The checks are those of the steps themselves: parcel_change (Hubei spec ch. 5 and 8, GB/T 21010 codes), stratum_density (plots of the survey year, Hubei spec ch. 6) and parcel_stock (t1 &lt; t2, ch. 8).

Parameters: BASE, TARGET (parcel layers), BASE_FIELD, TARGET_FIELD (code fields, default DLBM), MAPPING (optional table code → object), COUNTY_FIELD (optional), AREA_METHOD (official needs TBDLMJ or TBMJ), PLOTS (optional plots layer with survey_year), BASE_YEAR, TARGET_YEAR (calendar years).
Parameter tables (optional, each read as the step that uses it reads it): SPECIES_PARAMETERS, POOL_DEFAULTS, POOL_FACTORS (plot_carbon's PARAMETERS, DEFAULTS, POOL_FACTORS: species parameters such as wood density t/m³, BEF, R, CF checked against their plausible ranges), DENSITY_DEFAULTS (stratum_density's DEFAULTS: object, pool, mean t C/ha, u_pct, or wide; no negative mean, none above the plausible range, every metered object and pool present), BASE_DENSITY, TARGET_DENSITY (parcel_stock's density tables, keyed as KEY: object or land-class code; complete, plausible, and a table's survey_year equal to BASE_YEAR or TARGET_YEAR).
Outputs: BASE_YEAR, TARGET_YEAR (the years checked), BASE_FIELD, TARGET_FIELD (the code fields used).</source>
        <translation>在计算或写出任何结果之前检查碳汇计量全流程的输入，并给出后续步骤会给出的同样提示后停止：年份（基准年早于计量年）、两期图斑图层（面图层、非空、地类编码字段存在且为地类编码——实数型面积字段会被拒绝并建议图层中类似编码的字段）、其坐标系与坐标是否相符（声明为地理坐标系却是投影坐标米值的图层会被拒绝并给出可能的 EPSG）、地类→计量对象对照表、样地（有 survey_year 字段、两个年份都有样地），以及给定的参数表（必需的列、数值、metering/data/plausible_ranges.csv 中的取值范围、完整性、碳密度表的调查年份），每个错误都指明表、行和列。它是全流程模型的第一步，因此会在后面失败的运行不会留下任何输出；它自身不写出任何内容。各项检查即各步骤本身的检查：parcel_change（湖北规范第 5、8 章，GB/T 21010 编码）、stratum_density（调查年份的样地，湖北规范第 6 章）和 parcel_stock（t1 &lt; t2，第 8 章）。

参数：BASE、TARGET（图斑图层），BASE_FIELD、TARGET_FIELD（地类编码字段，默认 DLBM），MAPPING（可选的编码→对象对照表），COUNTY_FIELD（可选），AREA_METHOD（official 需要 TBDLMJ 或 TBMJ），PLOTS（可选的含 survey_year 的样地图层），BASE_YEAR、TARGET_YEAR（年份）。
参数表（可选，各自按使用它的步骤的方式读取）：SPECIES_PARAMETERS、POOL_DEFAULTS、POOL_FACTORS（plot_carbon 的 PARAMETERS、DEFAULTS、POOL_FACTORS：基本木材密度 t/m³、BEF、R、CF 等树种参数按其合理取值范围检查），DENSITY_DEFAULTS（stratum_density 的 DEFAULTS：object、pool、mean t C/ha、u_pct，或宽表；均值不得为负、不得超出合理取值范围，每个计量对象和碳库都须有值），BASE_DENSITY、TARGET_DENSITY（parcel_stock 的碳密度表，按 KEY 取键：计量对象或地类编码；须完整、取值合理，且表的 survey_year 等于 BASE_YEAR 或 TARGET_YEAR）。
输出：BASE_YEAR、TARGET_YEAR（已检查的年份），BASE_FIELD、TARGET_FIELD（所用的地类编码字段）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="141" />
        <source>Metering year</source>
        <translation>计量年</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Metering-year densities (parcel_stock TARGET_DENSITY)</source>
        <translation>计量年碳密度（parcel_stock 的 TARGET_DENSITY）</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Optional density table for the metering year: as the base-year table, its survey_year equal to the metering year.</source>
        <translation>可选，计量年碳密度表：要求同基准年表，其 survey_year 等于计量年。</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="143" />
        <source>Metering-year land-class code field</source>
        <translation>计量年地类编码字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="159" />
        <source>Give both the base year and the metering year (BASE_YEAR, TARGET_YEAR).</source>
        <translation>请同时给出基准年和计量年（BASE_YEAR、TARGET_YEAR）。</translation>
    </message>
</context>
<context>
    <name>CreateSurveyAlgorithm</name>
    <message>
        <location filename="../processing_provider/create_survey.py" line="78" />
        <source>Create survey GeoPackage</source>
        <translation>创建调查 GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="81" />
        <source>Sample-plot survey</source>
        <translation>样地调查</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="84" />
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
        <location filename="../processing_provider/create_survey.py" line="110" />
        <source>Output survey GeoPackage</source>
        <translation>输出调查 GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="110" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="118" />
        <source>CRS of the plots</source>
        <translation>样地坐标参考系</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="119" />
        <source>Coordinate reference system of the plot points; use the CRS of the county's land-survey (三调) layers. Empty: EPSG:4547.</source>
        <translation>样地点的坐标参考系；请使用该县国土调查（三调）图层的坐标参考系。为空时：EPSG:4547。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="122" />
        <source>Form language</source>
        <translation>表单语言</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="122" />
        <source>Chinese (zh)</source>
        <translation>中文（zh）</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="122" />
        <source>English (en)</source>
        <translation>英文（en）</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="125" />
        <source>Language of the field labels and value lists in the forms.</source>
        <translation>表单中字段标签和值列表所用的语言。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="131" />
        <source>Output {0}: the survey must be a GeoPackage file ending in .gpkg.</source>
        <translation>输出 {0}：调查数据必须是以 .gpkg 结尾的 GeoPackage 文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="140" />
        <source>CRS {0} is geographic: plot coordinates will be degrees.</source>
        <translation>坐标参考系 {0} 为地理坐标系：样地坐标将以度为单位。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="146" />
        <source>Output {0}: the folder {1} does not exist.</source>
        <translation>输出 {0}：文件夹 {1} 不存在。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="151" />
        <source>Output {0} exists and cannot be replaced ({1}); close it in other programs or choose another file.</source>
        <translation>输出 {0} 已存在且无法替换（{1}）；请在其他程序中关闭该文件，或另选一个文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="157" />
        <source>Could not create the survey GeoPackage {0}: {1}</source>
        <translation>无法创建调查 GeoPackage {0}：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="159" />
        <source>Survey GeoPackage {0} created (CRS {1}, forms in {2}). Open it in QGIS with Project &gt; Open From &gt; GeoPackage (project 'survey').</source>
        <translation>已创建调查 GeoPackage {0}（坐标参考系 {1}，表单语言 {2}）。请在 QGIS 中通过“项目 &gt; 打开自 &gt; GeoPackage”打开（项目 'survey'）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="113" />
        <source>The survey GeoPackage to create (.gpkg). Default: survey.gpkg (survey_2.gpkg … when taken) in the plugin's output folder (settings page), else in the home folder; a named file, never a temporary one. An existing file given here is replaced.</source>
        <translation>要创建的调查 GeoPackage（.gpkg）。默认：插件输出文件夹（设置页）中的 survey.gpkg（已存在时为 survey_2.gpkg …），无输出文件夹时在用户主目录；始终是有名称的文件，不是临时文件。此处给出的已有文件会被替换。</translation>
    </message>
</context>
<context>
    <name>DistrictSinkAlgorithm</name>
    <message>
        <location filename="../processing_provider/district_sink.py" line="69" />
        <source>District carbon sink evaluation</source>
        <translation>分区碳汇评价</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="72" />
        <source>Remote-sensing carbon sink</source>
        <translation>遥感碳汇</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="75" />
        <source>Evaluates the urban carbon sink per district from the annual NEP raster: the evaluation and analysis step (城市碳汇评价分析) of DB4403/T 348—2023. Sink of a district = Σ NEP × pixel area (methods.md §6) over the pixels whose centres fall in the district; positive = removal.

Per district: total sink (t C/a and t CO2e/a, CO2e = C × 44/12 as in the IPCC 2006 Guidelines), sink per unit area (t C/ha/a and t CO2e/ha/a over the district's planar area in the raster CRS), vegetated area (pixels with annual NPP &gt; 0, ha and %), share of the city's total sink (%), rank (1 = largest sink) and grade by sink per area.

Parameters:
- NEP: the annual output of Net ecosystem productivity (OUTPUT_ANNUAL, 4 bands: NEP g C/m²/a, NEP t C/a per pixel, Rh, NPP).
- DISTRICTS: district polygons (reprojected to the raster CRS); DISTRICT_FIELD names them.
- BREAKS: class breaks of the sink per area in t C/ha/a, comma-separated and increasing; grade 1 is ≤ the first break, the last grade &gt; the last break. Default 0, 1, 2, 4: a placeholder of this plugin (the interpretation of the standard at hand gives no class breaks).

Outputs: OUTPUT, the districts with district, area_ha, vegetated_ha, vegetated_pct, pixels, nodata_pixels, sink_tc, sink_tco2e, sink_tc_per_ha, sink_tco2e_per_ha, share_pct, rank, grade, grade_label; loaded with the shipped style styles/district_sink.qml (colours by grade). TABLE: the same rows with report_section = district_sink, for Export report (SECTIONS). Details in docs/remote_sensing.md, appendix A.</source>
        <translation>由年 NEP 栅格按分区评价城市碳汇，即 DB4403/T 348—2023 的城市碳汇评价分析步骤。分区碳汇量 = Σ NEP × 像元面积（methods.md §6），对中心落在分区内的像元求和；正值为碳汇。

各分区给出：碳汇总量（t C/a 与 t CO2e/a，CO2e = C × 44/12，同 IPCC 2006 指南）、单位面积碳汇量（t C/ha/a 与 t CO2e/ha/a，按分区在栅格坐标系中的平面面积）、植被面积（年 NPP &gt; 0 的像元，ha 与 %）、占全市碳汇的比例（%）、排名（1 为碳汇最大）及按单位面积碳汇的分级。

参数：
- NEP：净生态系统生产力的年输出（OUTPUT_ANNUAL，4 波段：NEP g C/m²/a、每像元 NEP t C/a、Rh、NPP）。
- DISTRICTS：分区面图层（重投影到栅格坐标系）；DISTRICT_FIELD 为其名称。
- BREAKS：单位面积碳汇的分级界值，t C/ha/a，以逗号分隔、递增；第 1 级 ≤ 第一个界值，最后一级 &gt; 最后一个界值。缺省 0, 1, 2, 4，为本插件的占位值（现有标准释义未给出分级界值）。

输出：OUTPUT，含 district、area_ha、vegetated_ha、vegetated_pct、pixels、nodata_pixels、sink_tc、sink_tco2e、sink_tc_per_ha、sink_tco2e_per_ha、share_pct、rank、grade、grade_label 的分区，加载时应用内置样式 styles/district_sink.qml（按等级着色）。TABLE：同样的行，report_section = district_sink，供成果报告（SECTIONS）使用。详见 docs/remote_sensing.md 附录 A。</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="102" />
        <source>Annual NEP</source>
        <translation>年 NEP</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="102" />
        <source>OUTPUT_ANNUAL of Net ecosystem productivity (band 2: NEP in t C/a per pixel; band 4: NPP).</source>
        <translation>净生态系统生产力的 OUTPUT_ANNUAL（第 2 波段：每像元 NEP，t C/a；第 4 波段：NPP）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="104" />
        <source>Districts</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="104" />
        <source>District (or any evaluation-unit) polygons.</source>
        <translation>分区（或任一评价单元）面图层。</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="107" />
        <source>District name field</source>
        <translation>分区名称字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="107" />
        <source>Field with the district's name or code.</source>
        <translation>分区名称或代码字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="110" />
        <source>Grade breaks (t C/ha/a)</source>
        <translation>分级界值（t C/ha/a）</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="110" />
        <source>Increasing class breaks of the sink per area, comma-separated, in t C/ha/a (default 0, 1, 2, 4: a placeholder).</source>
        <translation>单位面积碳汇的递增分级界值，以逗号分隔，t C/ha/a（缺省 0, 1, 2, 4，为占位值）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="114" />
        <source>District sink</source>
        <translation>分区碳汇</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="114" />
        <source>The districts with their sink, per-area sink, vegetated area, share, rank and grade.</source>
        <translation>分区及其碳汇量、单位面积碳汇量、植被面积、占比、排名与等级。</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="117" />
        <source>District sink table</source>
        <translation>分区碳汇表</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="117" />
        <source>The same rows without geometry, with report_section = district_sink (Export report).</source>
        <translation>不含几何的相同记录，report_section = district_sink（供成果报告）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="163" />
        <source>City total: {0:,.2f} t C/a ({1:,.2f} t CO2e/a) over {2} districts.</source>
        <translation>全市合计：{0:,.2f} t C/a（{1:,.2f} t CO2e/a），共 {2} 个分区。</translation>
    </message>
</context>
<context>
    <name>EmissionInventoryAlgorithm</name>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="34" />
        <source>Emission inventory (T/CI 231)</source>
        <translation>排放清单核算（T/CI 231）</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="37" />
        <source>Urban carbon monitoring</source>
        <translation>城市碳监测</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="40" />
        <source>Accounts emissions by the emission-factor method (E = activity x factor; IPCC 2006 GL vol. 2; NDRC sector guidelines) over the indicator system of T/CI 231-2023 table 2, per entity, park, district and city and per period, at every level (1 emissions/reductions ... 5 the carrier, and the carrier itself), direct and indirect apart. Fuels: NCV x carbon content x oxidation x 44/12 (GB/T 32150 appendix A). Electricity in t CO2/MWh: location-based (the set's provincial factor, else national) and market-based (residual mix) side by side; green electricity, hydrogen and reductions negative. Gases: GWP100 of IPCC AR5 or AR6. Rejected rows are listed with sheet, row, column and reason; every factor row used is in the factors table.</source>
        <translation>按排放因子法（排放量 = 活动数据 × 排放因子；IPCC 2006 指南第2卷；国家发展改革委行业指南）在 T/CI 231—2023 表2指标体系上核算碳排放：按主体、园区、区县和全市、按期间，覆盖各级指标（一级碳排放/碳减排类……五级能源品种及具体品种），直接与间接排放分列。化石燃料：低位发热量 × 单位热值含碳量 × 碳氧化率 × 44/12（GB/T 32150 附录A）。电力（t CO2/MWh）：位置法（所选因子集的省级因子，否则全国因子）与市场法（剩余组合）并列；绿电、氢及减排量计为负值。其他气体：IPCC AR5 或 AR6 的 GWP100。被拒绝的行列出工作表、行、列和原因；所用的每一行排放因子均列入因子表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="54" />
        <source>Activity data (.xlsx template or .csv)</source>
        <translation>活动数据（.xlsx 模板或 .csv）</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="55" />
        <source>Workbook made by 'Create activity-data template' (sheet activity) or a CSV with the field ids as header.</source>
        <translation>由“创建活动数据模板”生成的工作簿（activity 工作表），或以字段标识为表头的 CSV。</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="58" />
        <source>Grid factor set (issuer, data year)</source>
        <translation>电网排放因子集（发布机构、数据年份）</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="60" />
        <source>Which official grid factors: MEE/NBS 2022 data, MEE/NBS 2021 data, or the MEE 0.5703 of the 2023-2025 reporting notice (t CO2/MWh).</source>
        <translation>选用的官方电网因子：生态环境部/国家统计局 2022 年数据、2021 年数据，或生态环境部 2023—2025 年度报告通知中的 0.5703（t CO2/MWh）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="63" />
        <source>Grid region (province code)</source>
        <translation>电网区域（省级代码）</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="65" />
        <source>CN for the national factor, a GB/T 2260 province code (42 = Hubei) or a regional grid id (grid_central) for the location-based factor.</source>
        <translation>位置法因子：CN 为全国因子，GB/T 2260 省级代码（42 = 湖北）或区域电网标识（grid_central）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="68" />
        <source>GWP set</source>
        <translation>全球增温潜势（GWP）集</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="70" />
        <source>GWP100 values for the non-CO2 gases of table 1 (IPCC AR6 or AR5).</source>
        <translation>表1非二氧化碳气体的 GWP100 值（IPCC AR6 或 AR5）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="72" />
        <source>Local factors (CSV)</source>
        <translation>本地排放因子（CSV）</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="74" />
        <source>Factor rows in the library's columns; a local row overrides the set's row of the same quantity. Duplicated entries are an error.</source>
        <translation>列与因子库相同的因子行；本地行覆盖所选因子集中同一量的行。条目重复视为错误。</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="77" />
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="77" />
        <source>All or nothing</source>
        <translation>全部或全不</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="77" />
        <source>Valid rows only</source>
        <translation>仅有效行</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="80" />
        <source>All or nothing: any rejected row stops the run. Valid rows: rejected rows are left out and listed.</source>
        <translation>全部或全不：任一行被拒绝即停止运行。仅有效行：剔除并列出被拒绝的行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="83" />
        <source>City name</source>
        <translation>城市名称</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="84" />
        <source>unit_id of the whole-city rows.</source>
        <translation>全市汇总行的 unit_id。</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="86" />
        <source>Inventory</source>
        <translation>排放清单</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="86" />
        <source>Activity rows with factors</source>
        <translation>活动数据行及所用因子</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="87" />
        <source>Intensities</source>
        <translation>排放强度</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="87" />
        <source>Factor rows used</source>
        <translation>所用排放因子行</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="88" />
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="92" />
        <source>Table without geometry (see docs/urban_monitoring.md for its columns).</source>
        <translation>无几何的表（字段见 docs/urban_monitoring.md）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="88" />
        <source>Provenance</source>
        <translation>溯源记录</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="94" />
        <source>Table without geometry: the activity file and local factors with absolute path and SHA-256, every parameter, the plugin and QGIS versions, the factor sets chosen and the sources of the shipped tables (placeholders listed apart); the factor rows themselves are in the factors table.</source>
        <translation>无几何的表：活动数据文件与本地排放因子（绝对路径与 SHA-256）、全部参数、插件与 QGIS 版本、所选因子集及内置参数表的来源（占位值单列）；所用因子行见“所用排放因子行”表。</translation>
    </message>
</context>
<context>
    <name>ExportReportAlgorithm</name>
    <message>
        <location filename="../processing_provider/export_report.py" line="67" />
        <source>Export result tables and report (xlsx, PDF)</source>
        <translation>导出成果表与报告（xlsx、PDF）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="70" />
        <source>Parcel carbon metering</source>
        <translation>图斑碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="123" />
        <source>Parcel stock pieces (parcel_stock OUTPUT)</source>
        <translation>图斑碳储量叠加图斑（parcel_stock OUTPUT）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Stock summary (parcel_stock SUMMARY)</source>
        <translation>碳储量汇总（parcel_stock SUMMARY）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>The county × object × pool summary of parcel_stock; copied to its own sheet.</source>
        <translation>parcel_stock 按县 × 计量对象 × 碳库的汇总表；单列一个工作表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Change matrix (parcel_change CHANGE_MATRIX)</source>
        <translation>变化矩阵（parcel_change CHANGE_MATRIX）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Plot densities (plot_carbon OUTPUT)</source>
        <translation>样地碳密度（plot_carbon OUTPUT）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Plots with survey_year, object and densities per pool (t C/ha); summarised per year and object.</source>
        <translation>含 survey_year、object 与分碳库碳密度（t C/ha）的样地；按年份与计量对象汇总。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Base-year stratum densities (stratum_density OUTPUT)</source>
        <translation>基准年分层碳密度（stratum_density OUTPUT）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Stratum density table of the base year: stratum, pool, n, mean, sd, se, half_width, u_pct, source.</source>
        <translation>基准年分层碳密度表：stratum、pool、n、mean、sd、se、half_width、u_pct、source。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Uncertainty results (uncertainty OUTPUT)</source>
        <translation>不确定度结果（uncertainty OUTPUT）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Approach 1 and Monte Carlo results per level and quantity (IPCC 2006 GL vol. 1 ch. 3).</source>
        <translation>按汇总级别与统计量给出的方法 1 与蒙特卡洛结果（IPCC 2006 指南第 1 卷第 3 章）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Monte Carlo histogram (uncertainty HISTOGRAM)</source>
        <translation>蒙特卡洛直方图（uncertainty HISTOGRAM）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Bins of the simulated total sink: bin_low, bin_high (t CO2e/a), count. Drawn in the PDF.</source>
        <translation>模拟总碳汇量的分组：bin_low、bin_high（t CO2e/a）、count。绘入 PDF。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="159" />
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="162" />
        <source>Labels the density tables and the method statement. Optional: by default read from the stock layer's base_year / target_year fields when present.</source>
        <translation>用于标注碳密度表与方法说明。可选：缺省时读取碳储量图层的 base_year / target_year 字段（若存在）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="184" />
        <source>Report title</source>
        <translation>报告标题</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="257" />
        <source>Carbon metering report</source>
        <translation>碳汇计量报告</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="186" />
        <source>Printed on the PDF's first page and the workbook's summary sheet.</source>
        <translation>印在 PDF 首页与工作簿汇总表上。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="199" />
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="199" />
        <source>Chinese (zh)</source>
        <translation>中文（zh）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="199" />
        <source>English (en)</source>
        <translation>英文（en）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="202" />
        <source>Language of sheet names, object names and the PDF text. Header rows are always in both Chinese and English.</source>
        <translation>工作表名称、计量对象名称与 PDF 文字的语言。表头始终为中英两行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="205" />
        <source>Result workbook</source>
        <translation>成果工作簿</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="205" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="207" />
        <source>The xlsx workbook with the appendix F tables and the provenance sheet.</source>
        <translation>含附录 F 成果表与来源信息表的 xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="209" />
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="209" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="214" />
        <source>Total stock, base year (t C)</source>
        <translation>基准年碳储量合计（t C）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="249" />
        <source>Layer {0} (parameter {1}) lacks the fields {2}. Give the output of the algorithm named in the parameter's description.</source>
        <translation>图层 {0}（参数 {1}）缺少字段 {2}。请输入该参数说明中所列算法的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="261" />
        <source>Give a file for the result workbook (OUTPUT_XLSX).</source>
        <translation>请指定成果工作簿文件（OUTPUT_XLSX）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="301" />
        <source>Layer {0} (STOCK) has no features: nothing to report.</source>
        <translation>图层 {0}（STOCK）没有要素：无可报告内容。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="305" />
        <source>Layer {0} (STOCK), field county is empty for feature ids {1}. Give parcel_change a county field (COUNTY_FIELD) and rerun the chain.</source>
        <translation>图层 {0}（STOCK）中要素 {1} 的 county 字段为空。请为 parcel_change 指定县级行政区字段（COUNTY_FIELD）后重新运行流程。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="308" />
        <source>Read {0} pieces.</source>
        <translation>已读取 {0} 个叠加图斑。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="399" />
        <source>Building the PDF report…</source>
        <translation>正在生成 PDF 报告…</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="422" />
        <source>The PDF report {0} could not be written: {1}</source>
        <translation>无法写出 PDF 报告 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="423" />
        <source>PDF report ({0} pages): {1}</source>
        <translation>PDF 报告（{0} 页）：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="433" />
        <source>The workbook {0} could not be written: {1}</source>
        <translation>无法写出工作簿 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="434" />
        <source>Workbook with sheets {0}: {1}</source>
        <translation>工作簿（工作表 {0}）：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="165" />
        <source>Original inputs to record (parcels, plots …)</source>
        <translation>需记录的原始输入（图斑、样地等）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="175" />
        <source>Sections of the other systems (tables)</source>
        <translation>其他体系的报告章节（表）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="179" />
        <source>Tables of the other systems to add to the report, each as a workbook sheet and one or more PDF pages (long tables continue on further pages): e.g. the TABLE of District carbon sink (DB4403/T 348). A table is recognised by its report_section column; each is recorded in the provenance with its checksum.</source>
        <translation>加入报告的其他体系成果表，每个表成为工作簿中的一个工作表和 PDF 中的一页或多页（长表续页排印）：如分区碳汇评价（DB4403/T 348）的 TABLE 输出。按 report_section 列识别表的类别；每个表连同校验和记入来源信息。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="494" />
        <source>Report section: {0} ({1} rows, from {2}).</source>
        <translation>报告章节：{0}（{1} 行，来自 {2}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="127" />
        <source>The pieces with stock per pool at both years, stock change (t C/a) and sink (t CO2e/a), as written by carbonmeter:parcel_stock.</source>
        <translation>carbonmeter:parcel_stock 写出的叠加图斑，含两期各碳库碳储量、碳储量变化（t C/a）与碳汇量（t CO2e/a）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="216" />
        <source>Total sink (t CO2e/a)</source>
        <translation>碳汇量合计（t CO2e/a）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>County names (table)</source>
        <translation>县级行政区名称表</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Optional table with the county code (field county, code or XZQDM) and its name (name, name_zh and name_en, or XZQMC). Names are shown beside the codes; codes not in it take the shipped table metering/data/county_names.csv (the districts of Wuhan).</source>
        <translation>可选表，含县级行政区代码（字段 county、code 或 XZQDM）及名称（name、name_zh 与 name_en，或 XZQMC）。名称列于代码旁；表中没有的代码取插件随附的 metering/data/county_names.csv（武汉市各区）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="188" />
        <source>Organisation (compiled by)</source>
        <translation>编制单位</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="188" />
        <source>The organisation that compiled the report, printed in the sign-off block of the PDF's first page. The plugin's settings page fills it in from its organisation setting.</source>
        <translation>编制报告的单位，印在 PDF 首页的签署栏中。插件设置页中的“编制单位”设置会自动填入。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="188" />
        <source>Compiled by (name)</source>
        <translation>编制人（姓名）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="188" />
        <source>Name of the person who compiled the report; empty leaves a line to sign.</source>
        <translation>报告编制人姓名；留空则留出签字横线。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="188" />
        <source>Checked by (name)</source>
        <translation>审核人（姓名）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="188" />
        <source>Name of the person who checked the report; empty leaves a line to sign.</source>
        <translation>报告审核人姓名；留空则留出签字横线。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="211" />
        <source>The PDF report (maps, every result table whole, method and uncertainty statements, unverified defaults, provenance). Leave empty to skip it.</source>
        <translation>PDF 报告（地图、完整的各成果表、方法说明与不确定度说明、待核实缺省值、来源信息）。留空则不生成。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="342" />
        <source>base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="77" />
        <source>Writes the result tables of a carbon metering run to an Excel workbook in the form of the Hubei land-space carbon-sink metering specification, appendix F, and optionally a PDF report.

Workbook sheets: county totals; carbon stock by county, metering object and pool at the base and the metering year (t C; base-year stock under the base-year object, metering-year stock under the metering-year object); carbon sink by county and object, unchanged and changed pieces apart (t C/a and t CO2e/a; changed pieces under their metering-year object, as IPCC 2006 GL vol. 4 ch. 3 reports land converted to a category); change matrix of metering objects (ha); plot summary (t C/ha); stratum densities with their uncertainty; uncertainty results and the Monte Carlo histogram when given; stock by county and pool; the sink by land-class transition; the unverified or placeholder defaults the run used; and a provenance sheet (inputs with absolute path, feature count and the SHA-256 of each layer's content, temporary results named by their step, every parameter and, in the chain, every step's parameters with the values used, parameter-table sources, plugin and QGIS versions, run time). County names stand beside the codes, totals are labelled in the report language (合计 / Total), each sheet has Chinese and English header rows and a unit row, frozen, a note row under the table, and a print setup (A4, fit to the page width, header rows repeated on every page, landscape when wide).

PDF (A4 landscape; as many pages as the tables need: a table longer than a page continues on the next one under its title marked continued, nothing is cut): the sink per hectare (t CO2e/(ha·a)) mapped in classes that do not overlap, with county boundaries and names, plot locations, legend, scale bar and north arrow, and the compiled-by / checked-by / date block; the land-change map; county totals with county names; stock by county and pool at both years; the change matrix; the stock change by transition (e.g. dry land → arbor forest, t CO2e/a); the sink by county and object; the method statement (equations per pool, parameter values, soil depth, area method, mapping); the uncertainty statement (whether the sink is significantly different from zero at 95 %, the conservative figure after the CDM AR-TOOL14 discount, the main contributors to the uncertainty) with the uncertainty table and histogram; the stratum densities; the unverified or placeholder defaults the run used; the other systems' sections; the provenance.

Parameters:
STOCK: the parcel_stock OUTPUT layer (pieces with stock_base_&lt;pool&gt;_tc, stock_target_&lt;pool&gt;_tc, dc_per_year_tc, sink_tco2e and the recorded years and density tables).
SUMMARY: parcel_stock SUMMARY table (optional; copied as a sheet).
CHANGE_MATRIX: parcel_change CHANGE_MATRIX table (optional; else summed from the pieces).
PLOTS: plot_carbon OUTPUT (optional).
BASE_DENSITY, TARGET_DENSITY: stratum_density OUTPUT tables of the two years (optional).
UNCERTAINTY, HISTOGRAM: uncertainty OUTPUT and HISTOGRAM tables (optional).
BASE_YEAR, TARGET_YEAR: the two years, for labels (optional).
COUNTY_NAMES: county code → name table (optional; default metering/data/county_names.csv).
TITLE: report title. LANGUAGE: language of sheet names and report text (zh or en).
ORGANISATION, COMPILED_BY, CHECKED_BY: the sign-off block (optional; empty leaves a line to sign).
OUTPUT_XLSX: the workbook. OUTPUT_PDF: the PDF report (optional).

Units: areas ha, stocks t C, stock change t C/a, sink t CO2e/a (positive = removal), densities t C/ha. Outputs are written whole or not at all.</source>
        <translation>将一次碳汇计量的成果表按《湖北省国土空间碳汇计量技术规范》附录 F 的表式写入 Excel 工作簿，并可生成 PDF 报告。

工作表：分县汇总；分县、分计量对象、分碳库的基准年与计量年碳储量（t C；基准年碳储量计入基准年计量对象，计量年碳储量计入计量年计量对象）；分县分计量对象碳汇量，未变化与变化图斑分列（t C/a 与 t CO2e/a；变化图斑计入计量年计量对象，同 IPCC 2006 指南第 4 卷第 3 章“转化为某类的土地”计入该类）；计量对象变化矩阵（ha）；样地汇总（t C/ha）；分层碳密度及其不确定度；给出时的不确定度结果与蒙特卡洛直方图；分县分碳库碳储量；按地类转换统计的碳汇量；本次计量使用的待核实或占位缺省值；以及来源信息（输入数据的绝对路径、要素数与各图层内容的 SHA-256，临时结果以产生它的步骤命名，全部参数，全流程运行时另列各步参数及实际取值，参数表来源、插件与 QGIS 版本、运行时间）。县级行政区名称列于代码旁，合计行按报告语言标注（合计 / Total）；每个工作表有中英文表头行和单位行并冻结，表下有说明行，并设好打印格式（A4，按页宽缩放，每页重复表头行，列多时横向）。

PDF（A4 横向；页数随表格而定：超过一页的表格在下一页续排，标题注明“续”，不截断任何内容）：单位面积碳汇量（t CO2e/(ha·a)）分级图，各级区间互不重叠，含县级行政区界线与名称、样地位置、图例、比例尺和指北针，以及编制单位、编制人、审核人与日期栏；地类变化图；含县名的分县汇总；分县分碳库的两期碳储量；变化矩阵；按地类转换统计的碳储量变化（如 旱地 → 乔木林，t CO2e/a）；分县分计量对象碳汇量；方法说明（各碳库计算式、参数取值、土壤统计深度、面积算法、地类对照表）；不确定度说明（碳汇量在 95% 置信水平上是否显著不为零、按 CDM AR-TOOL14 保守扣减后的碳汇量、不确定度的主要来源）及不确定度表与直方图；分层碳密度；本次计量使用的待核实或占位缺省值；其他系统的章节；来源信息。

参数：
STOCK：parcel_stock 的 OUTPUT 图层（叠加图斑，含 stock_base_&lt;pool&gt;_tc、stock_target_&lt;pool&gt;_tc、dc_per_year_tc、sink_tco2e 以及记录的年份与碳密度表）。
SUMMARY：parcel_stock 的 SUMMARY 表（可选；原样列为一个工作表）。
CHANGE_MATRIX：parcel_change 的 CHANGE_MATRIX 表（可选；未提供时由叠加图斑汇总）。
PLOTS：plot_carbon 的 OUTPUT（可选）。
BASE_DENSITY、TARGET_DENSITY：两期 stratum_density 的 OUTPUT 表（可选）。
UNCERTAINTY、HISTOGRAM：uncertainty 的 OUTPUT 与 HISTOGRAM 表（可选）。
BASE_YEAR、TARGET_YEAR：两个年份，用于标注（可选）。
COUNTY_NAMES：县级行政区代码 → 名称表（可选；缺省为 metering/data/county_names.csv）。
TITLE：报告标题。LANGUAGE：工作表名称与报告文字的语言（中文或英文）。
ORGANISATION、COMPILED_BY、CHECKED_BY：签署栏（可选；留空则留出签字横线）。
OUTPUT_XLSX：成果工作簿。OUTPUT_PDF：PDF 报告（可选）。

单位：面积 ha，碳储量 t C，碳储量变化 t C/a，碳汇量 t CO2e/a（正值表示清除），碳密度 t C/ha。输出要么完整写出，要么不写。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Area (ha) by base-year × metering-year class; rows with level 'object' are used. Without it the matrix is summed from the pieces.</source>
        <translation>按基准年 × 计量年类别统计的面积（ha）；使用 level 为 object 的行。未提供时由叠加图斑汇总。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Metering-year stratum densities (stratum_density OUTPUT)</source>
        <translation>计量年分层碳密度（stratum_density OUTPUT）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Stratum density table of the metering year (same fields as the base-year table).</source>
        <translation>计量年分层碳密度表（字段同基准年表）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="159" />
        <source>Metering year</source>
        <translation>计量年</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="169" />
        <source>The layers the whole metering started from (base-year and metering-year parcels, the survey plots). They are listed in the provenance with path, feature count and SHA-256, so the result can be traced back to the delivered data (the chain model fills this in).</source>
        <translation>整个计量所依据的原始图层（基准年与计量年图斑、调查样地）。这些图层连同路径、要素数和 SHA-256 校验值列入来源信息，使成果可追溯到交付数据（全流程模型会自动填写）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="215" />
        <source>Total stock, metering year (t C)</source>
        <translation>计量年碳储量合计（t C）</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="343" />
        <source>metering year</source>
        <translation>计量年</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="438" />
        <source>All counties: stock {0:,.2f} t C (base), {1:,.2f} t C (metering year), sink {2:,.2f} t CO2e/a.</source>
        <translation>全部县合计：碳储量 {0:,.2f} t C（基准年）、{1:,.2f} t C（计量年），碳汇量 {2:,.2f} t CO2e/a。</translation>
    </message>
</context>
<context>
    <name>ImportSurveyAlgorithm</name>
    <message>
        <location filename="../processing_provider/import_survey.py" line="55" />
        <source>Import survey field sheets</source>
        <translation>导入外业调查表</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="58" />
        <source>Sample-plot survey</source>
        <translation>样地调查</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="61" />
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
        <location filename="../processing_provider/import_survey.py" line="91" />
        <source>Field sheets (.xlsx workbook or plots.csv)</source>
        <translation>外业调查表（.xlsx 工作簿或 plots.csv）</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="91" />
        <source>Field sheets (*.xlsx *.csv)</source>
        <translation>外业调查表 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="94" />
        <source>Filled workbook in the template's format, or plots.csv with trees.csv, shrub_herb.csv, litter.csv, deadwood.csv, soil.csv beside it.</source>
        <translation>按模板格式填写的工作簿，或 plots.csv 以及同一文件夹中的 trees.csv、shrub_herb.csv、litter.csv、deadwood.csv、soil.csv。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="97" />
        <source>Survey GeoPackage to import into</source>
        <translation>要导入的调查 GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="99" />
        <source>Existing survey GeoPackage. Empty: a new survey is created at the output.</source>
        <translation>已有的调查 GeoPackage。为空时：在输出位置新建调查数据。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="101" />
        <source>County boundary</source>
        <translation>县界</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="103" />
        <source>Polygon layer of the county (or counties); plots outside it are errors.</source>
        <translation>县（一个或多个县）的面图层；位于其外的样地视为错误。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="105" />
        <source>CRS of the x, y columns</source>
        <translation>x、y 列的坐标参考系</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="106" />
        <source>CRS of the plot coordinates in the sheets. Empty: the survey's CRS.</source>
        <translation>表中样地坐标的坐标参考系。为空时：使用调查数据的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="108" />
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="108" />
        <source>All or nothing</source>
        <translation>全部或全不</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="108" />
        <source>Import valid rows, reject the others</source>
        <translation>导入有效行，拒绝其余行</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="111" />
        <source>All or nothing: any problem stops the import and nothing is written. Valid rows: rows without problems are imported, the others listed.</source>
        <translation>全部导入或全不导入：出现任何问题即中止导入，不写入任何数据。导入有效行：导入没有问题的行，列出其余各行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="114" />
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="117" />
        <source>Table of the problems: sheet, row, column, value, reason.</source>
        <translation>问题表：工作表、行、列、取值、原因。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="119" />
        <source>Output survey GeoPackage</source>
        <translation>输出调查 GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="119" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="122" />
        <source>Result survey. Empty with a survey given: the survey is updated in place.</source>
        <translation>结果调查数据。已指定调查数据而此项为空时：就地更新该调查数据。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="133" />
        <source>the column is missing from the sheet</source>
        <translation>工作表中缺少该列</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="134" />
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="135" />
        <source>not a number</source>
        <translation>不是数值</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="136" />
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="137" />
        <source>not a date (write YYYY-MM-DD)</source>
        <translation>不是日期（请按 YYYY-MM-DD 填写）</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="138" />
        <source>out of range: must be {range}</source>
        <translation>超出范围：须为 {range}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="139" />
        <source>not an allowed value (allowed: {allowed})</source>
        <translation>不是允许的取值（允许值：{allowed}）</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="142" />
        <source>duplicate plot id (first given in row {first_row})</source>
        <translation>样地编号重复（首次出现在第 {first_row} 行）</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="143" />
        <source>plot id already in the survey GeoPackage</source>
        <translation>样地编号已存在于调查 GeoPackage 中</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="144" />
        <source>plot id not found in the plots sheet nor in the survey GeoPackage</source>
        <translation>在 plots 工作表和调查 GeoPackage 中均未找到该样地编号</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="145" />
        <source>its plot was rejected</source>
        <translation>所属样地已被拒绝</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="146" />
        <source>the coordinates lie outside the county</source>
        <translation>坐标位于县界之外</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="170" />
        <source>sheet {0}, row {1}, column {2}, value '{3}': {4}</source>
        <translation>工作表 {0}，第 {1} 行，列 {2}，取值 '{3}'：{4}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="177" />
        <source>Field sheets {0}: the file does not exist.</source>
        <translation>外业调查表 {0}：文件不存在。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="186" />
        <source>Field sheets {0}: use an .xlsx workbook or plots.csv.</source>
        <translation>外业调查表 {0}：请使用 .xlsx 工作簿或 plots.csv。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="188" />
        <source>Field sheets {0} cannot be read ({1}); save it as .xlsx from the template or as UTF-8 CSV.</source>
        <translation>无法读取外业调查表 {0}（{1}）；请用模板另存为 .xlsx，或另存为 UTF-8 编码的 CSV。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="191" />
        <source>Field sheets {0}: no sheet named plots, trees, shrub_herb, litter, deadwood or soil was found; use forms/field_sheets_template.xlsx.</source>
        <translation>外业调查表 {0}：未找到名为 plots、trees、shrub_herb、litter、deadwood 或 soil 的工作表；请使用 forms/field_sheets_template.xlsx。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="206" />
        <source>County boundary {0} has no polygons.</source>
        <translation>县界 {0} 中没有面要素。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="220" />
        <source>Give a survey GeoPackage to import into, or an output file for a new survey.</source>
        <translation>请指定要导入的调查 GeoPackage，或为新建调查指定输出文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="222" />
        <source>Output {0}: the survey must be a GeoPackage file ending in .gpkg.</source>
        <translation>输出 {0}：调查数据必须是以 .gpkg 结尾的 GeoPackage 文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="227" />
        <source>Survey GeoPackage {0} does not exist.</source>
        <translation>调查 GeoPackage {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="230" />
        <source>{0} is not a survey GeoPackage: missing {1}. Create one with 'Create survey GeoPackage'.</source>
        <translation>{0} 不是调查 GeoPackage：缺少 {1}。请用“创建调查 GeoPackage”创建。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="239" />
        <source>Reading {0}</source>
        <translation>正在读取 {0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="251" />
        <source>Sheet {0}: {1} rows read.</source>
        <translation>工作表 {0}：已读取 {1} 行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="254" />
        <source>Field sheets {0}: the sheet plots is missing; a new survey needs plots.</source>
        <translation>外业调查表 {0}：缺少工作表 plots；新建调查需要样地数据。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="295" />
        <source>{0} problems found in {1}; nothing was imported. Fix the rows below (or run in 'Import valid rows' mode):
{2}</source>
        <translation>在 {1} 中发现 {0} 个问题；未导入任何数据。请修正以下各行（或以“导入有效行”模式运行）：
{2}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="319" />
        <source>Imported into {0}: {1}; {2} problems.</source>
        <translation>已导入到 {0}：{1}；{2} 个问题。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="463" />
        <source>Could not create the survey GeoPackage {0}: {1}</source>
        <translation>无法创建调查 GeoPackage {0}：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="477" />
        <source>Could not write to the survey GeoPackage {0}: {1}; it was left unchanged.</source>
        <translation>无法写入调查 GeoPackage {0}：{1}；该文件未作任何更改。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="141" />
        <source>wrong format (expected {digits} digits)</source>
        <translation>格式错误（应为 {digits} 位数字）</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="158" />
        <source>decay class is for standing dead trees only</source>
        <translation>腐朽等级仅用于枯立木</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="159" />
        <source>sample dry mass must not exceed sample fresh mass</source>
        <translation>样品干重不能大于样品鲜重</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="160" />
        <source>give mid diameter and length, or the volume</source>
        <translation>请填写中央直径和长度，或材积</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="161" />
        <source>layer bottom must be deeper than layer top</source>
        <translation>层底深度必须大于层顶深度</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="162" />
        <source>give SOC or SOM</source>
        <translation>请填写有机碳（SOC）或有机质（SOM）含量</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="447" />
        <source>The layers {0} of the open project read {1}: reload them (right-click › Reload layer) or reopen the project to see the imported rows.</source>
        <translation>当前项目中的图层 {0} 读取的是 {1}：请重新加载这些图层（右键 › 重新加载图层）或重新打开项目，以显示导入的记录。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="125" />
        <source>Rows imported</source>
        <translation>已导入行数</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="126" />
        <source>Problems reported</source>
        <translation>报告的问题数</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="147" />
        <source>x and y look swapped: as (y, x) the point lies in the area of use of {crs}, as (x, y) it does not</source>
        <translation>x 与 y 似乎填反了：按 (y, x) 该点位于 {crs} 的适用范围内，按 (x, y) 则不在</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="149" />
        <source>the point lies outside the area of use of {crs} ({area}); check the coordinates and the CRS of x, y</source>
        <translation>该点位于 {crs} 的适用范围 ({area}) 之外；请检查坐标及 x、y 的坐标系</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="151" />
        <source>the plot lists {table} as surveyed but the field sheets have no sheet {table}</source>
        <translation>样地在已调查碳库中列出了 {table}，但外业记录表中没有 {table} 工作表</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="153" />
        <source>unusual value: outside the plausible range {range} {unit}; check it</source>
        <translation>异常值：超出合理范围 {range} {unit}；请核查</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="367" />
        <source>The field sheets have no sheet {0}, but {1} plot(s) list {0} as surveyed: {2}. They are imported without {0} measurements and {0} is removed from their pools_surveyed, so their pools take the defaults of their metering object.</source>
        <translation>外业记录表中没有 {0} 工作表，但有 {1} 个样地将 {0} 列为已调查：{2}。这些样地导入时不含 {0} 实测数据，并从其已调查碳库 (pools_surveyed) 中删去 {0}，相应碳库采用其计量对象的缺省值。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="163" />
        <source>a temporary plot has no permanent plot id</source>
        <translation>临时样地不填固定样地号</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="341" />
        <source>Permanent plots: {0} measurements of {1} permanent ids; {2} problems (tolerance {3:g} m).</source>
        <translation>固定样地：{1} 个固定样地号共 {0} 次调查；{2} 个问题（位置容差 {3:g} m）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="140" />
        <source>not an allowed value; did you mean {suggestion}? (allowed: {allowed})</source>
        <translation>不是允许的取值；是否应为 {suggestion}？（允许值：{allowed}）</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="294" />
        <source>… and {0} more problems (listed in the log above).</source>
        <translation>……另有 {0} 个问题（见上方日志）。</translation>
    </message>
</context>
<context>
    <name>LayerStyle</name>
    <message>
        <location filename="../processing_provider/layer_style.py" line="19" />
        <source>Overlay pieces and change flags</source>
        <translation>叠加图斑与变化标识</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="20" />
        <source>Change matrix</source>
        <translation>变化矩阵</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="21" />
        <source>Plot carbon densities</source>
        <translation>样地碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="22" />
        <source>Stratum densities</source>
        <translation>分层碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="23" />
        <source>Stratum densities, base year</source>
        <translation>分层碳密度（基准年）</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="24" />
        <source>Stratum densities, metering year</source>
        <translation>分层碳密度（计量年）</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="26" />
        <source>Parcel stock and sink</source>
        <translation>图斑碳储量与碳汇量</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="27" />
        <source>Stock and sink summary</source>
        <translation>碳储量与碳汇量汇总</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="28" />
        <source>Uncertainty</source>
        <translation>不确定度</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="29" />
        <source>Monte Carlo histogram</source>
        <translation>蒙特卡洛直方图</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="25" />
        <source>Change densities of the permanent plots</source>
        <translation>固定样地碳密度变化量</translation>
    </message>
</context>
<context>
    <name>LidarDensityAlgorithm</name>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="55" />
        <source>LiDAR density (wall-to-wall and model-assisted)</source>
        <translation>LiDAR 碳密度（全覆盖外推与模型辅助估计）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="58" />
        <source>LiDAR-assisted survey</source>
        <translation>LiDAR 辅助调查</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="61" />
        <source>Applies the models of lidar_model to the metric raster of lidar_metrics (Hubei spec appendix D): the density ŷ (t C/ha) of every cell with its prediction standard error (a new plot-sized unit: √(σ² + x₀ᵀVx₀) for linear forms; for the power form the lognormal ŷ·√(exp(s²) − 1), s² = σ² + x₀ᵀVx₀ on the log scale) and a flag where a metric lies outside the range of the calibration plots (predicted, flagged and counted, never silently extrapolated). Cells take the model of their parcel's metering object; without parcels the single model of the file is applied to every cell.

Per parcel: the mean of its cells' ŷ, with SE = √(gᵀVg + mean residual variance / N) (coefficient error shared by the cells, residual error of N independent cells), N and the flagged share.

Per object (stratum): the model-assisted (regression, GREG) mean ȳ = mean of ŷ over the stratum's cells + mean of the calibration plots' residuals (y − ŷ), SE = s_e/√n (methods §9; Särndal et al. 1992), beside the plots-only mean ȳ_s with SE = s_y/√n, half-widths t(n − 1) × SE and U %, and the efficiency (SE_plots/SE_GREG)². The density table holds the GREG means in the long layout of stratum_density (stratum = object, pool, n, mean, sd, se, half_width, u_pct, source = lidar_greg), with every pool, as parcel_stock needs: a model of total gives each pool the plots' share of it times the model-assisted total; a model of one pool completes the others with their plots-only statistics. parcel_stock accepts it as its density table and uncertainty reads its U %.</source>
        <translation>将 lidar_model 的模型应用于 lidar_metrics 的特征变量栅格（湖北规范附录 D）：给出每个像元的碳密度 ŷ（t C/ha）及其预测标准误（按新的样地大小单元：线性形式为 √(σ² + x₀ᵀVx₀)；幂函数形式为对数正态 ŷ·√(exp(s²) − 1)，其中对数尺度上 s² = σ² + x₀ᵀVx₀），并标记特征变量超出建模样地范围的像元（照常预测、标记并计数，绝不静默外推）。像元采用其所在图斑计量对象的模型；未给图斑时，模型文件中唯一的模型用于所有像元。

每个图斑：其像元 ŷ 的平均值，标准误 SE = √(gᵀVg + 平均残差方差 / N)（像元共有的系数误差，加 N 个独立像元的残差误差），以及 N 和被标记像元比例。

每个计量对象（层）：模型辅助（回归估计，GREG）平均值 ȳ = 该层像元 ŷ 的平均值 + 建模样地残差 (y − ŷ) 的平均值，SE = s_e/√n（方法说明 §9；Särndal 等 1992），与仅用样地的平均值 ȳ_s（SE = s_y/√n）并列，给出半宽 t(n − 1) × SE、U % 和估计效率 (SE_plots/SE_GREG)²。碳密度表以 stratum_density 的长表格式给出 GREG 平均值（stratum = 计量对象、pool、n、mean、sd、se、half_width、u_pct、source = lidar_greg），并包含 parcel_stock 所需的全部碳库：合计模型按样地各碳库占合计的比例乘以模型辅助合计得到各碳库；单一碳库模型的其余碳库取仅样地的统计量。parcel_stock 可将其作为碳密度表，uncertainty 可读取其 U %。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="81" />
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="82" />
        <source>The JSON model file written by lidar_model.</source>
        <translation>lidar_model 写出的 JSON 模型文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="84" />
        <source>Metric raster</source>
        <translation>特征变量栅格</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="85" />
        <source>The metric raster of lidar_metrics (bands named after the metrics), computed with the same conventions and a cell of about the plot area.</source>
        <translation>lidar_metrics 输出的特征变量栅格（波段以特征变量命名），须采用与建模相同的约定，像元面积约等于样地面积。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="88" />
        <source>Parcels</source>
        <translation>图斑</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="90" />
        <source>Polygons with the metering object of each (e.g. parcel_change output, target_object); each gets the mean density of the cells whose centres it holds, and its object's cells make the object's stratum. Only parcels meeting the metric raster's extent are read and written.</source>
        <translation>带计量对象的面图层（如 parcel_change 输出的 target_object）；每个图斑取其中心落入的像元的平均碳密度，各计量对象的像元构成该对象的层。只读写与特征变量栅格范围相交的图斑。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="95" />
        <source>Metering object field of the parcels</source>
        <translation>图斑的计量对象字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="98" />
        <source>Field of the parcels holding the metering object that selects the model, or a land-class code field (DLBM), mapped to objects with the shipped landclass_mapping.csv.</source>
        <translation>图斑中存放计量对象（据以选择模型）的字段，或地类编码字段（DLBM），后者按随附的 landclass_mapping.csv 转为计量对象。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="101" />
        <source>Confidence level</source>
        <translation>置信水平</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="101" />
        <source>90 %</source>
        <translation>90 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="101" />
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="103" />
        <source>Two-sided level of the half-widths: 90 % as CDM AR-TOOL14, 95 % as IPCC 2006 GL vol. 1.</source>
        <translation>半宽的双侧置信水平：90 %（CDM AR-TOOL14）或 95 %（IPCC 2006 指南第 1 卷）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="105" />
        <source>Density raster</source>
        <translation>碳密度栅格</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="106" />
        <source>GeoTIFF bands density (t C/ha), se (t C/ha) and out_of_range (1 = a metric outside the calibration range).</source>
        <translation>GeoTIFF，波段为 density（t C/ha）、se（t C/ha）和 out_of_range（1 = 有特征变量超出建模样地范围）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="109" />
        <source>Parcel densities</source>
        <translation>图斑碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="111" />
        <source>The parcels with lidar_object, lidar_n_cells, lidar_density and lidar_se (t C/ha) and lidar_out_of_range_pct (%).</source>
        <translation>图斑及其 lidar_object、lidar_n_cells、lidar_density 和 lidar_se（t C/ha）与 lidar_out_of_range_pct（%）字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="114" />
        <source>Density table (for parcel_stock)</source>
        <translation>碳密度表（供 parcel_stock 使用）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="116" />
        <source>The model-assisted mean density per object and pool in stratum_density's long layout.</source>
        <translation>按计量对象和碳库的模型辅助平均碳密度，采用 stratum_density 的长表格式。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="118" />
        <source>Model-assisted and plots-only estimates</source>
        <translation>模型辅助估计与仅样地估计</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="120" />
        <source>Per object: plots-only and GREG means, SE, half-width, U % and the efficiency.</source>
        <translation>每个计量对象：仅样地与 GREG 的平均值、标准误、半宽、U % 和估计效率。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="150" />
        <source>{0} holds land-class codes: mapped to metering objects with landclass_mapping.csv.</source>
        <translation>{0} 为地类编码：已按 landclass_mapping.csv 转为计量对象。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="171" />
        <source>{0}: {1} cells predicted, {2} outside the calibration range.</source>
        <translation>{0}：预测 {1} 个像元，其中 {2} 个超出建模范围。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="196" />
        <source>{0} {1}: plots only {2:.2f} ± {3:.2f} t C/ha (U {4:.1f} %), model-assisted {5:.2f} ± {6:.2f} (U {7:.1f} %), efficiency {8:.2f}</source>
        <translation>{0} {1}：仅样地 {2:.2f} ± {3:.2f} t C/ha（U {4:.1f} %），模型辅助 {5:.2f} ± {6:.2f}（U {7:.1f} %），估计效率 {8:.2f}</translation>
    </message>
</context>
<context>
    <name>LidarMetricsAlgorithm</name>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="63" />
        <source>LiDAR metrics (plots and grid)</source>
        <translation>LiDAR 特征变量（样地与格网）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="66" />
        <source>LiDAR-assisted survey</source>
        <translation>LiDAR 辅助调查</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="69" />
        <source>Computes area-based LiDAR metrics (Hubei spec appendix D, LiDAR survey and monitoring) from an airborne point cloud (LAS/LAZ 1.2–1.4, read block-wise with laspy) or from a canopy-height model (CHM) raster, over the footprints of survey plots and over a grid for wall-to-wall use.

Heights above ground: from the classified ground returns (class 2: mean ground elevation per DTM cell, gaps filled from neighbouring cells, bilinear between cell centres; lidR triangulates instead), from a DTM raster (bilinear), or taken as they are when the cloud is already normalised. Noise (classes 7, 18) is dropped; negative heights count as 0. Ground returns count in every metric (lidR convention); FUSION's minht is the Minimum height parameter. Percentiles by R quantile type 7 unless chosen otherwise. Canopy cover: share of first returns above the cover threshold (2 m, lidR pzabove2). zpcum1…9: share of returns at or below i/10 of the max height.

A point plot's footprint is the circle or square of its plot_shape and plot_area_m2 centred on it (rectangles as squares of the same area); polygon plots are their polygons. From a CHM each pixel counts as one first return at its height.

Metrics (name, unit, definition, lidR and FUSION equivalents):
{0}

Outputs: the plots with the metric fields appended (the input attributes kept, so the output of plot_carbon feeds lidar_model), and a GeoTIFF with one band per metric (band description = metric name, the definitions in its metadata) and a .provenance.json beside it.</source>
        <translation>由机载点云（LAS/LAZ 1.2–1.4，用 laspy 分块读取）或冠层高度模型（CHM）栅格，计算样地范围内和格网（用于全覆盖）的面积法 LiDAR 特征变量（湖北规范附录 D，LiDAR 调查监测方法）。

离地高度：由已分类地面点（第 2 类：每个 DTM 格取地面点平均高程，空格由相邻格填补，在格中心间双线性内插；lidR 则用三角网）、由 DTM 栅格（双线性）计算，或在点云已归一化时直接使用。噪声（第 7、18 类）舍弃；负高度按 0 计。地面点计入所有特征变量（lidR 约定）；FUSION 的 minht 对应“最低高度”参数。百分位数默认按 R quantile 类型 7。郁闭度：高于郁闭度阈值（2 米，lidR pzabove2）的首次回波比例。zpcum1…9：不高于最大高度 i/10 的回波比例。

点状样地的范围为以其为中心、按 plot_shape 和 plot_area_m2 确定的圆或正方形（矩形按同面积正方形）；面状样地即其多边形。CHM 输入时每个像元视为其高度处的一个首次回波。

特征变量（名称、单位、定义、lidR 与 FUSION 对应名称）：
{0}

输出：追加特征变量字段的样地（保留输入属性，使 plot_carbon 的输出可直接用于 lidar_model），以及每个特征变量一个波段的 GeoTIFF（波段描述 = 特征变量名，元数据中含定义），旁附 .provenance.json。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="90" />
        <source>Point cloud (LAS/LAZ)</source>
        <translation>点云（LAS/LAZ）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="92" />
        <source>Airborne LiDAR point cloud, LAS or LAZ 1.2–1.4, in the plots' projected CRS (metres). Needs the Python packages laspy and lazrs. Give this or a CHM.</source>
        <translation>机载 LiDAR 点云，LAS 或 LAZ 1.2–1.4，与样地同一投影坐标系（米）。需要 Python 包 laspy 和 lazrs。点云与 CHM 二选一。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="95" />
        <source>Canopy-height model (CHM) raster</source>
        <translation>冠层高度模型（CHM）栅格</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="96" />
        <source>Instead of a point cloud: a CHM raster (m above ground); each pixel is one first return.</source>
        <translation>代替点云：CHM 栅格（离地高，米）；每个像元视为一个首次回波。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="170" />
        <source>Heights above ground from</source>
        <translation>离地高度来源</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="173" />
        <source>classified ground returns (class 2)</source>
        <translation>已分类地面点（第 2 类）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="173" />
        <source>DTM raster</source>
        <translation>DTM 栅格</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="174" />
        <source>cloud already normalised</source>
        <translation>点云已归一化</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="101" />
        <source>Classified ground: mean ground elevation per DTM cell of the DTM resolution, gaps filled from neighbours, bilinear; DTM raster: bilinear in the given DTM; already normalised: z is the height. Ignored for a CHM.</source>
        <translation>已分类地面点：按 DTM 分辨率取每格地面点平均高程，空格由相邻格填补，双线性内插；DTM 栅格：在给定 DTM 中双线性内插；已归一化：z 即离地高。CHM 输入时忽略。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="106" />
        <source>Digital terrain model (m, same CRS as the cloud), for 'DTM raster'; returns outside it are dropped and counted in the log.</source>
        <translation>数字地形模型（米，与点云同一坐标系），用于“DTM 栅格”；其范围外的回波被舍弃并在日志中计数。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="109" />
        <source>Plots</source>
        <translation>样地</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="111" />
        <source>Survey plots: points with plot_shape (circle, square, rectangle) and plot_area_m2 (m²), as the survey GeoPackage plots layer or plot_carbon's output; or polygons.</source>
        <translation>调查样地：带 plot_shape（circle、square、rectangle）和 plot_area_m2（m²）的点，如调查 GeoPackage 的 plots 图层或 plot_carbon 的输出；或面图层。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="114" />
        <source>Grid cell size (m)</source>
        <translation>格网像元大小（米）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="116" />
        <source>Side of the grid cells in metres; the default 25.8 m gives cells of the 666.7 m² (1 mu) plot area, so plot models apply to cells of the same support.</source>
        <translation>格网像元边长（米）；默认 25.8 米即 666.7 m²（1 亩）样地面积，使样地模型应用于同等尺度的像元。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="119" />
        <source>Grid extent</source>
        <translation>格网范围</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="120" />
        <source>Extent of the metric raster (default: the cloud's or CHM's extent), snapped outwards to multiples of the cell size.</source>
        <translation>特征变量栅格的范围（默认为点云或 CHM 的范围），向外对齐到像元大小的整数倍。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="167" />
        <source>Canopy cover height threshold (m)</source>
        <translation>郁闭度高度阈值（米）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="125" />
        <source>Cover = share of first returns higher than this (m): 2 m as lidR pzabove2; 1.3 m (breast height) in some tables; FUSION lets the user set it.</source>
        <translation>郁闭度 = 高于该值（米）的首次回波比例：lidR pzabove2 取 2 米；部分表格取 1.3 米（胸高）；FUSION 由用户设定。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="168" />
        <source>Percentile interpolation (R quantile type)</source>
        <translation>百分位数插值方法（R quantile 类型）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="128" />
        <source>type {0}</source>
        <translation>类型 {0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="130" />
        <source>Hyndman &amp; Fan / R quantile type of the percentiles: 7 (default) as lidR and numpy (linear between order statistics); 1 is the nearest-rank inverse of the ECDF.</source>
        <translation>百分位数的 Hyndman &amp; Fan / R quantile 类型：7（默认），与 lidR 和 numpy 相同（顺序统计量间线性内插）；1 为经验分布函数的最近秩逆。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="169" />
        <source>Minimum height for height metrics (m)</source>
        <translation>高度特征变量的最低高度（米）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="135" />
        <source>Empty (default): every return counts, ground included (lidR). A value: returns lower than it are left out of max…zpcum, as FUSION's minht; n, density and cover keep them.</source>
        <translation>空（默认）：所有回波均计入，含地面点（lidR）。填值：低于该值的回波不计入 max…zpcum，同 FUSION 的 minht；n、density 和 cover 仍计入。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="171" />
        <source>Ground DTM resolution (m)</source>
        <translation>地面 DTM 分辨率（米）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="141" />
        <source>Cell size (m) of the DTM built from the classified ground returns.</source>
        <translation>由已分类地面点生成的 DTM 的格网大小（米）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="144" />
        <source>Points read per block</source>
        <translation>每块读取点数</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="147" />
        <source>Returns read at a time (laspy chunk iterator); memory grows with it (~60 bytes each).</source>
        <translation>每次读取的回波数（laspy 分块迭代器）；内存随之增加（每点约 60 字节）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="150" />
        <source>Plot metrics</source>
        <translation>样地特征变量</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="152" />
        <source>The plots with their attributes and the metric fields (units in the help).</source>
        <translation>样地及其原有属性和特征变量字段（单位见帮助）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="154" />
        <source>Grid metrics table</source>
        <translation>格网特征变量表</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="157" />
        <source>Optional: one point per grid cell with returns (at the cell centre) with row, col and the metric fields; needs the metric raster output.</source>
        <translation>可选：每个有回波的格网像元一个点（位于像元中心），含 row、col 和特征变量字段；需同时输出特征变量栅格。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="160" />
        <source>Metric raster</source>
        <translation>特征变量栅格</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="162" />
        <source>GeoTIFF, one float32 band per metric in the order of the help (nodata −9999).</source>
        <translation>GeoTIFF，每个特征变量一个 float32 波段，顺序同帮助（无数据值 −9999）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="224" />
        <source>{0} returns or pixels; metric conventions: {1}</source>
        <translation>{0} 个回波或像元；特征变量约定：{1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="283" />
        <source>Metrics of {0} plots written.</source>
        <translation>已写出 {0} 个样地的特征变量。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="322" />
        <source>Metric raster {0}: {1} × {2} cells of {3} m, {4} with returns, {5} bands.</source>
        <translation>特征变量栅格 {0}：{1} × {2} 个 {3} 米像元，其中 {4} 个有回波，{5} 个波段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="172" />
        <source>ground margin (m)</source>
        <translation>地面点外扩距离（米）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="180" />
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>LidarModelAlgorithm</name>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="47" />
        <source>LiDAR density model (plots)</source>
        <translation>LiDAR 碳密度模型（样地）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="50" />
        <source>LiDAR-assisted survey</source>
        <translation>LiDAR 辅助调查</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="53" />
        <source>Fits plot carbon density (t C/ha, a pool or the total of plot_carbon) against LiDAR metrics of the same plots (the output of lidar_metrics over plot_carbon's plots), one model per metering object (Hubei spec appendix D: plot survey first, LiDAR in support; area-based approach).

Forms: linear y = b0 + b1·x; log–log power ln y = b0 + b1·ln x, back-transformed with the Baskerville (1972) / Sprugel (1983) factor exp(σ²/2), σ² = SSE/(n − 2) of the log fit; multiple linear y = b0 + Σ bk·xk. Ordinary least squares; coefficient SE = √diag(σ²(XᵀX)⁻¹); R² on the fitted scale; RMSE = √mean((ŷ − y)²), relative RMSE = RMSE/ȳ × 100, bias = mean(ŷ − y) on the original scale; the same from leave-one-out and from spatially blocked cross-validation (square blocks of the block size from the origin of the CRS, blocks sorted by their column and row index and dealt to the folds in turn: deterministic). A model needs at least p + 2 plots with metrics (p coefficients); an object with fewer is refused with the reason; objects whose plots have no LiDAR metrics are skipped (log).

Outputs: the model file (JSON: coefficients, covariance, σ², calibration ranges, the calibration plots' observations and predictions for the model-assisted estimate of lidar_density, the metric conventions and the provenance), a table of coefficients and fit statistics, and a residual plot (PNG, needs matplotlib).</source>
        <translation>按计量对象，拟合样地碳密度（t C/ha，plot_carbon 的某一碳库或合计）与同一样地 LiDAR 特征变量（对 plot_carbon 样地运行 lidar_metrics 的输出）的关系（湖北规范附录 D：以样地调查为主、LiDAR 为辅；面积法）。

形式：线性 y = b0 + b1·x；双对数幂函数 ln y = b0 + b1·ln x，反变换时乘以 Baskerville（1972）/ Sprugel（1983）校正系数 exp(σ²/2)，σ² 为对数拟合的 SSE/(n − 2)；多元线性 y = b0 + Σ bk·xk。普通最小二乘；系数标准误 = √diag(σ²(XᵀX)⁻¹)；R² 按拟合尺度；RMSE = √mean((ŷ − y)²)，相对 RMSE = RMSE/ȳ × 100，偏差 = mean(ŷ − y)，均按原尺度；并给出留一法和空间分块交叉验证的相同统计量（自坐标系原点起、边长为分块大小的正方形块，按块的列号和行号排序后依次分配到各折：结果确定）。模型至少需要 p + 2 个有特征变量的样地（p 为系数个数）；样地不足的计量对象会被拒绝并说明原因；样地均无 LiDAR 特征变量的计量对象跳过（见日志）。

输出：模型文件（JSON：系数、协方差、σ²、建模范围、供 lidar_density 模型辅助估计用的建模样地实测值和预测值、特征变量约定和溯源信息）、系数与拟合统计表，以及残差图（PNG，需要 matplotlib）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="73" />
        <source>Plots with densities and metrics</source>
        <translation>带碳密度和特征变量的样地</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="75" />
        <source>Plots with the density field (t C/ha), the object field and metric fields: lidar_metrics run on plot_carbon's output.</source>
        <translation>带碳密度字段（t C/ha）、计量对象字段和特征变量字段的样地：对 plot_carbon 输出运行 lidar_metrics 的结果。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="78" />
        <source>Density field (t C/ha)</source>
        <translation>碳密度字段（t C/ha）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="81" />
        <source>The carbon density modelled, t C/ha: total or one pool (agb, bgb, …) of plot_carbon; its name is the pool of the model and of the density table.</source>
        <translation>建模的碳密度（t C/ha）：plot_carbon 的 total 或某一碳库（agb、bgb 等）；字段名即模型和碳密度表的碳库。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="84" />
        <source>Metering object field</source>
        <translation>计量对象字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="86" />
        <source>One model per value of this field (the metering object, metering_objects.csv).</source>
        <translation>该字段每个取值（计量对象，见 metering_objects.csv）建一个模型。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="88" />
        <source>Survey year (only plots of this year)</source>
        <translation>调查年份（只用该年份的样地）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="91" />
        <source>When set, only plots whose survey_year equals it: the year of the LiDAR flight.</source>
        <translation>设定时只用 survey_year 等于该值的样地：即 LiDAR 航飞年份。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="93" />
        <source>Model form</source>
        <translation>模型形式</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="193" />
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="193" />
        <source>log–log power</source>
        <translation>双对数幂函数</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="193" />
        <source>multiple linear</source>
        <translation>多元线性</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="97" />
        <source>linear and power take one metric, multiple linear two or more; the power form is corrected by exp(σ²/2) on back-transformation.</source>
        <translation>线性和幂函数取一个特征变量，多元线性取两个或以上；幂函数反变换时乘以 exp(σ²/2) 校正。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="100" />
        <source>Metrics (predictors)</source>
        <translation>特征变量（自变量）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="103" />
        <source>Metric fields of lidar_metrics (e.g. p95 in m, cover in %); see lidar_metrics for each definition.</source>
        <translation>lidar_metrics 的特征变量字段（如 p95，米；cover，%）；定义见 lidar_metrics。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="106" />
        <source>Cross-validation block size (m)</source>
        <translation>交叉验证分块大小（米）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="109" />
        <source>Side of the square blocks of the spatially blocked cross-validation, in metres: plots of one block are left out together, so spatial autocorrelation does not flatter the fit.</source>
        <translation>空间分块交叉验证的正方形块边长（米）：同一块内的样地一起留出，避免空间自相关夸大拟合效果。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="112" />
        <source>Cross-validation folds</source>
        <translation>交叉验证折数</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="114" />
        <source>Number of folds the blocks are dealt to (fewer when there are fewer blocks).</source>
        <translation>分块被依次分配到的折数（块数较少时相应减少）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="116" />
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="117" />
        <source>The fitted models as JSON, for lidar_density.</source>
        <translation>拟合的模型（JSON），供 lidar_density 使用。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="119" />
        <source>Model coefficients and fit</source>
        <translation>模型系数与拟合统计</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="121" />
        <source>One row per model and coefficient: estimate, SE, n, R², RMSE, rRMSE %, bias, LOO and blocked CV statistics (t C/ha).</source>
        <translation>每个模型和系数一行：估计值、标准误、n、R²、RMSE、相对 RMSE %、偏差、留一法和分块交叉验证统计量（t C/ha）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="124" />
        <source>Residual plot</source>
        <translation>残差图</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="126" />
        <source>Observed vs predicted and residuals vs predicted per model (needs matplotlib).</source>
        <translation>每个模型的实测–预测图和残差–预测图（需要 matplotlib）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="153" />
        <source>Predictors {0} are not metrics of lidar_metrics; they are used as given.</source>
        <translation>自变量 {0} 不是 lidar_metrics 的特征变量，按原样使用。</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="178" />
        <source>{0}: n = {1}, R² = {2:.3f}, RMSE = {3:.2f} t C/ha ({4:.1f} %), LOO RMSE = {5:.2f}, blocked CV RMSE = {6:.2f} ({7} folds)</source>
        <translation>{0}：n = {1}，R² = {2:.3f}，RMSE = {3:.2f} t C/ha（{4:.1f} %），留一法 RMSE = {5:.2f}，分块交叉验证 RMSE = {6:.2f}（{7} 折）</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="195" />
        <source>fit</source>
        <translation>拟合</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="195" />
        <source>leave-one-out</source>
        <translation>留一法</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="196" />
        <source>predicted (t C/ha)</source>
        <translation>预测值 (t C/ha)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="196" />
        <source>observed (t C/ha)</source>
        <translation>实测值 (t C/ha)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="197" />
        <source>residual (t C/ha)</source>
        <translation>残差 (t C/ha)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="197" />
        <source>blocked CV RMSE</source>
        <translation>分块交叉验证 RMSE</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../processing_provider/messages.py" line="25" />
        <source>Cancelled by the user; no output was written.</source>
        <translation>已被用户取消，未写出任何结果。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="28" />
        <source>{value} is not a valid {option}; use one of: {allowed}.</source>
        <translation>{value} 不是有效的{option}，请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="31" />
        <source>This tool needs the Python package {package}, which this QGIS does not have. Install it: {how}</source>
        <translation>此工具需要 Python 包 {package}，当前 QGIS 中没有。安装方法：{how}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="34" />
        <source>{layer} has no field {fields}. Choose the right layer or field.</source>
        <translation>图层 {layer} 没有字段 {fields}，请选择正确的图层或字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="41" />
        <source>The table given as a report section has no known report_section value ({key}); tables of {known} can be added to the report.</source>
        <translation>作为报告章节输入的表没有可识别的 report_section 值（{key}）；可加入报告的表为：{known}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="515" />
        <source>Permanent plot {permanent_id} was measured more than once in {year} (plots {plots}); none of these measurements is paired. Give each measurement its own year or correct the permanent id.</source>
        <translation>固定样地 {permanent_id} 在 {year} 年被调查了不止一次（样地 {plots}），这些调查均不参与配对。请为每次调查填写各自的年度，或更正固定样地号。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="523" />
        <source>The two measurements of permanent plot {permanent_id} lie {distance_m} m apart (tolerance {tolerance_m} m); they are not paired. Check the coordinates.</source>
        <translation>固定样地 {permanent_id} 两次调查的位置相距 {distance_m} 米（容差 {tolerance_m} 米），不参与配对。请检查坐标。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="538" />
        <source>The correlation between the two years' densities must lie between 0 and 1, not {value}.</source>
        <translation>两期碳密度之间的相关系数须在 0 到 1 之间，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="552" />
        <source>The vegetation raster {raster} holds class values {values} that are not in the class table (known: {known}). Add a row for each to the class table (CLASS_TABLE) or reclassify the raster.</source>
        <translation>植被类型栅格 {raster} 中的类型值 {values} 不在参数表中（已有：{known}）。请在参数表（CLASS_TABLE）中为每个值增加一行，或对栅格重新分类。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="556" />
        <source>{raster} has {bands} bands (or rasters) but {expected} are needed: give one 12-band raster (January first) or 12 single-band rasters in month order.</source>
        <translation>{raster} 有 {bands} 个波段（或栅格），但需要 {expected} 个：请提供一个 12 波段栅格（一月在前）或按月份顺序的 12 个单波段栅格。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="560" />
        <source>{raster} is {shape} pixels but the reference grid is {expected}; align it to the NDVI grid first.</source>
        <translation>{raster} 为 {shape} 像元，而参考格网为 {expected}；请先将其对齐到 NDVI 格网。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="563" />
        <source>The class table {table} lists the classes {values} more than once; keep one row per class.</source>
        <translation>参数表 {table} 中类型 {values} 出现不止一次，每个类型只保留一行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="566" />
        <source>The class table {table} cannot be read ({error}); give a CSV with the columns class, emax and source.</source>
        <translation>无法读取参数表 {table}（{error}），请提供含 class、emax 和 source 列的 CSV。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="569" />
        <source>The class table {table}, line {row}, column {column} holds {value}, which is not a valid number (emax in g C/MJ, ≥ 0).</source>
        <translation>参数表 {table} 第 {row} 行 {column} 列的值 {value} 不是有效数字（emax 单位 g C/MJ，≥ 0）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="573" />
        <source>{raster} band {band}, row {row}, column {col} is {value}, outside [−1, 1] after dividing by the scale {scale}. Set NDVI_SCALE (10 000 for scaled products, 1 for plain NDVI) or mask the invalid pixels.</source>
        <translation>{raster} 第 {band} 波段第 {row} 行第 {col} 列为 {value}，除以缩放系数 {scale} 后超出 [−1, 1]。请设置 NDVI_SCALE（缩放产品为 10 000，普通 NDVI 为 1）或掩膜无效像元。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="577" />
        <source>{raster} band {band}, row {row}, column {col} is negative ({value}); precipitation, radiation and PET cannot be negative. Mask or correct the raster.</source>
        <translation>{raster} 第 {band} 波段第 {row} 行第 {col} 列为负值（{value}）；降水量、辐射和 PET 不能为负。请掩膜或更正该栅格。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="581" />
        <source>The NDVI range of class {cls} in {raster} is empty (NDVI_min {ndvi_min}, NDVI_max {ndvi_max}): FPAR is undefined. Give fixed ndvi_min and ndvi_max for this class in the class table.</source>
        <translation>{raster} 中类型 {cls} 的 NDVI 范围为空（NDVI_min {ndvi_min}，NDVI_max {ndvi_max}），FPAR 无定义。请在参数表中为该类型给定固定的 ndvi_min 与 ndvi_max。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="585" />
        <source>Give either a monthly Rh raster ({raster}) or both the monthly temperature and precipitation for the Rh model.</source>
        <translation>请提供逐月 Rh 栅格（{raster}），或同时提供 Rh 模型所需的逐月气温与降水量。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="589" />
        <source>The raster {raster} ({path}) cannot be opened: {error}. Choose a readable raster file.</source>
        <translation>无法打开栅格 {raster}（{path}）：{error}。请选择可读的栅格文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="592" />
        <source>The monthly rasters of {raster} are not on one grid ({path} differs from the first); give 12 rasters of the same size and extent or one 12-band raster.</source>
        <translation>{raster} 的各月栅格不在同一格网上（{path} 与第一个不同），请提供大小和范围相同的 12 个栅格或一个 12 波段栅格。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="596" />
        <source>{raster} is not in a projected CRS in metres, so pixel areas are unknown. Reproject it (e.g. to CGCS2000 3-degree Gauss-Kruger) before computing the sink.</source>
        <translation>{raster} 不是以米为单位的投影坐标系，像元面积未知。请先重投影（如 CGCS2000 3 度带高斯—克吕格投影）再计算碳汇量。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="600" />
        <source>{raster} does not overlap the {reference} grid. Give a raster that covers the same area.</source>
        <translation>{raster} 与 {reference} 格网不重叠，请提供覆盖同一区域的栅格。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="603" />
        <source>Only {n} plots have both a remote-sensing and a ground value; at least {needed} are needed. Check that the plots lie on the raster and that the ground field is filled.</source>
        <translation>同时具有遥感值和地面值的样地只有 {n} 个，至少需要 {needed} 个。请检查样地是否落在栅格上、地面值字段是否已填写。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="607" />
        <source>The class breaks "{value}" are not strictly increasing numbers separated by commas (t C/ha/a, e.g. 0, 1, 2, 4).</source>
        <translation>分级界值“{value}”不是以逗号分隔的严格递增数字（t C/ha/a，例如 0, 1, 2, 4）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="611" />
        <source>NDVI scale factor not given: detected {scale} from the data.</source>
        <translation>未给出 NDVI 缩放系数：由数据判断为 {scale}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="614" />
        <source>Class {cls}: NDVI range {ndvi_min} to {ndvi_max} (from {how_min} / {how_max}), εmax {emax} g C/MJ.</source>
        <translation>类型 {cls}：NDVI 范围 {ndvi_min} 至 {ndvi_max}（取自 {how_min} / {how_max}），εmax {emax} g C/MJ。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="617" />
        <source>No pixel has valid values in every input and month; every output pixel is nodata. Check the nodata values and extents of the inputs.</source>
        <translation>没有像元在所有输入和月份上都有有效值，所有输出像元均为无数据。请检查各输入的无数据值与范围。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="621" />
        <source>Soil heterotrophic respiration from: {source}.</source>
        <translation>土壤异养呼吸来源：{source}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="624" />
        <source>{raster} aligned to the reference grid by {method} resampling.</source>
        <translation>{raster} 已按 {method} 重采样对齐到参考格网。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="627" />
        <source>{raster} covers only part of the reference grid; pixels outside it are nodata.</source>
        <translation>{raster} 只覆盖参考格网的一部分，其外的像元为无数据。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="630" />
        <source>{n} plots left out of the statistics (no remote-sensing or ground value): {plots}.</source>
        <translation>{n} 个样地未参与统计（缺少遥感值或地面值）：{plots}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="633" />
        <source>The {n} values do not vary, so no regression line or R² can be computed.</source>
        <translation>这 {n} 个值没有变化，无法计算回归线和 R²。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="636" />
        <source>Outliers (standardised residual above {z}): {plots}. Check their location and ground measurement.</source>
        <translation>异常值（标准化残差大于 {z}）：{plots}。请检查其位置与地面测定。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="639" />
        <source>Verification on {n} plots: relative RMSE {rrmse} % against the threshold {threshold} %: {verdict}.</source>
        <translation>{n} 个样地的核查：相对 RMSE {rrmse} %，限值 {threshold} %：{verdict}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="642" />
        <source>No pixel centre falls in the districts {districts}; their sink is 0. Use a finer raster or check the CRS.</source>
        <translation>分区 {districts} 内没有像元中心，其碳汇量为 0。请使用更细的栅格或检查坐标系。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="646" />
        <source>The districts together are a net source ({total} t C/a); shares of the city are left empty.</source>
        <translation>各分区合计为净碳源（{total} t C/a），占全市比例留空。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="649" />
        <source>Districts with nodata pixels (left out of the sums): {districts}.</source>
        <translation>含无数据像元的分区（无数据像元不计入合计）：{districts}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="88" />
        <source>The report section table {key}, row {row}, column {column} holds {value}, which is not a number.</source>
        <translation>报告章节表 {key} 第 {row} 行 {column} 列的值 {value} 不是数字。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="120" />
        <source>Layer {layer} has no usable polygon geometries.</source>
        <translation>图层 {layer} 没有可用的面要素几何。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="123" />
        <source>Layers {base} ({base_crs}) and {target} ({target_crs}) are in different CRSs; reproject {target} to {base_crs} first.</source>
        <translation>图层 {base}（{base_crs}）与 {target}（{target_crs}）坐标参考系不同；请先将 {target} 投影到 {base_crs}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="127" />
        <source>Layers {base} ({base_crs}, extent {base_extent}) and {target} ({target_crs}, extent {target_extent} in the CRS of {base}) overlap on only {share:.2%} of the smaller layer's area: the same region surveyed twice should overlap almost wholly. Probably one layer is declared in the wrong CRS (e.g. another Gauss-Krüger zone); check the CRS of both layers and run again.</source>
        <translation>图层 {base}（{base_crs}，范围 {base_extent}）与 {target}（{target_crs}，在 {base} 坐标系中的范围 {target_extent}）仅在较小图层面积的 {share:.2%} 上重叠：同一区域的两期调查应几乎完全重叠。可能有一个图层声明了错误的坐标参考系（例如另一个高斯-克吕格投影带）；请检查两个图层的坐标参考系后重新运行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="133" />
        <source>Layer {layer} is in a geographic CRS ({crs}); planar areas need a projected CRS. Use the ellipsoidal method or reproject the layer.</source>
        <translation>图层 {layer} 为地理坐标系（{crs}）；平面面积需要投影坐标系。请使用椭球面积方法或对图层进行投影。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="137" />
        <source>Layer {layer} has no valid CRS and its eastings {extent} carry no Gauss-Krüger zone prefix; set the layer's CRS (e.g. EPSG:4534–4554) and run again.</source>
        <translation>图层 {layer} 没有有效的坐标参考系，其横坐标 {extent} 也不带高斯-克吕格带号；请设置图层坐标参考系（例如 EPSG:4534–4554）后重新运行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="141" />
        <source>Layer {layer} is declared in {crs} but its eastings {extent} do not fit it (zone prefix present or missing). It is probably EPSG:{epsg}.</source>
        <translation>图层 {layer} 声明为 {crs}，但其横坐标 {extent} 与之不符（带号多出或缺失）。它很可能是 EPSG:{epsg}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="145" />
        <source>Layer {layer} is declared in {crs} but its eastings {extent} do not fit it (zone prefix present or missing). Check the layer's CRS.</source>
        <translation>图层 {layer} 声明为 {crs}，但其横坐标 {extent} 与之不符（带号多出或缺失）。请检查图层的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="149" />
        <source>Layer {layer} is declared in the geographic CRS {crs} but its coordinates ({extent}) lie outside ±180°/±90°: they are projected metres. It is probably {suggested}; set the layer's CRS and run again.</source>
        <translation>图层 {layer} 声明为地理坐标系 {crs}，但其坐标（{extent}）超出 ±180°/±90°：它们是投影坐标（米）。很可能是 {suggested}；请设置图层坐标参考系后重新运行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="153" />
        <source>Layer {layer} has no CRS; its eastings {extent} carry the zone prefix, so EPSG:{epsg} is used.</source>
        <translation>图层 {layer} 没有坐标参考系；其横坐标 {extent} 带有带号，因此使用 EPSG:{epsg}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="156" />
        <source>Layer {target} ({target_crs}) is the same Gauss-Krüger zone as {base} ({base_crs}); its eastings are shifted by {shift:+.0f} m (the zone prefix), not reprojected.</source>
        <translation>图层 {target}（{target_crs}）与 {base}（{base_crs}）属于同一高斯-克吕格投影带；其横坐标平移 {shift:+.0f} 米（带号），不做重投影。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="160" />
        <source>Layer {target} ({target_crs}) is reprojected to the CRS of {base} ({base_crs}).</source>
        <translation>图层 {target}（{target_crs}）已重投影到 {base} 的坐标参考系（{base_crs}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="163" />
        <source>Field {field} of layer {layer} does not hold land-class codes (only {share} % of its values look like GB/T 21010 / 三调 codes). Choose the code field; code-like fields of the layer: {suggest}.</source>
        <translation>图层 {layer} 的字段 {field} 不是地类编码字段（只有 {share}% 的值符合 GB/T 21010 / 三调编码）。请选择地类编码字段；该图层中类似编码的字段：{suggest}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="167" />
        <source>No land-class code field given for layer {layer} ({role}).</source>
        <translation>未给出图层 {layer} 的地类编码字段（{role}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="170" />
        <source>Layer {layer} has no field {field} ({role}). Its fields: {fields}. Choose the land-class code field (DLBM).</source>
        <translation>图层 {layer} 没有字段 {field}（{role}）。其字段：{fields}。请选择地类编码字段（DLBM）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="174" />
        <source>Layer {layer} has no field {field} (COUNTY_FIELD). Its fields: {fields}.</source>
        <translation>图层 {layer} 没有字段 {field}（COUNTY_FIELD）。其字段：{fields}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="177" />
        <source>Layer {layer} is not a polygon layer (its geometry type is {type}); give the parcel (图斑) polygons.</source>
        <translation>图层 {layer} 不是面图层（其几何类型为 {type}）；请提供图斑面要素。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="180" />
        <source>Layer {layer} is empty: it has no parcels.</source>
        <translation>图层 {layer} 为空：没有图斑。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="183" />
        <source>Layer {layer} has neither TBDLMJ nor TBMJ: the official area method needs the survey areas. Choose the ellipsoidal or planar method.</source>
        <translation>图层 {layer} 既无 TBDLMJ 也无 TBMJ：官方面积方法需要调查面积。请选择椭球面积或平面面积方法。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="187" />
        <source>Layer {layer}: the .dbf is not UTF-8 and has no .cpg; read as GB18030 (GBK).</source>
        <translation>图层 {layer}：.dbf 不是 UTF-8 编码且没有 .cpg 文件；按 GB18030（GBK）读取。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="190" />
        <source>Read {base} base and {target} target parcels.</source>
        <translation>读取基准年图斑 {base} 个、计量年图斑 {target} 个。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="193" />
        <source>Layer {layer}: {count} invalid geometries repaired (feature ids {fids}).</source>
        <translation>图层 {layer}：修复了 {count} 个无效几何（要素 ID {fids}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="196" />
        <source>Layer {layer}: {count} features without a polygon geometry skipped (feature ids {fids}).</source>
        <translation>图层 {layer}：跳过 {count} 个没有面几何的要素（要素 ID {fids}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="199" />
        <source>{count} parcels are unchanged in geometry and need no intersection.</source>
        <translation>{count} 个图斑几何未变化，无需求交。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="202" />
        <source>Snapping skipped: no rounding differences between the layers ({exact} of {sampled} sampled target vertices lie on a base vertex, none within {tolerance} m of one without being on it; {identical} target parcels are identical to a base parcel).</source>
        <translation>跳过节点吸附：两图层之间没有舍入差异（抽样的 {sampled} 个计量年节点中 {exact} 个落在基准年节点上，没有节点在 {tolerance} 米以内却不重合；{identical} 个计量年图斑与基准年图斑完全相同）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="207" />
        <source>Rounding differences found: {rounding} of {sampled} sampled target vertices ({share:.1f} %) lie within {tolerance} m of a base vertex without being on it ({exact} on one); the target is snapped.</source>
        <translation>发现舍入差异：抽样的 {sampled} 个计量年节点中有 {rounding} 个（{share:.1f}%）距基准年节点不超过 {tolerance} 米但不重合（{exact} 个重合）；对计量年图层进行吸附。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="211" />
        <source>Snapping (tolerance {tolerance} m): {twins} target parcels match a base parcel within the tolerance and take its geometry; {vertices} vertices of {parcels} other target parcels moved onto base vertices or edges.</source>
        <translation>节点吸附（容差 {tolerance} 米）：{twins} 个计量年图斑在容差内与基准年图斑一致，采用其几何；另有 {parcels} 个计量年图斑的 {vertices} 个节点移到基准年节点或边上。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="216" />
        <source>Layer {layer}: {count} parcels have a NULL land-class code; mapped to unmapped (feature ids {fids}).</source>
        <translation>图层 {layer}：{count} 个图斑的地类编码为空，归为 unmapped（要素 ID {fids}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="219" />
        <source>Layer {layer}: code {code} is not in the mapping table; {count} parcels mapped to unmapped (feature ids {fids}).</source>
        <translation>图层 {layer}：编码 {code} 不在对照表中；{count} 个图斑归为 unmapped（要素 ID {fids}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="223" />
        <source>Mapping table {table} needs the fields code and object; it has {fields}.</source>
        <translation>对照表 {table} 需要字段 code 和 object；它只有 {fields}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="226" />
        <source>Mapping table {table}: {count} codes override the shipped table.</source>
        <translation>对照表 {table}：{count} 个编码覆盖内置对照表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="229" />
        <source>Area method: ellipsoidal (ellipsoid {ellipsoid}; {formula}).</source>
        <translation>面积方法：椭球面积（椭球 {ellipsoid}；{formula}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="232" />
        <source>Area method: planar (CRS {crs}).</source>
        <translation>面积方法：平面面积（坐标系 {crs}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="235" />
        <source>Area method: official (TBDLMJ = TBMJ − KCMJ shared by geometric area).</source>
        <translation>面积计算方法：调查面积（TBDLMJ = TBMJ − KCMJ，按几何面积比例分摊）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="238" />
        <source>Layer {layer}: {count} parcels have no survey area (TBDLMJ/TBMJ NULL); their planar area is used (feature ids {fids}).</source>
        <translation>图层 {layer}：{count} 个图斑没有调查面积（TBDLMJ/TBMJ 为空），使用其平面面积（要素 ID {fids}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="242" />
        <source>The pieces ({total:.3f} m² planar) cover the area of either layer once: no parcels of one layer overlap each other.</source>
        <translation>叠加图斑（平面面积 {total:.3f} 平方米）对两个图层的覆盖均为一次：同一图层内没有相互重叠的图斑。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="246" />
        <source>Layer {layer}: {count} pairs of parcels overlap each other (feature ids and overlap area: {pairs}); their common ground is counted once per parcel. Fix the topology (duplicates or overlapping parcels) and run again.</source>
        <translation>图层 {layer}：有 {count} 对图斑相互重叠（要素 ID 与重叠面积：{pairs}）；重叠部分按每个图斑各计一次。请修正拓扑（重复或重叠图斑）后重新运行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="251" />
        <source>The pieces sum to {total:.3f} m² (planar), about {excess:.3f} m² more than the area covered by either layer, because of the overlaps listed above.</source>
        <translation>叠加图斑面积合计 {total:.3f} 平方米（平面），比任一图层覆盖的面积多约 {excess:.3f} 平方米，原因是上面列出的重叠。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="255" />
        <source>Layer {layer}: area conserved per class (pieces = parcels within 1e-6).</source>
        <translation>图层 {layer}：各地类面积守恒（叠加图斑 = 原图斑，相对差 1e-6 以内）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="258" />
        <source>Layer {layer}, class {cls}: pieces sum to {pieces:.3f} m² but the parcels to {parcels:.3f} m² (relative difference {rel:.2e}); overlapping parcels in the layer?</source>
        <translation>图层 {layer}，地类 {cls}：叠加图斑合计 {pieces:.3f} 平方米，而原图斑为 {parcels:.3f} 平方米（相对差 {rel:.2e}）；图层内是否有重叠图斑？</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="262" />
        <source>{pieces} pieces: {unchanged} unchanged, {changed} changed, {base_only} base only, {target_only} target only; {slivers} slivers.</source>
        <translation>共 {pieces} 个叠加图斑：未变化 {unchanged}，变化 {changed}，仅基准年 {base_only}，仅计量年 {target_only}；细碎图斑 {slivers} 个。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="266" />
        <source>Could not write the overlay pieces (rows {first}–{last}) to the output: {error}</source>
        <translation>无法将叠加图斑（第 {first}–{last} 行）写入输出：{error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="269" />
        <source>EPSG:{epsg} is not a CGCS2000 3-degree Gauss-Krüger CRS; its ellipsoidal areas are measured geodesically.</source>
        <translation>EPSG:{epsg} 不是 CGCS2000 3 度带高斯-克吕格坐标系；其椭球面积按大地线方法计算。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="275" />
        <source>Layer {layer}, field object: these plots (feature id, object) are not metered objects of metering_objects.csv: {rows}. Fix the object of these plots.</source>
        <translation>图层 {layer} 的 object 字段：以下样地（要素号、计量对象）不是 metering_objects.csv 中的计量对象：{rows}。请更正这些样地的计量对象。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="279" />
        <source>Layer {layer}: these values (feature id, pool, value) are not numbers: {rows}. Enter densities in t C/ha as numbers.</source>
        <translation>图层 {layer}：以下数值（要素号、碳库、值）不是数字：{rows}。请以数字填写碳密度（t C/ha）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="283" />
        <source>Layer {layer}: negative densities (feature id, pool, value): {rows}. Densities in t C/ha cannot be negative; check the plot data.</source>
        <translation>图层 {layer}：碳密度为负（要素号、碳库、值）：{rows}。碳密度（t C/ha）不能为负，请检查样地数据。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="287" />
        <source>Default-density table {table} lacks these (object, pool) pairs: {pairs}. Add a row for each.</source>
        <translation>缺省碳密度表 {table} 缺少以下（计量对象、碳库）组合：{pairs}。请逐一补充。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="290" />
        <source>Default-density table {table} needs a column object (or key) and either pool + mean or the pool columns; it has: {columns}.</source>
        <translation>缺省碳密度表 {table} 需要 object（或 key）列，以及 pool + mean 列或各碳库列；现有列：{columns}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="294" />
        <source>Default-density table {table}, column {column}: these rows (row, object, pool, value) hold no number: {rows}. Give the density in t C/ha (and U in %) as numbers.</source>
        <translation>缺省碳密度表 {table} 的 {column} 列：以下行（行号、计量对象、碳库、值）不是数字：{rows}。请以数字填写碳密度（t C/ha）和 U（%）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="308" />
        <source>Default-density table {table}, column {column}: these rows (row, object, pool, value) are negative: {rows}. Densities and U cannot be negative.</source>
        <translation>缺省碳密度表 {table} 的 {column} 列：以下行（行号、计量对象、碳库、值）为负：{rows}。碳密度和 U 不能为负。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="312" />
        <source>Density table {table} needs a key column (stratum, key, object or code) and either pool + mean or the pool columns; it has: {columns}.</source>
        <translation>碳密度表 {table} 需要键列（stratum、key、object 或 code），以及 pool + mean 列或各碳库列；现有列：{columns}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="316" />
        <source>Density table {table}: these values (key, pool, value) are not numbers: {rows}.</source>
        <translation>碳密度表 {table}：以下数值（键、碳库、值）不是数字：{rows}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="319" />
        <source>Density table {table}: these densities (key, pool, value) are negative: {rows}.</source>
        <translation>碳密度表 {table}：以下碳密度（键、碳库、值）为负：{rows}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="322" />
        <source>Density table {table} lists these keys more than once for a pool: {keys}. Keep one row per key and pool.</source>
        <translation>碳密度表 {table} 中以下键在同一碳库下出现不止一次：{keys}。每个键和碳库只保留一行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="344" />
        <source>Density table {table} lacks pools for these keys (key, missing pools): {rows}.</source>
        <translation>碳密度表 {table} 中以下键缺少碳库（键、缺少的碳库）：{rows}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="347" />
        <source>Density table {table} has rows for the keys {keys}, which the land-class mapping leaves non-metered ({pieces} pieces, {area_ha} ha): these rows are not used. To meter them, map the codes to a metering object with MAPPING in parcel_change.</source>
        <translation>碳密度表 {table} 中键 {keys} 的行在地类—计量对象对照中属于不计量（{pieces} 个叠加图斑，{area_ha} ha），这些行不会被使用。如需计量，请在 parcel_change 中用 MAPPING 将这些编码映射到计量对象。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="352" />
        <source>These keys carry metered pieces but have no row in the density table (year, table: key, pieces, area): {rows}. Add them to that year's density table.</source>
        <translation>以下键有参与计量的叠加图斑，但碳密度表中没有对应行（年份、表：键、叠加图斑数、面积）：{rows}。请补充到该年的碳密度表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="356" />
        <source>Layer {layer}, field change_flag: these pieces (feature id, value) have no valid flag 0–3: {rows}. Use the output of parcel_change.</source>
        <translation>图层 {layer} 的 change_flag 字段：以下叠加图斑（要素号、值）没有有效的变化标识 0–3：{rows}。请使用 parcel_change 的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="360" />
        <source>Layer {layer}, field area_m2: these pieces (feature id, value) have no valid area: {rows}. Re-run parcel_change.</source>
        <translation>图层 {layer} 的 area_m2 字段：以下叠加图斑（要素号、值）没有有效面积：{rows}。请重新运行 parcel_change。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="367" />
        <source>Land-class codes not mapped to a metering object, counted with zero stock (year: code, pieces, area): {rows}. Add them to the mapping (MAPPING in parcel_change) if they should be metered.</source>
        <translation>以下地类编码未映射到计量对象，碳储量按零计（年份：编码、叠加图斑数、面积）：{rows}。如需计量，请将其加入对照表（parcel_change 的 MAPPING）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="371" />
        <source>Areas of the pieces measured by: {methods}.</source>
        <translation>叠加图斑面积的量算方法：{methods}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="374" />
        <source>Layer {layer} is not a Parcel carbon stock output: fields {fields} are missing. Run Parcel carbon stock first and use its OUTPUT.</source>
        <translation>图层 {layer} 不是“图斑碳储量与碳汇量”的输出：缺少字段 {fields}。请先运行该工具并使用其 OUTPUT。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="378" />
        <source>Layer {layer} mixes runs: field {field} holds {values}. Use the output of one Parcel carbon stock run.</source>
        <translation>图层 {layer} 混合了多次运行的结果：字段 {field} 的取值有 {values}。请使用一次“图斑碳储量与碳汇量”运行的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="381" />
        <source>Layer {layer} was metered for {base} → {target}, but the years given are {given_base} → {given_target}. Leave the years empty or give the recorded ones.</source>
        <translation>图层 {layer} 的计量期为 {base} → {target}，但给出的年份为 {given_base} → {given_target}。请留空年份或填写所记录的年份。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="385" />
        <source>The {role}-year density table {table} (checksum {checksum}) is not the one Parcel carbon stock used for layer {layer} ({recorded}, checksum {recorded_checksum}). Give the same table.</source>
        <translation>{role} 年的碳密度表 {table}（校验和 {checksum}）不是“图斑碳储量与碳汇量”计算图层 {layer} 时所用的表（{recorded}，校验和 {recorded_checksum}）。请使用同一张表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="393" />
        <source>Density table {table} carries no uncertainty (n and se, or u_pct); use the output of Stratum carbon density.</source>
        <translation>碳密度表 {table} 不含不确定度（n 和 se，或 u_pct）；请使用“分层碳密度”的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="397" />
        <source>Density table {table}, key {key}, pool {pool}: give n &gt;= 2 with se, or a u_pct &gt;= 0.</source>
        <translation>碳密度表 {table}，键 {key}，碳库 {pool}：请给出 n &gt;= 2 及 se，或 u_pct &gt;= 0。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="400" />
        <source>These keys and pools carry stock but have no row in the density table (year, key, pool): {rows}. Add them to the density table or recompute the stock with the same table.</source>
        <translation>以下键和碳库有碳储量，但碳密度表中没有对应行（年份、键、碳库）：{rows}。请补充到碳密度表，或用同一张表重新计算碳储量。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="404" />
        <source>The {table} table{label} lacks the fields {fields}; give the output of the step that makes it.</source>
        <translation>{table} 表{label}缺少字段 {fields}；请使用生成该表的步骤的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="407" />
        <source>{label}: missing column(s) {columns}; it needs 'code' and 'object'.</source>
        <translation>{label}：缺少列 {columns}；需要 'code' 和 'object' 列。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="410" />
        <source>{label}, row {row}: code '{code}' is not a GB/T 21010 / 三调 code.</source>
        <translation>{label} 第 {row} 行：编码 '{code}' 不是 GB/T 21010 / 三调地类编码。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="413" />
        <source>{label}, row {row}: object '{object}' of code {code} is not a metering object (one of {objects}).</source>
        <translation>{label} 第 {row} 行：编码 {code} 对应的 '{object}' 不是计量对象（应为 {objects} 之一）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="416" />
        <source>{label}: code(s) listed twice: {codes}.</source>
        <translation>{label}：以下编码重复出现：{codes}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1029" />
        <source>Give a point cloud (LAS/LAZ) or a CHM raster.</source>
        <translation>请给出点云（LAS/LAZ）或 CHM 栅格。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1032" />
        <source>Choose plots (for the plot metrics) or a metric raster output, or both.</source>
        <translation>请选择样地（计算样地特征变量）或特征变量栅格输出，或两者。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1035" />
        <source>The point cloud {path} ({parameter}) does not exist. Choose a LAS or LAZ file.</source>
        <translation>点云 {path}（{parameter}）不存在，请选择 LAS 或 LAZ 文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1038" />
        <source>{path} cannot be read as LAS/LAZ: {reason}. Check that it is a LAS/LAZ file and not damaged.</source>
        <translation>无法按 LAS/LAZ 读取 {path}：{reason}。请检查其是否为完好的 LAS/LAZ 文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1041" />
        <source>{path} is LAS {version}; LAS {supported} can be read. Convert it, e.g. with PDAL or LAStools.</source>
        <translation>{path} 为 LAS {version}；可读取 LAS {supported}。请先转换（如用 PDAL 或 LAStools）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1044" />
        <source>The point cloud {path} holds no points.</source>
        <translation>点云 {path} 中没有点。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1047" />
        <source>Points read per block must be at least 1000 (got {value}).</source>
        <translation>每块读取点数至少为 1000（当前为 {value}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1050" />
        <source>Percentile type {value} is not an R quantile type; use 1 to 9.</source>
        <translation>百分位数类型 {value} 不是 R quantile 类型，请用 1 至 9。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1053" />
        <source>Layer return counts must be a list of non-negative numbers (got {value}).</source>
        <translation>各层回波数须为非负数列表（当前为 {value}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1056" />
        <source>The ground DTM resolution must be above 0 m (got {value}).</source>
        <translation>地面 DTM 分辨率须大于 0 米（当前为 {value}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1059" />
        <source>No ground-classified returns (class 2) in {unit}: classify the ground first, give a DTM raster, or choose 'cloud already normalised'.</source>
        <translation>{unit} 中没有已分类的地面点（第 2 类）：请先进行地面点分类、给出 DTM 栅格，或选择“点云已归一化”。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1063" />
        <source>Plot {fid} of {layer} has no usable plot_area_m2 ({value}); enter the plot area in m² (&gt; 0).</source>
        <translation>图层 {layer} 的样地 {fid} 没有可用的 plot_area_m2（{value}）；请填写样地面积（m²，&gt; 0）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1066" />
        <source>Plot {fid} of {layer} has plot_shape '{value}'; use one of {allowed}.</source>
        <translation>图层 {layer} 的样地 {fid} 的 plot_shape 为“{value}”；请用以下之一：{allowed}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1069" />
        <source>Plot {fid} of {layer} has no geometry; give it its location.</source>
        <translation>图层 {layer} 的样地 {fid} 没有几何，请补充其位置。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1072" />
        <source>Plot {fid} of {layer} is a rectangle whose sides are not stored: its footprint is the square of the same area.</source>
        <translation>图层 {layer} 的样地 {fid} 为矩形但未记录边长：其范围按同面积的正方形计。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1076" />
        <source>The plots layer {layer} has no features.</source>
        <translation>样地图层 {layer} 没有要素。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1079" />
        <source>{count} plots have no LiDAR returns (outside the cloud), their metrics are empty: feature ids {fids}.</source>
        <translation>{count} 个样地没有 LiDAR 回波（在点云范围外），其特征变量为空：要素编号 {fids}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1082" />
        <source>{count} returns of {unit} lie outside the DTM raster (or on its nodata) and were left out.</source>
        <translation>{unit} 中有 {count} 个回波位于 DTM 栅格范围外（或无数据处），已舍弃。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1085" />
        <source>Heights from a DTM raster were chosen but no DTM raster was given.</source>
        <translation>选择了由 DTM 栅格计算离地高，但未给出 DTM 栅格。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1088" />
        <source>The grid cell size must be above 0 m (got {value}).</source>
        <translation>格网像元大小须大于 0 米（当前为 {value}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1091" />
        <source>A grid of {cells} cells of {cell} m is too large; choose a larger cell or a smaller extent.</source>
        <translation>{cell} 米像元的格网共 {cells} 个像元，过大；请增大像元或缩小范围。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1094" />
        <source>No return falls inside the grid extent {bounds}; check the extent and the CRS of the cloud.</source>
        <translation>格网范围 {bounds} 内没有回波；请检查范围和点云的坐标系。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1097" />
        <source>The raster {path} ({parameter}) cannot be opened.</source>
        <translation>无法打开栅格 {path}（{parameter}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1100" />
        <source>The raster {path} cannot be created; check the folder and free space.</source>
        <translation>无法创建栅格 {path}；请检查文件夹和磁盘空间。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1103" />
        <source>The raster {path} ({parameter}) is rotated; warp it north-up first.</source>
        <translation>栅格 {path}（{parameter}）带旋转；请先重投影为正北向。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1106" />
        <source>The {form} form takes one metric; {predictors} were chosen. Choose one or the multiple linear form.</source>
        <translation>{form} 形式只取一个特征变量，当前选择了 {predictors}。请只选一个，或改用多元线性形式。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1109" />
        <source>The multiple linear form needs two or more metrics; {predictors} was chosen.</source>
        <translation>多元线性形式需要两个或以上特征变量，当前只选择了 {predictors}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1112" />
        <source>{object}: {n} plots with metrics and {pool} for a {form} model with {predictors} metric(s); at least {needed} are needed ({dropped} plots unusable: missing values, or ≤ 0 for the power form). Add plots or use fewer metrics.</source>
        <translation>{object}：有特征变量和 {pool} 的样地 {n} 个，{form} 模型含 {predictors} 个特征变量，至少需要 {needed} 个样地（{dropped} 个样地不可用：缺值，或幂函数形式下 ≤ 0）。请增加样地或减少特征变量。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1117" />
        <source>The chosen metrics are collinear (rank {rank} for {predictors} predictors); drop one of them.</source>
        <translation>所选特征变量共线（{predictors} 个自变量的秩为 {rank}）；请去掉其中之一。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1120" />
        <source>The cross-validation block size must be above 0 m (got {value}).</source>
        <translation>交叉验证分块大小须大于 0 米（当前为 {value}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1123" />
        <source>{object}: none of its {n} plots has LiDAR metrics (outside the cloud); no model.</source>
        <translation>{object}：其 {n} 个样地均无 LiDAR 特征变量（在点云范围外），不建模型。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1126" />
        <source>No plot of {layer} has values in {fields}: run lidar_metrics on these plots first.</source>
        <translation>图层 {layer} 中没有样地在 {fields} 中有值：请先对这些样地运行 lidar_metrics。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1129" />
        <source>{path} is not a model file of lidar_model ({reason}).</source>
        <translation>{path} 不是 lidar_model 的模型文件（{reason}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1132" />
        <source>The metric raster {raster} has no band {metrics} (it has {available}); use the raster of lidar_metrics.</source>
        <translation>特征变量栅格 {raster} 没有波段 {metrics}（现有 {available}）；请使用 lidar_metrics 输出的栅格。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1135" />
        <source>The model file holds models of several objects ({models}); give the parcels with their object field so each cell gets its model.</source>
        <translation>模型文件含多个计量对象的模型（{models}）；请给出带计量对象字段的图斑，使每个像元取得对应模型。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1139" />
        <source>A stratum estimate needs at least 2 plots ({n} given).</source>
        <translation>层估计至少需要 2 个样地（当前 {n} 个）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1142" />
        <source>No cell of the metric raster lies in a parcel of a modelled object; check the object field and the extents.</source>
        <translation>特征变量栅格中没有像元位于已建模计量对象的图斑内；请检查计量对象字段和范围。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1146" />
        <source>{object}: no cell of the metric raster lies in its parcels; no estimate.</source>
        <translation>{object}：特征变量栅格中没有像元位于其图斑内，不作估计。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="659" />
        <source>Table {table}: duplicate or unknown codes {keys}.</source>
        <translation>表 {table}：编码重复或未知：{keys}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="662" />
        <source>Unknown unit {unit} (sheet {sheet}, row {row}); use a unit of the conversion table.</source>
        <translation>未知单位 {unit}（工作表 {sheet}，第 {row} 行）；请使用单位换算表中的单位。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="665" />
        <source>{unit} cannot be converted to {target}: different quantities.</source>
        <translation>{unit} 无法换算为 {target}：量纲不同。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="668" />
        <source>Factor file {path} cannot be read ({error}).</source>
        <translation>排放因子文件 {path} 无法读取（{error}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="671" />
        <source>Factor file {path} lacks the columns {columns}.</source>
        <translation>排放因子文件 {path} 缺少列 {columns}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="674" />
        <source>Factor file {file}, row {row}, column {column}: {value} is not a number.</source>
        <translation>排放因子文件 {file} 第 {row} 行 {column} 列：{value} 不是数值。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="677" />
        <source>Factor file {file}, row {row}: unit {unit} is not of the form 't CO2/&lt;unit&gt;'.</source>
        <translation>排放因子文件 {file} 第 {row} 行：单位 {unit} 不是“t CO2/&lt;单位&gt;”形式。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="680" />
        <source>Factor file {file}, row {row} ({factor}): the value {value} differs from NCV × carbon content × oxidation × 44/12 = {product}.</source>
        <translation>排放因子文件 {file} 第 {row} 行（{factor}）：数值 {value} 与 低位发热量×单位热值含碳量×碳氧化率×44/12 = {product} 不符。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="684" />
        <source>Duplicated factor entries ({key}): {rows}. Keep one row per entry.</source>
        <translation>排放因子条目重复（{key}）：{rows}。每个条目只保留一行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="687" />
        <source>Factor set {set} is not in the library; known sets: {known}.</source>
        <translation>因子库中没有因子集 {set}；现有因子集：{known}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="690" />
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="693" />
        <source>The file {path} cannot be read ({error}).</source>
        <translation>文件 {path} 无法读取（{error}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="696" />
        <source>{path}, sheet {sheet}: no header row with the field ids {fields}; use the activity-data template.</source>
        <translation>{path} 工作表 {sheet}：没有字段标识行 {fields}；请使用活动数据模板。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="699" />
        <source>{count} rows of the activity data were rejected; nothing was computed. Fix them or run in 'valid rows' mode: {rows}</source>
        <translation>活动数据中有 {count} 行被拒绝，未进行核算。请修正，或以“仅有效行”模式运行：{rows}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="703" />
        <source>{count} problems: the rows concerned were left out (see the rejected rows table).</source>
        <translation>发现 {count} 个问题：相关行已剔除（见被拒绝行表）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="706" />
        <source>Factor set {set} has no market-based (residual-mix) factor: the market-based column uses the location-based factor.</source>
        <translation>因子集 {set} 没有市场法（剩余组合）因子：市场法列使用位置法因子。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="710" />
        <source>Inventory: {rows} activity rows accounted, {rejected} problems, {factors} factor rows used.</source>
        <translation>清单：核算活动数据 {rows} 行，问题 {rejected} 个，使用排放因子 {factors} 行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="713" />
        <source>Factors transcribed from the table of a document, to be checked against the document: {factors}.</source>
        <translation>以下因子转录自文件表格，正式使用前请与原文核对：{factors}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="716" />
        <source>Placeholder factors used: {factors}.</source>
        <translation>使用了占位因子：{factors}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="719" />
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="722" />
        <source>unknown indicator; use {hint}</source>
        <translation>未知指标；请使用{hint}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="725" />
        <source>unknown energy carrier (e.g. {allowed})</source>
        <translation>未知能源品种（例如 {allowed}）</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="728" />
        <source>{carrier} does not belong under {indicator} (group {group})</source>
        <translation>{carrier} 不属于指标 {indicator}（类别 {group}）</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="731" />
        <source>unknown unit; use one of {allowed}</source>
        <translation>未知单位；请使用：{allowed}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="734" />
        <source>not a period (write 2023 or 2023-01)</source>
        <translation>不是有效期间（请写 2023 或 2023-01）</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="737" />
        <source>not a notation key (NO, NE, IE, C)</source>
        <translation>不是注释键（NO、NE、IE、C）</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="740" />
        <source>not a number</source>
        <translation>不是数值</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="743" />
        <source>must be a number ≥ 0 (the sign comes from the indicator)</source>
        <translation>必须为非负数（正负号由指标决定）</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="746" />
        <source>notation key {key} means no amount; leave the amount empty</source>
        <translation>注释键 {key} 表示无数量，请留空数量</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="749" />
        <source>the same entity, indicator, carrier and period as row {first_row}</source>
        <translation>与第 {first_row} 行的主体、指标、能源品种和期间相同</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="752" />
        <source>{unit} is not a unit for {carrier} (allowed: {allowed})</source>
        <translation>{unit} 不能用于 {carrier}（允许：{allowed}）</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="755" />
        <source>{unit} cannot be used with factor {factor} ({factor_unit})</source>
        <translation>{unit} 不能与因子 {factor}（{factor_unit}）配合使用</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="758" />
        <source>no factor for {carrier} in set {set}; add a local factor</source>
        <translation>因子集 {set} 中没有 {carrier} 的因子；请添加本地因子</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="761" />
        <source>no GWP for {gas} in set {set}</source>
        <translation>GWP 集 {set} 中没有 {gas}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="764" />
        <source>monthly row of a year already given as a whole in row {annual_row}</source>
        <translation>该年已在第 {annual_row} 行按全年填报，月度行重复</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="767" />
        <source>differs from the value {first_value} in row {first_row} for the same entity and period</source>
        <translation>与同一主体同一期间第 {first_row} 行的值 {first_value} 不同</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="37" />
        <source>The output {output} would overwrite the input {input}: writing it replaces the whole file {path}. Inputs are never modified; choose another file for {output}.</source>
        <translation>输出 {output} 将覆盖输入 {input}：写出会替换整个文件 {path}。输入数据从不修改，请为 {output} 另选文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="46" />
        <source>The output {output} would overwrite layer {layer} of {path}, which is the input {input}. Choose another layer name or file for {output}.</source>
        <translation>输出 {output} 将覆盖 {path} 中的图层 {layer}，而该图层正是输入 {input}。请为 {output} 另选图层名或文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="50" />
        <source>The outputs {output} and {other} would both be written to {path}; the second would replace the first. Choose different files.</source>
        <translation>输出 {output} 和 {other} 都将写入 {path}，后者会替换前者。请选择不同的文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="54" />
        <source>Field sheets {path}: the file is empty (0 bytes). Fill in forms/field_sheets_template.xlsx and save it again.</source>
        <translation>外业调查表 {path}：文件为空（0 字节）。请填写 forms/field_sheets_template.xlsx 后重新保存。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="58" />
        <source>Field sheets {path} cannot be read as a workbook ({error}). Is it a real .xlsx file (not renamed from .xls, .csv or a damaged copy)? Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>无法将外业调查表 {path} 作为工作簿读取（{error}）。它是否为真正的 .xlsx 文件（而不是由 .xls、.csv 改名或已损坏的副本）？请用 Excel 或 WPS 打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="62" />
        <source>Field sheets {path}: the sheet {sheet} is damaged and cannot be read ({error}). Copy its rows into a fresh template and save again.</source>
        <translation>外业调查表 {path}：工作表 {sheet} 已损坏，无法读取（{error}）。请将其中各行复制到新的模板中并重新保存。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="66" />
        <source>Field sheets, sheet {sheet}: the field id {field} heads two columns ({first} and {second}); one of them would be lost. Keep one column per field id (row 3 of the template).</source>
        <translation>外业调查表，工作表 {sheet}：字段标识 {field} 出现在两列（{first} 和 {second}），其中一列会丢失。每个字段标识只保留一列（模板第 3 行）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="70" />
        <source>{path} is not UTF-8 text (byte {position}). Save the CSV file as UTF-8 (Excel: 'CSV UTF-8').</source>
        <translation>{path} 不是 UTF-8 文本（第 {position} 字节）。请将 CSV 文件另存为 UTF-8（Excel：“CSV UTF-8”）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="73" />
        <source>The table of plausible ranges {path} cannot be read ({error}).</source>
        <translation>无法读取合理取值范围表 {path}（{error}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="76" />
        <source>The table of plausible ranges {path}, row {row}, field {field}: {value} is not right; each row needs error_min ≤ warn_min ≤ warn_max ≤ error_max and a source.</source>
        <translation>合理取值范围表 {path} 第 {row} 行，字段 {field}：{value} 不正确；每行须满足 error_min ≤ warn_min ≤ warn_max ≤ error_max 并注明来源。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="80" />
        <source>{table}, row {row}: {field} = {value} {unit} is impossible (allowed: {allowed}; {count} value(s) outside the range in all). Correct the value, or the range in metering/data/plausible_ranges.csv.</source>
        <translation>{table} 第 {row} 行：{field} = {value} {unit} 不可能（允许范围：{allowed}；共有 {count} 个值超出范围）。请更正该值，或修改 metering/data/plausible_ranges.csv 中的范围。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="84" />
        <source>The CRS {value} does not exist or cannot be used. Choose a CRS by its EPSG code, e.g. EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E).</source>
        <translation>坐标系 {value} 不存在或无法使用。请用 EPSG 代码选择坐标系，如 EPSG:4547（CGCS2000 3 度带高斯—克吕格投影，中央经线 114°E）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="912" />
        <source>{years} years given for {rasters} NDVI rasters: give one year per raster (YEARS), in the order of the rasters.</source>
        <translation>为 {rasters} 幅 NDVI 栅格给出了 {years} 个年份：请按栅格顺序为每幅栅格给出一个年份（YEARS）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="916" />
        <source>The years must increase with the rasters: year {year} at position {position} follows {previous}. Order the rasters by year or correct YEARS.</source>
        <translation>年份须随栅格顺序递增：第 {position} 个年份 {year} 位于 {previous} 之后。请按年份排列栅格或修正 YEARS。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="920" />
        <source>YEARS '{text}' is not a comma-separated list of years, e.g. 2010, 2011, 2013.</source>
        <translation>YEARS“{text}”不是以逗号分隔的年份列表，例如 2010, 2011, 2013。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="923" />
        <source>NDVI raster of {year} (band {band}), row {row}, column {col}: value {value} is no NDVI (−1…1, or −10 000…10 000 when scaled). Check the raster or its nodata value.</source>
        <translation>{year} 年 NDVI 栅格（第 {band} 波段）第 {row} 行第 {col} 列：数值 {value} 不是 NDVI（−1…1，缩放存储时为 −10 000…10 000）。请检查该栅格或其无数据值。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="927" />
        <source>NDVI values above 1.5 found: the rasters are taken as NDVI × 10 000 and scaled by {scale}.</source>
        <translation>发现大于 1.5 的 NDVI 值：按 NDVI × 10 000 存储处理，乘以 {scale} 缩放。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="930" />
        <source>No pixel has {min_years} valid years: every output pixel is nodata. Lower MIN_YEARS or check the rasters' nodata.</source>
        <translation>没有像元具有 {min_years} 个有效年份：输出全部为无数据。请降低 MIN_YEARS 或检查栅格的无数据值。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="934" />
        <source>{mapped} map labels but {reference} reference labels: they must come in pairs.</source>
        <translation>分类图标签 {mapped} 个而参考标签 {reference} 个：二者须成对。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="937" />
        <source>No reference sample lies on a mapped pixel: check that the samples and the map overlap.</source>
        <translation>没有参考样本落在有分类的像元上：请检查样本与分类图是否重叠。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="940" />
        <source>The confusion matrix must be square, not {shape}.</source>
        <translation>混淆矩阵须为方阵，而不是 {shape}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="943" />
        <source>Map classes {classes} have fewer than 2 reference samples: their accuracy has no variance. Add samples in these classes (Olofsson et al. 2014 suggest at least 50 per class).</source>
        <translation>图上类别 {classes} 的参考样本少于 2 个，其精度无法估计方差。请在这些类别中增加样本（Olofsson 等 2014 建议每类至少 50 个）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="947" />
        <source>The mapped areas must be {expected} non-negative numbers with a positive sum.</source>
        <translation>图上面积须为 {expected} 个非负数且总和为正。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="950" />
        <source>Layer {layer} has no field {field}: choose the field holding the reference class.</source>
        <translation>图层 {layer} 没有字段 {field}：请选择存放参考类别的字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="953" />
        <source>Layer {layer}, feature {fid}: no reference class in {field} or no geometry. Fill it or remove the sample.</source>
        <translation>图层 {layer} 要素 {fid}：{field} 中没有参考类别或没有几何。请补填或删除该样本。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="957" />
        <source>Layer {layer}, feature {fid}: the reference class '{value}' in {field} is not an integer class code like the map's.</source>
        <translation>图层 {layer} 要素 {fid}：{field} 中的参考类别“{value}”不是与分类图一致的整数类别代码。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="298" />
        <source>No plot of layer {layer} has survey_year {year} (the plots' survey years: {years}): the year of the densities does not match the plots. Give one of the plots' years, or survey the plots of {year} first.</source>
        <translation>图层 {layer} 中没有调查年份为 {year} 的样地（样地的调查年份：{years}）：碳密度的年份与样地不符。请给出样地已有的年份，或先完成 {year} 年的样地调查。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="420" />
        <source>Areas layer {layer} lacks the fields {fields}: give the pieces of parcel_change or parcel_stock.</source>
        <translation>面积图层 {layer} 缺少字段 {fields}：请给出 parcel_change 或 parcel_stock 的图斑。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="423" />
        <source>Strata with an area but fewer than two plots are left out of the stratified plan and mean ({area_ha:.2f} ha): {strata}. Survey them, or they stay on default densities.</source>
        <translation>有面积但样地少于两个的分层未纳入分层方案和分层均值（{area_ha:.2f} ha）：{strata}。请补充调查，否则它们仍采用缺省碳密度。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="530" />
        <source>Layer {layer}: parcel_stock took the sink of unchanged pieces from the change densities {table}; give that table as Change densities.</source>
        <translation>图层 {layer}：parcel_stock 的未变化图斑碳汇取自碳密度变化表 {table}；请把该表作为“碳密度变化”给出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="534" />
        <source>Change-density table {table}: it needs the columns stratum (or object), pool, change and estimator (the CHANGE_OUTPUT of stratum_density); it has {columns}.</source>
        <translation>碳密度变化表 {table}：需要 stratum（或 object）、pool、change 和 estimator 列（stratum_density 的 CHANGE_OUTPUT）；现有列为 {columns}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="978" />
        <source>The restoration rule table {table} lacks the columns {fields}; start from the shipped metering/restoration/data/restoration_rules.csv.</source>
        <translation>生态修复规则表 {table} 缺少列 {fields}；请以内置的 metering/restoration/data/restoration_rules.csv 为模板。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="982" />
        <source>The restoration rule table {table}, line {row}, column {column} holds {value}, which is not allowed (allowed: {allowed}).</source>
        <translation>生态修复规则表 {table} 第 {row} 行 {column} 列的值 {value} 不允许（允许：{allowed}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="986" />
        <source>The restoration rule table {table}, line {row}, repeats the rule id {rule}; give every rule its own id.</source>
        <translation>生态修复规则表 {table} 第 {row} 行重复了规则编号 {rule}；每条规则须有唯一编号。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="989" />
        <source>The restoration rule table {table} cannot be read ({error}); give a UTF-8 CSV file.</source>
        <translation>无法读取生态修复规则表 {table}（{error}）；请提供 UTF-8 编码的 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="992" />
        <source>The DEM must be one band of elevations in metres (got an array of shape {shape}).</source>
        <translation>DEM 须为单波段高程（米）（实际数组形状为 {shape}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="995" />
        <source>The DEM cell size (dx {dx}, dy {dy}) is not a positive number of metres; give a DEM in a projected CRS in metres or in geographic degrees.</source>
        <translation>DEM 像元大小（dx {dx}，dy {dy}）不是正的米数；请提供以米为单位的投影坐标系或地理坐标（度）的 DEM。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="999" />
        <source>The density table has no row for the {role} object {object} (known: {known}); add its densities (t C/ha per pool) or correct the unit's object.</source>
        <translation>密度表中没有{role}对象 {object} 的行（已有：{known}）；请补充其各碳库密度（t C/ha）或更正单元的对象。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1003" />
        <source>The parameter {parameter} = {value} is not allowed (it must be a positive number).</source>
        <translation>参数 {parameter} = {value} 不允许（须为正数）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1006" />
        <source>The growth table {table}, line {row}, column {column} holds {value}: give a pool among agb, bgb, deadwood, litter and a growth ≥ 0 in t C/ha/a.</source>
        <translation>生长参数表 {table} 第 {row} 行 {column} 列的值为 {value}：碳库须为 agb、bgb、deadwood、litter 之一，生长量 ≥ 0（t C/ha/a）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1019" />
        <source>The horizon year {horizon_year} must lie after the start year {start_year} of the measure.</source>
        <translation>评估目标年 {horizon_year} 须晚于措施起始年 {start_year}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1157" />
        <source>Input {path} ({role}) does not exist. Give an existing file, FILE|layername=NAME or a folder of per-county files.</source>
        <translation>输入 {path}（{role}）不存在。请给出已有的文件、FILE|layername=图层名，或按县存放文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1161" />
        <source>The folder {path} ({role}) holds no parcel files ({extensions}).</source>
        <translation>文件夹 {path}（{role}）中没有图斑文件（{extensions}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1164" />
        <source>{path} ({role}): choose the layer with FILE|layername=NAME; its polygon layers are {layers} and none alone names the year {year}.</source>
        <translation>{path}（{role}）：请用 FILE|layername=图层名 指定图层；其面图层为 {layers}，没有唯一一个图层名包含年份 {year}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1168" />
        <source>Layer {layer} has no county field {field} and its file name does not start with a 6-digit county code. Its fields: {fields}. Give --county-field or name the file 420115_….gpkg.</source>
        <translation>图层 {layer} 没有县字段 {field}，文件名也不以 6 位县级代码开头。其字段：{fields}。请给出 --county-field，或将文件命名为 420115_….gpkg。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1172" />
        <source>County {county} ({role}): layer {layer} is in {crs}, its other file in {first}; the files of one county and year must share one CRS.</source>
        <translation>县 {county}（{role}）：图层 {layer} 的坐标系为 {crs}，该县另一文件为 {first}；同一县同一年份的文件必须使用同一坐标系。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1176" />
        <source>County {county} ({role}): {count} parcel(s) delivered in more than one file ({sources}) were counted once (same geometry and code; the first file in name order kept).</source>
        <translation>县 {county}（{role}）：{count} 个图斑在多个文件（{sources}）中重复提供，只计一次（几何与地类编码相同；保留文件名顺序中的第一个）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1190" />
        <source>County {county} has parcels in {year} only ({parcels} parcels): it is not metered and the province total is marked incomplete. Deliver its parcels of the other year.</source>
        <translation>县 {county} 只有 {year} 年的图斑（{parcels} 个）：不予计量，全省合计标记为不完整。请提供该县另一年份的图斑。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1194" />
        <source>County {county}: the task did not finish ({error}: {message}); rerun to retry it, complete counties are skipped.</source>
        <translation>县 {county}：任务未完成（{error}：{message}）；重新运行即可重试，已完成的县将被跳过。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1198" />
        <source>The county task stopped on an unexpected error ({error}: {message}); the other counties go on. Rerun to retry it.</source>
        <translation>县任务因意外错误停止（{error}：{message}）；其他县继续。重新运行即可重试。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1202" />
        <source>Densities derived from --plots are keyed by metering object; --key {key} needs a density table (--density).</source>
        <translation>由 --plots 推算的碳密度按计量对象分层；--key {key} 需要碳密度表（--density）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1206" />
        <source>Give the densities: --density (a density table) or --plots (a survey GeoPackage).</source>
        <translation>请给出碳密度：--density（碳密度表）或 --plots（调查 GeoPackage）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1209" />
        <source>Unknown option(s) in the configuration file: {options}.</source>
        <translation>配置文件中有未知选项：{options}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1212" />
        <source>Missing option(s): {options}.</source>
        <translation>缺少选项：{options}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="99" />
        <source>Density table {table}: {keys} keys read (SHA-256 {checksum}…).</source>
        <translation>碳密度表 {table}：已读取 {keys} 个键（SHA-256 {checksum}…）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="112" />
        <source>Read {count} overlay pieces from layer {layer}.</source>
        <translation>已从图层 {layer} 读取 {count} 个叠加图斑。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="478" />
        <source>{0}, {1}: {2}: {3} pieces, {4:.4f} ha</source>
        <translation>{0}，{1}：{2}：{3} 个叠加图斑，{4:.4f} ha</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="481" />
        <source>{0}: {1}: {2} pieces, {3:.4f} ha</source>
        <translation>{0}：{1}：{2} 个叠加图斑，{3:.4f} ha</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="548" />
        <source>The raster {raster} is not the annual output of the NEP step (OUTPUT_ANNUAL): its bands are {bands}, expected {expected}. Give the NEP algorithm's annual raster.</source>
        <translation>栅格 {raster} 不是 NEP 步骤的年度输出（OUTPUT_ANNUAL）：其波段为 {bands}，应为 {expected}。请给出 NEP 算法的年度栅格。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="770" />
        <source>The meter data lacks the columns {columns} (found: {found}); use the meter-data template.</source>
        <translation>计量数据缺少列 {columns}（现有：{found}）；请使用计量数据模板。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="773" />
        <source>The meter table describes the meters {meters} more than once: keep one row per meter.</source>
        <translation>计量表重复描述了表计 {meters}：每块表只保留一行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="776" />
        <source>Meters {meters} have no value in {columns}: describe them in the readings or in the meter table.</source>
        <translation>表计 {meters} 的 {columns} 为空：请在读数或计量表中补充说明。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="779" />
        <source>Meter {meter}: medium {medium} is unknown; use one of {allowed}.</source>
        <translation>表计 {meter}：计量介质 {medium} 未知；请使用 {allowed} 之一。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="782" />
        <source>Meter {meter} measures {medium} but names no energy carrier (e.g. diesel): fill the carrier column.</source>
        <translation>表计 {meter} 计量 {medium}，但未注明能源品种（如柴油）：请填写能源品种列。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="785" />
        <source>Meter {meter}, row {row}, column {column}: {value} is not a valid value (a timestamp, or a number ≥ 0; reading or consumption, not both).</source>
        <translation>表计 {meter}，第 {row} 行，{column} 列：{value} 无效（应为时间，或 ≥ 0 的数值；读数与用量只填其一）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="789" />
        <source>Meter {meter} mixes cumulative readings and interval consumption: give one kind per meter.</source>
        <translation>表计 {meter} 混用累计读数与时段用量：每块表只用一种。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="792" />
        <source>The gap factor {value} must be greater than 1 (an interval this many times the meter's median interval is a gap).</source>
        <translation>缺测系数 {value} 须大于 1（间隔达到该表中位间隔的此倍数即视为缺测）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="796" />
        <source>Warning thresholds {value}: give three increasing ratios &gt; 0, e.g. 0.9, 1.0, 1.1.</source>
        <translation>预警阈值 {value}：请给出三个递增且大于 0 的比值，如 0.9, 1.0, 1.1。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="799" />
        <source>Budget/baseline table: entity {entity}, period {period} has a missing, non-positive or repeated reference emission.</source>
        <translation>预算/基准表：主体 {entity}、时段 {period} 的参考排放量缺失、非正或重复。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="803" />
        <source>{count} gaps in the meter series (meter, timestamp): {items}.</source>
        <translation>计量序列中有 {count} 处缺测（表计，时间）：{items}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="806" />
        <source>{count} counter resets (meter, timestamp): {items}.</source>
        <translation>{count} 次计数器归零（表计，时间）：{items}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="809" />
        <source>{count} duplicate readings, the first of each kept (meter, timestamp): {items}.</source>
        <translation>{count} 条重复读数，各保留第一条（表计，时间）：{items}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="812" />
        <source>Meter data: {meters} meters, {readings} readings, {rows} consumption rows.</source>
        <translation>计量数据：{meters} 块表，{readings} 条读数，{rows} 行用量。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="823" />
        <source>Sink table {table} is not a sink table this tool knows (columns: {columns}). Give the uncertainty OUTPUT, the parcel_stock SUMMARY, the district_sink OUTPUT or TABLE, or a table with region and sink_tco2e.</source>
        <translation>碳汇表 {table} 不是本工具能识别的碳汇表（字段：{columns}）。请使用不确定度 OUTPUT、parcel_stock SUMMARY、district_sink OUTPUT 或 TABLE，或含 region 和 sink_tco2e 的表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="828" />
        <source>Sink table {table}: the rows {keys} have no number in the sink column.</source>
        <translation>碳汇表 {table}：行 {keys} 的碳汇列不是数字。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="831" />
        <source>Sink table {table} has more than one row for {keys} (same year): keep one row per region and year.</source>
        <translation>碳汇表 {table} 中 {keys} 有多行（同一年份）：每个区域每年只保留一行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="834" />
        <source>Region {region}: level {value} is not one of {allowed}. Fix the level field.</source>
        <translation>区域 {region}：层级 {value} 不是 {allowed} 之一。请修改层级字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="837" />
        <source>The regions {features} (feature number) have no code: fill the region code field.</source>
        <translation>区域 {features}（要素序号）没有代码：请填写区域代码字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="840" />
        <source>The region codes {regions} occur more than once in the regions layer: one polygon per region.</source>
        <translation>区域代码 {regions} 在区域图层中出现多次：每个区域一个多边形。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="843" />
        <source>The source map needs the columns {required} (found: {columns}).</source>
        <translation>来源对照表需要字段 {required}（现有：{columns}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="846" />
        <source>Region {region} is claimed by more than one sink source ({sources}, in {where}): the same sink would be counted twice. Say in the source map (one row for the region) which source serves it.</source>
        <translation>区域 {region} 被多个碳汇来源认领（{sources}，见 {where}）：同一碳汇会被重复计入。请在来源对照表中（该区域一行）指明由哪个来源提供。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="850" />
        <source>Region {region} has no sink source: none of the sink tables ({sources}) has a row for it. Add a row to the source map naming its table and key, or source none if the region has no sink.</source>
        <translation>区域 {region} 没有碳汇来源：碳汇表（{sources}）中都没有它的行。请在来源对照表中添加一行，写明表和键；区域没有碳汇时 source 填 none。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="854" />
        <source>Region {region}: the source map names the sink table {source}, which is not among the sink tables ({known}). Use a table's name or its number in the list.</source>
        <translation>区域 {region}：来源对照表指定的碳汇表 {source} 不在碳汇表（{known}）之中。请使用表名或其在列表中的序号。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="858" />
        <source>Region {region}: sink table {source} has no row {key}. Fix the key in the source map or add the row.</source>
        <translation>区域 {region}：碳汇表 {source} 没有行 {key}。请修改来源对照表中的键，或补充该行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="861" />
        <source>Regions {regions} take their sink from the same row {key} of {source}: that sink would be counted twice. Give each region its own row.</source>
        <translation>区域 {regions} 取自 {source} 的同一行 {key}：该碳汇会被重复计入。请为每个区域指定各自的行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="865" />
        <source>The inventory tables {tables} both hold the period {period}: it would be counted twice. Give each period in one table only.</source>
        <translation>排放清单表 {tables} 都含有期间 {period}：该期间会被重复计入。每个期间只能出现在一个表中。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="869" />
        <source>No year to balance: the inventory has the annual periods {available}; give the years.</source>
        <translation>没有可核算的年份：清单的年度期间为 {available}；请给出年份。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="872" />
        <source>Years {value}: give calendar years separated by commas, e.g. 2022, 2023.</source>
        <translation>年份 {value}：请给出以逗号分隔的日历年，如 2022, 2023。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="875" />
        <source>Region {region} ({unit_type}) has no emissions in the inventory for {year} (the inventory's years: {available}). Add its activity rows, or check the region code and the year.</source>
        <translation>区域 {region}（{unit_type}）在清单中没有 {year} 年的排放（清单的年份：{available}）。请补充其活动数据，或检查区域代码和年份。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="883" />
        <source>The uncertainty of the emissions is not given: the uncertainty of the net emission is left empty.</source>
        <translation>未给出碳排放的不确定度：净排放的不确定度留空。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="886" />
        <source>The sinks of {regions} carry no uncertainty (give u_pct in the source map): the uncertainty of their net emission is left empty.</source>
        <translation>{regions} 的碳汇没有不确定度（请在来源对照表中给出 u_pct）：其净排放的不确定度留空。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="890" />
        <source>Region {region}: the sink table {source} carries its own uncertainty; the u_pct of the source map is not used.</source>
        <translation>区域 {region}：碳汇表 {source} 自带不确定度，来源对照表中的 u_pct 不使用。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="894" />
        <source>The source map names regions that are not in the regions layer: {regions} (rows not used).</source>
        <translation>来源对照表中有区域图层中没有的区域：{regions}（这些行不使用）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="897" />
        <source>Environmental-construction reductions (R3) of {regions}, {total} t CO2e in all, are left out of the net emission: the sink of those regions already counts that carbon.</source>
        <translation>{regions} 的环境建设类碳减排（R3）共 {total} t CO2e 不计入净排放：这些区域的碳汇已包含这部分碳。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="901" />
        <source>Carbon balance: {regions} regions, years {years}.</source>
        <translation>碳收支平衡：{regions} 个区域，年份 {years}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="879" />
        <source>The inventory gives no number, only notation keys, for the emissions or reductions of {items}: their net emission is left empty.</source>
        <translation>清单对 {items} 的碳排放或碳减排只给出注释键、没有数值：其净排放留空。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1010" />
        <source>The degradation table {table}, line {row}, column {column} holds {value}: give a pool among agb, bgb, deadwood, litter, soil and a loss ≥ 0 in t C/ha/a.</source>
        <translation>退化速率表 {table} 第 {row} 行 {column} 列的值为 {value}：碳库须为 agb、bgb、deadwood、litter、soil 之一，损失速率须 ≥ 0（t C/ha/a）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1014" />
        <source>{units} units ({area} ha) are restored to their own current object ({objects}) with a constant baseline: no benefit under the stock-difference method. Give the degradation rate of these objects without the measure (DEGRADATION), growth parameters, or the object they are restored to (WITH_FIELD).</source>
        <translation>{units} 个单元（{area} ha）的修复目标即其现状对象（{objects_zh}），且基线不变：按储量差法无增汇量。请给出这些对象无措施时的退化速率（DEGRADATION）、生长参数，或其修复目标对象（WITH_FIELD）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="105" />
        <source>Density table {table}: computed for the survey year {year}, as the run needs.</source>
        <translation>碳密度表 {table}：按调查年份 {year} 计算，与本次运行所需相符。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="108" />
        <source>Density table {table} has no survey_year (an older or hand-made table): its year is not checked against {parameter} = {year}. stratum_density records it in its output.</source>
        <translation>碳密度表 {table} 没有 survey_year（旧表或手工编制的表）：其年份未与 {parameter} = {year} 核对。stratum_density 会在输出中记录该年份。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="325" />
        <source>Table {table} checked ({rows} rows).</source>
        <translation>表 {table} 已检查（{rows} 行）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="328" />
        <source>Density table {table} has no densities for the metered objects {objects}: parcel_stock stops if a piece of them is metered with this table.</source>
        <translation>碳密度表 {table} 缺少计量对象 {objects} 的碳密度：若用此表计量这些对象的叠加图斑，parcel_stock 将停止运行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="332" />
        <source>Density table {table} was computed for the survey year {table_year}, but it is given for {parameter} = {year}: the densities of one year would meter another. Give the table of {year} (stratum_density with Survey year {year}) or correct {parameter}.</source>
        <translation>碳密度表 {table} 按调查年份 {table_year} 计算，却被用于 {parameter} = {year}：会用一个年份的碳密度计量另一个年份。请给出 {year} 年的表（stratum_density，调查年份 {year}），或更正 {parameter}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="337" />
        <source>Density table {table}, row {row}, column {column}: {value} is not a calendar year.</source>
        <translation>碳密度表 {table}，第 {row} 行，列 {column}：{value} 不是年份。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="340" />
        <source>Density table {table}, column {column}, holds several survey years ({years}): a density table is of one year. Compute one table per year (stratum_density, Survey year).</source>
        <translation>碳密度表 {table} 的列 {column} 含有多个调查年份（{years}）：一张碳密度表只属于一个年份。请每个年份各计算一张表（stratum_density，调查年份）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1185" />
        <source>{count} parcel(s) of {year} with the same geometry are coded to county {county} and to county {other} (both files deliver them): both counties meter them, so the province total counts them twice. Fix their ZLDWDM (duplicates.csv).</source>
        <translation>{year} 年有 {count} 个几何相同的图斑分别编码为县 {county} 和县 {other}（两个文件都提供了）：两县都计量了它们，全省合计因此重复计算。请更正其 ZLDWDM（见 duplicates.csv）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="961" />
        <source>A reference sample of class {reference} covers no mapped class; leave it out or check the map.</source>
        <translation>类别为 {reference} 的参考样本未覆盖任何图上类别；请剔除该样本或检查分类图。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="964" />
        <source>Give the classified map either as a raster (MAP) or as polygons (MAP_LAYER), one of the two.</source>
        <translation>请以栅格（MAP）或图斑（MAP_LAYER）给出分类图，二者择一。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="967" />
        <source>Map layer {layer} has no field {field}: choose the field holding the map class (MAP_FIELD).</source>
        <translation>分类图层 {layer} 无字段 {field}：请选择存放图上类别的字段（MAP_FIELD）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="970" />
        <source>Map layer {layer} already has polygons of class {value}: choose another OUTSIDE_CLASS for the region outside the map polygons.</source>
        <translation>分类图层 {layer} 已有类别为 {value} 的图斑：请为图斑以外的区域另选 OUTSIDE_CLASS。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="974" />
        <source>Map layer {layer}, feature {fid}: no class in {field}. Fill it or remove the polygon.</source>
        <translation>分类图层 {layer} 要素 {fid}：{field} 中无类别。请填写或删除该图斑。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="433" />
        <source>language of this translation: English</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="473" />
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="473" />
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="475" />
        <source>bilinear</source>
        <translation>双线性</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="476" />
        <source>nearest-neighbour</source>
        <translation>最邻近</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="102" />
        <source>No metering-year density table given: {table} serves both years.</source>
        <translation>未给出计量年碳密度表：两期均使用 {table}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="115" />
        <source>All counties, {base_year} → {target_year}: stock {stock_base} t C (base year), {stock_target} t C (metering year), sink {sink} t CO2e/a.</source>
        <translation>全部县合计，{base_year} → {target_year}：碳储量 {stock_base} t C（基准年）、{stock_target} t C（计量年），碳汇量 {sink} t CO2e/a。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="303" />
        <source>Layer {layer} holds plots of several survey years ({years}) and no survey year is given: their pooled mean would be the density of no year. Give the survey year (the chain passes the base and the metering year), or turn on 'Pool plots of several survey years' to pool them on purpose.</source>
        <translation>图层 {layer} 含多个调查年份的样地（{years}），但未指定调查年份：合并后的均值不是任何一年的碳密度。请指定调查年份（全流程会分别传入基准年和计量年），或勾选“合并多个调查年份的样地”以有意合并。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="364" />
        <source>The metering year ({target}) must be later than the base year ({base}).</source>
        <translation>计量年（{target}）必须晚于基准年（{base}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="389" />
        <source>Layer {layer} was metered with two density tables ({base}, {target}); give the metering-year table (TARGET_DENSITY) too, or the two years' errors would be treated as one.</source>
        <translation>图层 {layer} 用两张碳密度表计量（{base}、{target}）；请同时给出计量年表（TARGET_DENSITY），否则两期误差会被当作同一误差。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="519" />
        <source>Permanent plot {permanent_id} is {base_object} in the base year and {target_object} in the metering year; it is not paired (a change of object is metered by the stock difference).</source>
        <translation>固定样地 {permanent_id} 基准年为{base_object}、计量年为{target_object}，不参与配对（计量对象的变化按碳储量差计量）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="527" />
        <source>The metering year ({target_year}) must be later than the base year ({base_year}).</source>
        <translation>计量年（{target_year}）必须晚于基准年（{base_year}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1180" />
        <source>{area_ha} ha ({pieces} piece(s)) are coded to county {base_county} in the base year and to county {target_county} in the metering year (a boundary moved or parcels recoded): metered as base_only in {base_county} and target_only in {target_county}, outside the sink (border.csv).</source>
        <translation>{area_ha} 公顷（{pieces} 个图斑块）在基准年属县 {base_county}、在计量年属县 {target_county}（县界调整或图斑重新编码）：在 {base_county} 计为仅基准年（base_only）、在 {target_county} 计为仅计量年（target_only），不计入碳汇量（见 border.csv）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="498" />
        <source>base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="505" />
        <source>ellipsoidal area</source>
        <translation>椭球面积</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="505" />
        <source>planar area</source>
        <translation>平面面积</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="506" />
        <source>official area (TBDLMJ)</source>
        <translation>官方面积（TBDLMJ）</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="498" />
        <source>metering year</source>
        <translation>计量年</translation>
    </message>
</context>
<context>
    <name>MeterReadingsAlgorithm</name>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="98" />
        <source>Smart-meter readings and emission warnings (T/CI 231)</source>
        <translation>智能表计读数与碳排放预警（T/CI 231）</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="101" />
        <source>Urban carbon monitoring</source>
        <translation>城市碳监测</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="133" />
        <source>CSV or Excel (*.csv *.xlsx)</source>
        <translation>CSV 或 Excel (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="134" />
        <source>Meter readings (.csv or .xlsx)</source>
        <translation>表计读数（.csv 或 .xlsx）</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="134" />
        <source>One row per meter and timestamp: meter_id, timestamp (ISO, e.g. 2024-03-01 00:00), and either reading (cumulative counter, in the meter's unit) or consumption (use in the interval ending at the timestamp). The meter columns (entity, region, park, indicator, medium, carrier, unit, rollover) may be in this file instead of a meter table.</source>
        <translation>每块表每个时间点一行：meter_id、timestamp（ISO 格式，如 2024-03-01 00:00），以及 reading（累计读数，单位同表计）或 consumption（截至该时间点的时段用量）二者之一。表计说明列（entity、region、park、indicator、medium、carrier、unit、rollover）可直接写在本文件中，不另给计量表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="139" />
        <source>Meter table (.csv or .xlsx)</source>
        <translation>计量表（.csv 或 .xlsx）</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="139" />
        <source>One row per meter_id: entity, region (district/county code), park, indicator (a level-5 line of T/CI 231 table 2, e.g. E3.1.I.power), medium (water, electricity, gas, heat, cooling, fuel), carrier (needed for fuel; otherwise the medium's carrier), unit (kWh, MWh, m³, 10⁴ m³, GJ, t, L …) and rollover (the value at which the counter starts again from 0; empty if unknown).</source>
        <translation>每个 meter_id 一行：entity（主体）、region（区县代码）、park（园区）、indicator（T/CI 231 表 2 的五级指标，如 E3.1.I.power）、medium（计量介质：water、electricity、gas、heat、cooling、fuel）、carrier（能源品种，fuel 必填，其余默认取介质对应品种）、unit（kWh、MWh、m³、10⁴ m³、GJ、t、L …）和 rollover（计数器回到 0 的翻转值；未知则留空）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="146" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="146" />
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="146" />
        <source>Yearly</source>
        <translation>按年</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="146" />
        <source>Periods of the activity rows: calendar months (2024-03) or calendar years (2024).</source>
        <translation>活动数据的期间：自然月（2024-03）或自然年（2024）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="149" />
        <source>Gap factor</source>
        <translation>缺测系数</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="149" />
        <source>An interval longer than this many times the meter's median interval is a gap (&gt; 1; default 1.5: in a regular series one missing reading, an interval of twice the usual one, is a gap).</source>
        <translation>间隔超过该表中位间隔的此倍数即为缺测（&gt; 1；默认 1.5：在规则序列中缺一个读数，即间隔为通常的两倍，就算缺测）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="155" />
        <source>Emission inventory (for warnings)</source>
        <translation>排放清单（用于预警）</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="155" />
        <source>The OUTPUT table of Emission inventory (unit_type, unit_id, code, carrier, period, emission_location_tco2e, emission_market_tco2e); its entity totals (code E) are compared with the reference. Give it together with REFERENCE.</source>
        <translation>“排放清单”算法的 OUTPUT 表（unit_type、unit_id、code、carrier、period、emission_location_tco2e、emission_market_tco2e）；其中各主体的合计（code E）与参考值比较。须与 REFERENCE 一并给出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="160" />
        <source>Budget or baseline (.csv or .xlsx)</source>
        <translation>预算或基准（.csv 或 .xlsx）</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="160" />
        <source>Columns entity, period (empty = every period of that entity), reference_tco2e (t CO2e per period, &gt; 0; one row per entity and period).</source>
        <translation>列 entity、period（留空 = 该主体的所有期间）、reference_tco2e（每期间 t CO2e，&gt; 0；每个主体和期间一行）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="164" />
        <source>Reference is a</source>
        <translation>参考值类型</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="164" />
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="164" />
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="164" />
        <source>What the reference stands for (written into the basis column): an emission budget or a baseline (e.g. the same period of a base year).</source>
        <translation>参考值的含义（写入 basis 列）：排放预算，或基准（如基准年的同期排放）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="168" />
        <source>Warning thresholds (ratios)</source>
        <translation>预警阈值（比值）</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="168" />
        <source>Three increasing ratios emission / reference at which levels 1 attention, 2 warning and 3 alarm start (dimensionless; default 0.9, 1.0, 1.1, a placeholder of this plugin).</source>
        <translation>排放量/参考值的三个递增比值，分别为 1 关注、2 预警、3 报警的起点（无量纲；默认 0.9, 1.0, 1.1，为本插件的占位值）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="172" />
        <source>Electricity accounting</source>
        <translation>电力核算方法</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="172" />
        <source>Location-based</source>
        <translation>基于位置</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="172" />
        <source>Market-based</source>
        <translation>基于市场</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="172" />
        <source>Which of the inventory's totals is compared: location-based (grid factor of the region) or market-based (residual mix), t CO2e.</source>
        <translation>比较清单中的哪一种合计：基于位置（所在区域的电网因子）或基于市场（剩余混合因子），t CO2e。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="177" />
        <source>Entity polygons (for the warnings layer)</source>
        <translation>主体面图层（用于预警图层）</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="177" />
        <source>Polygons of the entities (buildings, enterprises, communities …); the warnings layer gets one feature per entity and period with the entity's polygon.</source>
        <translation>各主体（建筑、企业、社区 …）的面；预警图层中每个主体每个期间一个要素，几何取该主体的面。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="181" />
        <source>Entity id field</source>
        <translation>主体编号字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="181" />
        <source>Field of ENTITIES holding the entity ids used in the meter table (e.g. E01).</source>
        <translation>ENTITIES 中存放主体编号（与计量表一致，如 E01）的字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="184" />
        <source>Activity data</source>
        <translation>活动数据</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="184" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="184" />
        <source>The activity rows in the format Emission inventory reads (the template's xlsx, or a CSV with the field ids as header); amounts in the meters' units, the meter ids and the coverage in note. Written whole or not at all.</source>
        <translation>“排放清单”可读取格式的活动数据行（模板 xlsx，或以字段名为表头的 CSV）；用量单位同表计，note 中注明表计编号和覆盖率。要么完整写出，要么不写。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="189" />
        <source>Consumption per meter and period</source>
        <translation>各表计各期间用量</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="189" />
        <source>One row per meter and period: amount (meter's unit), n_readings, coverage (0-1), gaps, resets, duplicates.</source>
        <translation>每块表每个期间一行：amount（表计单位）、n_readings、coverage（0–1）、gaps、resets、duplicates。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="189" />
        <source>Gaps, resets and duplicates</source>
        <translation>缺测、归零与重复</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="189" />
        <source>One row per finding: meter_id, timestamp, kind (meter_gap, meter_reset, meter_duplicate), value, detail.</source>
        <translation>每项发现一行：meter_id、timestamp、kind（meter_gap 缺测、meter_reset 归零、meter_duplicate 重复）、value、detail。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="189" />
        <source>Emission warnings</source>
        <translation>碳排放预警</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="189" />
        <source>One row per entity and period: emission_tco2e, reference_tco2e, basis, ratio, level (0-3, -1 without reference), level_name. Needs INVENTORY and REFERENCE.</source>
        <translation>每个主体每个期间一行：emission_tco2e、reference_tco2e、basis、ratio、level（0–3，无参考值为 -1）、level_name。需要 INVENTORY 和 REFERENCE。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="202" />
        <source>Emission warnings layer</source>
        <translation>碳排放预警图层</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="202" />
        <source>The warnings on the entity polygons (needs ENTITIES), loaded with the shipped style styles/meter_warnings.qml (colours by level).</source>
        <translation>落在主体面上的预警（需要 ENTITIES），加载时套用随插件提供的样式 styles/meter_warnings.qml（按等级着色）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="219" />
        <source>Warnings need both INVENTORY (the Emission inventory table) and REFERENCE (the budget or baseline table): give both or neither.</source>
        <translation>预警需要同时给出 INVENTORY（排放清单表）和 REFERENCE（预算或基准表）：要么都给，要么都不给。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="223" />
        <source>The warnings layer needs ENTITIES with ENTITY_FIELD (the field of the entity ids) and the warning inputs INVENTORY and REFERENCE.</source>
        <translation>预警图层需要 ENTITIES 及 ENTITY_FIELD（主体编号字段），以及预警输入 INVENTORY 和 REFERENCE。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="227" />
        <source>Activity data {0}: write a .xlsx or a .csv file.</source>
        <translation>活动数据 {0}：请写出 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="278" />
        <source>The inventory table {0} lacks the columns {1}: use the OUTPUT of Emission inventory.</source>
        <translation>清单表 {0} 缺少列 {1}：请使用“排放清单”的 OUTPUT。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="291" />
        <source>The inventory table {0}, feature {1} (entity {2}, period {3}): {4} is not a number.</source>
        <translation>清单表 {0}，要素 {1}（主体 {2}，期间 {3}）：{4} 不是数值。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="304" />
        <source>Entity layer: the id {0} in field {1} belongs to more than one polygon (feature {2}); keep one polygon per entity.</source>
        <translation>主体图层：字段 {1} 中的编号 {0} 对应多个面（要素 {2}）；每个主体只保留一个面。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="315" />
        <source>Entities without a polygon in {0} (left out of the warnings layer): {1}.</source>
        <translation>在 {0} 中没有对应面的主体（未写入预警图层）：{1}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="262" />
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="262" />
        <source>attention</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="262" />
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="263" />
        <source>alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="263" />
        <source>no reference</source>
        <translation>无参考值</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="264" />
        <source>Warning levels (entity-periods): {0}.</source>
        <translation>预警等级（主体-期间数）：{0}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="104" />
        <source>Turns smart-meter data (water, electricity, gas, heat, cooling, fuel) into the activity data of the emission inventory and warns when an entity's emissions run ahead of its budget or baseline: the online monitoring of T/CI 231-2023 clause 5 table 1 (smart water, electricity and gas meters; monitored media water, electricity, gas, cooling, heat, oil; carbon-emission warning as a function of the monitoring system) and clause 6.2 (regular reporting of the accounted emissions per city, district/county, park and entity).

Steps: each meter's series is checked for duplicates (same meter and timestamp; the first row is kept), counter resets (a cumulative reading lower than the one before: rolled over at the meter's rollover value, else restarted at zero) and gaps (an interval longer than GAP_FACTOR x the meter's median interval); every finding names the meter and the timestamp. Consumption per interval is shared over the months or years it spans in proportion to time (a reading at 00:00 of the 1st closes the previous month) and summed per entity, indicator, carrier, unit and period.

Conventions (the standard is silent): over a gap, a cumulative meter's consumption is kept (the counter went on counting) and the gap reported; an interval meter's value is the consumption of the median interval ending at its timestamp, and its gap is missing data, shown by coverage (the measured share of the period, 0-1). Warning thresholds are ratios emission / reference; the default 0.9, 1.0, 1.1 is a placeholder of this plugin (the standard gives no thresholds).

Warnings (optional): emissions per entity and period of the chosen PERIOD (level 1 total E of the INVENTORY, t CO2e, location- or market-based) / the REFERENCE budget or baseline (t CO2e) = ratio; level 0 normal below the first threshold, 1 attention, 2 warning, 3 alarm from the third; -1 when the period has no reference. Details and columns in docs/urban_monitoring.md.</source>
        <translation>将智能表计数据（水、电、气、热、冷、油）转为排放清单的活动数据，并在主体排放超出预算或基准时预警：即 T/CI 231—2023 第 5 章表 1 的在线监测技术（智能水表、智能电表、智能气表；监测标的水、电、气、冷、热、油；碳排放预警为智能监测核算系统的功能之一）及第 6.2 节（按城市、区/县、园区、企业主体定期报送经统计核算的碳排放数据）。

步骤：逐表检查序列中的重复读数（同一表计同一时间；保留第一行）、计数器归零（累计读数小于前一读数：有翻转值时按翻转值回绕，否则视为从零重新计数）和缺测（间隔超过该表中位间隔的 GAP_FACTOR 倍）；每项发现均注明表计和时间。各时段用量按时间比例分摊到其跨越的月份或年份（每月 1 日 00:00 的读数结束上一个月），再按主体、指标、能源品种、单位和期间汇总。

约定（标准未作规定）：缺测期间，累计表的用量保留（计数器仍在计数）并报告缺测；时段表的数值为截至其时间点的一个中位间隔内的用量，其缺测即数据缺失，以 coverage（期间内有实测的比例，0–1）表示。预警阈值为排放量/参考值的比值；默认 0.9, 1.0, 1.1 为本插件的占位值（标准未给出阈值）。

预警（可选）：各主体在所选 PERIOD 各期间的排放量（INVENTORY 中一级指标 E 的合计，t CO2e，基于位置或基于市场）÷ REFERENCE 中的预算或基准（t CO2e）= 比值；低于第一个阈值为 0 正常，其后依次为 1 关注、2 预警，达到第三个阈值为 3 报警；该期间无参考值时为 -1。详情及各列说明见 docs/urban_monitoring.md。</translation>
    </message>
</context>
<context>
    <name>NdviTrendAlgorithm</name>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="42" />
        <source>NDVI trend (Theil–Sen and Mann–Kendall)</source>
        <translation>NDVI 变化趋势（Theil–Sen 与 Mann–Kendall）</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="45" />
        <source>Ecological restoration</source>
        <translation>生态修复</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="48" />
        <source>Per pixel, over annual NDVI rasters: the Theil–Sen slope, the Mann–Kendall test and a trend class, the vegetation-dynamics factor of restoration-area identification (restoration guideline; methods.md §7).

Exactly what is computed: Sen's slope is the median of (NDVI_j − NDVI_i)/(year_j − year_i) over the pairs of valid years, on the actual years, so a missing or nodata year is a gap, not a shift. S = Σ sign(x_j − x_i); Var(S) with the tie correction; Z = (S ∓ 1)/√Var(S) (continuity correction). The two-sided p is exact (the permutation distribution of S) for at most 10 valid years without ties, and the tie-corrected normal approximation otherwise; significance is decided on p, not on |Z| &gt; 1.96. Kendall's tau is tau-b. Trend class: significant increase (2) or decrease (−2) when p &lt; 1 − confidence; otherwise stable (0) when |slope| &lt; the stable threshold, else non-significant increase (1) or decrease (−1).

Parameters:
- Annual NDVI rasters (INPUTS): one single-band raster per year on one grid, in year order. NDVI stored ×10 000 is detected and scaled.
- Years (YEARS, optional): comma-separated years, one per raster; empty: the 4-digit year in each file name, else 1, 2, 3 … (slope per step).
- Confidence (CONFIDENCE): two-sided level of significance, 90 %, 95 % or 99 %.
- Minimum valid years (MIN_YEARS): pixels with fewer valid years are nodata.
- Stable threshold (STABLE_SLOPE, NDVI per year): a non-significant trend flatter than this is stable; 0 keeps every non-significant trend as an increase or decrease.

Output (OUTPUT): one GeoTIFF, bands in this order: Sen slope (NDVI/yr), Z, p, tau, number of valid years, trend class; band descriptions set, nodata −9999. See docs/restoration.md.</source>
        <translation>逐像元基于逐年 NDVI 栅格计算 Theil–Sen 斜率、Mann–Kendall 检验与趋势等级，作为生态修复区域识别的植被动态因子（生态修复指南；methods.md §7）。

计算方法：Sen 斜率为各对有效年份 (NDVI_j − NDVI_i)/(year_j − year_i) 的中位数，按实际年份计算，缺测或无数据年份留作间断，不会使后续年份前移。S = Σ sign(x_j − x_i)；Var(S) 含结值校正；Z = (S ∓ 1)/√Var(S)（连续性校正）。有效年份不超过 10 个且无结值时，双侧 p 值取精确值（S 的置换分布），否则采用结值校正的正态近似；显著性按 p 值判定，而非 |Z| &gt; 1.96。Kendall τ 为 tau-b。趋势等级：p &lt; 1 − 置信水平时为显著增加（2）或显著减少（−2）；否则 |斜率| 小于稳定阈值时为稳定（0），不然为不显著增加（1）或不显著减少（−1）。

参数：
- 逐年 NDVI 栅格（INPUTS）：每年一幅单波段栅格，同一网格，按年份排列。自动识别并缩放按 ×10 000 存储的 NDVI。
- 年份（YEARS，可选）：以逗号分隔，每幅栅格一个；留空则取各文件名中的四位年份，否则为 1, 2, 3 …（斜率为每步变化）。
- 置信水平（CONFIDENCE）：双侧显著性水平 90 %、95 % 或 99 %。
- 最少有效年份（MIN_YEARS）：有效年份少于此数的像元为无数据。
- 稳定阈值（STABLE_SLOPE，NDVI/年）：不显著且比此值平缓的趋势视为稳定；0 表示不显著趋势一律按增加或减少归类。

输出（OUTPUT）：一个 GeoTIFF，波段依次为 Sen 斜率（NDVI/年）、Z、p、tau、有效年份数、趋势等级；已设置波段说明，无数据值 −9999。详见 docs/restoration.md。</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="80" />
        <source>Annual NDVI rasters</source>
        <translation>逐年 NDVI 栅格</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="80" />
        <source>One single-band NDVI raster per year, on one grid, in year order (−1…1 or ×10 000).</source>
        <translation>每年一幅单波段 NDVI 栅格，同一网格，按年份排列（−1…1 或 ×10 000）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="83" />
        <source>Years (comma-separated)</source>
        <translation>年份（逗号分隔）</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="83" />
        <source>The year of each raster, e.g. 2010, 2011, 2013; empty: read from the file names.</source>
        <translation>每幅栅格的年份，例如 2010, 2011, 2013；留空则从文件名读取。</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="85" />
        <source>Confidence level</source>
        <translation>置信水平</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="85" />
        <source>90 %</source>
        <translation>90 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="85" />
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="85" />
        <source>99 %</source>
        <translation>99 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="85" />
        <source>Two-sided confidence level at which a trend is significant (p &lt; 1 − level).</source>
        <translation>判定趋势显著的双侧置信水平（p &lt; 1 − 置信水平）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="88" />
        <source>Minimum valid years</source>
        <translation>最少有效年份</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="88" />
        <source>Pixels with fewer valid (non-nodata) years are nodata in every band.</source>
        <translation>有效（非无数据）年份较少的像元在各波段均为无数据。</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="91" />
        <source>Stable threshold (NDVI per year)</source>
        <translation>稳定阈值（NDVI/年）</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="91" />
        <source>A non-significant trend with |Sen slope| below this value (NDVI per year) is classed stable.</source>
        <translation>|Sen 斜率| 小于此值（NDVI/年）的不显著趋势归为稳定。</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="95" />
        <source>NDVI trend</source>
        <translation>NDVI 变化趋势</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="95" />
        <source>6-band GeoTIFF: Sen slope, Z, p, tau, valid years, trend class.</source>
        <translation>6 波段 GeoTIFF：Sen 斜率、Z、p、tau、有效年份数、趋势等级。</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="111" />
        <source>Years read from the file names: {0}.</source>
        <translation>从文件名读取的年份：{0}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="113" />
        <source>No year in the file names: the rasters are taken as consecutive steps 1…{0}, and the slope is NDVI per step.</source>
        <translation>文件名中没有年份：各栅格按连续步次 1…{0} 处理，斜率为每步的 NDVI 变化。</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="117" />
        <source>{0:,} pixels with a trend ({1:,} with an exact p): significant increase {2:,}, increase {3:,}, stable {4:,}, decrease {5:,}, significant decrease {6:,}.</source>
        <translation>{0:,} 个像元有趋势结果（其中 {1:,} 个为精确 p 值）：显著增加 {2:,}，不显著增加 {3:,}，稳定 {4:,}，不显著减少 {5:,}，显著减少 {6:,}。</translation>
    </message>
</context>
<context>
    <name>NepAlgorithm</name>
    <message>
        <location filename="../processing_provider/nep.py" line="36" />
        <source>Net ecosystem productivity (NEP = NPP − Rh)</source>
        <translation>净生态系统生产力（NEP = NPP − Rh）</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="39" />
        <source>Remote-sensing carbon sink</source>
        <translation>遥感碳汇</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="42" />
        <source>Computes the soil heterotrophic respiration Rh and the net ecosystem productivity NEP = NPP − Rh, monthly and annual: the carbon-sink computation step of DB4403/T 348—2023. Positive NEP is a sink (carbon removed from the atmosphere).

Rh after Pei Zhiyong et al. (2010), as in methods.md §6: Rh = 0.22 × [exp(0.0912 T) + ln(0.3145 R + 1)] × 30 × 46.5 % (g C/m²/month; T monthly mean temperature °C, R monthly precipitation mm; 30 days a month, 46.5 % carbon fraction). R = 0 gives ln 1 = 0 (the temperature term alone). Or give your own monthly Rh raster (RH).

Parameters:
- NPP: the monthly NPP of CASA NPP (OUTPUT, 12 bands, g C/m²/month); its grid is the grid of the outputs and must be in a projected CRS in metres (the pixel area gives t C per pixel).
- TEMPERATURE (°C) and PRECIPITATION (mm/month): 12 bands or 12 rasters (January first), aligned to the NPP grid by bilinear interpolation; not needed with RH.
- RH (optional): monthly Rh in g C/m²/month, 12 bands, instead of the model.

A pixel missing in any month of any input is nodata in every output. Processed in strips of bounded memory; see docs/remote_sensing.md (appendix A lists the conventions).

Outputs (GeoTIFF, nodata −9999): OUTPUT, 12 bands of monthly NEP (g C/m²/month); OUTPUT_ANNUAL, 4 bands: annual NEP (g C/m²/a), annual NEP per pixel (t C/a = g C/m²/a × pixel area m² / 10⁶), annual Rh and annual NPP (g C/m²/a). District carbon sink reads it.</source>
        <translation>计算土壤异养呼吸 Rh 与净生态系统生产力 NEP = NPP − Rh（逐月与全年），即 DB4403/T 348—2023 的碳汇量计算步骤。NEP 为正表示碳汇（从大气中移除碳）。

Rh 按裴志永等（2010），见 methods.md §6：Rh = 0.22 × [exp(0.0912 T) + ln(0.3145 R + 1)] × 30 × 46.5 %（g C/m²/月；T 为月均温 °C，R 为月降水量 mm；每月 30 天，含碳率 46.5 %）。R = 0 时 ln 1 = 0（只剩温度项）。也可提供自己的逐月 Rh 栅格（RH）。

参数：
- NPP：CASA NPP 的逐月 NPP（OUTPUT，12 波段，g C/m²/月）；其格网即输出格网，须为以米为单位的投影坐标系（由像元面积得到每像元 t C）。
- TEMPERATURE（°C）与 PRECIPITATION（mm/月）：12 波段或 12 个栅格（一月在前），双线性对齐到 NPP 格网；提供 RH 时不需要。
- RH（可选）：逐月 Rh，g C/m²/月，12 波段，用以代替模型。

任一输入任一月份缺值的像元在所有输出中均为无数据。按条带分块处理，内存有界；见 docs/remote_sensing.md（附录 A 列出各项约定）。

输出（GeoTIFF，无数据值 −9999）：OUTPUT，逐月 NEP 12 波段（g C/m²/月）；OUTPUT_ANNUAL，4 波段：年 NEP（g C/m²/a）、每像元年 NEP（t C/a = g C/m²/a × 像元面积 m² / 10⁶）、年 Rh 与年 NPP（g C/m²/a）。分区碳汇评价读取该输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="70" />
        <source>Monthly NPP</source>
        <translation>逐月 NPP</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="70" />
        <source>Monthly NPP of CASA NPP, g C/m²/month, 12 bands (or 12 rasters).</source>
        <translation>CASA NPP 的逐月 NPP，g C/m²/月，12 波段（或 12 个栅格）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="72" />
        <source>Monthly mean temperature (°C)</source>
        <translation>月平均气温（°C）</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="72" />
        <source>Monthly mean air temperature in °C (12 bands or 12 rasters), for the Rh model.</source>
        <translation>月平均气温，°C（12 波段或 12 个栅格），供 Rh 模型使用。</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="75" />
        <source>Monthly precipitation (mm)</source>
        <translation>月降水量（mm）</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="75" />
        <source>Monthly precipitation in mm/month (12 bands or 12 rasters), for the Rh model.</source>
        <translation>月降水量，mm/月（12 波段或 12 个栅格），供 Rh 模型使用。</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="78" />
        <source>Monthly Rh (g C/m²)</source>
        <translation>逐月 Rh（g C/m²）</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="78" />
        <source>Optional monthly soil heterotrophic respiration, g C/m²/month, used instead of the Pei et al. (2010) model.</source>
        <translation>可选的逐月土壤异养呼吸，g C/m²/月，用以代替裴志永等（2010）模型。</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="81" />
        <source>Monthly NEP</source>
        <translation>逐月 NEP</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="81" />
        <source>12-band GeoTIFF of monthly NEP, g C/m²/month.</source>
        <translation>逐月 NEP 的 12 波段 GeoTIFF，g C/m²/月。</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="83" />
        <source>Annual NEP</source>
        <translation>年 NEP</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="83" />
        <source>4-band GeoTIFF: annual NEP (g C/m²/a), NEP per pixel (t C/a), annual Rh and NPP (g C/m²/a).</source>
        <translation>4 波段 GeoTIFF：年 NEP（g C/m²/a）、每像元 NEP（t C/a）、年 Rh 与年 NPP（g C/m²/a）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="94" />
        <source>Total annual NEP over {0:,} valid pixels: {1:,.2f} t C/a.</source>
        <translation>{0:,} 个有效像元的年 NEP 合计：{1:,.2f} t C/a。</translation>
    </message>
</context>
<context>
    <name>ParcelChangeAlgorithm</name>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="83" />
        <source>Parcel carbon metering</source>
        <translation>图斑碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="133" />
        <source>Base-year parcels (t1)</source>
        <translation>基准年图斑（t1）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="133" />
        <source>Polygon parcel layer of the base year t1 (e.g. 三调 DLTB 2020).</source>
        <translation>基准年 t1 的图斑面图层（如三调 2020 年 DLTB）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="133" />
        <source>Base land-class code field</source>
        <translation>基准年地类编码字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="146" />
        <source>Land class → metering object table</source>
        <translation>地类—计量对象对照表</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="150" />
        <source>Optional table (CSV, xlsx or any QGIS table) with fields code and object; its rows override the shipped mapping (metering/data/landclass_mapping.csv). Objects must be those of metering_objects.csv.</source>
        <translation>可选对照表（CSV、xlsx 或任意 QGIS 表），含 code 和 object 字段，其中的行覆盖内置对照表（metering/data/landclass_mapping.csv）。计量对象须为 metering_objects.csv 中所列。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="154" />
        <source>County field</source>
        <translation>县级行政区字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="155" />
        <source>Optional field (present in both layers) giving the county of each parcel. Default: the first 6 digits of ZLDWDM (坐落单位代码) when present; a field named ZLDWDM is always cut to its first 6 digits.</source>
        <translation>可选字段（两图层均须有），给出各图斑所属县级行政区。默认：图层含 ZLDWDM（坐落单位代码）时取其前 6 位；名为 ZLDWDM 的字段总取前 6 位。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="168" />
        <source>Sliver threshold (m²)</source>
        <translation>细碎图斑面积阈值（m²）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="170" />
        <source>Pieces with an area below this many square metres get sliver = 1; they are kept.</source>
        <translation>面积小于该值（平方米）的叠加图斑标记为细碎图斑（sliver = 1），但仍保留。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="159" />
        <source>Area method</source>
        <translation>面积计算方法</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="159" />
        <source>ellipsoidal (CGCS2000 ellipsoid, as 三调)</source>
        <translation>椭球面积（CGCS2000 椭球，同三调）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="159" />
        <source>planar (layer CRS)</source>
        <translation>平面面积（图层坐标参考系）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="159" />
        <source>official (survey area TBDLMJ shared by geometric area)</source>
        <translation>调查面积（TBDLMJ 按几何面积比例分摊）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="163" />
        <source>ellipsoidal: area on the CGCS2000 ellipsoid (三调 图斑面积); planar: area in the projected CRS; official: each parcel's TBDLMJ (or TBMJ − KCMJ, TBMJ × (1 − KCXS)) shared among its pieces in proportion to their geometric area.</source>
        <translation>椭球面积：按 CGCS2000 椭球计算（三调图斑面积算法）；平面面积：按投影坐标系计算；调查面积：各图斑的 TBDLMJ（或 TBMJ − KCMJ、TBMJ × (1 − KCXS)）按其叠加图斑几何面积比例分摊。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="183" />
        <source>Overlay pieces</source>
        <translation>叠加图斑</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="185" />
        <source>One polygon per overlay piece with codes, objects, change flag, county and area (m²).</source>
        <translation>每个叠加图斑一个面要素，含两期地类编码、计量对象、变化标识、县级行政区和面积（m²）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="187" />
        <source>Change matrix</source>
        <translation>变化矩阵</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="251" />
        <source>Mapping table error: {0}</source>
        <translation>对照表错误：{0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="173" />
        <source>Vertex snapping tolerance (m)</source>
        <translation>顶点吸附容差（m）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="144" />
        <source>Field holding the GB/T 21010 / 三调 land-class code; DLBM when not given.</source>
        <translation>存放 GB/T 21010 / 三调地类编码的字段；未给出时为 DLBM。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="80" />
        <source>Base-year/metering-year parcel overlay and change flags (基准年—计量年图斑叠加与变化标识)</source>
        <translation>基准年—计量年图斑叠加与变化标识</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="86" />
        <source>Overlays the base-year (t1) and the metering-year (t2) land-survey parcel layers (三调 / 年度变更调查 DLTB) and flags every piece as unchanged, changed, base only or target only (Hubei carbon-metering spec, ch. 5 and 8; land classes to metering objects after its appendix A). Needs the Python package shapely ≥ 2.

Parameters:
- BASE / TARGET: polygon parcel layers of the base year and the metering year (GeoPackage, shapefile — GBK .dbf without .cpg is detected —, FileGDB, memory layers, a model's temporary outputs). CGCS2000 3-degree Gauss-Krüger (EPSG:4513–4533 with zone prefix, 4534–4554 without) is checked against the coordinates; a layer declared geographic (e.g. EPSG:4490) whose coordinates are projected metres is stopped with the probable EPSG. The target is reprojected to the base CRS if they differ; layers of one GK zone in the two EPSG families are shifted by exactly the zone prefix (zone × 1 000 000 m), not reprojected.
- BASE_FIELD / TARGET_FIELD: the land-class code field (default DLBM; GB/T 21010-2017 / 三调 codes as text, numeric 101 is read as 0101). A field whose values are mostly no codes (an area, a name) is refused and the layer's code-like fields are named.
- MAPPING: optional table with fields code and object overriding the shipped table (every GB/T 21010 and 三调 code; built-up land and water are non_metered). NULL or unknown codes become unmapped and are listed in the log.
- COUNTY_FIELD: optional county field; by default the first 6 digits of ZLDWDM (坐落单位代码) when the layer has it.
- AREA_METHOD: ellipsoidal (CGCS2000 ellipsoid, as 三调 computes parcel area; default: for Gauss-Krüger layers the planar area corrected by the projection's scale factor, otherwise geodesic), planar (the layer's projected CRS, m²; refused for geographic layers) or official (each parcel's survey area TBDLMJ = TBMJ − KCMJ shared among its pieces in proportion to their geometric area, so totals reproduce the survey statistics).
- MIN_AREA (m², advanced): pieces smaller than this are flagged sliver = 1 (never dropped).
- SNAP_TOLERANCE (m, advanced, default 0.001): target vertices within this distance of a base vertex or edge are moved onto it, so copies differing only by rounding (FileGDB, reprojected, zone-shifted) pair as unchanged; 0 turns it off. Up to 5 000 vertices of target parcels not identical to a base parcel are first compared with the nearby base vertices; only if some lie within the tolerance without being on one is the target snapped, otherwise the log says it was skipped.

Outputs:
- OUTPUT: one polygon per overlay piece with base_code, target_code, base_object, target_object, change_flag (0 unchanged, 1 changed, 2 only in the base layer, 3 only in the target layer), change_type (e.g. 旱地→乔木林地), county, area_m2 (m²), sliver, area_method, base_area_m2 / target_area_m2 (the piece's share of each year's parcel area, m²) and base_fid / target_fid.
- CHANGE_MATRIX: area (ha) by base-year × metering-year at object level and at code level (fields level, base, target, area_ha).

Area is conserved: per class, the pieces sum to each layer's own class areas (checked, 1e-6 relative, and logged).</source>
        <translation>叠加基准年（t1）与计量年（t2）土地调查图斑图层（三调 / 年度变更调查 DLTB），并将每个叠加图斑标识为未变化、变化、仅基准年或仅计量年（湖北省碳汇计量技术规范第 5、8 章；地类到计量对象按其附录 A）。需要 Python 包 shapely ≥ 2。

参数：
- BASE / TARGET：基准年和计量年的图斑面图层（GeoPackage、shapefile——可识别无 .cpg 的 GBK .dbf——、FileGDB、内存图层、模型的临时输出）。CGCS2000 3 度带高斯-克吕格（EPSG:4513–4533 带带号，4534–4554 不带带号）与坐标对照检查；声明为地理坐标系（如 EPSG:4490）但坐标为投影米制的图层会停止运行并给出可能的 EPSG。两图层坐标系不同时计量年图层投影到基准年坐标系；同一投影带的两种 EPSG 编号之间只按带号（带号 × 1 000 000 米）平移横坐标，不做重投影。
- BASE_FIELD / TARGET_FIELD：地类编码字段（默认 DLBM；GB/T 21010-2017 / 三调编码为文本，数值 101 读作 0101）。大部分值不是编码的字段（面积、名称）会被拒绝，并列出该图层中类似编码的字段。
- MAPPING：可选的对照表，含 code 与 object 字段，覆盖内置对照表（包含全部 GB/T 21010 与三调编码；建设用地和水域为 non_metered）。空值或未知编码归为 unmapped 并在日志中列出。
- COUNTY_FIELD：可选的县字段；默认在图层有 ZLDWDM（坐落单位代码）时取其前 6 位。
- AREA_METHOD：椭球面积（CGCS2000 椭球，与三调计算图斑面积一致；默认：高斯-克吕格图层用投影比例因子改正平面面积，其他坐标系按大地线计算）、平面面积（图层投影坐标系，平方米；地理坐标系图层不可用）或官方面积（每个图斑的调查面积 TBDLMJ = TBMJ − KCMJ 按几何面积比例分配到其叠加图斑，使合计与调查统计一致）。
- MIN_AREA（平方米，高级）：小于该面积的叠加图斑标记 sliver = 1（从不删除）。
- SNAP_TOLERANCE（米，高级，默认 0.001）：距基准年节点或边在该距离内的计量年节点移到其上，使仅因舍入而不同的副本（FileGDB、重投影、带号平移）配对为未变化；0 表示关闭。先将最多 5 000 个与基准年图斑不完全相同的计量年图斑节点与附近的基准年节点比较；只有存在容差内但不重合的节点时才吸附，否则日志说明已跳过。

输出：
- OUTPUT：每个叠加图斑一个面要素，字段 base_code、target_code、base_object、target_object、change_flag（0 未变化，1 变化，2 仅基准年图层，3 仅计量年图层）、change_type（如 旱地→乔木林地）、county、area_m2（平方米）、sliver、area_method、base_area_m2 / target_area_m2（该叠加图斑在各年图斑面积中的份额，平方米）以及 base_fid / target_fid。
- CHANGE_MATRIX：按基准年 × 计量年统计的面积（公顷），分计量对象级和编码级（字段 level、base、target、area_ha）。

面积守恒：各地类的叠加图斑面积之和等于各图层自身的地类面积（按 1e-6 相对差检查并记录日志）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="133" />
        <source>Metering-year parcels (t2)</source>
        <translation>计量年图斑（t2）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="133" />
        <source>Metering-year land-class code field</source>
        <translation>计量年地类编码字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="133" />
        <source>Polygon parcel layer of the metering year t2 (e.g. 年度变更调查 DLTB 2023).</source>
        <translation>计量年 t2 的图斑面图层（如 2023 年度变更调查 DLTB）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="176" />
        <source>Metering-year vertices closer than this many metres to a base vertex or edge are moved onto it before the overlay (default 0.001 m = 1 mm; 0 turns snapping off), so copies that differ only by rounding pair as unchanged. Skipped when a sample of target vertices shows no rounding differences. In a geographic CRS 1 m is taken as 1/111 320 degree.</source>
        <translation>计量年节点距基准年节点或边小于该距离（米）时，在叠加前移到其上（默认 0.001 米 = 1 毫米；0 表示不吸附），使仅因舍入而不同的副本配对为未变化。若抽样的计量年节点显示没有舍入差异则跳过。地理坐标系中 1 米按 1/111 320 度计。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="189" />
        <source>Area (ha) by base-year × metering-year class, at object and at code level.</source>
        <translation>按基准年 × 计量年类别汇总的面积（ha），分计量对象级和地类编码级。</translation>
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
        <location filename="../processing_provider/parcel_stock.py" line="99" />
        <source>Pieces (parcel change)</source>
        <translation>叠加图斑（parcel_change 输出）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="105" />
        <source>Base-year densities</source>
        <translation>基准年碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="108" />
        <source>Density table for the base year in t C/ha: a key column and the pool columns agb, bgb, deadwood, litter, soil, or the stratum_density output.</source>
        <translation>基准年碳密度表（t C/ha）：一个键列和碳库列 agb、bgb、deadwood、litter、soil，或 stratum_density 的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="129" />
        <source>Density key</source>
        <translation>碳密度键</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="129" />
        <source>Metering object</source>
        <translation>计量对象</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="129" />
        <source>Land-class code</source>
        <translation>地类编码</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="133" />
        <source>Whether the density tables are keyed by metering object (base_object, target_object) or by land-class code (base_code, target_code, text such as 0101).</source>
        <translation>碳密度表的键是计量对象（base_object、target_object）还是地类编码（base_code、target_code，文本，如 0101）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="138" />
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="154" />
        <source>Piece stocks</source>
        <translation>叠加图斑碳储量</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="161" />
        <source>Stock and sink summary</source>
        <translation>碳储量与碳汇量汇总</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="164" />
        <source>Totals per county × object × pool × change group, with ALL total rows.</source>
        <translation>按县 × 计量对象 × 碳库 × 变化分组的合计，含 ALL 合计行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="157" />
        <source>The pieces with their stocks at both years (t C), dc_per_year_tc (t C/a), sink_tco2e (t CO2e/a) and the facts of the run (years, density tables).</source>
        <translation>叠加图斑及其两期碳储量（t C）、dc_per_year_tc（t C/a）、sink_tco2e（t CO2e/a）和本次运行的事实（年份、碳密度表）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="143" />
        <source>Calendar year t1 of the base land survey (required, no default).</source>
        <translation>基准年国土调查的年份 t1（必填，无默认值）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="119" />
        <source>Change densities (permanent plots)</source>
        <translation>碳密度变化（固定样地）</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="122" />
        <source>Optional change-density table (stratum_density CHANGE_OUTPUT, t C/ha/a, keyed by object). Unchanged pieces of an object in it take their sink from the change: target stock = base stock + change × area × years, per pool in the table; changed pieces keep the two years' densities. The pieces get dc_estimator and the change table's name and checksum.</source>
        <translation>可选的碳密度变化表（stratum_density 的 CHANGE_OUTPUT，t C/ha/a，按计量对象）。表中对象的未变化图斑碳汇取自变化量：计量年碳储量 = 基准年碳储量 + 变化 × 面积 × 年数（按表中的碳库）；变化图斑仍用两个年度的碳密度。图斑写入 dc_estimator 以及变化表的名称和校验和。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="215" />
        <source>Change densities {0}: {1} objects (checksum {2}).</source>
        <translation>碳密度变化表 {0}：{1} 个计量对象（校验和 {2}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="55" />
        <source>Meters the carbon stock of every piece of the base-year × metering-year overlay (the output of parcel_change) at the base and the metering year, and its sink by stock change (Hubei spec ch. 8; IPCC 2006 GL vol. 4 stock-difference method).

Stock per pool (t C) = density (t C/ha) × area (ha, from area_m2); each year uses its own density key: unchanged pieces the same object at both dates, changed pieces the base object at the base year and the target object at the metering year. The total is the sum of the pools. dc_per_year_tc (t C/a) = (total at target − total at base) / (metering year − base year); sink_tco2e (t CO2e/a) = dc_per_year_tc × 44/12, positive when carbon is removed from the atmosphere. Non-metered and unmapped pieces have zero stock; codes not mapped to a metering object are listed in a warning with their pieces and area (fix the mapping and re-run parcel_change). Pieces that exist in one year only (change_flag 2 or 3) get a stock for that year only and no change. A metered object or code without a density stops the run with the list of keys, pieces and area.

Parameters:
- Pieces: the parcel_change output (base_code, target_code, base_object, target_object, change_flag, county, area_m2, area_method).
- Base-year densities: table with a key column and the pool columns agb, bgb, deadwood, litter, soil in t C/ha (wide), or the stratum_density output (long). CSV, xlsx or any QGIS table; land-class codes are read as text.
- Metering-year densities: optional; the base-year table when empty. A table with a survey_year column (stratum_density output) must be of its year: the base-year table's survey_year equal to the base year, the metering-year table's to the metering year, else the run stops. Tables without that column (older or hand-made tables) are accepted, the log says their year is not checked.
- Density key: object (tables keyed by metering object) or code (by land-class code). Crossed strata of stratum_density (object|value) are not keys: its per-object rows are used.
- Base year, Metering year: calendar years t1 &lt; t2.

A density row for a key that only non-metered pieces carry (a pond code with soil carbon in a table keyed by code) is not used; a warning names those keys, their pieces and area: map the code to a metering object with MAPPING in parcel_change to meter it.

Outputs: the pieces with area_ha, base_key, target_key, stock_base_&lt;pool&gt;_tc and stock_target_&lt;pool&gt;_tc (t C), dc_per_year_tc (t C/a) and sink_tco2e (t CO2e/a), and the facts of the run on every row (base_year, target_year, base_density, target_density and their SHA-256, same_density_table, density_key), which uncertainty and export_report read; and a summary table per county × object × pool × change_group (unchanged, changed, all = both; base_only, target_only for one-year pieces) with n_pieces, area_ha, stock_base_tc, stock_target_tc, dc_per_year_tc and sink_tco2e (and the same facts), including totals (county ALL, object ALL). Changed pieces are summarised under their metering-year object (land converted to a category is reported under it).</source>
        <translation>计算基准年 × 计量年叠加图斑（parcel_change 的输出）中每个叠加图斑在基准年和计量年的碳储量，并按碳储量变化计算碳汇量（湖北规范第 8 章；IPCC 2006 指南第 4 卷储量差别法）。

各碳库碳储量（t C）= 碳密度（t C/ha）× 面积（ha，由 area_m2 换算）；每一年使用各自的碳密度键：未变化图斑两期为同一计量对象，变化图斑基准年按基准年计量对象、计量年按计量年计量对象。总量为各碳库之和。dc_per_year_tc（t C/a）=（计量年总量 − 基准年总量）/（计量年 − 基准年）；sink_tco2e（t CO2e/a）= dc_per_year_tc × 44/12，正值表示从大气中清除碳。不计量（non_metered）和未映射（unmapped）的叠加图斑碳储量为零；未映射到计量对象的地类编码会在警告中列出其叠加图斑数和面积（请修正地类—计量对象对照表并重新运行 parcel_change）。只在一期出现的叠加图斑（change_flag 为 2 或 3）只计该期碳储量，不计变化。计量对象或地类编码缺少碳密度时停止运行，并列出键、叠加图斑数和面积。

参数：
- 叠加图斑：parcel_change 的输出（base_code、target_code、base_object、target_object、change_flag、county、area_m2、area_method）。
- 基准年碳密度：含键列和碳库列 agb、bgb、deadwood、litter、soil（t C/ha）的宽表，或 stratum_density 的输出（长表）。可为 CSV、xlsx 或任意 QGIS 表；地类编码按文本读取。
- 计量年碳密度：可选；为空时使用基准年表。含 survey_year 列的表（stratum_density 的输出）必须属于对应年份：基准年表的 survey_year 等于基准年，计量年表的等于计量年，否则运行停止。没有该列的表（旧表或手工编制的表）仍被接受，日志说明其年份未经核对。
- 碳密度键：object（按计量对象）或 code（按地类编码）。stratum_density 的交叉分层（object|value）不是键：使用其按计量对象合并的行。
- 基准年、计量年：公历年份 t1 &lt; t2。

碳密度表中仅由不计量图斑对应的键（如按地类编码的表中带土壤碳的坑塘编码）的行不会被使用；警告会列出这些键及其叠加图斑数和面积：如需计量，请在 parcel_change 中用 MAPPING 将该编码映射到计量对象。

输出：增加了 area_ha、base_key、target_key、stock_base_&lt;pool&gt;_tc 和 stock_target_&lt;pool&gt;_tc（t C）、dc_per_year_tc（t C/a）及 sink_tco2e（t CO2e/a）的叠加图斑，每行还记录本次运行的事实（base_year、target_year、base_density、target_density 及其 SHA-256、same_density_table、density_key），供不确定度评定和成果报告读取；以及按县 × 计量对象 × 碳库 × 变化分组（unchanged 未变化、changed 变化、all 二者合计；仅一期存在的叠加图斑为 base_only、target_only）汇总的表，字段 n_pieces（叠加图斑数）、area_ha、stock_base_tc、stock_target_tc、dc_per_year_tc 和 sink_tco2e（以及同样的事实字段），含合计行（county 为 ALL、object 为 ALL）。变化图斑按计量年的计量对象汇总（转化为某类的土地在该类下报告）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="102" />
        <source>Polygon pieces of the base-year × metering-year overlay, the output of parcel_change.</source>
        <translation>基准年 × 计量年叠加得到的面状叠加图斑，即 parcel_change 的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="112" />
        <source>Metering-year densities</source>
        <translation>计量年碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="116" />
        <source>Density table for the metering year (same form). Empty: the base-year table.</source>
        <translation>计量年碳密度表（格式相同）。为空时使用基准年表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="146" />
        <source>Metering year</source>
        <translation>计量年</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="150" />
        <source>Calendar year t2 of the metering-year survey; must be later than the base year (required, no default).</source>
        <translation>计量年国土调查的年份 t2，须晚于基准年（必填，无默认值）。</translation>
    </message>
</context>
<context>
    <name>PlotCarbonAlgorithm</name>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="56" />
        <source>Plot carbon by pool</source>
        <translation>样地分碳库碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="59" />
        <source>Parcel carbon metering</source>
        <translation>图斑碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="62" />
        <source>carbon,plot,sample plot,biomass,soil,litter,deadwood,样地,碳密度</source>
        <translation>carbon,plot,sample plot,biomass,soil,litter,deadwood,样地,碳密度,生物量,土壤,凋落物,枯死木</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="119" />
        <source>Survey plots</source>
        <translation>调查样地</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="128" />
        <source>Trees</source>
        <translation>乔木</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="128" />
        <source>Tree tally: plot_id, species, dbh_cm (cm), height_m (m), status (live or standing_dead), decay_class. Empty: the trees table of INPUT's GeoPackage.</source>
        <translation>每木检尺表：plot_id、species（树种）、dbh_cm（胸径 cm）、height_m（树高 m）、status（live 活立木或 standing_dead 枯立木）、decay_class（腐朽等级）。留空：使用 INPUT 所在 GeoPackage 的 trees 表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="131" />
        <source>Shrub and herb quadrats</source>
        <translation>灌木草本样方</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="131" />
        <source>Harvest quadrats: plot_id, layer (shrub or herb), quadrat_area_m2 (m²), fresh_mass_kg (kg), sample_fresh_g and sample_dry_g (g). Empty: the shrub_herb table of INPUT's GeoPackage.</source>
        <translation>收获样方：plot_id、layer（shrub 灌木或 herb 草本）、quadrat_area_m2（样方面积 m²）、fresh_mass_kg（鲜重 kg）、sample_fresh_g 和 sample_dry_g（样品鲜重、干重 g）。留空：使用 INPUT 所在 GeoPackage 的 shrub_herb 表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="135" />
        <source>Litter quadrats</source>
        <translation>凋落物样方</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="135" />
        <source>Litter quadrats: plot_id, quadrat_area_m2 (m²), fresh_mass_kg (kg), sample_fresh_g and sample_dry_g (g). Empty: the litter table of INPUT's GeoPackage.</source>
        <translation>凋落物样方：plot_id、quadrat_area_m2（m²）、fresh_mass_kg（kg）、sample_fresh_g 和 sample_dry_g（g）。留空：使用 INPUT 所在 GeoPackage 的 litter 表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="138" />
        <source>Lying dead wood</source>
        <translation>枯倒木</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="138" />
        <source>Lying dead wood pieces: plot_id, species (optional), diameter_cm (cm) and length_m (m) or volume_m3 (m³), decay_class (1–3). Empty: the deadwood table of INPUT's GeoPackage.</source>
        <translation>枯倒木：plot_id、species（树种，可选）、diameter_cm（直径 cm）和 length_m（长度 m）或 volume_m3（材积 m³）、decay_class（腐朽等级 1–3）。留空：使用 INPUT 所在 GeoPackage 的 deadwood 表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="141" />
        <source>Soil layers</source>
        <translation>土层</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="141" />
        <source>Soil layers: plot_id, layer_top_cm and layer_bottom_cm (cm), soc_g_kg or som_g_kg (g/kg), bulk_density_g_cm3 (g/cm³), gravel_pct (% by volume). Empty: the soil table of INPUT's GeoPackage.</source>
        <translation>土层：plot_id、layer_top_cm 和 layer_bottom_cm（层顶、层底深度 cm）、soc_g_kg 或 som_g_kg（有机碳或有机质 g/kg）、bulk_density_g_cm3（容重 g/cm³）、gravel_pct（砾石体积 %）。留空：使用 INPUT 所在 GeoPackage 的 soil 表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="153" />
        <source>Soil reporting depth (cm)</source>
        <translation>土壤报告深度（cm）</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="156" />
        <source>Soil carbon is summed from 0 cm down to this depth (cm). 30 cm follows IPCC 2006; 100 cm is common in Chinese surveys. Layers below it are cut; plots whose layers stop short are flagged.</source>
        <translation>土壤有机碳储量自 0 cm 累加至该深度（cm）。30 cm 依 IPCC 2006；国内调查常用 100 cm。超出部分截去；土层未达到该深度的样地给出提示。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="161" />
        <source>Species parameter overrides</source>
        <translation>树种参数覆盖表</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="164" />
        <source>Table with a species column and any of route (volume, allometric, culm), equation (power, power_d2h), a, b, c, wd_t_m3 (t/m³), bef, r, cf (t C/t d.m.) and source. Rows replace the shipped parameters of that species; empty cells keep the shipped value; new species are added.</source>
        <translation>含 species 列及下列任意列的表：route（volume、allometric、culm）、equation（power、power_d2h）、a、b、c、wd_t_m3（基本木材密度，t/m³）、bef（生物量扩展因子）、r（根茎比）、cf（含碳率，t C/t 干物质）和 source。各行替换该树种的内置参数；空格保留内置值；新树种追加。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="170" />
        <source>Pool default overrides</source>
        <translation>碳库缺省值覆盖表</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="172" />
        <source>Table in the format of metering/data/default_density.csv: object, pool (agb, bgb, deadwood, litter, soil), mean (t C/ha; density_t_c_ha is accepted too), source and optionally soil_depth_cm (cm, soil rows; 30 when absent). Used for plots without measurements of a pool, replacing shipped rows with the same object and pool.</source>
        <translation>格式同 metering/data/default_density.csv 的表：object、pool（agb、bgb、deadwood、litter、soil）、mean（t C/ha，也可写 density_t_c_ha）、source，可选 soil_depth_cm（cm，土壤行；缺省 30）。用于缺少某碳库实测的样地，替换计量对象与碳库相同的内置行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="196" />
        <source>Plot carbon</source>
        <translation>样地碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="198" />
        <source>The plots with carbon density per pool (t C/ha), total_co2e (t CO2e/ha), the soil depth, the method per pool and warnings.</source>
        <translation>样地及各碳库碳密度（t C/ha）、total_co2e（t CO2e/ha）、土壤深度、各碳库方法和提示。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="207" />
        <source>Table {table} has no column {field}; add it.</source>
        <translation>表 {table} 缺少列 {field}，请添加。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="208" />
        <source>Table {table}, row {row}: {field} '{value}' appears more than once; keep one row.</source>
        <translation>表 {table} 第 {row} 行：{field} “{value}” 重复出现，请只保留一行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="210" />
        <source>Table {table}, row {row}: {field} is empty; enter a value.</source>
        <translation>表 {table} 第 {row} 行：{field} 为空，请填写。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="211" />
        <source>Table {table}, row {row}: {field} '{value}' is not a number.</source>
        <translation>表 {table} 第 {row} 行：{field} “{value}” 不是数字。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="212" />
        <source>Table {table}, row {row}: {field} = {value} must be greater than 0.</source>
        <translation>表 {table} 第 {row} 行：{field} = {value} 必须大于 0。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="213" />
        <source>Table {table}, row {row}: {field} = {value} must not be negative.</source>
        <translation>表 {table} 第 {row} 行：{field} = {value} 不能为负。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="214" />
        <source>Table {table}, row {row}: {field} = {value} is outside {other}.</source>
        <translation>表 {table} 第 {row} 行：{field} = {value} 超出 {other}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="215" />
        <source>Table {table}, row {row}: {field} '{value}' is not one of: {other}.</source>
        <translation>表 {table} 第 {row} 行：{field} “{value}” 不在以下取值中：{other}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="216" />
        <source>Table {table}, row {row}: sample_dry_g {value} exceeds sample_fresh_g {other}; a dry sample cannot weigh more than the fresh one.</source>
        <translation>表 {table} 第 {row} 行：样品干重 sample_dry_g {value} 大于样品鲜重 sample_fresh_g {other}；干重不能超过鲜重。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="219" />
        <source>Table {table}, row {row}: layer_bottom_cm {value} must be deeper than layer_top_cm {other}.</source>
        <translation>表 {table} 第 {row} 行：层底深度 layer_bottom_cm {value} 必须大于层顶深度 layer_top_cm {other}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="222" />
        <source>Table {table}, row {row}: the layer from {value} cm overlaps another layer of plot {other}; fix the layer depths.</source>
        <translation>表 {table} 第 {row} 行：自 {value} cm 起的土层与样地 {other} 的另一土层重叠，请修改土层深度。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="225" />
        <source>Table {table}, row {row}: plot_id '{value}' is not in the plots layer; add the plot or correct the id.</source>
        <translation>表 {table} 第 {row} 行：plot_id “{value}” 不在样地图层中，请添加该样地或更正样地号。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="228" />
        <source>Table {table}, row {row}: species '{value}' has no parameters and its group has no default; add a row for it to the parameter table.</source>
        <translation>表 {table} 第 {row} 行：树种 “{value}” 没有参数，其树种组也没有缺省值；请在参数表中为其添加一行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="231" />
        <source>Table {table}, row {row}: give volume_m3, or both diameter_cm and length_m.</source>
        <translation>表 {table} 第 {row} 行：请填写 volume_m3，或同时填写 diameter_cm 和 length_m。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="233" />
        <source>Table {table}, row {row}: give soc_g_kg or som_g_kg.</source>
        <translation>表 {table} 第 {row} 行：请填写 soc_g_kg 或 som_g_kg。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="234" />
        <source>Table {table}, row {row}: species '{value}' uses the volume route but has no wd_t_m3 or bef; fill them in.</source>
        <translation>表 {table} 第 {row} 行：树种 “{value}” 采用材积法，但缺少 wd_t_m3 或 bef，请补充。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="242" />
        <source>{pool}: no measurements, default {value} t C/ha of object '{object}' used</source>
        <translation>{pool}：无实测，采用计量对象“{object}”的缺省值 {value} t C/ha</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="244" />
        <source>{pool}: no measurements and no default for object '{object}'; set to 0</source>
        <translation>{pool}：无实测，计量对象“{object}”也无缺省值；按 0 计</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="245" />
        <source>soil: the default is for 0–{other} cm, not the 0–{value} cm reporting depth</source>
        <translation>土壤：缺省值对应 0–{other} cm，而非 0–{value} cm 报告深度</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="247" />
        <source>soil: layers cover {value} cm of the 0–{other} cm reporting depth; the uncovered depth counts as 0 (not extrapolated)</source>
        <translation>土壤：土层覆盖 0–{other} cm 报告深度中的 {value} cm；未覆盖部分按 0 计（不外推）</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="250" />
        <source>soil: gravel_pct empty in {value} layer(s), taken as 0</source>
        <translation>土壤：{value} 个土层的砾石含量为空，按 0 计</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="251" />
        <source>deadwood: {value} piece(s) or standing dead tree(s) without decay class, taken as class 1 (sound)</source>
        <translation>枯死木：{value} 个枯倒木或枯立木无腐朽等级，按 1 级（完好）计</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="254" />
        <source>trees: species '{value}' has no parameters of its own; group default '{other}' used</source>
        <translation>乔木：树种“{value}”无自有参数，采用树种组缺省“{other}”</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="256" />
        <source>deadwood: {value} piece(s) without a species wood density; default {other} t/m³ used</source>
        <translation>枯死木：{value} 个枯倒木无树种基本木材密度，采用缺省值 {other} t/m³</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="291" />
        <source>… and {0} more problem(s).</source>
        <translation>……另有 {0} 个问题。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="292" />
        <source>Plot carbon cannot be computed; fix these values first:</source>
        <translation>无法计算样地碳密度，请先修改以下数值：</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="335" />
        <source>{0}: {1} row(s) from the given table {2}.</source>
        <translation>{0}：从指定表 {2} 读取 {1} 行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="340" />
        <source>Table {0} of GeoPackage {1} cannot be opened; check the file.</source>
        <translation>无法打开 GeoPackage {1} 中的表 {0}，请检查文件。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="349" />
        <source>{0}: no table given or found; pool defaults apply.</source>
        <translation>{0}：未指定也未找到该表；采用碳库缺省值。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="360" />
        <source>Soil reporting depth: 0–{0:g} cm.</source>
        <translation>土壤报告深度：0–{0:g} cm。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="371" />
        <source>{0}: {1} row(s) from {2}.</source>
        <translation>{0}：从 {2} 读取 {1} 行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="396" />
        <source>Parameters used and their sources:</source>
        <translation>所用参数及其来源：</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="410" />
        <source>{0} plot(s) computed, {1} with warnings (see the warnings field).</source>
        <translation>已计算 {0} 个样地，其中 {1} 个有提示（见 warnings 字段）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="121" />
        <source>Point layer of sample plots with plot_id, object and plot_area_m2 (m²), normally the plots layer of a survey GeoPackage. Optional pools_surveyed: comma-separated survey tables searched on the plot (trees, shrub_herb, litter, deadwood, soil); a listed table without rows is a measured 0.</source>
        <translation>样地点图层，含 plot_id、object（计量对象）和 plot_area_m2（样地面积 m²），通常为调查 GeoPackage 的 plots 图层。可选 pools_surveyed：本样地调查过的表，以逗号分隔（trees、shrub_herb、litter、deadwood、soil）；列出但无记录的表按实测 0 计。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="280" />
        <source>species {species}: overridden by {table} row {row}</source>
        <translation>树种 {species}：由 {table} 第 {row} 行覆盖</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="281" />
        <source>species {species}: added by {table} row {row}</source>
        <translation>树种 {species}：由 {table} 第 {row} 行新增</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="282" />
        <source>pool defaults: {count} row(s) from {table}</source>
        <translation>碳库缺省值：{table} 中 {count} 行</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="65" />
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
POOL_FACTORS: optional table in the format of metering/data/pool_factors.csv (factor, object, value, source): shrub_r, shrub_cf, herb_r, herb_cf, litter_cf, deadwood_cf, deadwood_wd_t_m3 (t/m³), som_to_soc, ar_tool14_bef; an empty object applies to every metering object, an object overrides it for that object. Herb roots: the shipped table counts them on grassland only (IPCC 2006 GL vol. 4 table 6.1, R 4.0) and not under forest or on cropland (R 0, no sourced understory ratio); the warnings field says which ratio each plot used.
AR_TOOL14: CDM AR-TOOL14 v04.2 tree defaults: off; for volume-route species whose row lacks BEF or R; or for every volume-route tree: BEF 1.15 and R = exp(−1.085 + 0.9256 ln b)/b with b the plot's live-tree above-ground biomass in t d.m./ha (Cairns et al. 1997). The species' volume equation and wood density still apply.
The log lists every parameter used with its source and every placeholder value (status placeholder in the shipped tables).
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
OUTPUT：样地及 agb、bgb、deadwood、litter、soil、total（t C/ha）、total_co2e（t CO2e/ha）、soil_depth_cm、method_&lt;pool&gt;（测定方法、measured_zero、default 或 none）和 warnings。

POOL_FACTORS：可选表，格式同 metering/data/pool_factors.csv（factor、object、value、source）：shrub_r、shrub_cf、herb_r、herb_cf、litter_cf、deadwood_cf、deadwood_wd_t_m3（t/m³）、som_to_soc、ar_tool14_bef；object 为空的行适用于所有计量对象，填写 object 的行替换该对象的值。草本根系：内置表仅在草地上计入（IPCC 2006 指南第 4 卷表 6.1，R 4.0），林下和耕地不计（R 0，无有来源的林下比值）；warnings 字段注明各样地所用比值。
AR_TOOL14：CDM AR-TOOL14 v04.2 林木缺省值：关闭；用于树种行缺 BEF 或 R 的材积法树种；或用于所有材积法林木：BEF 1.15，R = exp(−1.085 + 0.9256 ln b)/b，b 为样地活立木地上生物量 t d.m./ha（Cairns 等 1997）。树种材积式和木材密度仍然适用。
日志列出所用的每个参数及其来源，以及每个占位值（内置表中 status 为 placeholder）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="179" />
        <source>Pool factor overrides</source>
        <translation>碳库系数替换表</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="182" />
        <source>Table in the format of metering/data/pool_factors.csv: factor, object (empty: every object), value, source. Rows replace the shipped rows with the same factor and object (e.g. herb_r for forest_arbor).</source>
        <translation>格式同 metering/data/pool_factors.csv 的表：factor、object（为空：所有对象）、value、source。各行替换 factor 和 object 相同的内置行（例如 forest_arbor 的 herb_r）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="187" />
        <source>AR-TOOL14 tree defaults</source>
        <translation>AR-TOOL14 林木缺省值</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="187" />
        <source>Off (species table)</source>
        <translation>关闭（树种参数表）</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="187" />
        <source>Where the species row has no BEF or R</source>
        <translation>树种行缺 BEF 或 R 时</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="187" />
        <source>For every volume-route tree</source>
        <translation>所有材积法林木</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="191" />
        <source>CDM AR-TOOL14 v04.2 defaults BEF 1.15 and R = exp(−1.085 + 0.9256 ln b)/b (b: plot above-ground tree biomass, t d.m./ha) instead of the species' BEF and R.</source>
        <translation>以 CDM AR-TOOL14 v04.2 缺省值 BEF 1.15 和 R = exp(−1.085 + 0.9256 ln b)/b（b：样地地上林木生物量，t d.m./ha）代替树种的 BEF 和 R。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="258" />
        <source>herbs: root-shoot ratio {value} for object '{object}' (pool_factors row {other}; 0 = herb roots not counted)</source>
        <translation>草本：计量对象“{object}”的根茎比 {value}（碳库系数表“{other}”行；0 = 不计草本根系）</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="261" />
        <source>trees: AR-TOOL14 defaults for {value} tree(s): BEF {other}, R = exp(−1.085 + 0.9256 ln b)/b at b = {source} t d.m./ha</source>
        <translation>乔木：{value} 株采用 AR-TOOL14 缺省值：BEF {other}，R = exp(−1.085 + 0.9256 ln b)/b，b = {source} t d.m./ha</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="283" />
        <source>pool factors: {count} row(s) from {table}</source>
        <translation>碳库系数：{table} 中 {count} 行</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="403" />
        <source>Placeholder values used (no published source; check them before reporting): {0}.</source>
        <translation>使用了占位值（无公开来源，报告前请核实）：{0}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="272" />
        <source>herbs: root-shoot ratio {value} for object '{object}' on {count} plot(s) (pool_factors row {other}; 0 = herb roots not counted)</source>
        <translation>草本：计量对象“{object}”的 {count} 个样地根茎比为 {value}（碳库系数表“{other}”行；0 = 不计草本根系）</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="269" />
        <source>{pool}: not surveyed on any of the {count} plot(s) of object '{object}'; its default {value} t C/ha is used on each ({field} = default)</source>
        <translation>{pool}：计量对象“{object}”的 {count} 个样地均未调查该碳库；每个样地均使用其缺省值 {value} t C/ha（计算方法记为缺省值）</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="344" />
        <source>{0}: {1} row(s) from table {3} of the plots' GeoPackage {2}.</source>
        <translation>{0}：从样地所在 GeoPackage {2} 的 {3} 表读取 {1} 行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="441" />
        <source>default density</source>
        <translation>缺省碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="441" />
        <source>species parameters</source>
        <translation>树种参数</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="442" />
        <source>pool factor</source>
        <translation>碳库系数</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="442" />
        <source>decay class</source>
        <translation>腐朽等级</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="445" />
        <source>root-shoot ratio</source>
        <translation>根茎比</translation>
    </message>
</context>
<context>
    <name>RestorationAreasAlgorithm</name>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="103" />
        <source>Restoration areas</source>
        <translation>生态修复区域</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="59" />
        <source>Ecological restoration</source>
        <translation>生态修复</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="62" />
        <source>Identifies the areas that need ecological restoration from terrain, land-use change and vegetation dynamics (restoration guideline 004 §3(四); methods.md §7) by an editable rule table; each rule names its source. Per pixel of the NDVI trend grid: the trend class (ndvi_trend band 6: 2 significant increase, 1 increase, 0 stable, −1 decrease, −2 significant decrease), the slope in degrees (Horn 1981, from the DEM on its own grid, then bilinear to the trend grid; a geographic DEM gets its cell size in metres per row on the CGCS2000 ellipsoid), the land-use transition of the parcel_change piece containing the pixel centre (groups of base and target objects, change flag) and the constraint layers (protected areas, mining land; steep cropland = cropland on slopes ≥ 25°, 水土保持法 第二十条). The first rule (in table order) whose conditions all hold gives the restoration type and priority; pixels outside every piece are not classified.

Parameters:
- TREND: ndvi_trend OUTPUT (6 bands). DEM: elevations in metres. PIECES: parcel_change OUTPUT (base_object, target_object, change_flag).
- PROTECTED, MINING: optional polygon layers. RULES: optional CSV (default the shipped metering/restoration/data/restoration_rules.csv).

Output: polygons on the trend grid (one per connected patch of one rule within one piece) with rule_id, restoration_type, priority, factors (the conditions that held), base_object, target_object, change_flag, slope_mean_deg, pixels, area_m2, area_ha (pixel count × pixel area), source; styled by restoration type (styles/restoration_areas.qml). Details in docs/restoration_benefit.md.</source>
        <translation>按可编辑的规则表，依据地形、土地利用变化与植被动态识别需要生态修复的区域（生态修复指南 004 §3(四)；methods.md §7）；每条规则注明来源。在 NDVI 趋势格网的每个像元上：趋势类别（ndvi_trend 第 6 波段：2 显著增加，1 增加，0 稳定，−1 减少，−2 显著减少）、坡度（度；Horn 1981，先在 DEM 自身格网上计算，再双线性重采样到趋势格网；地理坐标 DEM 按 CGCS2000 椭球逐行换算像元米制大小）、像元中心所在 parcel_change 图斑的土地利用转移（基期与目标期对象的类组、变化标志）以及约束图层（自然保护地、采矿用地；陡坡耕地 = 坡度 ≥ 25° 的耕地，水土保持法 第二十条）。按表中顺序第一条条件全部满足的规则给出修复类型与优先级；不在任何图斑内的像元不分类。

参数：
- TREND：ndvi_trend 的 OUTPUT（6 波段）。DEM：高程（米）。PIECES：parcel_change 的 OUTPUT（base_object、target_object、change_flag）。
- PROTECTED、MINING：可选面图层。RULES：可选 CSV（默认内置 metering/restoration/data/restoration_rules.csv）。

输出：趋势格网上的面（同一图斑内同一规则的每个连通斑块一个），字段 rule_id、restoration_type、priority、factors（满足的条件）、base_object、target_object、change_flag、slope_mean_deg、pixels、area_m2、area_ha（像元数 × 像元面积）、source；按修复类型着色（styles/restoration_areas.qml）。详见 docs/restoration_benefit.md。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="91" />
        <source>NDVI trend</source>
        <translation>NDVI 变化趋势</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="91" />
        <source>ndvi_trend OUTPUT: band 6 holds the trend class. Its grid is the output grid.</source>
        <translation>ndvi_trend 的 OUTPUT：第 6 波段为趋势类别；其格网即输出格网。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="93" />
        <source>DEM</source>
        <translation>数字高程模型（DEM）</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="93" />
        <source>Digital elevation model, elevations in metres; slope in degrees is computed from it.</source>
        <translation>数字高程模型，高程单位为米；由其计算坡度（度）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="95" />
        <source>Overlay pieces</source>
        <translation>叠加图斑</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="95" />
        <source>parcel_change OUTPUT with base_object, target_object and change_flag.</source>
        <translation>parcel_change 的 OUTPUT，含 base_object、target_object 与 change_flag。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="97" />
        <source>Protected areas</source>
        <translation>自然保护地</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="97" />
        <source>Optional protected-area polygons (constraint 'protected').</source>
        <translation>可选：自然保护地面（约束 'protected'）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="99" />
        <source>Mining land</source>
        <translation>采矿用地</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="99" />
        <source>Optional mining-land polygons (constraint 'mining').</source>
        <translation>可选：采矿用地面（约束 'mining'）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="101" />
        <source>Rule table (CSV)</source>
        <translation>规则表（CSV）</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="101" />
        <source>Editable rule table; empty: the shipped metering/restoration/data/restoration_rules.csv.</source>
        <translation>可编辑的规则表；留空：使用内置的 metering/restoration/data/restoration_rules.csv。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="103" />
        <source>Restoration polygons with type, priority, triggering factors and area.</source>
        <translation>带修复类型、优先级、触发因子与面积的生态修复图斑。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="182" />
        <source>Restoration areas: {0:,.2f} ha.</source>
        <translation>生态修复区域：{0:,.2f} ha。</translation>
    </message>
</context>
<context>
    <name>RestorationBenefitAlgorithm</name>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="59" />
        <source>Restoration carbon benefit</source>
        <translation>生态修复固碳增汇效益</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="62" />
        <source>Ecological restoration</source>
        <translation>生态修复</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="105" />
        <source>Restoration units</source>
        <translation>生态修复单元</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="105" />
        <source>Restoration polygons (restoration_areas OUTPUT); areas are measured in the layer's CRS (m).</source>
        <translation>生态修复图斑（restoration_areas 的 OUTPUT）；面积按图层坐标系（米）量算。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="108" />
        <source>Restoration type field</source>
        <translation>修复类型字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="108" />
        <source>Field with the restoration type (forest_restoration, grassland_restoration …).</source>
        <translation>修复类型所在字段（forest_restoration、grassland_restoration …）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="111" />
        <source>Baseline object field</source>
        <translation>基线对象字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="111" />
        <source>Field with the unit's current metering object: the baseline without the measure.</source>
        <translation>单元现状计量对象所在字段：无修复措施时的基线。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="114" />
        <source>Restored object field</source>
        <translation>修复后对象字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="114" />
        <source>Optional field with the metering object the unit is restored to; empty: by restoration type.</source>
        <translation>可选：单元修复后的计量对象所在字段；留空则按修复类型确定。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="117" />
        <source>Densities</source>
        <translation>碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="117" />
        <source>Density table keyed by metering object, t C/ha per pool (stratum_density OUTPUT).</source>
        <translation>按计量对象索引的碳密度表，各碳库 t C/ha（stratum_density 的 OUTPUT）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="120" />
        <source>Start year of the measure</source>
        <translation>措施起始年</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="120" />
        <source>Calendar year in which the measure starts.</source>
        <translation>修复措施开始实施的日历年。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="122" />
        <source>Horizon year</source>
        <translation>评估目标年</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="122" />
        <source>Calendar year at which the stocks are compared (after the start year).</source>
        <translation>比较碳储量的日历年（须晚于起始年）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="129" />
        <source>Growth parameters</source>
        <translation>生长参数</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="129" />
        <source>Optional table object, pool, growth (t C/ha/a; pools agb, bgb, deadwood, litter): the restored biomass grows from the baseline density, capped at the restored object's density. Empty: stock difference with the restored object's density at the horizon.</source>
        <translation>可选：object、pool、growth 表（t C/ha/a；碳库 agb、bgb、deadwood、litter）：修复后生物量自基线密度起增长，以修复后对象的密度为上限。留空：按储量差法，目标年取修复后对象的密度。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="139" />
        <source>Plots</source>
        <translation>样地</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="144" />
        <source>Measured density field</source>
        <translation>实测碳密度字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="144" />
        <source>Field of the plots with the measured total density, t C/ha (plot_carbon: total).</source>
        <translation>样地实测总碳密度所在字段，t C/ha（plot_carbon：total）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="152" />
        <source>Restoration benefit</source>
        <translation>生态修复增汇效益</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="152" />
        <source>The units with baseline and restored stocks (t C), benefit and annual sink increase.</source>
        <translation>各单元的基线与修复后碳储量（t C）、增汇量与年增汇量。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="155" />
        <source>Restoration benefit table</source>
        <translation>生态修复增汇效益表</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="155" />
        <source>The same rows without geometry, with report_section = restoration_benefit (Export report).</source>
        <translation>不含几何的相同记录，report_section = restoration_benefit（导出报告）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="234" />
        <source>Carbon benefit {0:,.2f} t C by {1}; annual sink increase {2:,.2f} t CO2e/a.</source>
        <translation>至 {1} 年固碳增汇 {0:,.2f} t C；年增汇量 {2:,.2f} t CO2e/a。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="124" />
        <source>Transition period (years)</source>
        <translation>过渡期（年）</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="124" />
        <source>Years over which the restored object's density is reached from the current one, linearly, every pool (IPCC 2006 GL vol. 4 eq. 2.25: 20).</source>
        <translation>自现状碳密度线性达到修复目标对象碳密度所需的年数，适用于各碳库（IPCC 2006 第 4 卷式 2.25：20）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="134" />
        <source>Degradation rates</source>
        <translation>退化速率</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="134" />
        <source>Optional table object, pool, loss (t C/ha/a; pools agb, bgb, deadwood, litter, soil): the baseline of a unit with this current object declines by it each year without the measure (never below 0). Empty: the baseline stock is constant.</source>
        <translation>可选：object、pool、loss 表（t C/ha/a；碳库 agb、bgb、deadwood、litter、soil）：现状为该对象的单元在无措施时基线碳储量每年按此下降（不低于 0）。留空则基线碳储量不变。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="204" />
        <source>Plot check on the {0} plots of survey year {1} ({2} plots of other years left out).</source>
        <translation>样地核查采用调查年份 {1} 的 {0} 个样地（其他年份的 {2} 个样地未采用）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="65" />
        <source>Carbon benefit of ecological restoration per unit and per year (restoration guideline 004, methods.md §7): stock with the measure minus stock without it, by the IPCC 2006 GL vol. 4 ch. 2 stock-difference method with local densities (t C/ha, the stratum_density output). Without the measure (the baseline, kept explicit) the unit's current object keeps its density, or loses carbon at the degradation rate given for it (DEGRADATION). With the measure the unit reaches the density of the restoration type's target object linearly over the transition period from its current density (every pool; IPCC 2006 GL vol. 4 eq. 2.25, default 20 years). A target object less dense than the current one is not used: the unit keeps its object (with_rule kept_current), so protecting a forest never books a loss. Benefit (t C) at the horizon year; annual sink increase = benefit / (horizon − start), t C/a and t CO2e/a (× 44/12).

Parameters:
- UNITS: restoration polygons (restoration_areas OUTPUT); TYPE_FIELD the restoration type, BASELINE_FIELD the current metering object, WITH_FIELD (optional) the object restored to; empty: by type (forest → forest_arbor, grassland → grassland, wetland → wetland_marsh, soil and water conservation → forest_shrub, mine → grassland; vegetation recovery: shrub and other forest land → forest_arbor, bamboo stays bamboo, wetland → wetland_marsh, any other land → grassland).
- DENSITY: density table keyed by object (stratum_density OUTPUT or a wide table).
- START_YEAR, HORIZON_YEAR: calendar years; TRANSITION_YEARS: years over which the target density is reached (IPCC default 20).
- GROWTH (optional): table object, pool, growth in t C/ha/a (local growth parameters); biomass then grows from the baseline density, capped at the restored density.
- DEGRADATION (optional): table object, pool, loss in t C/ha/a (pools agb, bgb, deadwood, litter, soil): the degrading trend of the current object without the measure; the baseline declines by it, never below 0. A unit restored to its own object with a constant baseline has no benefit (logged).
- PLOTS (optional): plot points (plot_carbon OUTPUT) with PLOT_FIELD the measured total density (t C/ha). Per unit the mean of the plots inside is compared with the modelled current density (the current object's, which the plots measure): deviation % = (modelled − measured)/measured × 100, flagged beyond ±DEVIATION_LIMIT % (default 10: guideline 004 §4(一), stock deviation within ±10 %). With a survey_year field (plot_carbon OUTPUT) only the plots of START_YEAR count.

Outputs: OUTPUT, the units with the benefit columns; TABLE, the same rows with report_section = restoration_benefit for Export report (SECTIONS). Details in docs/restoration_benefit.md.</source>
        <translation>生态修复单元逐单元、逐年的固碳增汇效益（生态修复指南 004，methods.md §7）：有修复措施的碳储量减去无措施的碳储量，按 IPCC 2006 第 4 卷第 2 章储量差法，采用本地碳密度（t C/ha，stratum_density 的输出）。无措施（基线，明确给出）：单元现状对象的碳密度保持不变，或按为其给出的退化速率（DEGRADATION）损失碳。有措施：单元自现状碳密度起，在过渡期内线性达到修复类型目标对象的碳密度（各碳库；IPCC 2006 第 4 卷式 2.25，默认 20 年）。目标对象碳密度低于现状对象时不采用：单元保留现状对象（with_rule 为 kept_current），保护森林不计为减汇。增汇量（t C）按评估目标年计；年增汇量 = 增汇量 /（目标年 − 起始年），单位 t C/a 与 t CO2e/a（× 44/12）。

参数：
- UNITS：生态修复图斑（restoration_areas 的 OUTPUT）；TYPE_FIELD 为修复类型，BASELINE_FIELD 为现状计量对象，WITH_FIELD（可选）为修复目标对象；留空则按类型确定（森林 → forest_arbor，草地 → grassland，湿地 → wetland_marsh，水土流失治理 → forest_shrub，矿山 → grassland；植被恢复：灌木林与其他林地 → forest_arbor，竹林仍为竹林，湿地 → wetland_marsh，其他地类 → grassland）。
- DENSITY：按对象索引的碳密度表（stratum_density 的 OUTPUT 或宽表）。
- START_YEAR、HORIZON_YEAR：日历年；TRANSITION_YEARS：达到目标碳密度所需年数（IPCC 默认 20）。
- GROWTH（可选）：object、pool、growth 表，单位 t C/ha/a（本地生长参数）；生物量自基线密度起增长，以修复后密度为上限。
- DEGRADATION（可选）：object、pool、loss 表，单位 t C/ha/a（碳库 agb、bgb、deadwood、litter、soil）：现状对象在无措施时的退化趋势；基线按此下降，不低于 0。修复目标即现状对象且基线不变的单元无增汇量（记入日志）。
- PLOTS（可选）：样地点（plot_carbon 的 OUTPUT），PLOT_FIELD 为实测总碳密度（t C/ha）。逐单元以其内样地均值与模型现状碳密度（现状对象的碳密度，即样地所测状态）比较：偏差 % =（模型 − 实测）/ 实测 × 100，超过 ±DEVIATION_LIMIT % 标记（默认 10：指南 004 §4(一)，碳储量评估偏差控制在 ±10 % 以内）。样地图层带 survey_year 字段（plot_carbon 的 OUTPUT）时仅采用 START_YEAR 年的样地。

输出：OUTPUT，带增汇各列的单元；TABLE，相同记录并带 report_section = restoration_benefit，供导出报告（SECTIONS）使用。详见 docs/restoration_benefit.md。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="139" />
        <source>Optional plot points with a measured total carbon density (t C/ha), for the check (within ±DEVIATION_LIMIT %) against the modelled current density; with a survey_year field (plot_carbon) only the plots of the start year are used.</source>
        <translation>可选：带实测总碳密度（t C/ha）的样地点，用于与模型现状碳密度的核查（偏差限 ±DEVIATION_LIMIT %）；带 survey_year 字段（plot_carbon）时仅采用起始年的样地。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="147" />
        <source>Plot check limit (%)</source>
        <translation>样地核查偏差限（%）</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="147" />
        <source>A unit is flagged when its modelled current density deviates from the plots' mean by more than this percentage (guideline 004 §4(一): stock deviation within ±10 %).</source>
        <translation>单元现状碳密度模型值与其样地均值的偏差超过此百分比时标记（指南 004 §4(一)：碳储量评估偏差控制在 ±10 % 以内）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="216" />
        <source>Plot check: {0} of {1} units with plots deviate beyond ±{2:g} %.</source>
        <translation>样地核查：{1} 个含样地单元中 {0} 个偏差超过 ±{2:g} %。</translation>
    </message>
</context>
<context>
    <name>RsVerificationAlgorithm</name>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="54" />
        <source>Ground verification of remote-sensing results</source>
        <translation>遥感结果地面核查</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="57" />
        <source>Remote-sensing carbon sink</source>
        <translation>遥感碳汇</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="60" />
        <source>Compares a remote-sensing result (e.g. annual NPP or NEP, g C/m²/a) with ground values of sample plots: the ground-verification step (地面核查) of DB4403/T 348—2023. Point plots take the pixel they fall in; polygon plots the mean of the pixels whose centres lie inside (the pixel at the centroid when none does).

Statistics over the plots with both values: n, bias = mean(RS − ground), RMSE, relative RMSE = RMSE / mean(ground) × 100 %, MAE, R² (squared Pearson correlation), the least-squares line RS = slope × ground + intercept. A plot is an outlier when its standardised residual exceeds OUTLIER_Z. The verification passes when the relative RMSE ≤ THRESHOLD.

Parameters:
- RASTER and BAND: the remote-sensing raster and its band (casa_npp OUTPUT_ANNUAL, or nep OUTPUT_ANNUAL band 1 or 4).
- PLOTS: point or polygon layer of plots, reprojected to the raster CRS on the fly.
- GROUND_FIELD: the plot's ground value in the unit of the raster band (e.g. plot NPP or stock change from the survey converted to g C/m²/a). ID_FIELD (optional): the plot id shown in the outputs (default the feature id).
- UNIT: unit label of both values (empty: the band's unit).
- THRESHOLD (%): pass/fail limit on the relative RMSE; default 20 %, a placeholder (the interpretation of the standard at hand gives no figure; use the one your evaluation prescribes). OUTLIER_Z: standardised-residual limit, default 2.

Outputs: OUTPUT, the plots with rs_value, ground_value, residual (RS − ground), z_residual, outlier (1/0), pixels; STATISTICS, one row per statistic (statistic, value) including passed; SCATTER (optional PNG, needs matplotlib), the pairs with the 1:1 and regression lines and the outliers marked. Methods and conventions: docs/remote_sensing.md, appendix A.</source>
        <translation>将遥感结果（如年 NPP 或 NEP，g C/m²/a）与样地地面值比较，即 DB4403/T 348—2023 的地面核查步骤。点状样地取其所在像元；面状样地取中心落在其内的像元均值（无像元时取质心处像元）。

对同时具有两种数值的样地统计：样本数 n、偏差 bias = mean(遥感 − 地面)、均方根误差 RMSE、相对均方根误差 = RMSE / mean(地面) × 100 %、平均绝对误差 MAE、决定系数 R²（Pearson 相关系数的平方）及最小二乘回归线 遥感 = 斜率 × 地面 + 截距。标准化残差超过 OUTLIER_Z 的样地为异常值。相对 RMSE ≤ THRESHOLD 时核查通过。

参数：
- RASTER 与 BAND：遥感栅格及其波段（casa_npp 的 OUTPUT_ANNUAL，或 nep 的 OUTPUT_ANNUAL 第 1 或第 4 波段）。
- PLOTS：点或面样地图层，运行时重投影到栅格坐标系。
- GROUND_FIELD：样地地面值，单位与栅格波段一致（如由调查数据换算为 g C/m²/a 的样地 NPP 或碳储量变化）。ID_FIELD（可选）：输出中显示的样地号（缺省为要素号）。
- UNIT：两种数值的单位标注（留空：取波段的单位）。
- THRESHOLD（%）：相对 RMSE 的合格限值；缺省 20 %，为占位值（现有标准释义未给出数值，请采用评价所规定的数值）。OUTLIER_Z：标准化残差限值，缺省 2。

输出：OUTPUT，含 rs_value、ground_value、residual（遥感 − 地面）、z_residual、outlier（1/0）、pixels 的样地；STATISTICS，每个统计量一行（statistic、value），含 passed；SCATTER（可选 PNG，需要 matplotlib），标出 1:1 线、回归线与异常值的散点图。方法与约定见 docs/remote_sensing.md 附录 A。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="93" />
        <source>Remote-sensing raster</source>
        <translation>遥感栅格</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="93" />
        <source>The raster to verify, e.g. annual NPP of CASA NPP (g C/m²/a).</source>
        <translation>待核查的栅格，如 CASA NPP 的年 NPP（g C/m²/a）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="95" />
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="95" />
        <source>Band of the raster holding the value to verify.</source>
        <translation>栅格中待核查数值所在的波段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="98" />
        <source>Plots</source>
        <translation>样地</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="98" />
        <source>Ground plots: points (the pixel at the point) or polygons (mean of the pixels inside).</source>
        <translation>地面样地：点（取点所在像元）或面（取面内像元均值）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="102" />
        <source>Ground value field</source>
        <translation>地面值字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="102" />
        <source>Numeric field with the plot's ground value, in the unit of the raster band.</source>
        <translation>样地地面值的数值字段，单位与栅格波段一致。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="106" />
        <source>Plot id field</source>
        <translation>样地号字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="106" />
        <source>Field naming each plot in the outputs; empty: the feature id.</source>
        <translation>输出中标识各样地的字段；留空：使用要素号。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="109" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="109" />
        <source>Unit label of the values (e.g. g C/m²/a); empty: the unit stored in the band.</source>
        <translation>数值的单位标注（如 g C/m²/a）；留空：取波段中记录的单位。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="111" />
        <source>Pass threshold: relative RMSE (%)</source>
        <translation>合格限值：相对 RMSE（%）</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="111" />
        <source>The verification passes when RMSE / mean(ground) × 100 is at most this (%). Default 20 % is a placeholder: set the figure your evaluation prescribes.</source>
        <translation>RMSE / mean(地面值) × 100 不超过此值（%）时核查通过。缺省 20 % 为占位值，请设置评价所规定的数值。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="116" />
        <source>Outlier limit (standardised residual)</source>
        <translation>异常值限值（标准化残差）</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="116" />
        <source>A plot whose residual lies more than this many standard deviations from the mean residual is listed as an outlier (it stays in the statistics).</source>
        <translation>残差偏离平均残差超过该倍数标准差的样地列为异常值（仍参与统计）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="120" />
        <source>Verified plots</source>
        <translation>核查样地</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="120" />
        <source>The plots with the sampled value, ground value, residual, z_residual and outlier flag.</source>
        <translation>样地及其遥感取值、地面值、残差、标准化残差与异常值标记。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="123" />
        <source>Verification statistics</source>
        <translation>核查统计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="123" />
        <source>n, unit, bias, rmse, rrmse_pct, mae, r2, slope, intercept, outliers, threshold_pct, passed.</source>
        <translation>样本数 n、单位 unit、偏差 bias、均方根误差 rmse、相对均方根误差 rrmse_pct、平均绝对误差 mae、决定系数 r2、斜率 slope、截距 intercept、异常值数 outliers、限值 threshold_pct、是否通过 passed。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="126" />
        <source>Scatter plot</source>
        <translation>散点图</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="126" />
        <source>PNG files (*.png)</source>
        <translation>PNG 文件 (*.png)</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="126" />
        <source>Optional PNG scatter plot of remote-sensing against ground values (needs matplotlib).</source>
        <translation>可选的遥感值—地面值 PNG 散点图（需要 matplotlib）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="129" />
        <source>Verification passed</source>
        <translation>核查通过</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="130" />
        <source>Relative RMSE (%)</source>
        <translation>相对 RMSE（%）</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="145" />
        <source>The raster has {0} bands; choose a band from 1 to {0}.</source>
        <translation>该栅格有 {0} 个波段，请选择 1 至 {0} 之间的波段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="176" />
        <source>remote sensing</source>
        <translation>遥感值</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="176" />
        <source>ground</source>
        <translation>地面值</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="193" />
        <source>n = {0}, bias = {1:.2f}, RMSE = {2:.2f}, rRMSE = {3:.1f} %, MAE = {4:.2f}, R² = {5:.3f} ({6}).</source>
        <translation>样本数 = {0}，偏差 = {1:.2f}，RMSE = {2:.2f}，相对 RMSE = {3:.1f} %，MAE = {4:.2f}，R² = {5:.3f}（{6}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="176" />
        <source>plots</source>
        <translation>样地</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="176" />
        <source>outliers</source>
        <translation>异常值</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../plugin/settings_page.py" line="41" />
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../plugin/settings_page.py" line="46" />
        <source>Output folder of the workflow panel</source>
        <translation>流程面板的输出文件夹</translation>
    </message>
    <message>
        <location filename="../plugin/settings_page.py" line="47" />
        <source>Organisation (compiled by, in reports)</source>
        <translation>编制单位（报告署名）</translation>
    </message>
    <message>
        <location filename="../plugin/settings_page.py" line="49" />
        <source>Land-class mapping table (empty: the shipped appendix-A table)</source>
        <translation>地类—计量对象对照表（留空：使用内置附录 A 对照表）</translation>
    </message>
    <message>
        <location filename="../plugin/settings_page.py" line="51" />
        <source>Default density table (empty: the shipped table)</source>
        <translation>缺省碳密度表（留空：使用内置表）</translation>
    </message>
    <message>
        <location filename="../plugin/settings_page.py" line="53" />
        <source>The workflow panel passes these to the chain's tools; each tool's dialog still lets you choose other tables for one run.</source>
        <translation>流程面板将这些设置传给各计量工具；在各工具的对话框中仍可为单次运行另选参数表。</translation>
    </message>
    <message>
        <location filename="../plugin/settings_page.py" line="70" />
        <source>Carbon Metering</source>
        <translation>碳汇计量</translation>
    </message>
</context>
<context>
    <name>StratumDensityAlgorithm</name>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="66" />
        <source>Stratum carbon density</source>
        <translation>分层碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="69" />
        <source>Parcel carbon metering</source>
        <translation>图斑碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="138" />
        <source>Plots (plot carbon densities)</source>
        <translation>样地（样地碳密度）</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="141" />
        <source>Plots with object, survey_year and agb, bgb, deadwood, litter, soil, total in t C/ha: the output of plot_carbon.</source>
        <translation>含 object、survey_year 及 agb、bgb、deadwood、litter、soil、total（t C/ha）的样地：plot_carbon 的输出。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="145" />
        <source>Stratum field</source>
        <translation>分层字段</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="155" />
        <source>Survey year (only plots of this year)</source>
        <translation>调查年份（只用该年份的样地）</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="172" />
        <source>Confidence level</source>
        <translation>置信水平</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="172" />
        <source>90 %</source>
        <translation>90 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="172" />
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="176" />
        <source>Two-sided confidence level of the half-width and U %: 90 % as CDM AR-TOOL14, 95 % as IPCC 2006 GL vol. 1 ch. 3.</source>
        <translation>置信区间半宽和 U % 的双侧置信水平：90 % 按 CDM AR-TOOL14，95 % 按 IPCC 2006 指南第 1 卷第 3 章。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="180" />
        <source>Default densities</source>
        <translation>缺省碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="183" />
        <source>Optional default-density table for strata without plots: columns object, pool, mean (t C/ha), u_pct (%), source; or object plus the pool columns. Empty: the shipped table metering/data/default_density.csv.</source>
        <translation>无样地分层所用的可选缺省碳密度表：列 object、pool、mean（t C/ha）、u_pct（%）、source；或 object 加各碳库列。为空时使用内置的 metering/data/default_density.csv。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="188" />
        <source>Target precision (% of the mean)</source>
        <translation>目标精度（占均值的 %）</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="192" />
        <source>Allowable error E in percent of the mean used for n_required, the number of plots a stratum needs (AR-TOOL03); 10 % is the usual target.</source>
        <translation>计算 n_required（每个分层所需样地数，AR-TOOL03）所用的允许误差 E，占均值的百分比；通常取 10 %。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="216" />
        <source>Stratum densities</source>
        <translation>分层碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="219" />
        <source>Table with one row per stratum and pool (densities in t C/ha).</source>
        <translation>每个分层和碳库一行的表（碳密度单位 t C/ha）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="273" />
        <source>Layer {0} lacks the fields {1}: run plot_carbon first, its output has them.</source>
        <translation>图层 {0} 缺少字段 {1}：请先运行 plot_carbon，其输出含有这些字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="276" />
        <source>Layer {0} has no field {1} (Stratum field); choose a field of the plots layer.</source>
        <translation>图层 {0} 没有字段 {1}（分层字段）；请选择样地图层中的字段。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="287" />
        <source>Read {0} plots from {1}.</source>
        <translation>从 {1} 读取了 {0} 个样地。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="292" />
        <source>{0} plots have survey_year {1}.</source>
        <translation>{0} 个样地的 survey_year 为 {1}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="323" />
        <source>{0} strata with plots, {1} objects on default densities, confidence {2:g} %.</source>
        <translation>{0} 个分层有样地，{1} 个计量对象采用缺省碳密度，置信水平 {2:g} %。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="328" />
        <source>Strata with a single plot (U % from the default table): {0}.</source>
        <translation>只有一个样地的分层（U % 取自缺省表）：{0}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="332" />
        <source>Stratum {0}: {1} plots, {2} needed for ±{3:g} % at {4:g} %.</source>
        <translation>分层 {0}：{1} 个样地，达到 ±{3:g} %（置信水平 {4:g} %）需要 {2} 个。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="149" />
        <source>Field whose values split each metering object into strata (e.g. county or stratum), for reporting and survey planning. Default: object, i.e. one stratum per metering object. With another field the output also keeps per-object rows (all plots pooled) for parcel_stock, which needs object or code keys.</source>
        <translation>将每个计量对象再细分为若干分层的字段（如县或分层），用于报告和调查设计。默认：object，即每个计量对象为一个分层。选其他字段时，输出中仍保留按计量对象合并全部样地的行，供只能使用计量对象或地类编码键的 parcel_stock 使用。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="319" />
        <source>Pool values filled by plot_carbon (method default or none) are not counted as observations (pool, plots): {0}.</source>
        <translation>“样地分碳库碳密度”以缺省值填补或无数据的碳库值不计为观测值（碳库 样地数）：{0}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="163" />
        <source>Pool plots of several survey years</source>
        <translation>合并多个调查年份的样地</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="166" />
        <source>Off (default): without a survey year, plots of more than one survey_year stop the run, since their pooled mean is the density of no year. On: pool them on purpose (e.g. one density table for both years).</source>
        <translation>关闭（默认）：未指定调查年份时，含多个 survey_year 的样地将使运行停止，因为合并后的均值不是任何一年的碳密度。开启：有意合并（例如两期共用一张碳密度表）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="197" />
        <source>Areas (overlay pieces)</source>
        <translation>面积（叠加图斑）</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="200" />
        <source>Optional pieces of parcel_change or parcel_stock: the area (area_ha, or area_m2) of each stratum weights it in the stratified plan and mean (AR-TOOL03 w_i = stratum area / total area). Empty: weights = the strata's shares of the plots.</source>
        <translation>可选的 parcel_change 或 parcel_stock 图斑：各分层的面积（area_ha 或 area_m2）作为分层方案和分层均值的权重（AR-TOOL03：w_i = 分层面积 / 总面积）。为空时：权重 = 各分层样地数占比。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="205" />
        <source>Year of the areas</source>
        <translation>面积所属年份</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="205" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="205" />
        <source>Base year objects</source>
        <translation>基准年计量对象</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="222" />
        <source>Plot plan (AR-TOOL03)</source>
        <translation>样地方案（AR-TOOL03）</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="226" />
        <source>Optional table: per stratum the weight, n_i unrounded and rounded (Neyman), the t and df used; the row ALL holds the total n for the target precision.</source>
        <translation>可选表：各分层的权重、取整前后的 n_i（Neyman 分配）、所用 t 和自由度；ALL 行给出达到目标精度所需的样地总数 n。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="230" />
        <source>Stratified mean (AR-TOOL14)</source>
        <translation>分层均值（AR-TOOL14）</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="234" />
        <source>Optional table: per stratum and, in the row ALL, the stratified mean total density (t C/ha), its SE, t (df = n − M), half-width and U %.</source>
        <translation>可选表：各分层及 ALL 行的分层平均总碳密度（t C/ha）、SE、t（自由度 n − M）、半宽和 U %。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="238" />
        <source>Base year of the change density</source>
        <translation>变化密度的基准年</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="242" />
        <source>With both years given, the change density from the permanent plots measured at both years is written to the change-density output (t C/ha/a).</source>
        <translation>同时给定两个年度时，由两个年度都调查了的固定样地计算的碳密度变化写入碳密度变化输出（t C/ha/a）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="246" />
        <source>Change densities</source>
        <translation>碳密度变化</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="362" />
        <source>Strata weights from the areas of the {0} year's objects in {1} ({2:.2f} ha).</source>
        <translation>分层权重取自 {1} 中 {0} 年计量对象的面积（{2:.2f} ha）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="373" />
        <source>weights = strata areas</source>
        <translation>权重 = 分层面积</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="374" />
        <source>weights = share of the plots</source>
        <translation>权重 = 样地数占比</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="375" />
        <source>Stratified survey (AR-TOOL03, Neyman allocation, {0}): {1:g} plots in total (unrounded {2:.2f}, t {3:.3f}) for ±{4:g} % of the stratified mean total density at {5:g} %; per stratum: {6}.</source>
        <translation>分层调查（AR-TOOL03，Neyman 分配，{0}）：目标年精度 ±{4:g} %（置信水平 {5:g} %）下分层平均总碳密度共需 {1:g} 个样地（未取整 {2:.2f}，t {3:.3f}）；各分层：{6}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="381" />
        <source>Stratified mean total density (AR-TOOL14): {0:.3f} t C/ha ± {1:.3f} (U {2:.2f} %, t {3:.3f}, df {4:g}).</source>
        <translation>分层平均总碳密度（AR-TOOL14）：{0:.3f} t C/ha ± {1:.3f}（U {2:.2f} %，t {3:.3f}，自由度 {4:g}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="415" />
        <source>The change density needs the fields plot_id and survey_year.</source>
        <translation>计算碳密度变化需要字段 plot_id 和 survey_year。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="417" />
        <source>The plots have no permanent_id field: no plot is paired, the change is the difference of the two years' means (independent samples).</source>
        <translation>样地没有 permanent_id 字段：没有样地参与配对，变化取两个年度均值之差（独立样本）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="423" />
        <source>Change density {0}: {1:.3f} ± {2:.3f} t C/ha/a ({3}, {4} pairs).</source>
        <translation>碳密度变化 {0}：{1:.3f} ± {2:.3f} t C/ha/a（{3}，{4} 对）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="72" />
        <source>Computes the carbon density of each stratum and pool from plot densities (the output of plot_carbon): number of plots n, mean, standard deviation sd, standard error SE = sd/√n, confidence half-width = t × SE (Student's t, two-sided, df = n − 1) and U % = half-width / mean × 100, for the pools agb, bgb, deadwood, litter, soil and total, in t C/ha (Hubei spec ch. 6 and ch. 9; CDM AR-TOOL14). It also gives n_required, the number of plots needed for the target precision, n = (t × CV / E)² iterated on the degrees of freedom (AR-TOOL03 form).

Strata are the metering objects, optionally crossed with another field (e.g. county or forest type): the stratum is then 'object|value'. Crossed strata are for reporting and survey planning; parcel_stock needs densities keyed by object (or by land-class code), so with a crossed stratum field the output also holds one row set per object with all its plots pooled (stratum = object, note says so), which parcel_stock and uncertainty use.

Pool values that plot_carbon filled from the default table (method_&lt;pool&gt; = default or none) are not plot observations and are left out. Every metered object without plots, and every pool without measured values in a stratum, gets the default density (source = default) with its own, larger uncertainty. The total row is the statistics of the plot totals when every plot of the stratum has every pool measured; otherwise it is the sum of the pool means with half-width √Σ half-width² (IPCC 2006 GL vol. 1 eq. 3.2, pools independent). A stratum with a single plot keeps the plot value as mean; its sd, SE are empty and U % is taken from the default table (see the note field).

The log also gives the total number of plots a stratified survey needs for the target precision of the stratified mean total density, with its Neyman allocation over the strata (AR-TOOL03: n = (t/E)² (Σ w_i s_i)², df = n − M, the smallest n meeting its own rule; n_i = n w_i s_i / Σ w_i s_i from the unrounded n, rounded up). The weights are the strata's areas (AR-TOOL03/AR-TOOL14: w_i = A_i / A) summed from the overlay pieces given as Areas (parcel_change or parcel_stock output); without them each stratum weighs by its share of the plots (the survey taken as proportional to area), and the log says so. The optional outputs Plot plan and Stratified mean hold these as tables: the plan with w_i, n_i unrounded and rounded, t and df; the AR-TOOL14 stratified mean Σ w_i b_i with SE = √(Σ w_i² s_i²/n_i), t with df = Σ n_i − M, half-width and U %.

Parameters:
- Plots: point layer or table with object, survey_year, the pool fields in t C/ha and, when present, method_&lt;pool&gt; (the output of plot_carbon).
- Stratum field: field crossed with the metering object (default: object, no crossing).
- Survey year: when set, only plots with survey_year equal to it are used; a year no plot has stops the run (a year mismatch between the plots and the chain).
- Pool survey years: off by default. Without a survey year, plots of several survey years are refused (their pooled mean is no year's density); turn this on to pool them on purpose.
- Confidence level: 90 % (AR-TOOL14) or 95 % (IPCC 2006 GL vol. 1 ch. 3).
- Default densities: optional table (object, pool, mean t C/ha, u_pct, source; or wide with pool columns); the shipped table when empty.
- Target precision: allowable error E in percent of the mean, for n_required.
- Areas: optional overlay pieces (parcel_change or parcel_stock output) whose areas weight the strata (ha; area_ha or area_m2).
- Year of the areas: automatic (the pieces' base_year/target_year matched with Survey year, else the metering year), or the base or metering year's objects.

Output: one row per stratum and pool with stratum, object, stratum_value, pool, n, mean, sd, se, half_width (t C/ha), u_pct (%), source (plots or default), n_required, note and survey_year (the survey year of the plots used, empty when years were pooled; parcel_stock checks it against its base and metering year). Plot plan (optional): stratum, weight, weight_basis (area or plots), area_ha, n, mean, sd (t C/ha), n_required_unrounded, n_required, t, df, precision_pct, confidence_pct, pool; the row ALL holds the total. Stratified mean (optional): stratum, weight, weight_basis, area_ha, n, mean, sd, se, t, df, half_width (t C/ha), u_pct, confidence_pct, pool; the row ALL is the stratified mean.

Change density (when base and metering year are given): permanent plots (固定样地, field permanent_id) measured at both years are paired (Hubei spec ch. 6: reuse permanent plots). Per object and pool: change = mean of the paired differences per year elapsed, SE = sd/√n (df = n − 1), n_pairs; where the object also has unpaired plots (temporary, lost, new) the composite of the paired and the unpaired estimate, weighted by inverse variance (Schreuder, Gregoire &amp; Wood 1993, ch. 11); without any pair the difference of the two years' means (independent samples). The column estimator says which; change_independent and se_independent give the independent-samples estimate from all plots for comparison. Units t C/ha/a.</source>
        <translation>由样地碳密度（plot_carbon 的输出）计算各分层、各碳库的碳密度：样地数 n、均值、标准差 sd、标准误 SE = sd/√n、置信区间半宽 = t × SE（双侧 Student t 分布，自由度 n − 1）及 U % = 半宽 / 均值 × 100，碳库为 agb、bgb、deadwood、litter、soil 和 total，单位 t C/ha（湖北规范第 6 章和第 9 章；CDM AR-TOOL14）。同时给出 n_required，即达到目标精度所需的样地数 n = (t × CV / E)²，按自由度迭代（AR-TOOL03 形式）。

分层为计量对象，可与另一字段（如县或森林类型）交叉：此时分层为“object|value”。交叉分层用于报告和调查设计；parcel_stock 需要按计量对象（或地类编码）的碳密度，因此交叉分层时输出还包含每个计量对象的一组行，将其全部样地合并（stratum = 计量对象，note 中注明），供 parcel_stock 和 uncertainty 使用。

plot_carbon 按缺省表填补的碳库值（method_&lt;pool&gt; 为 default 或 none）不是样地观测值，计算时剔除。没有样地的计量对象，以及某分层中没有实测值的碳库，采用缺省碳密度（source = default），并采用其自身较大的不确定度。分层内每个样地的每个碳库都有实测时，total 行按样地合计值统计；否则 total 为各碳库均值之和，置信区间半宽 = √Σ 半宽²（IPCC 2006 指南第 1 卷式 3.2，碳库间视为独立）。只有一个样地的分层以该样地值为均值；其 sd、SE 为空，U % 取自缺省表（见 note 字段）。

日志中还给出分层调查达到目标精度（分层平均总碳密度）所需的样地总数及其在各分层的 Neyman 分配（AR-TOOL03：n = (t/E)² (Σ w_i s_i)²，自由度 n − M，取满足自身条件的最小 n；n_i = n w_i s_i / Σ w_i s_i，由未取整的 n 计算后向上取整）。权重为各分层面积（AR-TOOL03/AR-TOOL14：w_i = A_i / A），由作为“面积”给出的叠加图斑（parcel_change 或 parcel_stock 的输出）汇总；未给出时各分层按样地数占比加权（视调查为按面积比例布设），日志中注明。可选输出“样地方案”和“分层均值”以表格给出上述结果：方案含 w_i、取整前后的 n_i、t 和自由度；AR-TOOL14 分层均值 Σ w_i b_i，SE = √(Σ w_i² s_i²/n_i)，t 的自由度 Σ n_i − M，半宽和 U %。

参数：
- 样地：含 object、survey_year、各碳库字段（t C/ha）以及（如有）method_&lt;pool&gt; 的点图层或表（plot_carbon 的输出）。
- 分层字段：与计量对象交叉的字段（默认 object，不交叉）。
- 调查年份：设置后只使用 survey_year 等于该年份的样地；没有任何样地属于该年份时运行停止（样地与全流程的年份不符）。
- 合并多个调查年份：默认关闭。未指定调查年份时，含多个调查年份的样地被拒绝（合并后的均值不是任何一年的碳密度）；开启后可有意合并。
- 置信水平：90 %（AR-TOOL14）或 95 %（IPCC 2006 指南第 1 卷第 3 章）。
- 缺省碳密度：可选表（object、pool、mean t C/ha、u_pct、source；或含碳库列的宽表）；为空时使用插件内置的表。
- 目标精度：允许误差 E（占均值的百分比），用于 n_required。
- 面积：可选的叠加图斑（parcel_change 或 parcel_stock 的输出），其面积（area_ha 或 area_m2）作为分层权重（ha）。
- 面积所属年份：自动（图斑的 base_year/target_year 与调查年份相符者，否则取计量年），或基准年、计量年的计量对象。

输出：每个分层和碳库一行，字段 stratum、object、stratum_value、pool、n、mean、sd、se、half_width（t C/ha）、u_pct（%）、source（plots 或 default）、n_required、note 和 survey_year（所用样地的调查年份，合并多个调查年份时为空；parcel_stock 将其与基准年、计量年核对）。样地方案（可选）：stratum、weight、weight_basis（area 或 plots）、area_ha、n、mean、sd（t C/ha）、n_required_unrounded、n_required、t、df、precision_pct、confidence_pct、pool；ALL 行为合计。分层均值（可选）：stratum、weight、weight_basis、area_ha、n、mean、sd、se、t、df、half_width（t C/ha）、u_pct、confidence_pct、pool；ALL 行为分层均值。

变化密度（给定基准年和计量年时）：两个年度都调查了的固定样地（字段 permanent_id）按固定样地号配对（湖北规范第6章：充分复用已有固定样地）。按计量对象和碳库：变化 = 配对差值的均值除以间隔年数，SE = sd/√n（自由度 n − 1），n_pairs 为配对数；若该对象还有未配对样地（临时、丢失、新设样地），取配对估计与未配对估计按方差倒数加权的组合估计（Schreuder, Gregoire &amp; Wood 1993，第11章）；没有配对样地时取两个年度均值之差（独立样本）。estimator 列说明所用的估计方法；change_independent 和 se_independent 给出由全部样地按独立样本得到的估计，供比较。单位 t C/ha/a。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="159" />
        <source>When set, only plots whose survey_year equals this year are used; the chain computes one table for the base year and one for the metering year.</source>
        <translation>设置后只使用 survey_year 等于该年份的样地；流程中基准年和计量年各计算一张表。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="205" />
        <source>Metering year objects</source>
        <translation>计量年计量对象</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="210" />
        <source>Which year's metering objects of the pieces define the strata areas: automatic takes the year whose base_year/target_year field equals Survey year, else the metering year.</source>
        <translation>哪一年的图斑计量对象确定分层面积：自动时取 base_year/target_year 字段等于调查年份的年份，否则取计量年。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="238" />
        <source>Metering year of the change density</source>
        <translation>变化密度的计量年</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="249" />
        <source>Table with one row per object and pool: the change density in t C/ha/a, its SE, half-width, U %, the estimator (paired, composite or independent), n_pairs and the independent-samples estimate for comparison. Needs base and metering year.</source>
        <translation>每个计量对象和碳库一行：碳密度变化（t C/ha/a）、其标准误、置信区间半宽、U %、估计方法（paired 配对、composite 组合或 independent 独立样本）、n_pairs，以及供比较的独立样本估计。需要基准年和计量年。</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="362" />
        <source>base</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="404" />
        <source>paired plots</source>
        <translation>固定样地配对</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="404" />
        <source>independent samples</source>
        <translation>两期独立样本</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="405" />
        <source>composite of paired and independent</source>
        <translation>配对与独立样本的组合</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="362" />
        <source>metering</source>
        <translation>计量</translation>
    </message>
</context>
<context>
    <name>UncertaintyAlgorithm</name>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="47" />
        <source>Uncertainty of stock and sink (IPCC Approach 1 and Monte Carlo)</source>
        <translation>碳储量与碳汇量不确定度（IPCC 方法 1 与蒙特卡洛）</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="50" />
        <source>Parcel carbon metering</source>
        <translation>图斑碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="120" />
        <source>Parcel stock pieces</source>
        <translation>图斑碳储量叠加图斑</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="128" />
        <source>Stratum densities</source>
        <translation>分层碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="128" />
        <source>Long table of stratum densities (stratum, pool, mean t C/ha, n, se, u_pct), matched to the pieces by base_key and target_key.</source>
        <translation>分层碳密度长表（stratum、pool、mean（t C/ha）、n、se、u_pct），按 base_key 和 target_key 与叠加图斑匹配。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="161" />
        <source>Area uncertainty (%)</source>
        <translation>面积不确定度（%）</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="161" />
        <source>Half the 95 % confidence interval of a cell's area (county x stratum change), in % of the area; the same area serves both years. Default from metering/data/uncertainty_defaults.csv.</source>
        <translation>一个单元（县 x 分层变化）面积的 95 % 置信区间半宽，占面积的百分比；两个年份使用同一面积。缺省值见 metering/data/uncertainty_defaults.csv。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="170" />
        <source>Monte Carlo iterations</source>
        <translation>蒙特卡洛迭代次数</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="170" />
        <source>Number of Monte Carlo draws (IPCC Approach 2); 0 computes Approach 1 only.</source>
        <translation>蒙特卡洛抽样次数（IPCC 方法 2）；0 表示只计算方法 1。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="177" />
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="177" />
        <source>Seed of the random generator (numpy PCG64): the same seed gives the same results.</source>
        <translation>随机数发生器（numpy PCG64）的种子：同一种子得到相同结果。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="184" />
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="184" />
        <source>Normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="184" />
        <source>Lognormal (same mean and sd)</source>
        <translation>对数正态分布（均值和标准差相同）</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="184" />
        <source>Normal truncated at zero</source>
        <translation>在零处截断的正态分布</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="184" />
        <source>Distribution of the relative density and area factors (mean 1, sd = U / 1.96).</source>
        <translation>碳密度和面积相对系数的分布（均值 1，标准差 = U / 1.96）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="193" />
        <source>Apply the AR-TOOL14 conservative discount to the sink</source>
        <translation>按 AR-TOOL14 对碳汇量进行保守性扣减</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="201" />
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="216" />
        <source>Uncertainty table</source>
        <translation>不确定度表</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="216" />
        <source>One row per level, name and quantity with Approach 1 and Monte Carlo results.</source>
        <translation>每个汇总级别、名称和统计量一行，含方法 1 和蒙特卡洛结果。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="222" />
        <source>Histogram of the Monte Carlo total sink</source>
        <translation>蒙特卡洛碳汇量合计直方图</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="222" />
        <source>Optional table bin_low, bin_high (t CO2e/a), count of the Monte Carlo total sink (correlated case).</source>
        <translation>可选表：碳汇量合计（相关情形）蒙特卡洛分布的 bin_low、bin_high（t CO2e/a）和 count。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="254" />
        <source>Layer {0}, field {1}, feature {2}: the value is not a number; correct or recompute it.</source>
        <translation>图层 {0}，字段 {1}，要素 {2}：取值不是数字；请更正或重新计算。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="332" />
        <source>{0} pieces aggregated to {1} cell-pool terms ({2} pools).</source>
        <translation>{0} 个叠加图斑汇总为 {1} 个单元-碳库项（{2} 个碳库）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="342" />
        <source>Monte Carlo: {0} iterations, seed {1}, distribution {2}.</source>
        <translation>蒙特卡洛：{0} 次迭代，种子 {1}，分布 {2}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="349" />
        <source>Total sink {0:.3f} t CO2e/a, Approach 1 U {1:.1f} %, Monte Carlo U {2:.1f} %.</source>
        <translation>碳汇量合计 {0:.3f} t CO2e/a，方法 1 U {1:.1f} %，蒙特卡洛 U {2:.1f} %。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="193" />
        <source>Deducts a share of the 90 % half-width from the sink by CDM AR-TOOL14, by the 90 % U: U &lt;= 10 % none, 10-15 % 25 %, 15-20 % 50 %, 20-30 % 75 %, &gt; 30 % all.</source>
        <translation>按 CDM AR-TOOL14，以 90 % 置信度的 U 从碳汇量中扣减 90 % 半宽的一部分：U &lt;= 10 % 不扣，10-15 % 扣 25 %，15-20 % 扣 50 %，20-30 % 扣 75 %，&gt; 30 % 全扣。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="328" />
        <source>{0} pieces present in one year only (change_flag 2 or 3, {1:.4f} ha) are left out of the stocks and the sink, as in the parcel_stock SUMMARY group all.</source>
        <translation>{0} 个只在一期出现的叠加图斑（change_flag 为 2 或 3，{1:.4f} ha）不计入碳储量和碳汇量，与 parcel_stock SUMMARY 汇总表的 all 组一致。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="120" />
        <source>The pieces written by Parcel carbon stock: county, objects, keys, area_m2, stock_base_&lt;pool&gt;_tc and stock_target_&lt;pool&gt;_tc in t C, and the recorded facts (years, density tables).</source>
        <translation>“图斑碳储量与碳汇量”写出的叠加图斑：county、计量对象、键、area_m2、stock_base_&lt;pool&gt;_tc 与 stock_target_&lt;pool&gt;_tc（t C），以及所记录的事实（年份、碳密度表）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="201" />
        <source>Base year t1 (optional): parcel_stock records the years on every piece; a year given here must equal the recorded one, else the run stops.</source>
        <translation>基准年 t1（可选）：parcel_stock 在每个叠加图斑上记录了年份；此处给出的年份须与记录一致，否则停止运行。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="320" />
        <source>Years {0} → {1} and density tables as parcel_stock recorded them ({2}).</source>
        <translation>年份 {0} → {1} 与碳密度表取自 parcel_stock 的记录（{2}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="320" />
        <source>one table for both years: correlated</source>
        <translation>两期共用一张表：相关</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="320" />
        <source>one table per year: independent</source>
        <translation>每期一张表：独立</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="145" />
        <source>Change densities (permanent plots)</source>
        <translation>碳密度变化（固定样地）</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="145" />
        <source>The change-density table parcel_stock used (stratum_density CHANGE_OUTPUT): needed when the pieces carry dc_estimator; the sink of those pieces then has the change's own U, and sink_independent gives the sink from the two density tables as independent samples.</source>
        <translation>parcel_stock 使用的碳密度变化表（stratum_density 的 CHANGE_OUTPUT）：图斑有 dc_estimator 时必须给出；这些图斑的碳汇取变化量自身的不确定度，sink_independent 给出按两张密度表独立样本计算的碳汇。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="153" />
        <source>Correlation between the two years' densities</source>
        <translation>两个年度碳密度之间的相关系数</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="277" />
        <source>Sink of the unchanged pieces from the change densities {0} (estimators: {1}).</source>
        <translation>未变化图斑的碳汇取自碳密度变化表 {0}（估计方法：{1}）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="339" />
        <source>Correlation between the two years' density tables: {0:g}.</source>
        <translation>两个年度碳密度表之间的相关系数：{0:g}。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="53" />
        <source>Evaluates the uncertainty of the carbon stock of both years and of the sink, per county, per metering object, per pool and in total (Hubei spec ch. 9 and appendix E; IPCC 2006 Guidelines vol. 1 ch. 3). U is half the 95 % confidence interval in % of the estimate.

Approach 1 (u1_pct): error propagation, products by IPCC eq. 3.1 (density x area) and sums and differences by eq. 3.2; terms that share a stratum density or a cell area are added before squaring, so correlation is kept.
Approach 2 (mc_*, u2_pct): Monte Carlo over stratum-level aggregates. A stratum density used in both years is drawn once per iteration for both years (quantity 'sink'); the quantity 'sink_independent' draws the two years independently, to show the difference.

Parameters:
- Parcel stock pieces (INPUT): the OUTPUT of Parcel carbon stock, with county, base_object, target_object, base_key, target_key, area_m2, stock_base_&lt;pool&gt;_tc, stock_target_&lt;pool&gt;_tc (t C) and the facts parcel_stock records on every piece: base_year, target_year, the density tables' names and checksums and whether one table served both years. Uncertainty reads these facts and never infers them back.
- Stratum densities (BASE_DENSITY): the long table of Stratum carbon density (stratum, pool, mean in t C/ha, n, se, u_pct). With n &gt;= 2 and se the 95 % half-width is t(95 %, n-1) x se; otherwise u_pct is read as a 95 % half-width.
- Metering-year densities (TARGET_DENSITY, optional): a separate table for the metering-year keys; its densities are then drawn independently of the base year. Pass it when the two years' densities come from two independent plot samples (e.g. stratum_density run on the base-year and on the metering-year plots). Leave it empty when one density table serves both years: the same density error then affects both stocks and largely cancels in the sink (correlated; this is where the sink's U shrinks). Each table given must be the one parcel_stock used for that year (same checksum of its means), and when parcel_stock used two tables the metering-year table is required: otherwise the run stops.
- Area uncertainty (AREA_U, %): U of the area of each county x base stratum x target stratum cell, the same in both years (one measurement of the parcels).
- Correlation (CORRELATION, 0–1, default 0): with one density table per year, the correlation between the two tables' densities of the same stratum and pool: 0 independent samples, 1 the same factor (for partly remeasured samples, e.g. the share of remeasured plots; IPCC 2006 GL vol. 1 ch. 3 eq. 3.2 with a covariance term, h² = h₁² + h₂² − 2ρh₁h₂). The sink_independent rows always take 0, for comparison.
- Iterations (ITERATIONS; 0 = Approach 1 only), random seed (SEED; the same seed gives the same results), distribution (DISTRIBUTION: normal, lognormal with the same mean and sd, or normal truncated at zero).
- Discount (DISCOUNT): applies the conservative discount of CDM AR-TOOL14 on both sides: the baseline stock (stock_base) is raised by it (estimate + discount), the target stock and the sink rows (removals) are lowered (estimate - discount) (U &lt;= 10 %: none;  10-15 %: 25 % of the half-width; 15-20 %: 50 %; 20-30 %: 75 %; &gt; 30 %: all). AR-TOOL14 defines these bands on the 90 % confidence U, so the discount uses the 90 % half-width: from the Monte Carlo 5th and 95th percentiles, or, without iterations, the Approach 1 U x 1.645 / 1.960.
- Base and metering year (BASE_YEAR, TARGET_YEAR, optional): checked against the years parcel_stock recorded; a different year stops the run.

Pieces present in one year only (change_flag 2 or 3) have no stock change and are left out of the stocks and the sink, as in the parcel_stock SUMMARY group all.

Outputs: OUTPUT, one row per level (county, object, pool, total), name and quantity (stock_base, stock_target in t C; sink, sink_independent in t CO2e/a) with estimate, u1_pct, mc_mean, mc_p2_5, mc_p97_5, u2_pct, u2_low_pct, u2_high_pct (asymmetric), discount_u_pct (the 90 % U used), discount_share, discount (in the row's unit) and conservative (estimate + discount for stock_base, estimate - discount otherwise). HISTOGRAM (optional): bin_low, bin_high (t CO2e/a) and count of the Monte Carlo total sink (correlated case).</source>
        <translation>评估两个年份碳储量及碳汇量的不确定度，分县、分计量对象、分碳库及合计给出（湖北规范第 9 章及附录 E；IPCC 2006 指南第 1 卷第 3 章）。U 为 95 % 置信区间半宽占估计值的百分比。

方法 1（u1_pct）：误差传递，乘积按 IPCC 公式 3.1（密度 × 面积），加减按公式 3.2；共用同一分层碳密度或同一单元面积的各项先相加再平方，保留相关性。
方法 2（mc_*、u2_pct）：在分层级汇总量上做蒙特卡洛模拟。两个年份使用的同一分层碳密度在每次迭代中只抽一次、两年共用（统计量 'sink'）；统计量 'sink_independent' 两年独立抽样，以显示差别。

参数：
- 图斑碳储量叠加图斑（INPUT）：“图斑碳储量与碳汇量”的 OUTPUT，含 county、base_object、target_object、base_key、target_key、area_m2、stock_base_&lt;pool&gt;_tc、stock_target_&lt;pool&gt;_tc（t C），以及 parcel_stock 在每个叠加图斑上记录的事实：base_year、target_year、碳密度表名称与校验和、两期是否共用一张表。不确定度评定读取这些事实，从不反推。
- 分层碳密度（BASE_DENSITY）：“分层碳密度”的长表（stratum、pool、mean（t C/ha）、n、se、u_pct）。有 n &gt;= 2 和 se 时 95 % 半宽为 t(95 %, n-1) x se；否则把 u_pct 视为 95 % 半宽。
- 计量年分层碳密度（TARGET_DENSITY，可选）：计量年键另用的碳密度表，其密度与基准年独立抽样。两期碳密度来自两次独立的样地调查（如分别对基准年和计量年样地运行 stratum_density）时提供。两期共用一张碳密度表时留空：同一碳密度误差同时影响两期碳储量，在碳汇量中大部分抵消（相关；碳汇量的 U 正是在这里变小）。所给的每张表都须是 parcel_stock 该年所用的表（碳密度均值的校验和相同）；parcel_stock 用了两张表时必须给出计量年表，否则停止运行。
- 面积不确定度（AREA_U，%）：每个“县 x 基准年分层 x 计量年分层”单元面积的 U，两年相同（图斑只量测一次）。
- 相关系数（CORRELATION，0–1，缺省 0）：每个年度各有一张密度表时，两张表中同一分层同一碳库碳密度的相关系数：0 为独立样本，1 为同一因子（用于部分复测的样本；IPCC 2006 GL 第1卷第3章式 3.2 加协方差项，h² = h₁² + h₂² − 2ρh₁h₂）。sink_independent 各行始终取 0，供比较。
- 迭代次数（ITERATIONS；0 = 只算方法 1）、随机种子（SEED；同一种子结果相同）、分布（DISTRIBUTION：正态、均值和标准差相同的对数正态、零处截断正态）。
- 保守扣减（DISCOUNT）：按 CDM AR-TOOL14 双向执行保守扣减：基准年碳储量上调（估计值 + 扣减量），计量年碳储量与碳汇量下调（估计值 − 扣减量）（U ≤ 10 %：不扣减；10–15 %：扣减半宽的 25 %；15–20 %：50 %；20–30 %：75 %；&gt; 30 %：全部）。AR-TOOL14 按 90 % 置信水平的 U 划分上述区间，因此扣减使用 90 % 半宽：取蒙特卡洛第 5 与第 95 百分位数；未做迭代时取方法 1 的 U × 1.645 / 1.960。
- 基准年和计量年（BASE_YEAR、TARGET_YEAR，可选）：与 parcel_stock 记录的年份核对；不一致时停止运行。

只在一期出现的叠加图斑（change_flag 为 2 或 3）没有碳储量变化，与 parcel_stock SUMMARY 汇总表的 all 组一致，不计入碳储量和碳汇量。

输出：OUTPUT，按层级（县、计量对象、碳库、合计）每行一条，含名称与量（基准年碳储量、计量年碳储量，t C；碳汇量、按独立样本计的碳汇量，t CO2e/a），以及估计值、方法 1 的 U（%）、蒙特卡洛均值、2.5 与 97.5 百分位数、方法 2 的 U（%）及其下、上不对称 U（%）、所用 90 % U、扣减比例、扣减量（该行单位）与保守值（基准年碳储量为估计值 + 扣减量，其余为估计值 − 扣减量）。HISTOGRAM（可选）：蒙特卡洛总碳汇量（相关情形）的分组下限、上限（t CO2e/a）与频数。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="135" />
        <source>Metering-year stratum densities</source>
        <translation>计量年分层碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="135" />
        <source>Optional separate density table for target_key; its densities are drawn independently of the base year. Give it when the metering-year densities come from a separate plot sample; leave it empty when one table serves both years (the densities are then fully correlated between the years).</source>
        <translation>可选：target_key 另用的碳密度表，其密度与基准年独立抽样。计量年碳密度来自另一次样地调查时提供；两期共用一张表时留空（此时两期密度完全相关）。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="153" />
        <source>ρ between the base- and metering-year density of the same stratum and pool when each year has its own table: 0 independent samples (default), 1 the same factor. Ignored with one table.</source>
        <translation>每个年度各有一张密度表时，同一分层同一碳库基准年与计量年碳密度的相关系数 ρ：0 为独立样本（缺省），1 为同一因子。只有一张表时不使用。</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="209" />
        <source>Metering year</source>
        <translation>计量年</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="209" />
        <source>Metering year t2 (optional; checked against the recorded year like Base year).</source>
        <translation>计量年 t2（可选；与基准年一样同所记录的年份核对）。</translation>
    </message>
</context>
<context>
    <name>WorkflowDock</name>
    <message>
        <location filename="../plugin/workflow_dock.py" line="58" />
        <source>1 Parcel overlay and change flags</source>
        <translation>1 图斑叠加与变化标识</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="59" />
        <source>2 Plot carbon density</source>
        <translation>2 样地碳密度</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="60" />
        <source>3a Stratum density, base year</source>
        <translation>3a 分层碳密度（基准年）</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="62" />
        <source>4 Parcel stock and sink</source>
        <translation>4 图斑碳储量与碳汇量</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="63" />
        <source>5 Uncertainty</source>
        <translation>5 不确定度评定</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="64" />
        <source>6 Result tables and PDF report</source>
        <translation>6 成果表与 PDF 报告</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="89" />
        <source>Carbon metering workflow</source>
        <translation>碳汇计量流程</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="112" />
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="132" />
        <source>Carbon metering report</source>
        <translation>碳汇计量报告</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="133" />
        <source>Base-year parcels</source>
        <translation>基准年图斑</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="136" />
        <source>Land-class code field</source>
        <translation>地类编码字段</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="137" />
        <source>Sample plots (survey GeoPackage)</source>
        <translation>样地（调查 GeoPackage）</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="138" />
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="140" />
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="141" />
        <source>Report title</source>
        <translation>报告标题</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="167" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="178" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="181" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="183" />
        <source>Open the step's tool pre-filled, to change its parameters before running it</source>
        <translation>打开已预填参数的本步骤工具，可在运行前修改参数</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="190" />
        <source>Run all remaining steps</source>
        <translation>运行其余全部步骤</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="194" />
        <source>Open the PDF report</source>
        <translation>打开 PDF 报告</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="206" />
        <source>running …</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="208" />
        <source>failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="210" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="216" />
        <source>waits for step {0}</source>
        <translation>等待步骤 {0}</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="218" />
        <source>choose the inputs first</source>
        <translation>请先选择输入</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="220" />
        <source>ready</source>
        <translation>可运行</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="330" />
        <source>Carbon Metering</source>
        <translation>碳汇计量</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="241" />
        <source>Step {0} is not ready: {1}</source>
        <translation>步骤 {0} 尚不能运行：{1}</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="280" />
        <source>see the Processing log</source>
        <translation>详见处理日志</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="302" />
        <source>Carbon metering results</source>
        <translation>碳汇计量成果</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="330" />
        <source>Run the report step first.</source>
        <translation>请先运行报告步骤。</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="61" />
        <source>3b Stratum density, metering year</source>
        <translation>3b 分层碳密度（计量年）</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="135" />
        <source>Metering-year parcels</source>
        <translation>计量年图斑</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="139" />
        <source>Metering year</source>
        <translation>计量年</translation>
    </message>
</context>
<context>
    <name>report_layout</name>
    <message>
        <location filename="../processing_provider/report_layout.py" line="663" />
        <source>The PDF could not be written.</source>
        <translation>无法写出 PDF 文件。</translation>
    </message>
</context>
</TS>