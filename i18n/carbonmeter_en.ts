<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccuracyAssessmentAlgorithm</name>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="53" />
        <source>Map accuracy and error-adjusted areas</source>
        <translation>Map accuracy and error-adjusted areas</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="56" />
        <source>Ecological restoration</source>
        <translation>Ecological restoration</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="105" />
        <source>Classified map</source>
        <translation>Classified map</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="107" />
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="107" />
        <source>Band holding the class codes (the trend class is band 6 of ndvi_trend's output).</source>
        <translation>Band holding the class codes (the trend class is band 6 of ndvi_trend's output).</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="126" />
        <source>Reference samples</source>
        <translation>Reference samples</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="129" />
        <source>Reference class field</source>
        <translation>Reference class field</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="129" />
        <source>Field of the reference samples holding the class code (same codes as the map).</source>
        <translation>Field of the reference samples holding the class code (same codes as the map).</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="137" />
        <source>Confidence level</source>
        <translation>Confidence level</translation>
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
        <translation>Level of the confidence intervals.</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="140" />
        <source>Required overall accuracy (%)</source>
        <translation>Required overall accuracy (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="140" />
        <source>The map passes when its overall accuracy reaches this percentage (guideline: 85 %).</source>
        <translation>The map passes when its overall accuracy reaches this percentage (guideline: 85 %).</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="144" />
        <source>Confusion matrix</source>
        <translation>Confusion matrix</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="144" />
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="144" />
        <source>Error-adjusted areas</source>
        <translation>Error-adjusted areas</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="183" />
        <source>Map classes without any reference sample, left out of the estimate: {0}.</source>
        <translation>Map classes without any reference sample, left out of the estimate: {0}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="189" />
        <source>{0} reference samples lie outside the map or on nodata and are left out.</source>
        <translation>{0} reference samples lie outside the map or on nodata and are left out.</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="192" />
        <source>Overall accuracy {0:.1f} % ± {1:.1f} % ({2:.0f} % interval), kappa {3:.3f}: {4} the required {5:.0f} %.</source>
        <translation>Overall accuracy {0:.1f} % ± {1:.1f} % ({2:.0f} % interval), kappa {3:.3f}: {4} the required {5:.0f} %.</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="192" />
        <source>meets</source>
        <translation>meets</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="192" />
        <source>does not meet</source>
        <translation>does not meet</translation>
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
        <translation>Checks a classified map against reference samples: a raster (e.g. the trend class of ndvi_trend) or a polygon layer with a class field (e.g. the restoration types of restoration_areas). Confusion matrix, overall, user's and producer's accuracy and kappa, each with its confidence interval, and the error-adjusted (stratified) estimate of each class's area with its confidence interval, after Olofsson et al. (2014, Remote Sensing of Environment 148: 42–57). A map-based area count is biased by the map's errors; the error-adjusted area is not. The restoration guideline asks for an identification accuracy of at least 85 % (guideline 004 §4(一)).

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

Outputs: CONFUSION (sample counts, map class by reference class), STATISTICS (overall accuracy and kappa, user's and producer's accuracy per class, each with SE and interval, pass/fail; with report_section = restoration_accuracy, a section of Export report through SECTIONS), AREAS (mapped area and error-adjusted area per class in ha, with SE and interval).</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="105" />
        <source>Raster of integer class codes in a projected CRS (pixel area in m²); or give MAP_LAYER.</source>
        <translation>Raster of integer class codes in a projected CRS (pixel area in m²); or give MAP_LAYER.</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="109" />
        <source>Classified map polygons</source>
        <translation>Classified map polygons</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="109" />
        <source>Polygon map with a class field (areas in m², ellipsoidal in a geographic CRS), e.g. restoration_areas OUTPUT; instead of the raster MAP.</source>
        <translation>Polygon map with a class field (areas in m², ellipsoidal in a geographic CRS), e.g. restoration_areas OUTPUT; instead of the raster MAP.</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="113" />
        <source>Map class field</source>
        <translation>Map class field</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="113" />
        <source>Field of the map polygons holding the class (restoration_areas: restoration_type).</source>
        <translation>Field of the map polygons holding the class (restoration_areas: restoration_type).</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="116" />
        <source>Mapped region</source>
        <translation>Mapped region</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="116" />
        <source>Optional polygons of the whole region the polygon map was made for (e.g. the county, or the parcel_change pieces): the part of it outside every map polygon is the map class OUTSIDE_CLASS, so that missed areas (omission) are assessed. Polygons not overlapping each other; only with MAP_LAYER.</source>
        <translation>Optional polygons of the whole region the polygon map was made for (e.g. the county, or the parcel_change pieces): the part of it outside every map polygon is the map class OUTSIDE_CLASS, so that missed areas (omission) are assessed. Polygons not overlapping each other; only with MAP_LAYER.</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="122" />
        <source>Class outside the map polygons</source>
        <translation>Class outside the map polygons</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="122" />
        <source>Map class of the mapped region outside every map polygon (with MAP_REGION); reference samples of areas needing no restoration carry this class.</source>
        <translation>Map class of the mapped region outside every map polygon (with MAP_REGION); reference samples of areas needing no restoration carry this class.</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="126" />
        <source>Reference points or polygons with the true class.</source>
        <translation>Reference points or polygons with the true class.</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="132" />
        <source>Reference polygon rule</source>
        <translation>Reference polygon rule</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="132" />
        <source>Class covering the largest share</source>
        <translation>Class covering the largest share</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="132" />
        <source>Area-weighted</source>
        <translation>Area-weighted</translation>
    </message>
    <message>
        <location filename="../processing_provider/accuracy_assessment.py" line="132" />
        <source>How a reference polygon is paired with the map: the map class covering its largest share (one count), or split over the map classes by the share each covers (fractional counts).</source>
        <translation>How a reference polygon is paired with the map: the map class covering its largest share (one count), or split over the map classes by the share each covers (fractional counts).</translation>
    </message>
</context>
<context>
    <name>ActivityTemplateAlgorithm</name>
    <message>
        <location filename="../processing_provider/activity_template.py" line="19" />
        <source>Create activity-data template</source>
        <translation>Create activity-data template</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="22" />
        <source>Urban carbon monitoring</source>
        <translation>Urban carbon monitoring</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="25" />
        <source>Writes the xlsx workbook in which activity data for the emission inventory are collected (T/CI 231-2023, tables 1 and 2; emission-factor method of the IPCC 2006 GL and the NDRC sector guidelines). Sheet activity: row 1 Chinese headers, row 2 English headers, row 3 the field ids, data from row 4: entity, district/county, park, indicator (a level-5 line of table 2 for emissions, a level-4 line for reductions, chosen from a list), energy carrier or gas (list), amount (&gt;= 0; the indicator gives the sign: green electricity, hydrogen and reductions count negative), unit (list: t, kg, 10^4 m3, m3, L, kWh, MWh, GJ, TJ, tce, toe, t CO2e), period (2023 or 2023-01), notation key (NO, NE, IE, C as in the GPC), and the optional denominators of the intensity indicators: output value (10^4 CNY), floor area (m2), population, vehicle-km (10^4), product output (t). Sheets indicators, carriers and units show the shipped tables.</source>
        <translation>Writes the xlsx workbook in which activity data for the emission inventory are collected (T/CI 231-2023, tables 1 and 2; emission-factor method of the IPCC 2006 GL and the NDRC sector guidelines). Sheet activity: row 1 Chinese headers, row 2 English headers, row 3 the field ids, data from row 4: entity, district/county, park, indicator (a level-5 line of table 2 for emissions, a level-4 line for reductions, chosen from a list), energy carrier or gas (list), amount (&gt;= 0; the indicator gives the sign: green electricity, hydrogen and reductions count negative), unit (list: t, kg, 10^4 m3, m3, L, kWh, MWh, GJ, TJ, tce, toe, t CO2e), period (2023 or 2023-01), notation key (NO, NE, IE, C as in the GPC), and the optional denominators of the intensity indicators: output value (10^4 CNY), floor area (m2), population, vehicle-km (10^4), product output (t). Sheets indicators, carriers and units show the shipped tables.</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="38" />
        <source>Language of the lists</source>
        <translation>Language of the lists</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="38" />
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="38" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="40" />
        <source>Language of the indicator and carrier labels in the validation lists; the codes in front of them are what the inventory reads.</source>
        <translation>Language of the indicator and carrier labels in the validation lists; the codes in front of them are what the inventory reads.</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="43" />
        <source>Activity-data template</source>
        <translation>Activity-data template</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="43" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="45" />
        <source>The workbook to write (.xlsx); written whole or not at all.</source>
        <translation>The workbook to write (.xlsx); written whole or not at all.</translation>
    </message>
    <message>
        <location filename="../processing_provider/activity_template.py" line="54" />
        <source>Template written: {0}</source>
        <translation>Template written: {0}</translation>
    </message>
</context>
<context>
    <name>CarbonBalanceAlgorithm</name>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="79" />
        <source>Carbon balance of sources and sinks (T/CI 231)</source>
        <translation>Carbon balance of sources and sinks (T/CI 231)</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="82" />
        <source>Urban carbon monitoring</source>
        <translation>Urban carbon monitoring</translation>
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
        <translation>Sets the emissions of the emission inventory against the ecological carbon sinks per region (city, district/county, park) and year: T/CI 231-2023 section 5 table 1 (urban carbon sink per region, county and project boundary), section 6.1 (city - district - county - park accounting of sources and sinks) and 3.4 (carbon neutral: the balance of emissions and removals). All values in t CO2e/a.

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

Outputs: OUTPUT, one row per region and year with report_section = carbon_balance (for Export report, SECTIONS); LAYER, the same rows on the region polygons, loaded with the style styles/carbon_balance.qml (net emission, diverging around balance). Details: docs/urban_monitoring.md.</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="130" />
        <source>Regions (city, districts, parks)</source>
        <translation>Regions (city, districts, parks)</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="130" />
        <source>Polygons of the city, its districts or counties and its parks.</source>
        <translation>Polygons of the city, its districts or counties and its parks.</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="133" />
        <source>Region code field</source>
        <translation>Region code field</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="133" />
        <source>Code of each region as the inventory names it (region and park columns of the activity data; the city name for the city).</source>
        <translation>Code of each region as the inventory names it (region and park columns of the activity data; the city name for the city).</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="137" />
        <source>Level field</source>
        <translation>Level field</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="137" />
        <source>city, district (or county) or park; empty: the field named level.</source>
        <translation>city, district (or county) or park; empty: the field named level.</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="140" />
        <source>Emission inventory tables</source>
        <translation>Emission inventory tables</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="140" />
        <source>The OUTPUT table(s) of Emission inventory (t CO2e per region and period), e.g. one per year; a period in two tables is an error.</source>
        <translation>The OUTPUT table(s) of Emission inventory (t CO2e per region and period), e.g. one per year; a period in two tables is an error.</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="144" />
        <source>Sink tables</source>
        <translation>Sink tables</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="144" />
        <source>uncertainty OUTPUT, parcel_stock SUMMARY, district_sink OUTPUT/TABLE or a table with region and sink_tco2e (t CO2e/a, positive = removal).</source>
        <translation>uncertainty OUTPUT, parcel_stock SUMMARY, district_sink OUTPUT/TABLE or a table with region and sink_tco2e (t CO2e/a, positive = removal).</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="148" />
        <source>Sink source of each region</source>
        <translation>Sink source of each region</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="148" />
        <source>Table region, source (sink table name or number, or none), optional key and u_pct (%).</source>
        <translation>Table region, source (sink table name or number, or none), optional key and u_pct (%).</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="151" />
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="151" />
        <source>Calendar years, comma-separated (empty: every annual period of the inventory).</source>
        <translation>Calendar years, comma-separated (empty: every annual period of the inventory).</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="153" />
        <source>Electricity basis</source>
        <translation>Electricity basis</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="153" />
        <source>Location-based</source>
        <translation>Location-based</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="153" />
        <source>Market-based</source>
        <translation>Market-based</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="153" />
        <source>Which emission column of the inventory: location-based or market-based electricity.</source>
        <translation>Which emission column of the inventory: location-based or market-based electricity.</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="156" />
        <source>Uncertainty of the emissions (%)</source>
        <translation>Uncertainty of the emissions (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="156" />
        <source>U of the inventory's emissions and reductions, % (half the 95 % interval); empty: unknown.</source>
        <translation>U of the inventory's emissions and reductions, % (half the 95 % interval); empty: unknown.</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="159" />
        <source>Carbon balance</source>
        <translation>Carbon balance</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="159" />
        <source>One row per region and year (t CO2e/a, U in %), report_section = carbon_balance.</source>
        <translation>One row per region and year (t CO2e/a, U in %), report_section = carbon_balance.</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="162" />
        <source>Carbon balance map</source>
        <translation>Carbon balance map</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="162" />
        <source>The same rows on the region polygons, styled by net emission.</source>
        <translation>The same rows on the region polygons, styled by net emission.</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="196" />
        <source>Sink tables: {0}</source>
        <translation>Sink tables: {0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="242" />
        <source>{0} {1}: emissions {2:,.2f}, sink {3:,.2f}, net {4:,.2f} t CO2e/a{5}.</source>
        <translation>{0} {1}: emissions {2:,.2f}, sink {3:,.2f}, net {4:,.2f} t CO2e/a{5}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="165" />
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../processing_provider/carbon_balance.py" line="165" />
        <source>Table without geometry: every input table and layer with its source, feature count and SHA-256, every parameter, the plugin and QGIS versions.</source>
        <translation>Table without geometry: every input table and layer with its source, feature count and SHA-256, every parameter, the plugin and QGIS versions.</translation>
    </message>
</context>
<context>
    <name>CarbonMetering</name>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="96" />
        <source>Cancelled by the user; no output was written.</source>
        <translation>Cancelled by the user; no output was written.</translation>
    </message>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="323" />
        <source>Layer {0} has no field {1}.</source>
        <translation>Layer {0} has no field {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/model_actions.py" line="22" />
        <source>Could not load the model {0}.</source>
        <translation>Could not load the model {0}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="488" />
        <source>Could not write row {0} to the output: {1}</source>
        <translation>Could not write row {0} to the output: {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/survey_gpkg.py" line="217" />
        <source>Form and default style of {0} saved.</source>
        <translation>Form and default style of {0} saved.</translation>
    </message>
</context>
<context>
    <name>CarbonMeteringPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="40" />
        <source>Carbon Metering 碳汇计量</source>
        <translation>Carbon Metering 碳汇计量</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="74" />
        <source>Help and methods</source>
        <translation>Help and methods</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="148" />
        <source>Carbon Metering</source>
        <translation>Carbon Metering</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="82" />
        <source>Missing Python packages: {0}. Install them, then restart QGIS.
{1}</source>
        <translation>Missing Python packages: {0}. Install them, then restart QGIS.
{1}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="70" />
        <source>Load the sample county</source>
        <translation>Load the sample county</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="136" />
        <source>Parcels 2020 (base year)</source>
        <translation>Parcels 2020 (base year)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="138" />
        <source>Sample plots</source>
        <translation>Sample plots</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="148" />
        <source>The sample data is not in this installation ({0}).</source>
        <translation>The sample data is not in this installation ({0}).</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="66" />
        <source>Edit the metering chain in the graphical modeler</source>
        <translation>Edit the metering chain in the graphical modeler</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="48" />
        <source>Run the whole metering chain (model)</source>
        <translation>Run the whole metering chain (model)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="100" />
        <source>Workflow panel</source>
        <translation>Workflow panel</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="137" />
        <source>Parcels 2023 (metering year)</source>
        <translation>Parcels 2023 (metering year)</translation>
    </message>
</context>
<context>
    <name>CarbonMeteringProvider</name>
    <message>
        <location filename="../processing_provider/provider.py" line="28" />
        <source>Carbon Metering 碳汇计量</source>
        <translation>Carbon Metering 碳汇计量</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="31" />
        <source>Carbon Metering 碳汇计量 (carbon stock and sink of land parcels)</source>
        <translation>Carbon Metering 碳汇计量 (carbon stock and sink of land parcels)</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="57" />
        <source>Could not load the model {0}.</source>
        <translation>Could not load the model {0}.</translation>
    </message>
</context>
<context>
    <name>CasaNppAlgorithm</name>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="50" />
        <source>CASA net primary productivity (NPP)</source>
        <translation>CASA net primary productivity (NPP)</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="53" />
        <source>Remote-sensing carbon sink</source>
        <translation>Remote-sensing carbon sink</translation>
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
        <translation>Computes monthly net primary productivity NPP (g C/m²/month) and its annual sum (g C/m²/a) with the CASA light-use-efficiency model, the NPP acquisition step of DB4403/T 348—2023 (Shenzhen, urban carbon sink by remote sensing), in the form of Zhu Wenquan et al.:
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

Outputs (GeoTIFF, nodata −9999, units and the εmax source in the metadata): OUTPUT, 12 bands of monthly NPP (g C/m²/month); OUTPUT_ANNUAL, annual NPP (g C/m²/a); FACTORS (optional), 60 bands FPAR, Tε1, Tε2, Wε and ε (g C/MJ) per month, for inspection.</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="106" />
        <source>Monthly NDVI</source>
        <translation>Monthly NDVI</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="106" />
        <source>NDVI of the 12 months: one 12-band raster (January first) or 12 single-band rasters in month order. Its grid is the grid of every output.</source>
        <translation>NDVI of the 12 months: one 12-band raster (January first) or 12 single-band rasters in month order. Its grid is the grid of every output.</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="109" />
        <source>Monthly mean temperature (°C)</source>
        <translation>Monthly mean temperature (°C)</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="109" />
        <source>Monthly mean air temperature in °C, 12 bands or 12 rasters; aligned to the NDVI grid by bilinear interpolation.</source>
        <translation>Monthly mean air temperature in °C, 12 bands or 12 rasters; aligned to the NDVI grid by bilinear interpolation.</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="112" />
        <source>Monthly precipitation (mm)</source>
        <translation>Monthly precipitation (mm)</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="112" />
        <source>Monthly precipitation in mm/month, 12 bands or 12 rasters; aligned by bilinear interpolation.</source>
        <translation>Monthly precipitation in mm/month, 12 bands or 12 rasters; aligned by bilinear interpolation.</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="115" />
        <source>Monthly solar radiation (MJ/m²)</source>
        <translation>Monthly solar radiation (MJ/m²)</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="115" />
        <source>Monthly total solar radiation in MJ/m²/month, 12 bands or 12 rasters; aligned by bilinear interpolation.</source>
        <translation>Monthly total solar radiation in MJ/m²/month, 12 bands or 12 rasters; aligned by bilinear interpolation.</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="118" />
        <source>Vegetation classes</source>
        <translation>Vegetation classes</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="118" />
        <source>Vegetation-class raster; its values are the class column of the class table (aligned by nearest neighbour).</source>
        <translation>Vegetation-class raster; its values are the class column of the class table (aligned by nearest neighbour).</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="121" />
        <source>Class table (CSV)</source>
        <translation>Class table (CSV)</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="121" />
        <source>CSV with class, name_zh, name_en, emax (g C/MJ), optional ndvi_min and ndvi_max (fixed range overriding the percentiles), placeholder and source. Empty: the shipped table.</source>
        <translation>CSV with class, name_zh, name_en, emax (g C/MJ), optional ndvi_min and ndvi_max (fixed range overriding the percentiles), placeholder and source. Empty: the shipped table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="126" />
        <source>Monthly potential evapotranspiration (mm)</source>
        <translation>Monthly potential evapotranspiration (mm)</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="126" />
        <source>Optional PET in mm/month (12 bands or 12 rasters). Empty: Thornthwaite from temperature, without day-length correction.</source>
        <translation>Optional PET in mm/month (12 bands or 12 rasters). Empty: Thornthwaite from temperature, without day-length correction.</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="130" />
        <source>Water-stress denominator</source>
        <translation>Water-stress denominator</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="130" />
        <source>Zhu/Piao: Ep = (EET + PET)/2</source>
        <translation>Zhu/Piao: Ep = (EET + PET)/2</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="130" />
        <source>Potter: PET</source>
        <translation>Potter: PET</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="130" />
        <source>Wε = 0.5 + 0.5 EET/Ep. Zhu/Piao (default, methods.md §6) or Potter's original CASA.</source>
        <translation>Wε = 0.5 + 0.5 EET/Ep. Zhu/Piao (default, methods.md §6) or Potter's original CASA.</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="134" />
        <source>NDVI scale factor</source>
        <translation>NDVI scale factor</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="134" />
        <source>NDVI is divided by this: 1 for NDVI in [−1, 1], 10 000 for scaled products. Empty: detected (values beyond ±1.5 mean 10 000) and logged.</source>
        <translation>NDVI is divided by this: 1 for NDVI in [−1, 1], 10 000 for scaled products. Empty: detected (values beyond ±1.5 mean 10 000) and logged.</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="138" />
        <source>Monthly NPP</source>
        <translation>Monthly NPP</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="138" />
        <source>12-band GeoTIFF of monthly NPP, g C/m²/month.</source>
        <translation>12-band GeoTIFF of monthly NPP, g C/m²/month.</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="140" />
        <source>Annual NPP</source>
        <translation>Annual NPP</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="140" />
        <source>GeoTIFF of annual NPP (sum of the 12 months), g C/m²/a.</source>
        <translation>GeoTIFF of annual NPP (sum of the 12 months), g C/m²/a.</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="142" />
        <source>CASA factors</source>
        <translation>CASA factors</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="142" />
        <source>Optional 60-band GeoTIFF: FPAR, Tε1, Tε2, Wε and ε (g C/MJ) for each month.</source>
        <translation>Optional 60-band GeoTIFF: FPAR, Tε1, Tε2, Wε and ε (g C/MJ) for each month.</translation>
    </message>
    <message>
        <location filename="../processing_provider/casa_npp.py" line="166" />
        <source>Annual NPP: {0:,.0f} valid pixels, mean {1:.1f} g C/m²/a.</source>
        <translation>Annual NPP: {0:,.0f} valid pixels, mean {1:.1f} g C/m²/a.</translation>
    </message>
</context>
<context>
    <name>ChainModel</name>
    <message>
        <location filename="../processing_provider/chain_model.py" line="20" />
        <source>Carbon metering chain (whole workflow)</source>
        <translation>Carbon metering chain (whole workflow)</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="23" />
        <source>Parcel carbon metering</source>
        <translation>Parcel carbon metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="97" />
        <source>Land-survey parcels of the base year with a GB/T 21010 land-class code field.</source>
        <translation>Land-survey parcels of the base year with a GB/T 21010 land-class code field.</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="99" />
        <source>Field of BASE holding the land-class code (text, e.g. 0301).</source>
        <translation>Field of BASE holding the land-class code (text, e.g. 0301).</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="100" />
        <source>Land-survey parcels of the metering year.</source>
        <translation>Land-survey parcels of the metering year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="101" />
        <source>Field of TARGET holding the land-class code.</source>
        <translation>Field of TARGET holding the land-class code.</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="102" />
        <source>The survey GeoPackage's plots layer (tree, shrub, litter, deadwood and soil tables are read from the same GeoPackage).</source>
        <translation>The survey GeoPackage's plots layer (tree, shrub, litter, deadwood and soil tables are read from the same GeoPackage).</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="104" />
        <source>The base year t1 (plots with this survey_year give the base-year densities). Required.</source>
        <translation>The base year t1 (plots with this survey_year give the base-year densities). Required.</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="106" />
        <source>The metering year t2 (&gt; t1; plots with this survey_year give the metering-year densities). Required.</source>
        <translation>The metering year t2 (&gt; t1; plots with this survey_year give the metering-year densities). Required.</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="108" />
        <source>Soil organic carbon is summed to this depth, cm (IPCC: 30 cm).</source>
        <translation>Soil organic carbon is summed to this depth, cm (IPCC: 30 cm).</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="109" />
        <source>Two-sided t confidence for the density half-widths (AR-TOOL14: 90 %).</source>
        <translation>Two-sided t confidence for the density half-widths (AR-TOOL14: 90 %).</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="111" />
        <source>Title of the PDF report and the workbook.</source>
        <translation>Title of the PDF report and the workbook.</translation>
    </message>
    <message>
        <location filename="../processing_provider/chain_model.py" line="112" />
        <source>Language of sheet names and report text.</source>
        <translation>Language of sheet names and report text.</translation>
    </message>
</context>
<context>
    <name>CheckInputsAlgorithm</name>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="57" />
        <source>Check the chain's inputs</source>
        <translation>Check the chain's inputs</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="60" />
        <source>Parcel carbon metering</source>
        <translation>Parcel carbon metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="96" />
        <source>Sample plots</source>
        <translation>Sample plots</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="98" />
        <source>Plots with a survey_year field (the survey GeoPackage's plots layer or the output of plot_carbon): both years must have plots.</source>
        <translation>Plots with a survey_year field (the survey GeoPackage's plots layer or the output of plot_carbon): both years must have plots.</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="141" />
        <source>Base year</source>
        <translation>Base year</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="101" />
        <source>Calendar year t1 of the base survey.</source>
        <translation>Calendar year t1 of the base survey.</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="101" />
        <source>Calendar year t2 of the metering survey (later than the base year).</source>
        <translation>Calendar year t2 of the metering survey (later than the base year).</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="143" />
        <source>Base land-class code field</source>
        <translation>Base land-class code field</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="178" />
        <source>{0}: {1} parcels, code field {2}, CRS {3}: checked.</source>
        <translation>{0}: {1} parcels, code field {2}, CRS {3}: checked.</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="199" />
        <source>{0}: {1} plots of {2}.</source>
        <translation>{0}: {1} plots of {2}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Species parameter overrides (plot_carbon PARAMETERS)</source>
        <translation>Species parameter overrides (plot_carbon PARAMETERS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Optional table given to plot_carbon as PARAMETERS (species and the parameter columns wd_t_m3, bef, r, cf …): checked as plot_carbon reads it, bounds from the plausible ranges table.</source>
        <translation>Optional table given to plot_carbon as PARAMETERS (species and the parameter columns wd_t_m3, bef, r, cf …): checked as plot_carbon reads it, bounds from the plausible ranges table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Pool default overrides (plot_carbon DEFAULTS)</source>
        <translation>Pool default overrides (plot_carbon DEFAULTS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Optional table given to plot_carbon as DEFAULTS (object, pool, density_t_c_ha or mean in t C/ha).</source>
        <translation>Optional table given to plot_carbon as DEFAULTS (object, pool, density_t_c_ha or mean in t C/ha).</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Pool factor overrides (plot_carbon POOL_FACTORS)</source>
        <translation>Pool factor overrides (plot_carbon POOL_FACTORS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Optional table given to plot_carbon as POOL_FACTORS (factor, object, value, source).</source>
        <translation>Optional table given to plot_carbon as POOL_FACTORS (factor, object, value, source).</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Default densities (stratum_density DEFAULTS)</source>
        <translation>Default densities (stratum_density DEFAULTS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Optional default-density table given to stratum_density as DEFAULTS (object, pool, mean t C/ha, u_pct %, source; or wide): no negative or implausible mean, every metered object and pool present.</source>
        <translation>Optional default-density table given to stratum_density as DEFAULTS (object, pool, mean t C/ha, u_pct %, source; or wide): no negative or implausible mean, every metered object and pool present.</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Base-year densities (parcel_stock BASE_DENSITY)</source>
        <translation>Base-year densities (parcel_stock BASE_DENSITY)</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Optional density table given to parcel_stock for the base year (t C/ha): complete, plausible, and its survey_year (when it has one) equal to the base year.</source>
        <translation>Optional density table given to parcel_stock for the base year (t C/ha): complete, plausible, and its survey_year (when it has one) equal to the base year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="134" />
        <source>Density key</source>
        <translation>Density key</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="134" />
        <source>Metering object</source>
        <translation>Metering object</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="134" />
        <source>Land-class code</source>
        <translation>Land-class code</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="137" />
        <source>How the density tables BASE_DENSITY and TARGET_DENSITY are keyed, as parcel_stock's KEY: by metering object or by land-class code.</source>
        <translation>How the density tables BASE_DENSITY and TARGET_DENSITY are keyed, as parcel_stock's KEY: by metering object or by land-class code.</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="247" />
        <source>… and {0} more problem(s).</source>
        <translation>… and {0} more problem(s).</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="248" />
        <source>The parameter tables cannot be used; fix these values first:</source>
        <translation>The parameter tables cannot be used; fix these values first:</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="63" />
        <source>Checks the inputs of the carbon metering chain before anything is computed or written, and stops with the message the later step would give: the years (the base year before the metering year), both parcel layers (polygons, not empty, the code field present and holding land-class codes — a real-valued area column is refused with the layer's code-like fields suggested), their CRS against their coordinates (a layer declared geographic holding projected metres is refused with the probable EPSG), the land class → object mapping table, the plots (a survey_year field, plots of both years) and the parameter tables given (required columns, numbers, the bounds of metering/data/plausible_ranges.csv, completeness, the survey year of a density table), each error naming the table, row and column. It is the first step of the chain model, so a run that would fail later leaves no output behind; it writes nothing itself. The checks are those of the steps themselves: parcel_change (Hubei spec ch. 5 and 8, GB/T 21010 codes), stratum_density (plots of the survey year, Hubei spec ch. 6) and parcel_stock (t1 &lt; t2, ch. 8).

Parameters: BASE, TARGET (parcel layers), BASE_FIELD, TARGET_FIELD (code fields, default DLBM), MAPPING (optional table code → object), COUNTY_FIELD (optional), AREA_METHOD (official needs TBDLMJ or TBMJ), PLOTS (optional plots layer with survey_year), BASE_YEAR, TARGET_YEAR (calendar years).
Parameter tables (optional, each read as the step that uses it reads it): SPECIES_PARAMETERS, POOL_DEFAULTS, POOL_FACTORS (plot_carbon's PARAMETERS, DEFAULTS, POOL_FACTORS: species parameters such as wood density t/m³, BEF, R, CF checked against their plausible ranges), DENSITY_DEFAULTS (stratum_density's DEFAULTS: object, pool, mean t C/ha, u_pct, or wide; no negative mean, none above the plausible range, every metered object and pool present), BASE_DENSITY, TARGET_DENSITY (parcel_stock's density tables, keyed as KEY: object or land-class code; complete, plausible, and a table's survey_year equal to BASE_YEAR or TARGET_YEAR).
Outputs: BASE_YEAR, TARGET_YEAR (the years checked), BASE_FIELD, TARGET_FIELD (the code fields used).</source>
        <translation>Checks the inputs of the carbon metering chain before anything is computed or written, and stops with the message the later step would give: the years (the base year before the metering year), both parcel layers (polygons, not empty, the code field present and holding land-class codes — a real-valued area column is refused with the layer's code-like fields suggested), their CRS against their coordinates (a layer declared geographic holding projected metres is refused with the probable EPSG), the land class → object mapping table, the plots (a survey_year field, plots of both years) and the parameter tables given (required columns, numbers, the bounds of metering/data/plausible_ranges.csv, completeness, the survey year of a density table), each error naming the table, row and column. It is the first step of the chain model, so a run that would fail later leaves no output behind; it writes nothing itself. The checks are those of the steps themselves: parcel_change (Hubei spec ch. 5 and 8, GB/T 21010 codes), stratum_density (plots of the survey year, Hubei spec ch. 6) and parcel_stock (t1 &lt; t2, ch. 8).

Parameters: BASE, TARGET (parcel layers), BASE_FIELD, TARGET_FIELD (code fields, default DLBM), MAPPING (optional table code → object), COUNTY_FIELD (optional), AREA_METHOD (official needs TBDLMJ or TBMJ), PLOTS (optional plots layer with survey_year), BASE_YEAR, TARGET_YEAR (calendar years).
Parameter tables (optional, each read as the step that uses it reads it): SPECIES_PARAMETERS, POOL_DEFAULTS, POOL_FACTORS (plot_carbon's PARAMETERS, DEFAULTS, POOL_FACTORS: species parameters such as wood density t/m³, BEF, R, CF checked against their plausible ranges), DENSITY_DEFAULTS (stratum_density's DEFAULTS: object, pool, mean t C/ha, u_pct, or wide; no negative mean, none above the plausible range, every metered object and pool present), BASE_DENSITY, TARGET_DENSITY (parcel_stock's density tables, keyed as KEY: object or land-class code; complete, plausible, and a table's survey_year equal to BASE_YEAR or TARGET_YEAR).
Outputs: BASE_YEAR, TARGET_YEAR (the years checked), BASE_FIELD, TARGET_FIELD (the code fields used).</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="141" />
        <source>Metering year</source>
        <translation>Metering year</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Metering-year densities (parcel_stock TARGET_DENSITY)</source>
        <translation>Metering-year densities (parcel_stock TARGET_DENSITY)</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="109" />
        <source>Optional density table for the metering year: as the base-year table, its survey_year equal to the metering year.</source>
        <translation>Optional density table for the metering year: as the base-year table, its survey_year equal to the metering year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="143" />
        <source>Metering-year land-class code field</source>
        <translation>Metering-year land-class code field</translation>
    </message>
    <message>
        <location filename="../processing_provider/check_inputs.py" line="159" />
        <source>Give both the base year and the metering year (BASE_YEAR, TARGET_YEAR).</source>
        <translation>Give both the base year and the metering year (BASE_YEAR, TARGET_YEAR).</translation>
    </message>
</context>
<context>
    <name>CreateSurveyAlgorithm</name>
    <message>
        <location filename="../processing_provider/create_survey.py" line="78" />
        <source>Create survey GeoPackage</source>
        <translation>Create survey GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="81" />
        <source>Sample-plot survey</source>
        <translation>Sample-plot survey</translation>
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
        <translation>Creates an empty sample-plot survey GeoPackage (Hubei spec: sample-plot survey is the primary method). It holds the point layer plots (plot_id, survey_year, object, stratum, county, plot_shape, plot_area_m2 in m², slope_deg in degrees, surveyor, survey_date, photo, remarks) and the tables trees (species, dbh_cm, height_m, status, crown_width_m, decay_class), shrub_herb (layer, quadrat_area_m2, fresh_mass_kg, sample_fresh_g, sample_dry_g), litter, deadwood (diameter_cm and length_m, or volume_m3; decay_class) and soil (layer_top_cm, layer_bottom_cm, soc_g_kg or som_g_kg, bulk_density_g_cm3, gravel_pct), each linked to its plot by plot_id with an enforced foreign key (orphans are refused; deleting a plot deletes its rows).
A QGIS project named 'survey' is stored inside the GeoPackage with the relations and the attribute forms: tabs, relation editors from a plot to its trees, quadrats and soil layers, value maps from the parameter tables (metering objects, species, decay classes, layers, status, shape) and constraints that refuse impossible values (DBH ≤ 0, bottom ≤ top, dry &gt; fresh). The same forms are saved as each layer's default style, so they also work when a layer is opened on its own and in field apps that read QGIS projects.
Parameters:
- Output GeoPackage: the .gpkg file to create.
- CRS: coordinate reference system of the plots (default CGCS2000 / 3-degree Gauss-Kruger CM 114E, EPSG:4547); use the CRS of the county's land-survey layers.
- Form language: labels and value lists in Chinese (zh) or English (en).
Fill it in QGIS or a field app, or fill the field-sheet workbook (forms/field_sheets_template.xlsx) and load it with 'Import survey field sheets'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="110" />
        <source>Output survey GeoPackage</source>
        <translation>Output survey GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="110" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="118" />
        <source>CRS of the plots</source>
        <translation>CRS of the plots</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="119" />
        <source>Coordinate reference system of the plot points; use the CRS of the county's land-survey (三调) layers. Empty: EPSG:4547.</source>
        <translation>Coordinate reference system of the plot points; use the CRS of the county's land-survey (三调) layers. Empty: EPSG:4547.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="122" />
        <source>Form language</source>
        <translation>Form language</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="122" />
        <source>Chinese (zh)</source>
        <translation>Chinese (zh)</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="122" />
        <source>English (en)</source>
        <translation>English (en)</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="125" />
        <source>Language of the field labels and value lists in the forms.</source>
        <translation>Language of the field labels and value lists in the forms.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="131" />
        <source>Output {0}: the survey must be a GeoPackage file ending in .gpkg.</source>
        <translation>Output {0}: the survey must be a GeoPackage file ending in .gpkg.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="140" />
        <source>CRS {0} is geographic: plot coordinates will be degrees.</source>
        <translation>CRS {0} is geographic: plot coordinates will be degrees.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="146" />
        <source>Output {0}: the folder {1} does not exist.</source>
        <translation>Output {0}: the folder {1} does not exist.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="151" />
        <source>Output {0} exists and cannot be replaced ({1}); close it in other programs or choose another file.</source>
        <translation>Output {0} exists and cannot be replaced ({1}); close it in other programs or choose another file.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="157" />
        <source>Could not create the survey GeoPackage {0}: {1}</source>
        <translation>Could not create the survey GeoPackage {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="159" />
        <source>Survey GeoPackage {0} created (CRS {1}, forms in {2}). Open it in QGIS with Project &gt; Open From &gt; GeoPackage (project 'survey').</source>
        <translation>Survey GeoPackage {0} created (CRS {1}, forms in {2}). Open it in QGIS with Project &gt; Open From &gt; GeoPackage (project 'survey').</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="113" />
        <source>The survey GeoPackage to create (.gpkg). Default: survey.gpkg (survey_2.gpkg … when taken) in the plugin's output folder (settings page), else in the home folder; a named file, never a temporary one. An existing file given here is replaced.</source>
        <translation>The survey GeoPackage to create (.gpkg). Default: survey.gpkg (survey_2.gpkg … when taken) in the plugin's output folder (settings page), else in the home folder; a named file, never a temporary one. An existing file given here is replaced.</translation>
    </message>
</context>
<context>
    <name>DistrictSinkAlgorithm</name>
    <message>
        <location filename="../processing_provider/district_sink.py" line="69" />
        <source>District carbon sink evaluation</source>
        <translation>District carbon sink evaluation</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="72" />
        <source>Remote-sensing carbon sink</source>
        <translation>Remote-sensing carbon sink</translation>
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
        <translation>Evaluates the urban carbon sink per district from the annual NEP raster: the evaluation and analysis step (城市碳汇评价分析) of DB4403/T 348—2023. Sink of a district = Σ NEP × pixel area (methods.md §6) over the pixels whose centres fall in the district; positive = removal.

Per district: total sink (t C/a and t CO2e/a, CO2e = C × 44/12 as in the IPCC 2006 Guidelines), sink per unit area (t C/ha/a and t CO2e/ha/a over the district's planar area in the raster CRS), vegetated area (pixels with annual NPP &gt; 0, ha and %), share of the city's total sink (%), rank (1 = largest sink) and grade by sink per area.

Parameters:
- NEP: the annual output of Net ecosystem productivity (OUTPUT_ANNUAL, 4 bands: NEP g C/m²/a, NEP t C/a per pixel, Rh, NPP).
- DISTRICTS: district polygons (reprojected to the raster CRS); DISTRICT_FIELD names them.
- BREAKS: class breaks of the sink per area in t C/ha/a, comma-separated and increasing; grade 1 is ≤ the first break, the last grade &gt; the last break. Default 0, 1, 2, 4: a placeholder of this plugin (the interpretation of the standard at hand gives no class breaks).

Outputs: OUTPUT, the districts with district, area_ha, vegetated_ha, vegetated_pct, pixels, nodata_pixels, sink_tc, sink_tco2e, sink_tc_per_ha, sink_tco2e_per_ha, share_pct, rank, grade, grade_label; loaded with the shipped style styles/district_sink.qml (colours by grade). TABLE: the same rows with report_section = district_sink, for Export report (SECTIONS). Details in docs/remote_sensing.md, appendix A.</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="102" />
        <source>Annual NEP</source>
        <translation>Annual NEP</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="102" />
        <source>OUTPUT_ANNUAL of Net ecosystem productivity (band 2: NEP in t C/a per pixel; band 4: NPP).</source>
        <translation>OUTPUT_ANNUAL of Net ecosystem productivity (band 2: NEP in t C/a per pixel; band 4: NPP).</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="104" />
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="104" />
        <source>District (or any evaluation-unit) polygons.</source>
        <translation>District (or any evaluation-unit) polygons.</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="107" />
        <source>District name field</source>
        <translation>District name field</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="107" />
        <source>Field with the district's name or code.</source>
        <translation>Field with the district's name or code.</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="110" />
        <source>Grade breaks (t C/ha/a)</source>
        <translation>Grade breaks (t C/ha/a)</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="110" />
        <source>Increasing class breaks of the sink per area, comma-separated, in t C/ha/a (default 0, 1, 2, 4: a placeholder).</source>
        <translation>Increasing class breaks of the sink per area, comma-separated, in t C/ha/a (default 0, 1, 2, 4: a placeholder).</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="114" />
        <source>District sink</source>
        <translation>District sink</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="114" />
        <source>The districts with their sink, per-area sink, vegetated area, share, rank and grade.</source>
        <translation>The districts with their sink, per-area sink, vegetated area, share, rank and grade.</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="117" />
        <source>District sink table</source>
        <translation>District sink table</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="117" />
        <source>The same rows without geometry, with report_section = district_sink (Export report).</source>
        <translation>The same rows without geometry, with report_section = district_sink (Export report).</translation>
    </message>
    <message>
        <location filename="../processing_provider/district_sink.py" line="163" />
        <source>City total: {0:,.2f} t C/a ({1:,.2f} t CO2e/a) over {2} districts.</source>
        <translation>City total: {0:,.2f} t C/a ({1:,.2f} t CO2e/a) over {2} districts.</translation>
    </message>
</context>
<context>
    <name>EmissionInventoryAlgorithm</name>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="34" />
        <source>Emission inventory (T/CI 231)</source>
        <translation>Emission inventory (T/CI 231)</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="37" />
        <source>Urban carbon monitoring</source>
        <translation>Urban carbon monitoring</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="40" />
        <source>Accounts emissions by the emission-factor method (E = activity x factor; IPCC 2006 GL vol. 2; NDRC sector guidelines) over the indicator system of T/CI 231-2023 table 2, per entity, park, district and city and per period, at every level (1 emissions/reductions ... 5 the carrier, and the carrier itself), direct and indirect apart. Fuels: NCV x carbon content x oxidation x 44/12 (GB/T 32150 appendix A). Electricity in t CO2/MWh: location-based (the set's provincial factor, else national) and market-based (residual mix) side by side; green electricity, hydrogen and reductions negative. Gases: GWP100 of IPCC AR5 or AR6. Rejected rows are listed with sheet, row, column and reason; every factor row used is in the factors table.</source>
        <translation>Accounts emissions by the emission-factor method (E = activity x factor; IPCC 2006 GL vol. 2; NDRC sector guidelines) over the indicator system of T/CI 231-2023 table 2, per entity, park, district and city and per period, at every level (1 emissions/reductions ... 5 the carrier, and the carrier itself), direct and indirect apart. Fuels: NCV x carbon content x oxidation x 44/12 (GB/T 32150 appendix A). Electricity in t CO2/MWh: location-based (the set's provincial factor, else national) and market-based (residual mix) side by side; green electricity, hydrogen and reductions negative. Gases: GWP100 of IPCC AR5 or AR6. Rejected rows are listed with sheet, row, column and reason; every factor row used is in the factors table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="54" />
        <source>Activity data (.xlsx template or .csv)</source>
        <translation>Activity data (.xlsx template or .csv)</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="55" />
        <source>Workbook made by 'Create activity-data template' (sheet activity) or a CSV with the field ids as header.</source>
        <translation>Workbook made by 'Create activity-data template' (sheet activity) or a CSV with the field ids as header.</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="58" />
        <source>Grid factor set (issuer, data year)</source>
        <translation>Grid factor set (issuer, data year)</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="60" />
        <source>Which official grid factors: MEE/NBS 2022 data, MEE/NBS 2021 data, or the MEE 0.5703 of the 2023-2025 reporting notice (t CO2/MWh).</source>
        <translation>Which official grid factors: MEE/NBS 2022 data, MEE/NBS 2021 data, or the MEE 0.5703 of the 2023-2025 reporting notice (t CO2/MWh).</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="63" />
        <source>Grid region (province code)</source>
        <translation>Grid region (province code)</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="65" />
        <source>CN for the national factor, a GB/T 2260 province code (42 = Hubei) or a regional grid id (grid_central) for the location-based factor.</source>
        <translation>CN for the national factor, a GB/T 2260 province code (42 = Hubei) or a regional grid id (grid_central) for the location-based factor.</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="68" />
        <source>GWP set</source>
        <translation>GWP set</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="70" />
        <source>GWP100 values for the non-CO2 gases of table 1 (IPCC AR6 or AR5).</source>
        <translation>GWP100 values for the non-CO2 gases of table 1 (IPCC AR6 or AR5).</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="72" />
        <source>Local factors (CSV)</source>
        <translation>Local factors (CSV)</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="74" />
        <source>Factor rows in the library's columns; a local row overrides the set's row of the same quantity. Duplicated entries are an error.</source>
        <translation>Factor rows in the library's columns; a local row overrides the set's row of the same quantity. Duplicated entries are an error.</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="77" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="77" />
        <source>All or nothing</source>
        <translation>All or nothing</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="77" />
        <source>Valid rows only</source>
        <translation>Valid rows only</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="80" />
        <source>All or nothing: any rejected row stops the run. Valid rows: rejected rows are left out and listed.</source>
        <translation>All or nothing: any rejected row stops the run. Valid rows: rejected rows are left out and listed.</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="83" />
        <source>City name</source>
        <translation>City name</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="84" />
        <source>unit_id of the whole-city rows.</source>
        <translation>unit_id of the whole-city rows.</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="86" />
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="86" />
        <source>Activity rows with factors</source>
        <translation>Activity rows with factors</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="87" />
        <source>Intensities</source>
        <translation>Intensities</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="87" />
        <source>Factor rows used</source>
        <translation>Factor rows used</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="88" />
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="92" />
        <source>Table without geometry (see docs/urban_monitoring.md for its columns).</source>
        <translation>Table without geometry (see docs/urban_monitoring.md for its columns).</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="88" />
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../processing_provider/emission_inventory.py" line="94" />
        <source>Table without geometry: the activity file and local factors with absolute path and SHA-256, every parameter, the plugin and QGIS versions, the factor sets chosen and the sources of the shipped tables (placeholders listed apart); the factor rows themselves are in the factors table.</source>
        <translation>Table without geometry: the activity file and local factors with absolute path and SHA-256, every parameter, the plugin and QGIS versions, the factor sets chosen and the sources of the shipped tables (placeholders listed apart); the factor rows themselves are in the factors table.</translation>
    </message>
</context>
<context>
    <name>ExportReportAlgorithm</name>
    <message>
        <location filename="../processing_provider/export_report.py" line="67" />
        <source>Export result tables and report (xlsx, PDF)</source>
        <translation>Export result tables and report (xlsx, PDF)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="70" />
        <source>Parcel carbon metering</source>
        <translation>Parcel carbon metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="123" />
        <source>Parcel stock pieces (parcel_stock OUTPUT)</source>
        <translation>Parcel stock pieces (parcel_stock OUTPUT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Stock summary (parcel_stock SUMMARY)</source>
        <translation>Stock summary (parcel_stock SUMMARY)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>The county × object × pool summary of parcel_stock; copied to its own sheet.</source>
        <translation>The county × object × pool summary of parcel_stock; copied to its own sheet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Change matrix (parcel_change CHANGE_MATRIX)</source>
        <translation>Change matrix (parcel_change CHANGE_MATRIX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Plot densities (plot_carbon OUTPUT)</source>
        <translation>Plot densities (plot_carbon OUTPUT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Plots with survey_year, object and densities per pool (t C/ha); summarised per year and object.</source>
        <translation>Plots with survey_year, object and densities per pool (t C/ha); summarised per year and object.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Base-year stratum densities (stratum_density OUTPUT)</source>
        <translation>Base-year stratum densities (stratum_density OUTPUT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Stratum density table of the base year: stratum, pool, n, mean, sd, se, half_width, u_pct, source.</source>
        <translation>Stratum density table of the base year: stratum, pool, n, mean, sd, se, half_width, u_pct, source.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Uncertainty results (uncertainty OUTPUT)</source>
        <translation>Uncertainty results (uncertainty OUTPUT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Approach 1 and Monte Carlo results per level and quantity (IPCC 2006 GL vol. 1 ch. 3).</source>
        <translation>Approach 1 and Monte Carlo results per level and quantity (IPCC 2006 GL vol. 1 ch. 3).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Monte Carlo histogram (uncertainty HISTOGRAM)</source>
        <translation>Monte Carlo histogram (uncertainty HISTOGRAM)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Bins of the simulated total sink: bin_low, bin_high (t CO2e/a), count. Drawn in the PDF.</source>
        <translation>Bins of the simulated total sink: bin_low, bin_high (t CO2e/a), count. Drawn in the PDF.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="159" />
        <source>Base year</source>
        <translation>Base year</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="162" />
        <source>Labels the density tables and the method statement. Optional: by default read from the stock layer's base_year / target_year fields when present.</source>
        <translation>Labels the density tables and the method statement. Optional: by default read from the stock layer's base_year / target_year fields when present.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="184" />
        <source>Report title</source>
        <translation>Report title</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="257" />
        <source>Carbon metering report</source>
        <translation>Carbon metering report</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="186" />
        <source>Printed on the PDF's first page and the workbook's summary sheet.</source>
        <translation>Printed on the PDF's first page and the workbook's summary sheet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="199" />
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="199" />
        <source>Chinese (zh)</source>
        <translation>Chinese (zh)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="199" />
        <source>English (en)</source>
        <translation>English (en)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="202" />
        <source>Language of sheet names, object names and the PDF text. Header rows are always in both Chinese and English.</source>
        <translation>Language of sheet names, object names and the PDF text. Header rows are always in both Chinese and English.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="205" />
        <source>Result workbook</source>
        <translation>Result workbook</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="205" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="207" />
        <source>The xlsx workbook with the appendix F tables and the provenance sheet.</source>
        <translation>The xlsx workbook with the appendix F tables and the provenance sheet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="209" />
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="209" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="214" />
        <source>Total stock, base year (t C)</source>
        <translation>Total stock, base year (t C)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="249" />
        <source>Layer {0} (parameter {1}) lacks the fields {2}. Give the output of the algorithm named in the parameter's description.</source>
        <translation>Layer {0} (parameter {1}) lacks the fields {2}. Give the output of the algorithm named in the parameter's description.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="261" />
        <source>Give a file for the result workbook (OUTPUT_XLSX).</source>
        <translation>Give a file for the result workbook (OUTPUT_XLSX).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="301" />
        <source>Layer {0} (STOCK) has no features: nothing to report.</source>
        <translation>Layer {0} (STOCK) has no features: nothing to report.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="305" />
        <source>Layer {0} (STOCK), field county is empty for feature ids {1}. Give parcel_change a county field (COUNTY_FIELD) and rerun the chain.</source>
        <translation>Layer {0} (STOCK), field county is empty for feature ids {1}. Give parcel_change a county field (COUNTY_FIELD) and rerun the chain.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="308" />
        <source>Read {0} pieces.</source>
        <translation>Read {0} pieces.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="399" />
        <source>Building the PDF report…</source>
        <translation>Building the PDF report…</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="422" />
        <source>The PDF report {0} could not be written: {1}</source>
        <translation>The PDF report {0} could not be written: {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="423" />
        <source>PDF report ({0} pages): {1}</source>
        <translation>PDF report ({0} pages): {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="433" />
        <source>The workbook {0} could not be written: {1}</source>
        <translation>The workbook {0} could not be written: {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="434" />
        <source>Workbook with sheets {0}: {1}</source>
        <translation>Workbook with sheets {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="165" />
        <source>Original inputs to record (parcels, plots …)</source>
        <translation>Original inputs to record (parcels, plots …)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="175" />
        <source>Sections of the other systems (tables)</source>
        <translation>Sections of the other systems (tables)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="179" />
        <source>Tables of the other systems to add to the report, each as a workbook sheet and one or more PDF pages (long tables continue on further pages): e.g. the TABLE of District carbon sink (DB4403/T 348). A table is recognised by its report_section column; each is recorded in the provenance with its checksum.</source>
        <translation>Tables of the other systems to add to the report, each as a workbook sheet and one or more PDF pages (long tables continue on further pages): e.g. the TABLE of District carbon sink (DB4403/T 348). A table is recognised by its report_section column; each is recorded in the provenance with its checksum.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="494" />
        <source>Report section: {0} ({1} rows, from {2}).</source>
        <translation>Report section: {0} ({1} rows, from {2}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="127" />
        <source>The pieces with stock per pool at both years, stock change (t C/a) and sink (t CO2e/a), as written by carbonmeter:parcel_stock.</source>
        <translation>The pieces with stock per pool at both years, stock change (t C/a) and sink (t CO2e/a), as written by carbonmeter:parcel_stock.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="216" />
        <source>Total sink (t CO2e/a)</source>
        <translation>Total sink (t CO2e/a)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>County names (table)</source>
        <translation>County names (table)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Optional table with the county code (field county, code or XZQDM) and its name (name, name_zh and name_en, or XZQMC). Names are shown beside the codes; codes not in it take the shipped table metering/data/county_names.csv (the districts of Wuhan).</source>
        <translation>Optional table with the county code (field county, code or XZQDM) and its name (name, name_zh and name_en, or XZQMC). Names are shown beside the codes; codes not in it take the shipped table metering/data/county_names.csv (the districts of Wuhan).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="188" />
        <source>Organisation (compiled by)</source>
        <translation>Organisation (compiled by)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="188" />
        <source>The organisation that compiled the report, printed in the sign-off block of the PDF's first page. The plugin's settings page fills it in from its organisation setting.</source>
        <translation>The organisation that compiled the report, printed in the sign-off block of the PDF's first page. The plugin's settings page fills it in from its organisation setting.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="188" />
        <source>Compiled by (name)</source>
        <translation>Compiled by (name)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="188" />
        <source>Name of the person who compiled the report; empty leaves a line to sign.</source>
        <translation>Name of the person who compiled the report; empty leaves a line to sign.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="188" />
        <source>Checked by (name)</source>
        <translation>Checked by (name)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="188" />
        <source>Name of the person who checked the report; empty leaves a line to sign.</source>
        <translation>Name of the person who checked the report; empty leaves a line to sign.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="211" />
        <source>The PDF report (maps, every result table whole, method and uncertainty statements, unverified defaults, provenance). Leave empty to skip it.</source>
        <translation>The PDF report (maps, every result table whole, method and uncertainty statements, unverified defaults, provenance). Leave empty to skip it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="342" />
        <source>base year</source>
        <translation>base year</translation>
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
        <translation>Writes the result tables of a carbon metering run to an Excel workbook in the form of the Hubei land-space carbon-sink metering specification, appendix F, and optionally a PDF report.

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

Units: areas ha, stocks t C, stock change t C/a, sink t CO2e/a (positive = removal), densities t C/ha. Outputs are written whole or not at all.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Area (ha) by base-year × metering-year class; rows with level 'object' are used. Without it the matrix is summed from the pieces.</source>
        <translation>Area (ha) by base-year × metering-year class; rows with level 'object' are used. Without it the matrix is summed from the pieces.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Metering-year stratum densities (stratum_density OUTPUT)</source>
        <translation>Metering-year stratum densities (stratum_density OUTPUT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Stratum density table of the metering year (same fields as the base-year table).</source>
        <translation>Stratum density table of the metering year (same fields as the base-year table).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="159" />
        <source>Metering year</source>
        <translation>Metering year</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="169" />
        <source>The layers the whole metering started from (base-year and metering-year parcels, the survey plots). They are listed in the provenance with path, feature count and SHA-256, so the result can be traced back to the delivered data (the chain model fills this in).</source>
        <translation>The layers the whole metering started from (base-year and metering-year parcels, the survey plots). They are listed in the provenance with path, feature count and SHA-256, so the result can be traced back to the delivered data (the chain model fills this in).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="215" />
        <source>Total stock, metering year (t C)</source>
        <translation>Total stock, metering year (t C)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="343" />
        <source>metering year</source>
        <translation>metering year</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="438" />
        <source>All counties: stock {0:,.2f} t C (base), {1:,.2f} t C (metering year), sink {2:,.2f} t CO2e/a.</source>
        <translation>All counties: stock {0:,.2f} t C (base), {1:,.2f} t C (metering year), sink {2:,.2f} t CO2e/a.</translation>
    </message>
</context>
<context>
    <name>ImportSurveyAlgorithm</name>
    <message>
        <location filename="../processing_provider/import_survey.py" line="55" />
        <source>Import survey field sheets</source>
        <translation>Import survey field sheets</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="58" />
        <source>Sample-plot survey</source>
        <translation>Sample-plot survey</translation>
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
        <translation>Loads filled field sheets into a survey GeoPackage (Hubei spec: sample-plot survey). The input is a workbook in the format of forms/field_sheets_template.xlsx (sheets plots, trees, shrub_herb, litter, deadwood, soil; row 3 holds the field ids, records from row 4) or CSV files: plots.csv and, in the same folder, trees.csv, shrub_herb.csv, litter.csv, deadwood.csv, soil.csv, each with one header line of field ids. Plots need columns x and y (plot centre). Units: DBH cm, height m, areas m², masses kg (quadrat) and g (samples), SOC/SOM g/kg, bulk density g/cm³, gravel volume %.
Every row is checked against the survey schema: required values, numbers and ranges (e.g. DBH &gt; 0), value lists (codes or Chinese/English names), sample dry mass ≤ fresh mass, layer bottom &gt; top, SOC or SOM, diameter and length or volume; duplicate plot ids (in the sheets and against the GeoPackage), rows whose plot id is unknown (orphans) and plots outside the county. Each problem is reported with sheet, row (as numbered in Excel or the CSV file), column, value and reason.
Parameters:
- Field sheets: the .xlsx workbook or plots.csv.
- Survey GeoPackage: an existing survey (made by 'Create survey GeoPackage') to import into. Empty: a new survey is created at the output.
- County boundary (optional): polygon layer; plots outside it are errors.
- CRS of x, y: the CRS of the coordinates in the sheets (default: the survey's CRS; EPSG:4547 for a new survey).
- Mode: all or nothing (default: nothing is imported when any problem is found) or import the valid rows (rows with problems, and rows of rejected plots, are left out).
- Rejected rows (optional table): sheet, row, column, value, reason of every problem.
- Output survey: where the result is written. Empty with a survey given: the survey is updated in place (atomically). With a survey and another output: the survey is copied there and left unchanged.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="91" />
        <source>Field sheets (.xlsx workbook or plots.csv)</source>
        <translation>Field sheets (.xlsx workbook or plots.csv)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="91" />
        <source>Field sheets (*.xlsx *.csv)</source>
        <translation>Field sheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="94" />
        <source>Filled workbook in the template's format, or plots.csv with trees.csv, shrub_herb.csv, litter.csv, deadwood.csv, soil.csv beside it.</source>
        <translation>Filled workbook in the template's format, or plots.csv with trees.csv, shrub_herb.csv, litter.csv, deadwood.csv, soil.csv beside it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="97" />
        <source>Survey GeoPackage to import into</source>
        <translation>Survey GeoPackage to import into</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="99" />
        <source>Existing survey GeoPackage. Empty: a new survey is created at the output.</source>
        <translation>Existing survey GeoPackage. Empty: a new survey is created at the output.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="101" />
        <source>County boundary</source>
        <translation>County boundary</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="103" />
        <source>Polygon layer of the county (or counties); plots outside it are errors.</source>
        <translation>Polygon layer of the county (or counties); plots outside it are errors.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="105" />
        <source>CRS of the x, y columns</source>
        <translation>CRS of the x, y columns</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="106" />
        <source>CRS of the plot coordinates in the sheets. Empty: the survey's CRS.</source>
        <translation>CRS of the plot coordinates in the sheets. Empty: the survey's CRS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="108" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="108" />
        <source>All or nothing</source>
        <translation>All or nothing</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="108" />
        <source>Import valid rows, reject the others</source>
        <translation>Import valid rows, reject the others</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="111" />
        <source>All or nothing: any problem stops the import and nothing is written. Valid rows: rows without problems are imported, the others listed.</source>
        <translation>All or nothing: any problem stops the import and nothing is written. Valid rows: rows without problems are imported, the others listed.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="114" />
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="117" />
        <source>Table of the problems: sheet, row, column, value, reason.</source>
        <translation>Table of the problems: sheet, row, column, value, reason.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="119" />
        <source>Output survey GeoPackage</source>
        <translation>Output survey GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="119" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="122" />
        <source>Result survey. Empty with a survey given: the survey is updated in place.</source>
        <translation>Result survey. Empty with a survey given: the survey is updated in place.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="133" />
        <source>the column is missing from the sheet</source>
        <translation>the column is missing from the sheet</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="134" />
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="135" />
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="136" />
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="137" />
        <source>not a date (write YYYY-MM-DD)</source>
        <translation>not a date (write YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="138" />
        <source>out of range: must be {range}</source>
        <translation>out of range: must be {range}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="139" />
        <source>not an allowed value (allowed: {allowed})</source>
        <translation>not an allowed value (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="142" />
        <source>duplicate plot id (first given in row {first_row})</source>
        <translation>duplicate plot id (first given in row {first_row})</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="143" />
        <source>plot id already in the survey GeoPackage</source>
        <translation>plot id already in the survey GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="144" />
        <source>plot id not found in the plots sheet nor in the survey GeoPackage</source>
        <translation>plot id not found in the plots sheet nor in the survey GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="145" />
        <source>its plot was rejected</source>
        <translation>its plot was rejected</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="146" />
        <source>the coordinates lie outside the county</source>
        <translation>the coordinates lie outside the county</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="170" />
        <source>sheet {0}, row {1}, column {2}, value '{3}': {4}</source>
        <translation>sheet {0}, row {1}, column {2}, value '{3}': {4}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="177" />
        <source>Field sheets {0}: the file does not exist.</source>
        <translation>Field sheets {0}: the file does not exist.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="186" />
        <source>Field sheets {0}: use an .xlsx workbook or plots.csv.</source>
        <translation>Field sheets {0}: use an .xlsx workbook or plots.csv.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="188" />
        <source>Field sheets {0} cannot be read ({1}); save it as .xlsx from the template or as UTF-8 CSV.</source>
        <translation>Field sheets {0} cannot be read ({1}); save it as .xlsx from the template or as UTF-8 CSV.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="191" />
        <source>Field sheets {0}: no sheet named plots, trees, shrub_herb, litter, deadwood or soil was found; use forms/field_sheets_template.xlsx.</source>
        <translation>Field sheets {0}: no sheet named plots, trees, shrub_herb, litter, deadwood or soil was found; use forms/field_sheets_template.xlsx.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="206" />
        <source>County boundary {0} has no polygons.</source>
        <translation>County boundary {0} has no polygons.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="220" />
        <source>Give a survey GeoPackage to import into, or an output file for a new survey.</source>
        <translation>Give a survey GeoPackage to import into, or an output file for a new survey.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="222" />
        <source>Output {0}: the survey must be a GeoPackage file ending in .gpkg.</source>
        <translation>Output {0}: the survey must be a GeoPackage file ending in .gpkg.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="227" />
        <source>Survey GeoPackage {0} does not exist.</source>
        <translation>Survey GeoPackage {0} does not exist.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="230" />
        <source>{0} is not a survey GeoPackage: missing {1}. Create one with 'Create survey GeoPackage'.</source>
        <translation>{0} is not a survey GeoPackage: missing {1}. Create one with 'Create survey GeoPackage'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="239" />
        <source>Reading {0}</source>
        <translation>Reading {0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="251" />
        <source>Sheet {0}: {1} rows read.</source>
        <translation>Sheet {0}: {1} rows read.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="254" />
        <source>Field sheets {0}: the sheet plots is missing; a new survey needs plots.</source>
        <translation>Field sheets {0}: the sheet plots is missing; a new survey needs plots.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="295" />
        <source>{0} problems found in {1}; nothing was imported. Fix the rows below (or run in 'Import valid rows' mode):
{2}</source>
        <translation>{0} problems found in {1}; nothing was imported. Fix the rows below (or run in 'Import valid rows' mode):
{2}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="319" />
        <source>Imported into {0}: {1}; {2} problems.</source>
        <translation>Imported into {0}: {1}; {2} problems.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="463" />
        <source>Could not create the survey GeoPackage {0}: {1}</source>
        <translation>Could not create the survey GeoPackage {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="477" />
        <source>Could not write to the survey GeoPackage {0}: {1}; it was left unchanged.</source>
        <translation>Could not write to the survey GeoPackage {0}: {1}; it was left unchanged.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="141" />
        <source>wrong format (expected {digits} digits)</source>
        <translation>wrong format (expected {digits} digits)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="158" />
        <source>decay class is for standing dead trees only</source>
        <translation>decay class is for standing dead trees only</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="159" />
        <source>sample dry mass must not exceed sample fresh mass</source>
        <translation>sample dry mass must not exceed sample fresh mass</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="160" />
        <source>give mid diameter and length, or the volume</source>
        <translation>give mid diameter and length, or the volume</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="161" />
        <source>layer bottom must be deeper than layer top</source>
        <translation>layer bottom must be deeper than layer top</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="162" />
        <source>give SOC or SOM</source>
        <translation>give SOC or SOM</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="447" />
        <source>The layers {0} of the open project read {1}: reload them (right-click › Reload layer) or reopen the project to see the imported rows.</source>
        <translation>The layers {0} of the open project read {1}: reload them (right-click › Reload layer) or reopen the project to see the imported rows.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="125" />
        <source>Rows imported</source>
        <translation>Rows imported</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="126" />
        <source>Problems reported</source>
        <translation>Problems reported</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="147" />
        <source>x and y look swapped: as (y, x) the point lies in the area of use of {crs}, as (x, y) it does not</source>
        <translation>x and y look swapped: as (y, x) the point lies in the area of use of {crs}, as (x, y) it does not</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="149" />
        <source>the point lies outside the area of use of {crs} ({area}); check the coordinates and the CRS of x, y</source>
        <translation>the point lies outside the area of use of {crs} ({area}); check the coordinates and the CRS of x, y</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="151" />
        <source>the plot lists {table} as surveyed but the field sheets have no sheet {table}</source>
        <translation>the plot lists {table} as surveyed but the field sheets have no sheet {table}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="153" />
        <source>unusual value: outside the plausible range {range} {unit}; check it</source>
        <translation>unusual value: outside the plausible range {range} {unit}; check it</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="367" />
        <source>The field sheets have no sheet {0}, but {1} plot(s) list {0} as surveyed: {2}. They are imported without {0} measurements and {0} is removed from their pools_surveyed, so their pools take the defaults of their metering object.</source>
        <translation>The field sheets have no sheet {0}, but {1} plot(s) list {0} as surveyed: {2}. They are imported without {0} measurements and {0} is removed from their pools_surveyed, so their pools take the defaults of their metering object.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="163" />
        <source>a temporary plot has no permanent plot id</source>
        <translation>a temporary plot has no permanent plot id</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="341" />
        <source>Permanent plots: {0} measurements of {1} permanent ids; {2} problems (tolerance {3:g} m).</source>
        <translation>Permanent plots: {0} measurements of {1} permanent ids; {2} problems (tolerance {3:g} m).</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="140" />
        <source>not an allowed value; did you mean {suggestion}? (allowed: {allowed})</source>
        <translation>not an allowed value; did you mean {suggestion}? (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="294" />
        <source>… and {0} more problems (listed in the log above).</source>
        <translation>… and {0} more problems (listed in the log above).</translation>
    </message>
</context>
<context>
    <name>LayerStyle</name>
    <message>
        <location filename="../processing_provider/layer_style.py" line="19" />
        <source>Overlay pieces and change flags</source>
        <translation>Overlay pieces and change flags</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="20" />
        <source>Change matrix</source>
        <translation>Change matrix</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="21" />
        <source>Plot carbon densities</source>
        <translation>Plot carbon densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="22" />
        <source>Stratum densities</source>
        <translation>Stratum densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="23" />
        <source>Stratum densities, base year</source>
        <translation>Stratum densities, base year</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="24" />
        <source>Stratum densities, metering year</source>
        <translation>Stratum densities, metering year</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="26" />
        <source>Parcel stock and sink</source>
        <translation>Parcel stock and sink</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="27" />
        <source>Stock and sink summary</source>
        <translation>Stock and sink summary</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="28" />
        <source>Uncertainty</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="29" />
        <source>Monte Carlo histogram</source>
        <translation>Monte Carlo histogram</translation>
    </message>
    <message>
        <location filename="../processing_provider/layer_style.py" line="25" />
        <source>Change densities of the permanent plots</source>
        <translation>Change densities of the permanent plots</translation>
    </message>
</context>
<context>
    <name>LidarDensityAlgorithm</name>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="55" />
        <source>LiDAR density (wall-to-wall and model-assisted)</source>
        <translation>LiDAR density (wall-to-wall and model-assisted)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="58" />
        <source>LiDAR-assisted survey</source>
        <translation>LiDAR-assisted survey</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="61" />
        <source>Applies the models of lidar_model to the metric raster of lidar_metrics (Hubei spec appendix D): the density ŷ (t C/ha) of every cell with its prediction standard error (a new plot-sized unit: √(σ² + x₀ᵀVx₀) for linear forms; for the power form the lognormal ŷ·√(exp(s²) − 1), s² = σ² + x₀ᵀVx₀ on the log scale) and a flag where a metric lies outside the range of the calibration plots (predicted, flagged and counted, never silently extrapolated). Cells take the model of their parcel's metering object; without parcels the single model of the file is applied to every cell.

Per parcel: the mean of its cells' ŷ, with SE = √(gᵀVg + mean residual variance / N) (coefficient error shared by the cells, residual error of N independent cells), N and the flagged share.

Per object (stratum): the model-assisted (regression, GREG) mean ȳ = mean of ŷ over the stratum's cells + mean of the calibration plots' residuals (y − ŷ), SE = s_e/√n (methods §9; Särndal et al. 1992), beside the plots-only mean ȳ_s with SE = s_y/√n, half-widths t(n − 1) × SE and U %, and the efficiency (SE_plots/SE_GREG)². The density table holds the GREG means in the long layout of stratum_density (stratum = object, pool, n, mean, sd, se, half_width, u_pct, source = lidar_greg), with every pool, as parcel_stock needs: a model of total gives each pool the plots' share of it times the model-assisted total; a model of one pool completes the others with their plots-only statistics. parcel_stock accepts it as its density table and uncertainty reads its U %.</source>
        <translation>Applies the models of lidar_model to the metric raster of lidar_metrics (Hubei spec appendix D): the density ŷ (t C/ha) of every cell with its prediction standard error (a new plot-sized unit: √(σ² + x₀ᵀVx₀) for linear forms; for the power form the lognormal ŷ·√(exp(s²) − 1), s² = σ² + x₀ᵀVx₀ on the log scale) and a flag where a metric lies outside the range of the calibration plots (predicted, flagged and counted, never silently extrapolated). Cells take the model of their parcel's metering object; without parcels the single model of the file is applied to every cell.

Per parcel: the mean of its cells' ŷ, with SE = √(gᵀVg + mean residual variance / N) (coefficient error shared by the cells, residual error of N independent cells), N and the flagged share.

Per object (stratum): the model-assisted (regression, GREG) mean ȳ = mean of ŷ over the stratum's cells + mean of the calibration plots' residuals (y − ŷ), SE = s_e/√n (methods §9; Särndal et al. 1992), beside the plots-only mean ȳ_s with SE = s_y/√n, half-widths t(n − 1) × SE and U %, and the efficiency (SE_plots/SE_GREG)². The density table holds the GREG means in the long layout of stratum_density (stratum = object, pool, n, mean, sd, se, half_width, u_pct, source = lidar_greg), with every pool, as parcel_stock needs: a model of total gives each pool the plots' share of it times the model-assisted total; a model of one pool completes the others with their plots-only statistics. parcel_stock accepts it as its density table and uncertainty reads its U %.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="81" />
        <source>Model file</source>
        <translation>Model file</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="82" />
        <source>The JSON model file written by lidar_model.</source>
        <translation>The JSON model file written by lidar_model.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="84" />
        <source>Metric raster</source>
        <translation>Metric raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="85" />
        <source>The metric raster of lidar_metrics (bands named after the metrics), computed with the same conventions and a cell of about the plot area.</source>
        <translation>The metric raster of lidar_metrics (bands named after the metrics), computed with the same conventions and a cell of about the plot area.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="88" />
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="90" />
        <source>Polygons with the metering object of each (e.g. parcel_change output, target_object); each gets the mean density of the cells whose centres it holds, and its object's cells make the object's stratum. Only parcels meeting the metric raster's extent are read and written.</source>
        <translation>Polygons with the metering object of each (e.g. parcel_change output, target_object); each gets the mean density of the cells whose centres it holds, and its object's cells make the object's stratum. Only parcels meeting the metric raster's extent are read and written.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="95" />
        <source>Metering object field of the parcels</source>
        <translation>Metering object field of the parcels</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="98" />
        <source>Field of the parcels holding the metering object that selects the model, or a land-class code field (DLBM), mapped to objects with the shipped landclass_mapping.csv.</source>
        <translation>Field of the parcels holding the metering object that selects the model, or a land-class code field (DLBM), mapped to objects with the shipped landclass_mapping.csv.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="101" />
        <source>Confidence level</source>
        <translation>Confidence level</translation>
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
        <translation>Two-sided level of the half-widths: 90 % as CDM AR-TOOL14, 95 % as IPCC 2006 GL vol. 1.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="105" />
        <source>Density raster</source>
        <translation>Density raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="106" />
        <source>GeoTIFF bands density (t C/ha), se (t C/ha) and out_of_range (1 = a metric outside the calibration range).</source>
        <translation>GeoTIFF bands density (t C/ha), se (t C/ha) and out_of_range (1 = a metric outside the calibration range).</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="109" />
        <source>Parcel densities</source>
        <translation>Parcel densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="111" />
        <source>The parcels with lidar_object, lidar_n_cells, lidar_density and lidar_se (t C/ha) and lidar_out_of_range_pct (%).</source>
        <translation>The parcels with lidar_object, lidar_n_cells, lidar_density and lidar_se (t C/ha) and lidar_out_of_range_pct (%).</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="114" />
        <source>Density table (for parcel_stock)</source>
        <translation>Density table (for parcel_stock)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="116" />
        <source>The model-assisted mean density per object and pool in stratum_density's long layout.</source>
        <translation>The model-assisted mean density per object and pool in stratum_density's long layout.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="118" />
        <source>Model-assisted and plots-only estimates</source>
        <translation>Model-assisted and plots-only estimates</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="120" />
        <source>Per object: plots-only and GREG means, SE, half-width, U % and the efficiency.</source>
        <translation>Per object: plots-only and GREG means, SE, half-width, U % and the efficiency.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="150" />
        <source>{0} holds land-class codes: mapped to metering objects with landclass_mapping.csv.</source>
        <translation>{0} holds land-class codes: mapped to metering objects with landclass_mapping.csv.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="171" />
        <source>{0}: {1} cells predicted, {2} outside the calibration range.</source>
        <translation>{0}: {1} cells predicted, {2} outside the calibration range.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_density.py" line="196" />
        <source>{0} {1}: plots only {2:.2f} ± {3:.2f} t C/ha (U {4:.1f} %), model-assisted {5:.2f} ± {6:.2f} (U {7:.1f} %), efficiency {8:.2f}</source>
        <translation>{0} {1}: plots only {2:.2f} ± {3:.2f} t C/ha (U {4:.1f} %), model-assisted {5:.2f} ± {6:.2f} (U {7:.1f} %), efficiency {8:.2f}</translation>
    </message>
</context>
<context>
    <name>LidarMetricsAlgorithm</name>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="63" />
        <source>LiDAR metrics (plots and grid)</source>
        <translation>LiDAR metrics (plots and grid)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="66" />
        <source>LiDAR-assisted survey</source>
        <translation>LiDAR-assisted survey</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="69" />
        <source>Computes area-based LiDAR metrics (Hubei spec appendix D, LiDAR survey and monitoring) from an airborne point cloud (LAS/LAZ 1.2–1.4, read block-wise with laspy) or from a canopy-height model (CHM) raster, over the footprints of survey plots and over a grid for wall-to-wall use.

Heights above ground: from the classified ground returns (class 2: mean ground elevation per DTM cell, gaps filled from neighbouring cells, bilinear between cell centres; lidR triangulates instead), from a DTM raster (bilinear), or taken as they are when the cloud is already normalised. Noise (classes 7, 18) is dropped; negative heights count as 0. Ground returns count in every metric (lidR convention); FUSION's minht is the Minimum height parameter. Percentiles by R quantile type 7 unless chosen otherwise. Canopy cover: share of first returns above the cover threshold (2 m, lidR pzabove2). zpcum1…9: share of returns at or below i/10 of the max height.

A point plot's footprint is the circle or square of its plot_shape and plot_area_m2 centred on it (rectangles as squares of the same area); polygon plots are their polygons. From a CHM each pixel counts as one first return at its height.

Metrics (name, unit, definition, lidR and FUSION equivalents):
{0}

Outputs: the plots with the metric fields appended (the input attributes kept, so the output of plot_carbon feeds lidar_model), and a GeoTIFF with one band per metric (band description = metric name, the definitions in its metadata) and a .provenance.json beside it.</source>
        <translation>Computes area-based LiDAR metrics (Hubei spec appendix D, LiDAR survey and monitoring) from an airborne point cloud (LAS/LAZ 1.2–1.4, read block-wise with laspy) or from a canopy-height model (CHM) raster, over the footprints of survey plots and over a grid for wall-to-wall use.

Heights above ground: from the classified ground returns (class 2: mean ground elevation per DTM cell, gaps filled from neighbouring cells, bilinear between cell centres; lidR triangulates instead), from a DTM raster (bilinear), or taken as they are when the cloud is already normalised. Noise (classes 7, 18) is dropped; negative heights count as 0. Ground returns count in every metric (lidR convention); FUSION's minht is the Minimum height parameter. Percentiles by R quantile type 7 unless chosen otherwise. Canopy cover: share of first returns above the cover threshold (2 m, lidR pzabove2). zpcum1…9: share of returns at or below i/10 of the max height.

A point plot's footprint is the circle or square of its plot_shape and plot_area_m2 centred on it (rectangles as squares of the same area); polygon plots are their polygons. From a CHM each pixel counts as one first return at its height.

Metrics (name, unit, definition, lidR and FUSION equivalents):
{0}

Outputs: the plots with the metric fields appended (the input attributes kept, so the output of plot_carbon feeds lidar_model), and a GeoTIFF with one band per metric (band description = metric name, the definitions in its metadata) and a .provenance.json beside it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="90" />
        <source>Point cloud (LAS/LAZ)</source>
        <translation>Point cloud (LAS/LAZ)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="92" />
        <source>Airborne LiDAR point cloud, LAS or LAZ 1.2–1.4, in the plots' projected CRS (metres). Needs the Python packages laspy and lazrs. Give this or a CHM.</source>
        <translation>Airborne LiDAR point cloud, LAS or LAZ 1.2–1.4, in the plots' projected CRS (metres). Needs the Python packages laspy and lazrs. Give this or a CHM.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="95" />
        <source>Canopy-height model (CHM) raster</source>
        <translation>Canopy-height model (CHM) raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="96" />
        <source>Instead of a point cloud: a CHM raster (m above ground); each pixel is one first return.</source>
        <translation>Instead of a point cloud: a CHM raster (m above ground); each pixel is one first return.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="170" />
        <source>Heights above ground from</source>
        <translation>Heights above ground from</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="173" />
        <source>classified ground returns (class 2)</source>
        <translation>classified ground returns (class 2)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="173" />
        <source>DTM raster</source>
        <translation>DTM raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="174" />
        <source>cloud already normalised</source>
        <translation>cloud already normalised</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="101" />
        <source>Classified ground: mean ground elevation per DTM cell of the DTM resolution, gaps filled from neighbours, bilinear; DTM raster: bilinear in the given DTM; already normalised: z is the height. Ignored for a CHM.</source>
        <translation>Classified ground: mean ground elevation per DTM cell of the DTM resolution, gaps filled from neighbours, bilinear; DTM raster: bilinear in the given DTM; already normalised: z is the height. Ignored for a CHM.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="106" />
        <source>Digital terrain model (m, same CRS as the cloud), for 'DTM raster'; returns outside it are dropped and counted in the log.</source>
        <translation>Digital terrain model (m, same CRS as the cloud), for 'DTM raster'; returns outside it are dropped and counted in the log.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="109" />
        <source>Plots</source>
        <translation>Plots</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="111" />
        <source>Survey plots: points with plot_shape (circle, square, rectangle) and plot_area_m2 (m²), as the survey GeoPackage plots layer or plot_carbon's output; or polygons.</source>
        <translation>Survey plots: points with plot_shape (circle, square, rectangle) and plot_area_m2 (m²), as the survey GeoPackage plots layer or plot_carbon's output; or polygons.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="114" />
        <source>Grid cell size (m)</source>
        <translation>Grid cell size (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="116" />
        <source>Side of the grid cells in metres; the default 25.8 m gives cells of the 666.7 m² (1 mu) plot area, so plot models apply to cells of the same support.</source>
        <translation>Side of the grid cells in metres; the default 25.8 m gives cells of the 666.7 m² (1 mu) plot area, so plot models apply to cells of the same support.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="119" />
        <source>Grid extent</source>
        <translation>Grid extent</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="120" />
        <source>Extent of the metric raster (default: the cloud's or CHM's extent), snapped outwards to multiples of the cell size.</source>
        <translation>Extent of the metric raster (default: the cloud's or CHM's extent), snapped outwards to multiples of the cell size.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="167" />
        <source>Canopy cover height threshold (m)</source>
        <translation>Canopy cover height threshold (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="125" />
        <source>Cover = share of first returns higher than this (m): 2 m as lidR pzabove2; 1.3 m (breast height) in some tables; FUSION lets the user set it.</source>
        <translation>Cover = share of first returns higher than this (m): 2 m as lidR pzabove2; 1.3 m (breast height) in some tables; FUSION lets the user set it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="168" />
        <source>Percentile interpolation (R quantile type)</source>
        <translation>Percentile interpolation (R quantile type)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="128" />
        <source>type {0}</source>
        <translation>type {0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="130" />
        <source>Hyndman &amp; Fan / R quantile type of the percentiles: 7 (default) as lidR and numpy (linear between order statistics); 1 is the nearest-rank inverse of the ECDF.</source>
        <translation>Hyndman &amp; Fan / R quantile type of the percentiles: 7 (default) as lidR and numpy (linear between order statistics); 1 is the nearest-rank inverse of the ECDF.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="169" />
        <source>Minimum height for height metrics (m)</source>
        <translation>Minimum height for height metrics (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="135" />
        <source>Empty (default): every return counts, ground included (lidR). A value: returns lower than it are left out of max…zpcum, as FUSION's minht; n, density and cover keep them.</source>
        <translation>Empty (default): every return counts, ground included (lidR). A value: returns lower than it are left out of max…zpcum, as FUSION's minht; n, density and cover keep them.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="171" />
        <source>Ground DTM resolution (m)</source>
        <translation>Ground DTM resolution (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="141" />
        <source>Cell size (m) of the DTM built from the classified ground returns.</source>
        <translation>Cell size (m) of the DTM built from the classified ground returns.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="144" />
        <source>Points read per block</source>
        <translation>Points read per block</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="147" />
        <source>Returns read at a time (laspy chunk iterator); memory grows with it (~60 bytes each).</source>
        <translation>Returns read at a time (laspy chunk iterator); memory grows with it (~60 bytes each).</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="150" />
        <source>Plot metrics</source>
        <translation>Plot metrics</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="152" />
        <source>The plots with their attributes and the metric fields (units in the help).</source>
        <translation>The plots with their attributes and the metric fields (units in the help).</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="154" />
        <source>Grid metrics table</source>
        <translation>Grid metrics table</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="157" />
        <source>Optional: one point per grid cell with returns (at the cell centre) with row, col and the metric fields; needs the metric raster output.</source>
        <translation>Optional: one point per grid cell with returns (at the cell centre) with row, col and the metric fields; needs the metric raster output.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="160" />
        <source>Metric raster</source>
        <translation>Metric raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="162" />
        <source>GeoTIFF, one float32 band per metric in the order of the help (nodata −9999).</source>
        <translation>GeoTIFF, one float32 band per metric in the order of the help (nodata −9999).</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="224" />
        <source>{0} returns or pixels; metric conventions: {1}</source>
        <translation>{0} returns or pixels; metric conventions: {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="283" />
        <source>Metrics of {0} plots written.</source>
        <translation>Metrics of {0} plots written.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="322" />
        <source>Metric raster {0}: {1} × {2} cells of {3} m, {4} with returns, {5} bands.</source>
        <translation>Metric raster {0}: {1} × {2} cells of {3} m, {4} with returns, {5} bands.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="172" />
        <source>ground margin (m)</source>
        <translation>ground margin (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_metrics.py" line="180" />
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>LidarModelAlgorithm</name>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="47" />
        <source>LiDAR density model (plots)</source>
        <translation>LiDAR density model (plots)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="50" />
        <source>LiDAR-assisted survey</source>
        <translation>LiDAR-assisted survey</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="53" />
        <source>Fits plot carbon density (t C/ha, a pool or the total of plot_carbon) against LiDAR metrics of the same plots (the output of lidar_metrics over plot_carbon's plots), one model per metering object (Hubei spec appendix D: plot survey first, LiDAR in support; area-based approach).

Forms: linear y = b0 + b1·x; log–log power ln y = b0 + b1·ln x, back-transformed with the Baskerville (1972) / Sprugel (1983) factor exp(σ²/2), σ² = SSE/(n − 2) of the log fit; multiple linear y = b0 + Σ bk·xk. Ordinary least squares; coefficient SE = √diag(σ²(XᵀX)⁻¹); R² on the fitted scale; RMSE = √mean((ŷ − y)²), relative RMSE = RMSE/ȳ × 100, bias = mean(ŷ − y) on the original scale; the same from leave-one-out and from spatially blocked cross-validation (square blocks of the block size from the origin of the CRS, blocks sorted by their column and row index and dealt to the folds in turn: deterministic). A model needs at least p + 2 plots with metrics (p coefficients); an object with fewer is refused with the reason; objects whose plots have no LiDAR metrics are skipped (log).

Outputs: the model file (JSON: coefficients, covariance, σ², calibration ranges, the calibration plots' observations and predictions for the model-assisted estimate of lidar_density, the metric conventions and the provenance), a table of coefficients and fit statistics, and a residual plot (PNG, needs matplotlib).</source>
        <translation>Fits plot carbon density (t C/ha, a pool or the total of plot_carbon) against LiDAR metrics of the same plots (the output of lidar_metrics over plot_carbon's plots), one model per metering object (Hubei spec appendix D: plot survey first, LiDAR in support; area-based approach).

Forms: linear y = b0 + b1·x; log–log power ln y = b0 + b1·ln x, back-transformed with the Baskerville (1972) / Sprugel (1983) factor exp(σ²/2), σ² = SSE/(n − 2) of the log fit; multiple linear y = b0 + Σ bk·xk. Ordinary least squares; coefficient SE = √diag(σ²(XᵀX)⁻¹); R² on the fitted scale; RMSE = √mean((ŷ − y)²), relative RMSE = RMSE/ȳ × 100, bias = mean(ŷ − y) on the original scale; the same from leave-one-out and from spatially blocked cross-validation (square blocks of the block size from the origin of the CRS, blocks sorted by their column and row index and dealt to the folds in turn: deterministic). A model needs at least p + 2 plots with metrics (p coefficients); an object with fewer is refused with the reason; objects whose plots have no LiDAR metrics are skipped (log).

Outputs: the model file (JSON: coefficients, covariance, σ², calibration ranges, the calibration plots' observations and predictions for the model-assisted estimate of lidar_density, the metric conventions and the provenance), a table of coefficients and fit statistics, and a residual plot (PNG, needs matplotlib).</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="73" />
        <source>Plots with densities and metrics</source>
        <translation>Plots with densities and metrics</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="75" />
        <source>Plots with the density field (t C/ha), the object field and metric fields: lidar_metrics run on plot_carbon's output.</source>
        <translation>Plots with the density field (t C/ha), the object field and metric fields: lidar_metrics run on plot_carbon's output.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="78" />
        <source>Density field (t C/ha)</source>
        <translation>Density field (t C/ha)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="81" />
        <source>The carbon density modelled, t C/ha: total or one pool (agb, bgb, …) of plot_carbon; its name is the pool of the model and of the density table.</source>
        <translation>The carbon density modelled, t C/ha: total or one pool (agb, bgb, …) of plot_carbon; its name is the pool of the model and of the density table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="84" />
        <source>Metering object field</source>
        <translation>Metering object field</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="86" />
        <source>One model per value of this field (the metering object, metering_objects.csv).</source>
        <translation>One model per value of this field (the metering object, metering_objects.csv).</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="88" />
        <source>Survey year (only plots of this year)</source>
        <translation>Survey year (only plots of this year)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="91" />
        <source>When set, only plots whose survey_year equals it: the year of the LiDAR flight.</source>
        <translation>When set, only plots whose survey_year equals it: the year of the LiDAR flight.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="93" />
        <source>Model form</source>
        <translation>Model form</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="193" />
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="193" />
        <source>log–log power</source>
        <translation>log–log power</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="193" />
        <source>multiple linear</source>
        <translation>multiple linear</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="97" />
        <source>linear and power take one metric, multiple linear two or more; the power form is corrected by exp(σ²/2) on back-transformation.</source>
        <translation>linear and power take one metric, multiple linear two or more; the power form is corrected by exp(σ²/2) on back-transformation.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="100" />
        <source>Metrics (predictors)</source>
        <translation>Metrics (predictors)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="103" />
        <source>Metric fields of lidar_metrics (e.g. p95 in m, cover in %); see lidar_metrics for each definition.</source>
        <translation>Metric fields of lidar_metrics (e.g. p95 in m, cover in %); see lidar_metrics for each definition.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="106" />
        <source>Cross-validation block size (m)</source>
        <translation>Cross-validation block size (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="109" />
        <source>Side of the square blocks of the spatially blocked cross-validation, in metres: plots of one block are left out together, so spatial autocorrelation does not flatter the fit.</source>
        <translation>Side of the square blocks of the spatially blocked cross-validation, in metres: plots of one block are left out together, so spatial autocorrelation does not flatter the fit.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="112" />
        <source>Cross-validation folds</source>
        <translation>Cross-validation folds</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="114" />
        <source>Number of folds the blocks are dealt to (fewer when there are fewer blocks).</source>
        <translation>Number of folds the blocks are dealt to (fewer when there are fewer blocks).</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="116" />
        <source>Model file</source>
        <translation>Model file</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="117" />
        <source>The fitted models as JSON, for lidar_density.</source>
        <translation>The fitted models as JSON, for lidar_density.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="119" />
        <source>Model coefficients and fit</source>
        <translation>Model coefficients and fit</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="121" />
        <source>One row per model and coefficient: estimate, SE, n, R², RMSE, rRMSE %, bias, LOO and blocked CV statistics (t C/ha).</source>
        <translation>One row per model and coefficient: estimate, SE, n, R², RMSE, rRMSE %, bias, LOO and blocked CV statistics (t C/ha).</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="124" />
        <source>Residual plot</source>
        <translation>Residual plot</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="126" />
        <source>Observed vs predicted and residuals vs predicted per model (needs matplotlib).</source>
        <translation>Observed vs predicted and residuals vs predicted per model (needs matplotlib).</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="153" />
        <source>Predictors {0} are not metrics of lidar_metrics; they are used as given.</source>
        <translation>Predictors {0} are not metrics of lidar_metrics; they are used as given.</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="178" />
        <source>{0}: n = {1}, R² = {2:.3f}, RMSE = {3:.2f} t C/ha ({4:.1f} %), LOO RMSE = {5:.2f}, blocked CV RMSE = {6:.2f} ({7} folds)</source>
        <translation>{0}: n = {1}, R² = {2:.3f}, RMSE = {3:.2f} t C/ha ({4:.1f} %), LOO RMSE = {5:.2f}, blocked CV RMSE = {6:.2f} ({7} folds)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="195" />
        <source>fit</source>
        <translation>fit</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="195" />
        <source>leave-one-out</source>
        <translation>leave-one-out</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="196" />
        <source>predicted (t C/ha)</source>
        <translation>predicted (t C/ha)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="196" />
        <source>observed (t C/ha)</source>
        <translation>observed (t C/ha)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="197" />
        <source>residual (t C/ha)</source>
        <translation>residual (t C/ha)</translation>
    </message>
    <message>
        <location filename="../processing_provider/lidar_model.py" line="197" />
        <source>blocked CV RMSE</source>
        <translation>blocked CV RMSE</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../processing_provider/messages.py" line="25" />
        <source>Cancelled by the user; no output was written.</source>
        <translation>Cancelled by the user; no output was written.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="28" />
        <source>{value} is not a valid {option}; use one of: {allowed}.</source>
        <translation>{value} is not a valid {option}; use one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="31" />
        <source>This tool needs the Python package {package}, which this QGIS does not have. Install it: {how}</source>
        <translation>This tool needs the Python package {package}, which this QGIS does not have. Install it: {how}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="34" />
        <source>{layer} has no field {fields}. Choose the right layer or field.</source>
        <translation>{layer} has no field {fields}. Choose the right layer or field.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="41" />
        <source>The table given as a report section has no known report_section value ({key}); tables of {known} can be added to the report.</source>
        <translation>The table given as a report section has no known report_section value ({key}); tables of {known} can be added to the report.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="515" />
        <source>Permanent plot {permanent_id} was measured more than once in {year} (plots {plots}); none of these measurements is paired. Give each measurement its own year or correct the permanent id.</source>
        <translation>Permanent plot {permanent_id} was measured more than once in {year} (plots {plots}); none of these measurements is paired. Give each measurement its own year or correct the permanent id.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="523" />
        <source>The two measurements of permanent plot {permanent_id} lie {distance_m} m apart (tolerance {tolerance_m} m); they are not paired. Check the coordinates.</source>
        <translation>The two measurements of permanent plot {permanent_id} lie {distance_m} m apart (tolerance {tolerance_m} m); they are not paired. Check the coordinates.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="538" />
        <source>The correlation between the two years' densities must lie between 0 and 1, not {value}.</source>
        <translation>The correlation between the two years' densities must lie between 0 and 1, not {value}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="552" />
        <source>The vegetation raster {raster} holds class values {values} that are not in the class table (known: {known}). Add a row for each to the class table (CLASS_TABLE) or reclassify the raster.</source>
        <translation>The vegetation raster {raster} holds class values {values} that are not in the class table (known: {known}). Add a row for each to the class table (CLASS_TABLE) or reclassify the raster.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="556" />
        <source>{raster} has {bands} bands (or rasters) but {expected} are needed: give one 12-band raster (January first) or 12 single-band rasters in month order.</source>
        <translation>{raster} has {bands} bands (or rasters) but {expected} are needed: give one 12-band raster (January first) or 12 single-band rasters in month order.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="560" />
        <source>{raster} is {shape} pixels but the reference grid is {expected}; align it to the NDVI grid first.</source>
        <translation>{raster} is {shape} pixels but the reference grid is {expected}; align it to the NDVI grid first.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="563" />
        <source>The class table {table} lists the classes {values} more than once; keep one row per class.</source>
        <translation>The class table {table} lists the classes {values} more than once; keep one row per class.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="566" />
        <source>The class table {table} cannot be read ({error}); give a CSV with the columns class, emax and source.</source>
        <translation>The class table {table} cannot be read ({error}); give a CSV with the columns class, emax and source.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="569" />
        <source>The class table {table}, line {row}, column {column} holds {value}, which is not a valid number (emax in g C/MJ, ≥ 0).</source>
        <translation>The class table {table}, line {row}, column {column} holds {value}, which is not a valid number (emax in g C/MJ, ≥ 0).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="573" />
        <source>{raster} band {band}, row {row}, column {col} is {value}, outside [−1, 1] after dividing by the scale {scale}. Set NDVI_SCALE (10 000 for scaled products, 1 for plain NDVI) or mask the invalid pixels.</source>
        <translation>{raster} band {band}, row {row}, column {col} is {value}, outside [−1, 1] after dividing by the scale {scale}. Set NDVI_SCALE (10 000 for scaled products, 1 for plain NDVI) or mask the invalid pixels.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="577" />
        <source>{raster} band {band}, row {row}, column {col} is negative ({value}); precipitation, radiation and PET cannot be negative. Mask or correct the raster.</source>
        <translation>{raster} band {band}, row {row}, column {col} is negative ({value}); precipitation, radiation and PET cannot be negative. Mask or correct the raster.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="581" />
        <source>The NDVI range of class {cls} in {raster} is empty (NDVI_min {ndvi_min}, NDVI_max {ndvi_max}): FPAR is undefined. Give fixed ndvi_min and ndvi_max for this class in the class table.</source>
        <translation>The NDVI range of class {cls} in {raster} is empty (NDVI_min {ndvi_min}, NDVI_max {ndvi_max}): FPAR is undefined. Give fixed ndvi_min and ndvi_max for this class in the class table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="585" />
        <source>Give either a monthly Rh raster ({raster}) or both the monthly temperature and precipitation for the Rh model.</source>
        <translation>Give either a monthly Rh raster ({raster}) or both the monthly temperature and precipitation for the Rh model.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="589" />
        <source>The raster {raster} ({path}) cannot be opened: {error}. Choose a readable raster file.</source>
        <translation>The raster {raster} ({path}) cannot be opened: {error}. Choose a readable raster file.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="592" />
        <source>The monthly rasters of {raster} are not on one grid ({path} differs from the first); give 12 rasters of the same size and extent or one 12-band raster.</source>
        <translation>The monthly rasters of {raster} are not on one grid ({path} differs from the first); give 12 rasters of the same size and extent or one 12-band raster.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="596" />
        <source>{raster} is not in a projected CRS in metres, so pixel areas are unknown. Reproject it (e.g. to CGCS2000 3-degree Gauss-Kruger) before computing the sink.</source>
        <translation>{raster} is not in a projected CRS in metres, so pixel areas are unknown. Reproject it (e.g. to CGCS2000 3-degree Gauss-Kruger) before computing the sink.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="600" />
        <source>{raster} does not overlap the {reference} grid. Give a raster that covers the same area.</source>
        <translation>{raster} does not overlap the {reference} grid. Give a raster that covers the same area.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="603" />
        <source>Only {n} plots have both a remote-sensing and a ground value; at least {needed} are needed. Check that the plots lie on the raster and that the ground field is filled.</source>
        <translation>Only {n} plots have both a remote-sensing and a ground value; at least {needed} are needed. Check that the plots lie on the raster and that the ground field is filled.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="607" />
        <source>The class breaks "{value}" are not strictly increasing numbers separated by commas (t C/ha/a, e.g. 0, 1, 2, 4).</source>
        <translation>The class breaks "{value}" are not strictly increasing numbers separated by commas (t C/ha/a, e.g. 0, 1, 2, 4).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="611" />
        <source>NDVI scale factor not given: detected {scale} from the data.</source>
        <translation>NDVI scale factor not given: detected {scale} from the data.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="614" />
        <source>Class {cls}: NDVI range {ndvi_min} to {ndvi_max} (from {how_min} / {how_max}), εmax {emax} g C/MJ.</source>
        <translation>Class {cls}: NDVI range {ndvi_min} to {ndvi_max} (from {how_min} / {how_max}), εmax {emax} g C/MJ.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="617" />
        <source>No pixel has valid values in every input and month; every output pixel is nodata. Check the nodata values and extents of the inputs.</source>
        <translation>No pixel has valid values in every input and month; every output pixel is nodata. Check the nodata values and extents of the inputs.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="621" />
        <source>Soil heterotrophic respiration from: {source}.</source>
        <translation>Soil heterotrophic respiration from: {source}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="624" />
        <source>{raster} aligned to the reference grid by {method} resampling.</source>
        <translation>{raster} aligned to the reference grid by {method} resampling.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="627" />
        <source>{raster} covers only part of the reference grid; pixels outside it are nodata.</source>
        <translation>{raster} covers only part of the reference grid; pixels outside it are nodata.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="630" />
        <source>{n} plots left out of the statistics (no remote-sensing or ground value): {plots}.</source>
        <translation>{n} plots left out of the statistics (no remote-sensing or ground value): {plots}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="633" />
        <source>The {n} values do not vary, so no regression line or R² can be computed.</source>
        <translation>The {n} values do not vary, so no regression line or R² can be computed.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="636" />
        <source>Outliers (standardised residual above {z}): {plots}. Check their location and ground measurement.</source>
        <translation>Outliers (standardised residual above {z}): {plots}. Check their location and ground measurement.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="639" />
        <source>Verification on {n} plots: relative RMSE {rrmse} % against the threshold {threshold} %: {verdict}.</source>
        <translation>Verification on {n} plots: relative RMSE {rrmse} % against the threshold {threshold} %: {verdict}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="642" />
        <source>No pixel centre falls in the districts {districts}; their sink is 0. Use a finer raster or check the CRS.</source>
        <translation>No pixel centre falls in the districts {districts}; their sink is 0. Use a finer raster or check the CRS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="646" />
        <source>The districts together are a net source ({total} t C/a); shares of the city are left empty.</source>
        <translation>The districts together are a net source ({total} t C/a); shares of the city are left empty.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="649" />
        <source>Districts with nodata pixels (left out of the sums): {districts}.</source>
        <translation>Districts with nodata pixels (left out of the sums): {districts}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="88" />
        <source>The report section table {key}, row {row}, column {column} holds {value}, which is not a number.</source>
        <translation>The report section table {key}, row {row}, column {column} holds {value}, which is not a number.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="120" />
        <source>Layer {layer} has no usable polygon geometries.</source>
        <translation>Layer {layer} has no usable polygon geometries.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="123" />
        <source>Layers {base} ({base_crs}) and {target} ({target_crs}) are in different CRSs; reproject {target} to {base_crs} first.</source>
        <translation>Layers {base} ({base_crs}) and {target} ({target_crs}) are in different CRSs; reproject {target} to {base_crs} first.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="127" />
        <source>Layers {base} ({base_crs}, extent {base_extent}) and {target} ({target_crs}, extent {target_extent} in the CRS of {base}) overlap on only {share:.2%} of the smaller layer's area: the same region surveyed twice should overlap almost wholly. Probably one layer is declared in the wrong CRS (e.g. another Gauss-Krüger zone); check the CRS of both layers and run again.</source>
        <translation>Layers {base} ({base_crs}, extent {base_extent}) and {target} ({target_crs}, extent {target_extent} in the CRS of {base}) overlap on only {share:.2%} of the smaller layer's area: the same region surveyed twice should overlap almost wholly. Probably one layer is declared in the wrong CRS (e.g. another Gauss-Krüger zone); check the CRS of both layers and run again.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="133" />
        <source>Layer {layer} is in a geographic CRS ({crs}); planar areas need a projected CRS. Use the ellipsoidal method or reproject the layer.</source>
        <translation>Layer {layer} is in a geographic CRS ({crs}); planar areas need a projected CRS. Use the ellipsoidal method or reproject the layer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="137" />
        <source>Layer {layer} has no valid CRS and its eastings {extent} carry no Gauss-Krüger zone prefix; set the layer's CRS (e.g. EPSG:4534–4554) and run again.</source>
        <translation>Layer {layer} has no valid CRS and its eastings {extent} carry no Gauss-Krüger zone prefix; set the layer's CRS (e.g. EPSG:4534–4554) and run again.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="141" />
        <source>Layer {layer} is declared in {crs} but its eastings {extent} do not fit it (zone prefix present or missing). It is probably EPSG:{epsg}.</source>
        <translation>Layer {layer} is declared in {crs} but its eastings {extent} do not fit it (zone prefix present or missing). It is probably EPSG:{epsg}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="145" />
        <source>Layer {layer} is declared in {crs} but its eastings {extent} do not fit it (zone prefix present or missing). Check the layer's CRS.</source>
        <translation>Layer {layer} is declared in {crs} but its eastings {extent} do not fit it (zone prefix present or missing). Check the layer's CRS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="149" />
        <source>Layer {layer} is declared in the geographic CRS {crs} but its coordinates ({extent}) lie outside ±180°/±90°: they are projected metres. It is probably {suggested}; set the layer's CRS and run again.</source>
        <translation>Layer {layer} is declared in the geographic CRS {crs} but its coordinates ({extent}) lie outside ±180°/±90°: they are projected metres. It is probably {suggested}; set the layer's CRS and run again.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="153" />
        <source>Layer {layer} has no CRS; its eastings {extent} carry the zone prefix, so EPSG:{epsg} is used.</source>
        <translation>Layer {layer} has no CRS; its eastings {extent} carry the zone prefix, so EPSG:{epsg} is used.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="156" />
        <source>Layer {target} ({target_crs}) is the same Gauss-Krüger zone as {base} ({base_crs}); its eastings are shifted by {shift:+.0f} m (the zone prefix), not reprojected.</source>
        <translation>Layer {target} ({target_crs}) is the same Gauss-Krüger zone as {base} ({base_crs}); its eastings are shifted by {shift:+.0f} m (the zone prefix), not reprojected.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="160" />
        <source>Layer {target} ({target_crs}) is reprojected to the CRS of {base} ({base_crs}).</source>
        <translation>Layer {target} ({target_crs}) is reprojected to the CRS of {base} ({base_crs}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="163" />
        <source>Field {field} of layer {layer} does not hold land-class codes (only {share} % of its values look like GB/T 21010 / 三调 codes). Choose the code field; code-like fields of the layer: {suggest}.</source>
        <translation>Field {field} of layer {layer} does not hold land-class codes (only {share} % of its values look like GB/T 21010 / 三调 codes). Choose the code field; code-like fields of the layer: {suggest}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="167" />
        <source>No land-class code field given for layer {layer} ({role}).</source>
        <translation>No land-class code field given for layer {layer} ({role}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="170" />
        <source>Layer {layer} has no field {field} ({role}). Its fields: {fields}. Choose the land-class code field (DLBM).</source>
        <translation>Layer {layer} has no field {field} ({role}). Its fields: {fields}. Choose the land-class code field (DLBM).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="174" />
        <source>Layer {layer} has no field {field} (COUNTY_FIELD). Its fields: {fields}.</source>
        <translation>Layer {layer} has no field {field} (COUNTY_FIELD). Its fields: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="177" />
        <source>Layer {layer} is not a polygon layer (its geometry type is {type}); give the parcel (图斑) polygons.</source>
        <translation>Layer {layer} is not a polygon layer (its geometry type is {type}); give the parcel (图斑) polygons.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="180" />
        <source>Layer {layer} is empty: it has no parcels.</source>
        <translation>Layer {layer} is empty: it has no parcels.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="183" />
        <source>Layer {layer} has neither TBDLMJ nor TBMJ: the official area method needs the survey areas. Choose the ellipsoidal or planar method.</source>
        <translation>Layer {layer} has neither TBDLMJ nor TBMJ: the official area method needs the survey areas. Choose the ellipsoidal or planar method.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="187" />
        <source>Layer {layer}: the .dbf is not UTF-8 and has no .cpg; read as GB18030 (GBK).</source>
        <translation>Layer {layer}: the .dbf is not UTF-8 and has no .cpg; read as GB18030 (GBK).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="190" />
        <source>Read {base} base and {target} target parcels.</source>
        <translation>Read {base} base and {target} target parcels.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="193" />
        <source>Layer {layer}: {count} invalid geometries repaired (feature ids {fids}).</source>
        <translation>Layer {layer}: {count} invalid geometries repaired (feature ids {fids}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="196" />
        <source>Layer {layer}: {count} features without a polygon geometry skipped (feature ids {fids}).</source>
        <translation>Layer {layer}: {count} features without a polygon geometry skipped (feature ids {fids}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="199" />
        <source>{count} parcels are unchanged in geometry and need no intersection.</source>
        <translation>{count} parcels are unchanged in geometry and need no intersection.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="202" />
        <source>Snapping skipped: no rounding differences between the layers ({exact} of {sampled} sampled target vertices lie on a base vertex, none within {tolerance} m of one without being on it; {identical} target parcels are identical to a base parcel).</source>
        <translation>Snapping skipped: no rounding differences between the layers ({exact} of {sampled} sampled target vertices lie on a base vertex, none within {tolerance} m of one without being on it; {identical} target parcels are identical to a base parcel).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="207" />
        <source>Rounding differences found: {rounding} of {sampled} sampled target vertices ({share:.1f} %) lie within {tolerance} m of a base vertex without being on it ({exact} on one); the target is snapped.</source>
        <translation>Rounding differences found: {rounding} of {sampled} sampled target vertices ({share:.1f} %) lie within {tolerance} m of a base vertex without being on it ({exact} on one); the target is snapped.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="211" />
        <source>Snapping (tolerance {tolerance} m): {twins} target parcels match a base parcel within the tolerance and take its geometry; {vertices} vertices of {parcels} other target parcels moved onto base vertices or edges.</source>
        <translation>Snapping (tolerance {tolerance} m): {twins} target parcels match a base parcel within the tolerance and take its geometry; {vertices} vertices of {parcels} other target parcels moved onto base vertices or edges.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="216" />
        <source>Layer {layer}: {count} parcels have a NULL land-class code; mapped to unmapped (feature ids {fids}).</source>
        <translation>Layer {layer}: {count} parcels have a NULL land-class code; mapped to unmapped (feature ids {fids}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="219" />
        <source>Layer {layer}: code {code} is not in the mapping table; {count} parcels mapped to unmapped (feature ids {fids}).</source>
        <translation>Layer {layer}: code {code} is not in the mapping table; {count} parcels mapped to unmapped (feature ids {fids}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="223" />
        <source>Mapping table {table} needs the fields code and object; it has {fields}.</source>
        <translation>Mapping table {table} needs the fields code and object; it has {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="226" />
        <source>Mapping table {table}: {count} codes override the shipped table.</source>
        <translation>Mapping table {table}: {count} codes override the shipped table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="229" />
        <source>Area method: ellipsoidal (ellipsoid {ellipsoid}; {formula}).</source>
        <translation>Area method: ellipsoidal (ellipsoid {ellipsoid}; {formula}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="232" />
        <source>Area method: planar (CRS {crs}).</source>
        <translation>Area method: planar (CRS {crs}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="235" />
        <source>Area method: official (TBDLMJ = TBMJ − KCMJ shared by geometric area).</source>
        <translation>Area method: official (TBDLMJ = TBMJ − KCMJ shared by geometric area).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="238" />
        <source>Layer {layer}: {count} parcels have no survey area (TBDLMJ/TBMJ NULL); their planar area is used (feature ids {fids}).</source>
        <translation>Layer {layer}: {count} parcels have no survey area (TBDLMJ/TBMJ NULL); their planar area is used (feature ids {fids}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="242" />
        <source>The pieces ({total:.3f} m² planar) cover the area of either layer once: no parcels of one layer overlap each other.</source>
        <translation>The pieces ({total:.3f} m² planar) cover the area of either layer once: no parcels of one layer overlap each other.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="246" />
        <source>Layer {layer}: {count} pairs of parcels overlap each other (feature ids and overlap area: {pairs}); their common ground is counted once per parcel. Fix the topology (duplicates or overlapping parcels) and run again.</source>
        <translation>Layer {layer}: {count} pairs of parcels overlap each other (feature ids and overlap area: {pairs}); their common ground is counted once per parcel. Fix the topology (duplicates or overlapping parcels) and run again.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="251" />
        <source>The pieces sum to {total:.3f} m² (planar), about {excess:.3f} m² more than the area covered by either layer, because of the overlaps listed above.</source>
        <translation>The pieces sum to {total:.3f} m² (planar), about {excess:.3f} m² more than the area covered by either layer, because of the overlaps listed above.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="255" />
        <source>Layer {layer}: area conserved per class (pieces = parcels within 1e-6).</source>
        <translation>Layer {layer}: area conserved per class (pieces = parcels within 1e-6).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="258" />
        <source>Layer {layer}, class {cls}: pieces sum to {pieces:.3f} m² but the parcels to {parcels:.3f} m² (relative difference {rel:.2e}); overlapping parcels in the layer?</source>
        <translation>Layer {layer}, class {cls}: pieces sum to {pieces:.3f} m² but the parcels to {parcels:.3f} m² (relative difference {rel:.2e}); overlapping parcels in the layer?</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="262" />
        <source>{pieces} pieces: {unchanged} unchanged, {changed} changed, {base_only} base only, {target_only} target only; {slivers} slivers.</source>
        <translation>{pieces} pieces: {unchanged} unchanged, {changed} changed, {base_only} base only, {target_only} target only; {slivers} slivers.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="266" />
        <source>Could not write the overlay pieces (rows {first}–{last}) to the output: {error}</source>
        <translation>Could not write the overlay pieces (rows {first}–{last}) to the output: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="269" />
        <source>EPSG:{epsg} is not a CGCS2000 3-degree Gauss-Krüger CRS; its ellipsoidal areas are measured geodesically.</source>
        <translation>EPSG:{epsg} is not a CGCS2000 3-degree Gauss-Krüger CRS; its ellipsoidal areas are measured geodesically.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="275" />
        <source>Layer {layer}, field object: these plots (feature id, object) are not metered objects of metering_objects.csv: {rows}. Fix the object of these plots.</source>
        <translation>Layer {layer}, field object: these plots (feature id, object) are not metered objects of metering_objects.csv: {rows}. Fix the object of these plots.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="279" />
        <source>Layer {layer}: these values (feature id, pool, value) are not numbers: {rows}. Enter densities in t C/ha as numbers.</source>
        <translation>Layer {layer}: these values (feature id, pool, value) are not numbers: {rows}. Enter densities in t C/ha as numbers.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="283" />
        <source>Layer {layer}: negative densities (feature id, pool, value): {rows}. Densities in t C/ha cannot be negative; check the plot data.</source>
        <translation>Layer {layer}: negative densities (feature id, pool, value): {rows}. Densities in t C/ha cannot be negative; check the plot data.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="287" />
        <source>Default-density table {table} lacks these (object, pool) pairs: {pairs}. Add a row for each.</source>
        <translation>Default-density table {table} lacks these (object, pool) pairs: {pairs}. Add a row for each.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="290" />
        <source>Default-density table {table} needs a column object (or key) and either pool + mean or the pool columns; it has: {columns}.</source>
        <translation>Default-density table {table} needs a column object (or key) and either pool + mean or the pool columns; it has: {columns}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="294" />
        <source>Default-density table {table}, column {column}: these rows (row, object, pool, value) hold no number: {rows}. Give the density in t C/ha (and U in %) as numbers.</source>
        <translation>Default-density table {table}, column {column}: these rows (row, object, pool, value) hold no number: {rows}. Give the density in t C/ha (and U in %) as numbers.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="308" />
        <source>Default-density table {table}, column {column}: these rows (row, object, pool, value) are negative: {rows}. Densities and U cannot be negative.</source>
        <translation>Default-density table {table}, column {column}: these rows (row, object, pool, value) are negative: {rows}. Densities and U cannot be negative.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="312" />
        <source>Density table {table} needs a key column (stratum, key, object or code) and either pool + mean or the pool columns; it has: {columns}.</source>
        <translation>Density table {table} needs a key column (stratum, key, object or code) and either pool + mean or the pool columns; it has: {columns}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="316" />
        <source>Density table {table}: these values (key, pool, value) are not numbers: {rows}.</source>
        <translation>Density table {table}: these values (key, pool, value) are not numbers: {rows}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="319" />
        <source>Density table {table}: these densities (key, pool, value) are negative: {rows}.</source>
        <translation>Density table {table}: these densities (key, pool, value) are negative: {rows}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="322" />
        <source>Density table {table} lists these keys more than once for a pool: {keys}. Keep one row per key and pool.</source>
        <translation>Density table {table} lists these keys more than once for a pool: {keys}. Keep one row per key and pool.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="344" />
        <source>Density table {table} lacks pools for these keys (key, missing pools): {rows}.</source>
        <translation>Density table {table} lacks pools for these keys (key, missing pools): {rows}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="347" />
        <source>Density table {table} has rows for the keys {keys}, which the land-class mapping leaves non-metered ({pieces} pieces, {area_ha} ha): these rows are not used. To meter them, map the codes to a metering object with MAPPING in parcel_change.</source>
        <translation>Density table {table} has rows for the keys {keys}, which the land-class mapping leaves non-metered ({pieces} pieces, {area_ha} ha): these rows are not used. To meter them, map the codes to a metering object with MAPPING in parcel_change.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="352" />
        <source>These keys carry metered pieces but have no row in the density table (year, table: key, pieces, area): {rows}. Add them to that year's density table.</source>
        <translation>These keys carry metered pieces but have no row in the density table (year, table: key, pieces, area): {rows}. Add them to that year's density table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="356" />
        <source>Layer {layer}, field change_flag: these pieces (feature id, value) have no valid flag 0–3: {rows}. Use the output of parcel_change.</source>
        <translation>Layer {layer}, field change_flag: these pieces (feature id, value) have no valid flag 0–3: {rows}. Use the output of parcel_change.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="360" />
        <source>Layer {layer}, field area_m2: these pieces (feature id, value) have no valid area: {rows}. Re-run parcel_change.</source>
        <translation>Layer {layer}, field area_m2: these pieces (feature id, value) have no valid area: {rows}. Re-run parcel_change.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="367" />
        <source>Land-class codes not mapped to a metering object, counted with zero stock (year: code, pieces, area): {rows}. Add them to the mapping (MAPPING in parcel_change) if they should be metered.</source>
        <translation>Land-class codes not mapped to a metering object, counted with zero stock (year: code, pieces, area): {rows}. Add them to the mapping (MAPPING in parcel_change) if they should be metered.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="371" />
        <source>Areas of the pieces measured by: {methods}.</source>
        <translation>Areas of the pieces measured by: {methods}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="374" />
        <source>Layer {layer} is not a Parcel carbon stock output: fields {fields} are missing. Run Parcel carbon stock first and use its OUTPUT.</source>
        <translation>Layer {layer} is not a Parcel carbon stock output: fields {fields} are missing. Run Parcel carbon stock first and use its OUTPUT.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="378" />
        <source>Layer {layer} mixes runs: field {field} holds {values}. Use the output of one Parcel carbon stock run.</source>
        <translation>Layer {layer} mixes runs: field {field} holds {values}. Use the output of one Parcel carbon stock run.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="381" />
        <source>Layer {layer} was metered for {base} → {target}, but the years given are {given_base} → {given_target}. Leave the years empty or give the recorded ones.</source>
        <translation>Layer {layer} was metered for {base} → {target}, but the years given are {given_base} → {given_target}. Leave the years empty or give the recorded ones.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="385" />
        <source>The {role}-year density table {table} (checksum {checksum}) is not the one Parcel carbon stock used for layer {layer} ({recorded}, checksum {recorded_checksum}). Give the same table.</source>
        <translation>The {role}-year density table {table} (checksum {checksum}) is not the one Parcel carbon stock used for layer {layer} ({recorded}, checksum {recorded_checksum}). Give the same table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="393" />
        <source>Density table {table} carries no uncertainty (n and se, or u_pct); use the output of Stratum carbon density.</source>
        <translation>Density table {table} carries no uncertainty (n and se, or u_pct); use the output of Stratum carbon density.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="397" />
        <source>Density table {table}, key {key}, pool {pool}: give n &gt;= 2 with se, or a u_pct &gt;= 0.</source>
        <translation>Density table {table}, key {key}, pool {pool}: give n &gt;= 2 with se, or a u_pct &gt;= 0.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="400" />
        <source>These keys and pools carry stock but have no row in the density table (year, key, pool): {rows}. Add them to the density table or recompute the stock with the same table.</source>
        <translation>These keys and pools carry stock but have no row in the density table (year, key, pool): {rows}. Add them to the density table or recompute the stock with the same table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="404" />
        <source>The {table} table{label} lacks the fields {fields}; give the output of the step that makes it.</source>
        <translation>The {table} table{label} lacks the fields {fields}; give the output of the step that makes it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="407" />
        <source>{label}: missing column(s) {columns}; it needs 'code' and 'object'.</source>
        <translation>{label}: missing column(s) {columns}; it needs 'code' and 'object'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="410" />
        <source>{label}, row {row}: code '{code}' is not a GB/T 21010 / 三调 code.</source>
        <translation>{label}, row {row}: code '{code}' is not a GB/T 21010 / 三调 code.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="413" />
        <source>{label}, row {row}: object '{object}' of code {code} is not a metering object (one of {objects}).</source>
        <translation>{label}, row {row}: object '{object}' of code {code} is not a metering object (one of {objects}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="416" />
        <source>{label}: code(s) listed twice: {codes}.</source>
        <translation>{label}: code(s) listed twice: {codes}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1029" />
        <source>Give a point cloud (LAS/LAZ) or a CHM raster.</source>
        <translation>Give a point cloud (LAS/LAZ) or a CHM raster.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1032" />
        <source>Choose plots (for the plot metrics) or a metric raster output, or both.</source>
        <translation>Choose plots (for the plot metrics) or a metric raster output, or both.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1035" />
        <source>The point cloud {path} ({parameter}) does not exist. Choose a LAS or LAZ file.</source>
        <translation>The point cloud {path} ({parameter}) does not exist. Choose a LAS or LAZ file.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1038" />
        <source>{path} cannot be read as LAS/LAZ: {reason}. Check that it is a LAS/LAZ file and not damaged.</source>
        <translation>{path} cannot be read as LAS/LAZ: {reason}. Check that it is a LAS/LAZ file and not damaged.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1041" />
        <source>{path} is LAS {version}; LAS {supported} can be read. Convert it, e.g. with PDAL or LAStools.</source>
        <translation>{path} is LAS {version}; LAS {supported} can be read. Convert it, e.g. with PDAL or LAStools.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1044" />
        <source>The point cloud {path} holds no points.</source>
        <translation>The point cloud {path} holds no points.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1047" />
        <source>Points read per block must be at least 1000 (got {value}).</source>
        <translation>Points read per block must be at least 1000 (got {value}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1050" />
        <source>Percentile type {value} is not an R quantile type; use 1 to 9.</source>
        <translation>Percentile type {value} is not an R quantile type; use 1 to 9.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1053" />
        <source>Layer return counts must be a list of non-negative numbers (got {value}).</source>
        <translation>Layer return counts must be a list of non-negative numbers (got {value}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1056" />
        <source>The ground DTM resolution must be above 0 m (got {value}).</source>
        <translation>The ground DTM resolution must be above 0 m (got {value}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1059" />
        <source>No ground-classified returns (class 2) in {unit}: classify the ground first, give a DTM raster, or choose 'cloud already normalised'.</source>
        <translation>No ground-classified returns (class 2) in {unit}: classify the ground first, give a DTM raster, or choose 'cloud already normalised'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1063" />
        <source>Plot {fid} of {layer} has no usable plot_area_m2 ({value}); enter the plot area in m² (&gt; 0).</source>
        <translation>Plot {fid} of {layer} has no usable plot_area_m2 ({value}); enter the plot area in m² (&gt; 0).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1066" />
        <source>Plot {fid} of {layer} has plot_shape '{value}'; use one of {allowed}.</source>
        <translation>Plot {fid} of {layer} has plot_shape '{value}'; use one of {allowed}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1069" />
        <source>Plot {fid} of {layer} has no geometry; give it its location.</source>
        <translation>Plot {fid} of {layer} has no geometry; give it its location.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1072" />
        <source>Plot {fid} of {layer} is a rectangle whose sides are not stored: its footprint is the square of the same area.</source>
        <translation>Plot {fid} of {layer} is a rectangle whose sides are not stored: its footprint is the square of the same area.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1076" />
        <source>The plots layer {layer} has no features.</source>
        <translation>The plots layer {layer} has no features.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1079" />
        <source>{count} plots have no LiDAR returns (outside the cloud), their metrics are empty: feature ids {fids}.</source>
        <translation>{count} plots have no LiDAR returns (outside the cloud), their metrics are empty: feature ids {fids}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1082" />
        <source>{count} returns of {unit} lie outside the DTM raster (or on its nodata) and were left out.</source>
        <translation>{count} returns of {unit} lie outside the DTM raster (or on its nodata) and were left out.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1085" />
        <source>Heights from a DTM raster were chosen but no DTM raster was given.</source>
        <translation>Heights from a DTM raster were chosen but no DTM raster was given.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1088" />
        <source>The grid cell size must be above 0 m (got {value}).</source>
        <translation>The grid cell size must be above 0 m (got {value}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1091" />
        <source>A grid of {cells} cells of {cell} m is too large; choose a larger cell or a smaller extent.</source>
        <translation>A grid of {cells} cells of {cell} m is too large; choose a larger cell or a smaller extent.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1094" />
        <source>No return falls inside the grid extent {bounds}; check the extent and the CRS of the cloud.</source>
        <translation>No return falls inside the grid extent {bounds}; check the extent and the CRS of the cloud.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1097" />
        <source>The raster {path} ({parameter}) cannot be opened.</source>
        <translation>The raster {path} ({parameter}) cannot be opened.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1100" />
        <source>The raster {path} cannot be created; check the folder and free space.</source>
        <translation>The raster {path} cannot be created; check the folder and free space.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1103" />
        <source>The raster {path} ({parameter}) is rotated; warp it north-up first.</source>
        <translation>The raster {path} ({parameter}) is rotated; warp it north-up first.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1106" />
        <source>The {form} form takes one metric; {predictors} were chosen. Choose one or the multiple linear form.</source>
        <translation>The {form} form takes one metric; {predictors} were chosen. Choose one or the multiple linear form.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1109" />
        <source>The multiple linear form needs two or more metrics; {predictors} was chosen.</source>
        <translation>The multiple linear form needs two or more metrics; {predictors} was chosen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1112" />
        <source>{object}: {n} plots with metrics and {pool} for a {form} model with {predictors} metric(s); at least {needed} are needed ({dropped} plots unusable: missing values, or ≤ 0 for the power form). Add plots or use fewer metrics.</source>
        <translation>{object}: {n} plots with metrics and {pool} for a {form} model with {predictors} metric(s); at least {needed} are needed ({dropped} plots unusable: missing values, or ≤ 0 for the power form). Add plots or use fewer metrics.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1117" />
        <source>The chosen metrics are collinear (rank {rank} for {predictors} predictors); drop one of them.</source>
        <translation>The chosen metrics are collinear (rank {rank} for {predictors} predictors); drop one of them.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1120" />
        <source>The cross-validation block size must be above 0 m (got {value}).</source>
        <translation>The cross-validation block size must be above 0 m (got {value}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1123" />
        <source>{object}: none of its {n} plots has LiDAR metrics (outside the cloud); no model.</source>
        <translation>{object}: none of its {n} plots has LiDAR metrics (outside the cloud); no model.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1126" />
        <source>No plot of {layer} has values in {fields}: run lidar_metrics on these plots first.</source>
        <translation>No plot of {layer} has values in {fields}: run lidar_metrics on these plots first.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1129" />
        <source>{path} is not a model file of lidar_model ({reason}).</source>
        <translation>{path} is not a model file of lidar_model ({reason}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1132" />
        <source>The metric raster {raster} has no band {metrics} (it has {available}); use the raster of lidar_metrics.</source>
        <translation>The metric raster {raster} has no band {metrics} (it has {available}); use the raster of lidar_metrics.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1135" />
        <source>The model file holds models of several objects ({models}); give the parcels with their object field so each cell gets its model.</source>
        <translation>The model file holds models of several objects ({models}); give the parcels with their object field so each cell gets its model.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1139" />
        <source>A stratum estimate needs at least 2 plots ({n} given).</source>
        <translation>A stratum estimate needs at least 2 plots ({n} given).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1142" />
        <source>No cell of the metric raster lies in a parcel of a modelled object; check the object field and the extents.</source>
        <translation>No cell of the metric raster lies in a parcel of a modelled object; check the object field and the extents.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1146" />
        <source>{object}: no cell of the metric raster lies in its parcels; no estimate.</source>
        <translation>{object}: no cell of the metric raster lies in its parcels; no estimate.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="659" />
        <source>Table {table}: duplicate or unknown codes {keys}.</source>
        <translation>Table {table}: duplicate or unknown codes {keys}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="662" />
        <source>Unknown unit {unit} (sheet {sheet}, row {row}); use a unit of the conversion table.</source>
        <translation>Unknown unit {unit} (sheet {sheet}, row {row}); use a unit of the conversion table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="665" />
        <source>{unit} cannot be converted to {target}: different quantities.</source>
        <translation>{unit} cannot be converted to {target}: different quantities.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="668" />
        <source>Factor file {path} cannot be read ({error}).</source>
        <translation>Factor file {path} cannot be read ({error}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="671" />
        <source>Factor file {path} lacks the columns {columns}.</source>
        <translation>Factor file {path} lacks the columns {columns}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="674" />
        <source>Factor file {file}, row {row}, column {column}: {value} is not a number.</source>
        <translation>Factor file {file}, row {row}, column {column}: {value} is not a number.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="677" />
        <source>Factor file {file}, row {row}: unit {unit} is not of the form 't CO2/&lt;unit&gt;'.</source>
        <translation>Factor file {file}, row {row}: unit {unit} is not of the form 't CO2/&lt;unit&gt;'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="680" />
        <source>Factor file {file}, row {row} ({factor}): the value {value} differs from NCV × carbon content × oxidation × 44/12 = {product}.</source>
        <translation>Factor file {file}, row {row} ({factor}): the value {value} differs from NCV × carbon content × oxidation × 44/12 = {product}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="684" />
        <source>Duplicated factor entries ({key}): {rows}. Keep one row per entry.</source>
        <translation>Duplicated factor entries ({key}): {rows}. Keep one row per entry.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="687" />
        <source>Factor set {set} is not in the library; known sets: {known}.</source>
        <translation>Factor set {set} is not in the library; known sets: {known}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="690" />
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="693" />
        <source>The file {path} cannot be read ({error}).</source>
        <translation>The file {path} cannot be read ({error}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="696" />
        <source>{path}, sheet {sheet}: no header row with the field ids {fields}; use the activity-data template.</source>
        <translation>{path}, sheet {sheet}: no header row with the field ids {fields}; use the activity-data template.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="699" />
        <source>{count} rows of the activity data were rejected; nothing was computed. Fix them or run in 'valid rows' mode: {rows}</source>
        <translation>{count} rows of the activity data were rejected; nothing was computed. Fix them or run in 'valid rows' mode: {rows}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="703" />
        <source>{count} problems: the rows concerned were left out (see the rejected rows table).</source>
        <translation>{count} problems: the rows concerned were left out (see the rejected rows table).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="706" />
        <source>Factor set {set} has no market-based (residual-mix) factor: the market-based column uses the location-based factor.</source>
        <translation>Factor set {set} has no market-based (residual-mix) factor: the market-based column uses the location-based factor.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="710" />
        <source>Inventory: {rows} activity rows accounted, {rejected} problems, {factors} factor rows used.</source>
        <translation>Inventory: {rows} activity rows accounted, {rejected} problems, {factors} factor rows used.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="713" />
        <source>Factors transcribed from the table of a document, to be checked against the document: {factors}.</source>
        <translation>Factors transcribed from the table of a document, to be checked against the document: {factors}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="716" />
        <source>Placeholder factors used: {factors}.</source>
        <translation>Placeholder factors used: {factors}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="719" />
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="722" />
        <source>unknown indicator; use {hint}</source>
        <translation>unknown indicator; use {hint}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="725" />
        <source>unknown energy carrier (e.g. {allowed})</source>
        <translation>unknown energy carrier (e.g. {allowed})</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="728" />
        <source>{carrier} does not belong under {indicator} (group {group})</source>
        <translation>{carrier} does not belong under {indicator} (group {group})</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="731" />
        <source>unknown unit; use one of {allowed}</source>
        <translation>unknown unit; use one of {allowed}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="734" />
        <source>not a period (write 2023 or 2023-01)</source>
        <translation>not a period (write 2023 or 2023-01)</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="737" />
        <source>not a notation key (NO, NE, IE, C)</source>
        <translation>not a notation key (NO, NE, IE, C)</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="740" />
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="743" />
        <source>must be a number ≥ 0 (the sign comes from the indicator)</source>
        <translation>must be a number ≥ 0 (the sign comes from the indicator)</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="746" />
        <source>notation key {key} means no amount; leave the amount empty</source>
        <translation>notation key {key} means no amount; leave the amount empty</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="749" />
        <source>the same entity, indicator, carrier and period as row {first_row}</source>
        <translation>the same entity, indicator, carrier and period as row {first_row}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="752" />
        <source>{unit} is not a unit for {carrier} (allowed: {allowed})</source>
        <translation>{unit} is not a unit for {carrier} (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="755" />
        <source>{unit} cannot be used with factor {factor} ({factor_unit})</source>
        <translation>{unit} cannot be used with factor {factor} ({factor_unit})</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="758" />
        <source>no factor for {carrier} in set {set}; add a local factor</source>
        <translation>no factor for {carrier} in set {set}; add a local factor</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="761" />
        <source>no GWP for {gas} in set {set}</source>
        <translation>no GWP for {gas} in set {set}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="764" />
        <source>monthly row of a year already given as a whole in row {annual_row}</source>
        <translation>monthly row of a year already given as a whole in row {annual_row}</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="767" />
        <source>differs from the value {first_value} in row {first_row} for the same entity and period</source>
        <translation>differs from the value {first_value} in row {first_row} for the same entity and period</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="37" />
        <source>The output {output} would overwrite the input {input}: writing it replaces the whole file {path}. Inputs are never modified; choose another file for {output}.</source>
        <translation>The output {output} would overwrite the input {input}: writing it replaces the whole file {path}. Inputs are never modified; choose another file for {output}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="46" />
        <source>The output {output} would overwrite layer {layer} of {path}, which is the input {input}. Choose another layer name or file for {output}.</source>
        <translation>The output {output} would overwrite layer {layer} of {path}, which is the input {input}. Choose another layer name or file for {output}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="50" />
        <source>The outputs {output} and {other} would both be written to {path}; the second would replace the first. Choose different files.</source>
        <translation>The outputs {output} and {other} would both be written to {path}; the second would replace the first. Choose different files.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="54" />
        <source>Field sheets {path}: the file is empty (0 bytes). Fill in forms/field_sheets_template.xlsx and save it again.</source>
        <translation>Field sheets {path}: the file is empty (0 bytes). Fill in forms/field_sheets_template.xlsx and save it again.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="58" />
        <source>Field sheets {path} cannot be read as a workbook ({error}). Is it a real .xlsx file (not renamed from .xls, .csv or a damaged copy)? Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>Field sheets {path} cannot be read as a workbook ({error}). Is it a real .xlsx file (not renamed from .xls, .csv or a damaged copy)? Open it in Excel or WPS and save it as .xlsx.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="62" />
        <source>Field sheets {path}: the sheet {sheet} is damaged and cannot be read ({error}). Copy its rows into a fresh template and save again.</source>
        <translation>Field sheets {path}: the sheet {sheet} is damaged and cannot be read ({error}). Copy its rows into a fresh template and save again.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="66" />
        <source>Field sheets, sheet {sheet}: the field id {field} heads two columns ({first} and {second}); one of them would be lost. Keep one column per field id (row 3 of the template).</source>
        <translation>Field sheets, sheet {sheet}: the field id {field} heads two columns ({first} and {second}); one of them would be lost. Keep one column per field id (row 3 of the template).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="70" />
        <source>{path} is not UTF-8 text (byte {position}). Save the CSV file as UTF-8 (Excel: 'CSV UTF-8').</source>
        <translation>{path} is not UTF-8 text (byte {position}). Save the CSV file as UTF-8 (Excel: 'CSV UTF-8').</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="73" />
        <source>The table of plausible ranges {path} cannot be read ({error}).</source>
        <translation>The table of plausible ranges {path} cannot be read ({error}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="76" />
        <source>The table of plausible ranges {path}, row {row}, field {field}: {value} is not right; each row needs error_min ≤ warn_min ≤ warn_max ≤ error_max and a source.</source>
        <translation>The table of plausible ranges {path}, row {row}, field {field}: {value} is not right; each row needs error_min ≤ warn_min ≤ warn_max ≤ error_max and a source.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="80" />
        <source>{table}, row {row}: {field} = {value} {unit} is impossible (allowed: {allowed}; {count} value(s) outside the range in all). Correct the value, or the range in metering/data/plausible_ranges.csv.</source>
        <translation>{table}, row {row}: {field} = {value} {unit} is impossible (allowed: {allowed}; {count} value(s) outside the range in all). Correct the value, or the range in metering/data/plausible_ranges.csv.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="84" />
        <source>The CRS {value} does not exist or cannot be used. Choose a CRS by its EPSG code, e.g. EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E).</source>
        <translation>The CRS {value} does not exist or cannot be used. Choose a CRS by its EPSG code, e.g. EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="912" />
        <source>{years} years given for {rasters} NDVI rasters: give one year per raster (YEARS), in the order of the rasters.</source>
        <translation>{years} years given for {rasters} NDVI rasters: give one year per raster (YEARS), in the order of the rasters.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="916" />
        <source>The years must increase with the rasters: year {year} at position {position} follows {previous}. Order the rasters by year or correct YEARS.</source>
        <translation>The years must increase with the rasters: year {year} at position {position} follows {previous}. Order the rasters by year or correct YEARS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="920" />
        <source>YEARS '{text}' is not a comma-separated list of years, e.g. 2010, 2011, 2013.</source>
        <translation>YEARS '{text}' is not a comma-separated list of years, e.g. 2010, 2011, 2013.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="923" />
        <source>NDVI raster of {year} (band {band}), row {row}, column {col}: value {value} is no NDVI (−1…1, or −10 000…10 000 when scaled). Check the raster or its nodata value.</source>
        <translation>NDVI raster of {year} (band {band}), row {row}, column {col}: value {value} is no NDVI (−1…1, or −10 000…10 000 when scaled). Check the raster or its nodata value.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="927" />
        <source>NDVI values above 1.5 found: the rasters are taken as NDVI × 10 000 and scaled by {scale}.</source>
        <translation>NDVI values above 1.5 found: the rasters are taken as NDVI × 10 000 and scaled by {scale}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="930" />
        <source>No pixel has {min_years} valid years: every output pixel is nodata. Lower MIN_YEARS or check the rasters' nodata.</source>
        <translation>No pixel has {min_years} valid years: every output pixel is nodata. Lower MIN_YEARS or check the rasters' nodata.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="934" />
        <source>{mapped} map labels but {reference} reference labels: they must come in pairs.</source>
        <translation>{mapped} map labels but {reference} reference labels: they must come in pairs.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="937" />
        <source>No reference sample lies on a mapped pixel: check that the samples and the map overlap.</source>
        <translation>No reference sample lies on a mapped pixel: check that the samples and the map overlap.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="940" />
        <source>The confusion matrix must be square, not {shape}.</source>
        <translation>The confusion matrix must be square, not {shape}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="943" />
        <source>Map classes {classes} have fewer than 2 reference samples: their accuracy has no variance. Add samples in these classes (Olofsson et al. 2014 suggest at least 50 per class).</source>
        <translation>Map classes {classes} have fewer than 2 reference samples: their accuracy has no variance. Add samples in these classes (Olofsson et al. 2014 suggest at least 50 per class).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="947" />
        <source>The mapped areas must be {expected} non-negative numbers with a positive sum.</source>
        <translation>The mapped areas must be {expected} non-negative numbers with a positive sum.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="950" />
        <source>Layer {layer} has no field {field}: choose the field holding the reference class.</source>
        <translation>Layer {layer} has no field {field}: choose the field holding the reference class.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="953" />
        <source>Layer {layer}, feature {fid}: no reference class in {field} or no geometry. Fill it or remove the sample.</source>
        <translation>Layer {layer}, feature {fid}: no reference class in {field} or no geometry. Fill it or remove the sample.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="957" />
        <source>Layer {layer}, feature {fid}: the reference class '{value}' in {field} is not an integer class code like the map's.</source>
        <translation>Layer {layer}, feature {fid}: the reference class '{value}' in {field} is not an integer class code like the map's.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="298" />
        <source>No plot of layer {layer} has survey_year {year} (the plots' survey years: {years}): the year of the densities does not match the plots. Give one of the plots' years, or survey the plots of {year} first.</source>
        <translation>No plot of layer {layer} has survey_year {year} (the plots' survey years: {years}): the year of the densities does not match the plots. Give one of the plots' years, or survey the plots of {year} first.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="420" />
        <source>Areas layer {layer} lacks the fields {fields}: give the pieces of parcel_change or parcel_stock.</source>
        <translation>Areas layer {layer} lacks the fields {fields}: give the pieces of parcel_change or parcel_stock.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="423" />
        <source>Strata with an area but fewer than two plots are left out of the stratified plan and mean ({area_ha:.2f} ha): {strata}. Survey them, or they stay on default densities.</source>
        <translation>Strata with an area but fewer than two plots are left out of the stratified plan and mean ({area_ha:.2f} ha): {strata}. Survey them, or they stay on default densities.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="530" />
        <source>Layer {layer}: parcel_stock took the sink of unchanged pieces from the change densities {table}; give that table as Change densities.</source>
        <translation>Layer {layer}: parcel_stock took the sink of unchanged pieces from the change densities {table}; give that table as Change densities.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="534" />
        <source>Change-density table {table}: it needs the columns stratum (or object), pool, change and estimator (the CHANGE_OUTPUT of stratum_density); it has {columns}.</source>
        <translation>Change-density table {table}: it needs the columns stratum (or object), pool, change and estimator (the CHANGE_OUTPUT of stratum_density); it has {columns}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="978" />
        <source>The restoration rule table {table} lacks the columns {fields}; start from the shipped metering/restoration/data/restoration_rules.csv.</source>
        <translation>The restoration rule table {table} lacks the columns {fields}; start from the shipped metering/restoration/data/restoration_rules.csv.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="982" />
        <source>The restoration rule table {table}, line {row}, column {column} holds {value}, which is not allowed (allowed: {allowed}).</source>
        <translation>The restoration rule table {table}, line {row}, column {column} holds {value}, which is not allowed (allowed: {allowed}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="986" />
        <source>The restoration rule table {table}, line {row}, repeats the rule id {rule}; give every rule its own id.</source>
        <translation>The restoration rule table {table}, line {row}, repeats the rule id {rule}; give every rule its own id.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="989" />
        <source>The restoration rule table {table} cannot be read ({error}); give a UTF-8 CSV file.</source>
        <translation>The restoration rule table {table} cannot be read ({error}); give a UTF-8 CSV file.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="992" />
        <source>The DEM must be one band of elevations in metres (got an array of shape {shape}).</source>
        <translation>The DEM must be one band of elevations in metres (got an array of shape {shape}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="995" />
        <source>The DEM cell size (dx {dx}, dy {dy}) is not a positive number of metres; give a DEM in a projected CRS in metres or in geographic degrees.</source>
        <translation>The DEM cell size (dx {dx}, dy {dy}) is not a positive number of metres; give a DEM in a projected CRS in metres or in geographic degrees.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="999" />
        <source>The density table has no row for the {role} object {object} (known: {known}); add its densities (t C/ha per pool) or correct the unit's object.</source>
        <translation>The density table has no row for the {role} object {object} (known: {known}); add its densities (t C/ha per pool) or correct the unit's object.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1003" />
        <source>The parameter {parameter} = {value} is not allowed (it must be a positive number).</source>
        <translation>The parameter {parameter} = {value} is not allowed (it must be a positive number).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1006" />
        <source>The growth table {table}, line {row}, column {column} holds {value}: give a pool among agb, bgb, deadwood, litter and a growth ≥ 0 in t C/ha/a.</source>
        <translation>The growth table {table}, line {row}, column {column} holds {value}: give a pool among agb, bgb, deadwood, litter and a growth ≥ 0 in t C/ha/a.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1019" />
        <source>The horizon year {horizon_year} must lie after the start year {start_year} of the measure.</source>
        <translation>The horizon year {horizon_year} must lie after the start year {start_year} of the measure.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1157" />
        <source>Input {path} ({role}) does not exist. Give an existing file, FILE|layername=NAME or a folder of per-county files.</source>
        <translation>Input {path} ({role}) does not exist. Give an existing file, FILE|layername=NAME or a folder of per-county files.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1161" />
        <source>The folder {path} ({role}) holds no parcel files ({extensions}).</source>
        <translation>The folder {path} ({role}) holds no parcel files ({extensions}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1164" />
        <source>{path} ({role}): choose the layer with FILE|layername=NAME; its polygon layers are {layers} and none alone names the year {year}.</source>
        <translation>{path} ({role}): choose the layer with FILE|layername=NAME; its polygon layers are {layers} and none alone names the year {year}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1168" />
        <source>Layer {layer} has no county field {field} and its file name does not start with a 6-digit county code. Its fields: {fields}. Give --county-field or name the file 420115_….gpkg.</source>
        <translation>Layer {layer} has no county field {field} and its file name does not start with a 6-digit county code. Its fields: {fields}. Give --county-field or name the file 420115_….gpkg.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1172" />
        <source>County {county} ({role}): layer {layer} is in {crs}, its other file in {first}; the files of one county and year must share one CRS.</source>
        <translation>County {county} ({role}): layer {layer} is in {crs}, its other file in {first}; the files of one county and year must share one CRS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1176" />
        <source>County {county} ({role}): {count} parcel(s) delivered in more than one file ({sources}) were counted once (same geometry and code; the first file in name order kept).</source>
        <translation>County {county} ({role}): {count} parcel(s) delivered in more than one file ({sources}) were counted once (same geometry and code; the first file in name order kept).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1190" />
        <source>County {county} has parcels in {year} only ({parcels} parcels): it is not metered and the province total is marked incomplete. Deliver its parcels of the other year.</source>
        <translation>County {county} has parcels in {year} only ({parcels} parcels): it is not metered and the province total is marked incomplete. Deliver its parcels of the other year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1194" />
        <source>County {county}: the task did not finish ({error}: {message}); rerun to retry it, complete counties are skipped.</source>
        <translation>County {county}: the task did not finish ({error}: {message}); rerun to retry it, complete counties are skipped.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1198" />
        <source>The county task stopped on an unexpected error ({error}: {message}); the other counties go on. Rerun to retry it.</source>
        <translation>The county task stopped on an unexpected error ({error}: {message}); the other counties go on. Rerun to retry it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1202" />
        <source>Densities derived from --plots are keyed by metering object; --key {key} needs a density table (--density).</source>
        <translation>Densities derived from --plots are keyed by metering object; --key {key} needs a density table (--density).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1206" />
        <source>Give the densities: --density (a density table) or --plots (a survey GeoPackage).</source>
        <translation>Give the densities: --density (a density table) or --plots (a survey GeoPackage).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1209" />
        <source>Unknown option(s) in the configuration file: {options}.</source>
        <translation>Unknown option(s) in the configuration file: {options}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1212" />
        <source>Missing option(s): {options}.</source>
        <translation>Missing option(s): {options}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="99" />
        <source>Density table {table}: {keys} keys read (SHA-256 {checksum}…).</source>
        <translation>Density table {table}: {keys} keys read (SHA-256 {checksum}…).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="112" />
        <source>Read {count} overlay pieces from layer {layer}.</source>
        <translation>Read {count} overlay pieces from layer {layer}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="478" />
        <source>{0}, {1}: {2}: {3} pieces, {4:.4f} ha</source>
        <translation>{0}, {1}: {2}: {3} pieces, {4:.4f} ha</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="481" />
        <source>{0}: {1}: {2} pieces, {3:.4f} ha</source>
        <translation>{0}: {1}: {2} pieces, {3:.4f} ha</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="548" />
        <source>The raster {raster} is not the annual output of the NEP step (OUTPUT_ANNUAL): its bands are {bands}, expected {expected}. Give the NEP algorithm's annual raster.</source>
        <translation>The raster {raster} is not the annual output of the NEP step (OUTPUT_ANNUAL): its bands are {bands}, expected {expected}. Give the NEP algorithm's annual raster.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="770" />
        <source>The meter data lacks the columns {columns} (found: {found}); use the meter-data template.</source>
        <translation>The meter data lacks the columns {columns} (found: {found}); use the meter-data template.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="773" />
        <source>The meter table describes the meters {meters} more than once: keep one row per meter.</source>
        <translation>The meter table describes the meters {meters} more than once: keep one row per meter.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="776" />
        <source>Meters {meters} have no value in {columns}: describe them in the readings or in the meter table.</source>
        <translation>Meters {meters} have no value in {columns}: describe them in the readings or in the meter table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="779" />
        <source>Meter {meter}: medium {medium} is unknown; use one of {allowed}.</source>
        <translation>Meter {meter}: medium {medium} is unknown; use one of {allowed}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="782" />
        <source>Meter {meter} measures {medium} but names no energy carrier (e.g. diesel): fill the carrier column.</source>
        <translation>Meter {meter} measures {medium} but names no energy carrier (e.g. diesel): fill the carrier column.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="785" />
        <source>Meter {meter}, row {row}, column {column}: {value} is not a valid value (a timestamp, or a number ≥ 0; reading or consumption, not both).</source>
        <translation>Meter {meter}, row {row}, column {column}: {value} is not a valid value (a timestamp, or a number ≥ 0; reading or consumption, not both).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="789" />
        <source>Meter {meter} mixes cumulative readings and interval consumption: give one kind per meter.</source>
        <translation>Meter {meter} mixes cumulative readings and interval consumption: give one kind per meter.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="792" />
        <source>The gap factor {value} must be greater than 1 (an interval this many times the meter's median interval is a gap).</source>
        <translation>The gap factor {value} must be greater than 1 (an interval this many times the meter's median interval is a gap).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="796" />
        <source>Warning thresholds {value}: give three increasing ratios &gt; 0, e.g. 0.9, 1.0, 1.1.</source>
        <translation>Warning thresholds {value}: give three increasing ratios &gt; 0, e.g. 0.9, 1.0, 1.1.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="799" />
        <source>Budget/baseline table: entity {entity}, period {period} has a missing, non-positive or repeated reference emission.</source>
        <translation>Budget/baseline table: entity {entity}, period {period} has a missing, non-positive or repeated reference emission.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="803" />
        <source>{count} gaps in the meter series (meter, timestamp): {items}.</source>
        <translation>{count} gaps in the meter series (meter, timestamp): {items}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="806" />
        <source>{count} counter resets (meter, timestamp): {items}.</source>
        <translation>{count} counter resets (meter, timestamp): {items}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="809" />
        <source>{count} duplicate readings, the first of each kept (meter, timestamp): {items}.</source>
        <translation>{count} duplicate readings, the first of each kept (meter, timestamp): {items}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="812" />
        <source>Meter data: {meters} meters, {readings} readings, {rows} consumption rows.</source>
        <translation>Meter data: {meters} meters, {readings} readings, {rows} consumption rows.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="823" />
        <source>Sink table {table} is not a sink table this tool knows (columns: {columns}). Give the uncertainty OUTPUT, the parcel_stock SUMMARY, the district_sink OUTPUT or TABLE, or a table with region and sink_tco2e.</source>
        <translation>Sink table {table} is not a sink table this tool knows (columns: {columns}). Give the uncertainty OUTPUT, the parcel_stock SUMMARY, the district_sink OUTPUT or TABLE, or a table with region and sink_tco2e.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="828" />
        <source>Sink table {table}: the rows {keys} have no number in the sink column.</source>
        <translation>Sink table {table}: the rows {keys} have no number in the sink column.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="831" />
        <source>Sink table {table} has more than one row for {keys} (same year): keep one row per region and year.</source>
        <translation>Sink table {table} has more than one row for {keys} (same year): keep one row per region and year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="834" />
        <source>Region {region}: level {value} is not one of {allowed}. Fix the level field.</source>
        <translation>Region {region}: level {value} is not one of {allowed}. Fix the level field.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="837" />
        <source>The regions {features} (feature number) have no code: fill the region code field.</source>
        <translation>The regions {features} (feature number) have no code: fill the region code field.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="840" />
        <source>The region codes {regions} occur more than once in the regions layer: one polygon per region.</source>
        <translation>The region codes {regions} occur more than once in the regions layer: one polygon per region.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="843" />
        <source>The source map needs the columns {required} (found: {columns}).</source>
        <translation>The source map needs the columns {required} (found: {columns}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="846" />
        <source>Region {region} is claimed by more than one sink source ({sources}, in {where}): the same sink would be counted twice. Say in the source map (one row for the region) which source serves it.</source>
        <translation>Region {region} is claimed by more than one sink source ({sources}, in {where}): the same sink would be counted twice. Say in the source map (one row for the region) which source serves it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="850" />
        <source>Region {region} has no sink source: none of the sink tables ({sources}) has a row for it. Add a row to the source map naming its table and key, or source none if the region has no sink.</source>
        <translation>Region {region} has no sink source: none of the sink tables ({sources}) has a row for it. Add a row to the source map naming its table and key, or source none if the region has no sink.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="854" />
        <source>Region {region}: the source map names the sink table {source}, which is not among the sink tables ({known}). Use a table's name or its number in the list.</source>
        <translation>Region {region}: the source map names the sink table {source}, which is not among the sink tables ({known}). Use a table's name or its number in the list.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="858" />
        <source>Region {region}: sink table {source} has no row {key}. Fix the key in the source map or add the row.</source>
        <translation>Region {region}: sink table {source} has no row {key}. Fix the key in the source map or add the row.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="861" />
        <source>Regions {regions} take their sink from the same row {key} of {source}: that sink would be counted twice. Give each region its own row.</source>
        <translation>Regions {regions} take their sink from the same row {key} of {source}: that sink would be counted twice. Give each region its own row.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="865" />
        <source>The inventory tables {tables} both hold the period {period}: it would be counted twice. Give each period in one table only.</source>
        <translation>The inventory tables {tables} both hold the period {period}: it would be counted twice. Give each period in one table only.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="869" />
        <source>No year to balance: the inventory has the annual periods {available}; give the years.</source>
        <translation>No year to balance: the inventory has the annual periods {available}; give the years.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="872" />
        <source>Years {value}: give calendar years separated by commas, e.g. 2022, 2023.</source>
        <translation>Years {value}: give calendar years separated by commas, e.g. 2022, 2023.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="875" />
        <source>Region {region} ({unit_type}) has no emissions in the inventory for {year} (the inventory's years: {available}). Add its activity rows, or check the region code and the year.</source>
        <translation>Region {region} ({unit_type}) has no emissions in the inventory for {year} (the inventory's years: {available}). Add its activity rows, or check the region code and the year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="883" />
        <source>The uncertainty of the emissions is not given: the uncertainty of the net emission is left empty.</source>
        <translation>The uncertainty of the emissions is not given: the uncertainty of the net emission is left empty.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="886" />
        <source>The sinks of {regions} carry no uncertainty (give u_pct in the source map): the uncertainty of their net emission is left empty.</source>
        <translation>The sinks of {regions} carry no uncertainty (give u_pct in the source map): the uncertainty of their net emission is left empty.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="890" />
        <source>Region {region}: the sink table {source} carries its own uncertainty; the u_pct of the source map is not used.</source>
        <translation>Region {region}: the sink table {source} carries its own uncertainty; the u_pct of the source map is not used.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="894" />
        <source>The source map names regions that are not in the regions layer: {regions} (rows not used).</source>
        <translation>The source map names regions that are not in the regions layer: {regions} (rows not used).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="897" />
        <source>Environmental-construction reductions (R3) of {regions}, {total} t CO2e in all, are left out of the net emission: the sink of those regions already counts that carbon.</source>
        <translation>Environmental-construction reductions (R3) of {regions}, {total} t CO2e in all, are left out of the net emission: the sink of those regions already counts that carbon.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="901" />
        <source>Carbon balance: {regions} regions, years {years}.</source>
        <translation>Carbon balance: {regions} regions, years {years}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="879" />
        <source>The inventory gives no number, only notation keys, for the emissions or reductions of {items}: their net emission is left empty.</source>
        <translation>The inventory gives no number, only notation keys, for the emissions or reductions of {items}: their net emission is left empty.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1010" />
        <source>The degradation table {table}, line {row}, column {column} holds {value}: give a pool among agb, bgb, deadwood, litter, soil and a loss ≥ 0 in t C/ha/a.</source>
        <translation>The degradation table {table}, line {row}, column {column} holds {value}: give a pool among agb, bgb, deadwood, litter, soil and a loss ≥ 0 in t C/ha/a.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1014" />
        <source>{units} units ({area} ha) are restored to their own current object ({objects}) with a constant baseline: no benefit under the stock-difference method. Give the degradation rate of these objects without the measure (DEGRADATION), growth parameters, or the object they are restored to (WITH_FIELD).</source>
        <translation>{units} units ({area} ha) are restored to their own current object ({objects}) with a constant baseline: no benefit under the stock-difference method. Give the degradation rate of these objects without the measure (DEGRADATION), growth parameters, or the object they are restored to (WITH_FIELD).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="105" />
        <source>Density table {table}: computed for the survey year {year}, as the run needs.</source>
        <translation>Density table {table}: computed for the survey year {year}, as the run needs.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="108" />
        <source>Density table {table} has no survey_year (an older or hand-made table): its year is not checked against {parameter} = {year}. stratum_density records it in its output.</source>
        <translation>Density table {table} has no survey_year (an older or hand-made table): its year is not checked against {parameter} = {year}. stratum_density records it in its output.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="325" />
        <source>Table {table} checked ({rows} rows).</source>
        <translation>Table {table} checked ({rows} rows).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="328" />
        <source>Density table {table} has no densities for the metered objects {objects}: parcel_stock stops if a piece of them is metered with this table.</source>
        <translation>Density table {table} has no densities for the metered objects {objects}: parcel_stock stops if a piece of them is metered with this table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="332" />
        <source>Density table {table} was computed for the survey year {table_year}, but it is given for {parameter} = {year}: the densities of one year would meter another. Give the table of {year} (stratum_density with Survey year {year}) or correct {parameter}.</source>
        <translation>Density table {table} was computed for the survey year {table_year}, but it is given for {parameter} = {year}: the densities of one year would meter another. Give the table of {year} (stratum_density with Survey year {year}) or correct {parameter}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="337" />
        <source>Density table {table}, row {row}, column {column}: {value} is not a calendar year.</source>
        <translation>Density table {table}, row {row}, column {column}: {value} is not a calendar year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="340" />
        <source>Density table {table}, column {column}, holds several survey years ({years}): a density table is of one year. Compute one table per year (stratum_density, Survey year).</source>
        <translation>Density table {table}, column {column}, holds several survey years ({years}): a density table is of one year. Compute one table per year (stratum_density, Survey year).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1185" />
        <source>{count} parcel(s) of {year} with the same geometry are coded to county {county} and to county {other} (both files deliver them): both counties meter them, so the province total counts them twice. Fix their ZLDWDM (duplicates.csv).</source>
        <translation>{count} parcel(s) of {year} with the same geometry are coded to county {county} and to county {other} (both files deliver them): both counties meter them, so the province total counts them twice. Fix their ZLDWDM (duplicates.csv).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="961" />
        <source>A reference sample of class {reference} covers no mapped class; leave it out or check the map.</source>
        <translation>A reference sample of class {reference} covers no mapped class; leave it out or check the map.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="964" />
        <source>Give the classified map either as a raster (MAP) or as polygons (MAP_LAYER), one of the two.</source>
        <translation>Give the classified map either as a raster (MAP) or as polygons (MAP_LAYER), one of the two.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="967" />
        <source>Map layer {layer} has no field {field}: choose the field holding the map class (MAP_FIELD).</source>
        <translation>Map layer {layer} has no field {field}: choose the field holding the map class (MAP_FIELD).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="970" />
        <source>Map layer {layer} already has polygons of class {value}: choose another OUTSIDE_CLASS for the region outside the map polygons.</source>
        <translation>Map layer {layer} already has polygons of class {value}: choose another OUTSIDE_CLASS for the region outside the map polygons.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="974" />
        <source>Map layer {layer}, feature {fid}: no class in {field}. Fill it or remove the polygon.</source>
        <translation>Map layer {layer}, feature {fid}: no class in {field}. Fill it or remove the polygon.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="433" />
        <source>language of this translation: English</source>
        <translation>language of this translation: English</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="473" />
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="473" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="475" />
        <source>bilinear</source>
        <translation>bilinear</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="476" />
        <source>nearest-neighbour</source>
        <translation>nearest-neighbour</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="102" />
        <source>No metering-year density table given: {table} serves both years.</source>
        <translation>No metering-year density table given: {table} serves both years.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="115" />
        <source>All counties, {base_year} → {target_year}: stock {stock_base} t C (base year), {stock_target} t C (metering year), sink {sink} t CO2e/a.</source>
        <translation>All counties, {base_year} → {target_year}: stock {stock_base} t C (base year), {stock_target} t C (metering year), sink {sink} t CO2e/a.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="303" />
        <source>Layer {layer} holds plots of several survey years ({years}) and no survey year is given: their pooled mean would be the density of no year. Give the survey year (the chain passes the base and the metering year), or turn on 'Pool plots of several survey years' to pool them on purpose.</source>
        <translation>Layer {layer} holds plots of several survey years ({years}) and no survey year is given: their pooled mean would be the density of no year. Give the survey year (the chain passes the base and the metering year), or turn on 'Pool plots of several survey years' to pool them on purpose.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="364" />
        <source>The metering year ({target}) must be later than the base year ({base}).</source>
        <translation>The metering year ({target}) must be later than the base year ({base}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="389" />
        <source>Layer {layer} was metered with two density tables ({base}, {target}); give the metering-year table (TARGET_DENSITY) too, or the two years' errors would be treated as one.</source>
        <translation>Layer {layer} was metered with two density tables ({base}, {target}); give the metering-year table (TARGET_DENSITY) too, or the two years' errors would be treated as one.</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="519" />
        <source>Permanent plot {permanent_id} is {base_object} in the base year and {target_object} in the metering year; it is not paired (a change of object is metered by the stock difference).</source>
        <translation>Permanent plot {permanent_id} is {base_object} in the base year and {target_object} in the metering year; it is not paired (a change of object is metered by the stock difference).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="527" />
        <source>The metering year ({target_year}) must be later than the base year ({base_year}).</source>
        <translation>The metering year ({target_year}) must be later than the base year ({base_year}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="1180" />
        <source>{area_ha} ha ({pieces} piece(s)) are coded to county {base_county} in the base year and to county {target_county} in the metering year (a boundary moved or parcels recoded): metered as base_only in {base_county} and target_only in {target_county}, outside the sink (border.csv).</source>
        <translation>{area_ha} ha ({pieces} piece(s)) are coded to county {base_county} in the base year and to county {target_county} in the metering year (a boundary moved or parcels recoded): metered as base_only in {base_county} and target_only in {target_county}, outside the sink (border.csv).</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="498" />
        <source>base year</source>
        <translation>base year</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="505" />
        <source>ellipsoidal area</source>
        <translation>ellipsoidal area</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="505" />
        <source>planar area</source>
        <translation>planar area</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="506" />
        <source>official area (TBDLMJ)</source>
        <translation>official area (TBDLMJ)</translation>
    </message>
    <message>
        <location filename="../processing_provider/messages.py" line="498" />
        <source>metering year</source>
        <translation>metering year</translation>
    </message>
</context>
<context>
    <name>MeterReadingsAlgorithm</name>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="98" />
        <source>Smart-meter readings and emission warnings (T/CI 231)</source>
        <translation>Smart-meter readings and emission warnings (T/CI 231)</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="101" />
        <source>Urban carbon monitoring</source>
        <translation>Urban carbon monitoring</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="133" />
        <source>CSV or Excel (*.csv *.xlsx)</source>
        <translation>CSV or Excel (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="134" />
        <source>Meter readings (.csv or .xlsx)</source>
        <translation>Meter readings (.csv or .xlsx)</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="134" />
        <source>One row per meter and timestamp: meter_id, timestamp (ISO, e.g. 2024-03-01 00:00), and either reading (cumulative counter, in the meter's unit) or consumption (use in the interval ending at the timestamp). The meter columns (entity, region, park, indicator, medium, carrier, unit, rollover) may be in this file instead of a meter table.</source>
        <translation>One row per meter and timestamp: meter_id, timestamp (ISO, e.g. 2024-03-01 00:00), and either reading (cumulative counter, in the meter's unit) or consumption (use in the interval ending at the timestamp). The meter columns (entity, region, park, indicator, medium, carrier, unit, rollover) may be in this file instead of a meter table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="139" />
        <source>Meter table (.csv or .xlsx)</source>
        <translation>Meter table (.csv or .xlsx)</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="139" />
        <source>One row per meter_id: entity, region (district/county code), park, indicator (a level-5 line of T/CI 231 table 2, e.g. E3.1.I.power), medium (water, electricity, gas, heat, cooling, fuel), carrier (needed for fuel; otherwise the medium's carrier), unit (kWh, MWh, m³, 10⁴ m³, GJ, t, L …) and rollover (the value at which the counter starts again from 0; empty if unknown).</source>
        <translation>One row per meter_id: entity, region (district/county code), park, indicator (a level-5 line of T/CI 231 table 2, e.g. E3.1.I.power), medium (water, electricity, gas, heat, cooling, fuel), carrier (needed for fuel; otherwise the medium's carrier), unit (kWh, MWh, m³, 10⁴ m³, GJ, t, L …) and rollover (the value at which the counter starts again from 0; empty if unknown).</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="146" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="146" />
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="146" />
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="146" />
        <source>Periods of the activity rows: calendar months (2024-03) or calendar years (2024).</source>
        <translation>Periods of the activity rows: calendar months (2024-03) or calendar years (2024).</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="149" />
        <source>Gap factor</source>
        <translation>Gap factor</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="149" />
        <source>An interval longer than this many times the meter's median interval is a gap (&gt; 1; default 1.5: in a regular series one missing reading, an interval of twice the usual one, is a gap).</source>
        <translation>An interval longer than this many times the meter's median interval is a gap (&gt; 1; default 1.5: in a regular series one missing reading, an interval of twice the usual one, is a gap).</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="155" />
        <source>Emission inventory (for warnings)</source>
        <translation>Emission inventory (for warnings)</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="155" />
        <source>The OUTPUT table of Emission inventory (unit_type, unit_id, code, carrier, period, emission_location_tco2e, emission_market_tco2e); its entity totals (code E) are compared with the reference. Give it together with REFERENCE.</source>
        <translation>The OUTPUT table of Emission inventory (unit_type, unit_id, code, carrier, period, emission_location_tco2e, emission_market_tco2e); its entity totals (code E) are compared with the reference. Give it together with REFERENCE.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="160" />
        <source>Budget or baseline (.csv or .xlsx)</source>
        <translation>Budget or baseline (.csv or .xlsx)</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="160" />
        <source>Columns entity, period (empty = every period of that entity), reference_tco2e (t CO2e per period, &gt; 0; one row per entity and period).</source>
        <translation>Columns entity, period (empty = every period of that entity), reference_tco2e (t CO2e per period, &gt; 0; one row per entity and period).</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="164" />
        <source>Reference is a</source>
        <translation>Reference is a</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="164" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="164" />
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="164" />
        <source>What the reference stands for (written into the basis column): an emission budget or a baseline (e.g. the same period of a base year).</source>
        <translation>What the reference stands for (written into the basis column): an emission budget or a baseline (e.g. the same period of a base year).</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="168" />
        <source>Warning thresholds (ratios)</source>
        <translation>Warning thresholds (ratios)</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="168" />
        <source>Three increasing ratios emission / reference at which levels 1 attention, 2 warning and 3 alarm start (dimensionless; default 0.9, 1.0, 1.1, a placeholder of this plugin).</source>
        <translation>Three increasing ratios emission / reference at which levels 1 attention, 2 warning and 3 alarm start (dimensionless; default 0.9, 1.0, 1.1, a placeholder of this plugin).</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="172" />
        <source>Electricity accounting</source>
        <translation>Electricity accounting</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="172" />
        <source>Location-based</source>
        <translation>Location-based</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="172" />
        <source>Market-based</source>
        <translation>Market-based</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="172" />
        <source>Which of the inventory's totals is compared: location-based (grid factor of the region) or market-based (residual mix), t CO2e.</source>
        <translation>Which of the inventory's totals is compared: location-based (grid factor of the region) or market-based (residual mix), t CO2e.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="177" />
        <source>Entity polygons (for the warnings layer)</source>
        <translation>Entity polygons (for the warnings layer)</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="177" />
        <source>Polygons of the entities (buildings, enterprises, communities …); the warnings layer gets one feature per entity and period with the entity's polygon.</source>
        <translation>Polygons of the entities (buildings, enterprises, communities …); the warnings layer gets one feature per entity and period with the entity's polygon.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="181" />
        <source>Entity id field</source>
        <translation>Entity id field</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="181" />
        <source>Field of ENTITIES holding the entity ids used in the meter table (e.g. E01).</source>
        <translation>Field of ENTITIES holding the entity ids used in the meter table (e.g. E01).</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="184" />
        <source>Activity data</source>
        <translation>Activity data</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="184" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="184" />
        <source>The activity rows in the format Emission inventory reads (the template's xlsx, or a CSV with the field ids as header); amounts in the meters' units, the meter ids and the coverage in note. Written whole or not at all.</source>
        <translation>The activity rows in the format Emission inventory reads (the template's xlsx, or a CSV with the field ids as header); amounts in the meters' units, the meter ids and the coverage in note. Written whole or not at all.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="189" />
        <source>Consumption per meter and period</source>
        <translation>Consumption per meter and period</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="189" />
        <source>One row per meter and period: amount (meter's unit), n_readings, coverage (0-1), gaps, resets, duplicates.</source>
        <translation>One row per meter and period: amount (meter's unit), n_readings, coverage (0-1), gaps, resets, duplicates.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="189" />
        <source>Gaps, resets and duplicates</source>
        <translation>Gaps, resets and duplicates</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="189" />
        <source>One row per finding: meter_id, timestamp, kind (meter_gap, meter_reset, meter_duplicate), value, detail.</source>
        <translation>One row per finding: meter_id, timestamp, kind (meter_gap, meter_reset, meter_duplicate), value, detail.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="189" />
        <source>Emission warnings</source>
        <translation>Emission warnings</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="189" />
        <source>One row per entity and period: emission_tco2e, reference_tco2e, basis, ratio, level (0-3, -1 without reference), level_name. Needs INVENTORY and REFERENCE.</source>
        <translation>One row per entity and period: emission_tco2e, reference_tco2e, basis, ratio, level (0-3, -1 without reference), level_name. Needs INVENTORY and REFERENCE.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="202" />
        <source>Emission warnings layer</source>
        <translation>Emission warnings layer</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="202" />
        <source>The warnings on the entity polygons (needs ENTITIES), loaded with the shipped style styles/meter_warnings.qml (colours by level).</source>
        <translation>The warnings on the entity polygons (needs ENTITIES), loaded with the shipped style styles/meter_warnings.qml (colours by level).</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="219" />
        <source>Warnings need both INVENTORY (the Emission inventory table) and REFERENCE (the budget or baseline table): give both or neither.</source>
        <translation>Warnings need both INVENTORY (the Emission inventory table) and REFERENCE (the budget or baseline table): give both or neither.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="223" />
        <source>The warnings layer needs ENTITIES with ENTITY_FIELD (the field of the entity ids) and the warning inputs INVENTORY and REFERENCE.</source>
        <translation>The warnings layer needs ENTITIES with ENTITY_FIELD (the field of the entity ids) and the warning inputs INVENTORY and REFERENCE.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="227" />
        <source>Activity data {0}: write a .xlsx or a .csv file.</source>
        <translation>Activity data {0}: write a .xlsx or a .csv file.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="278" />
        <source>The inventory table {0} lacks the columns {1}: use the OUTPUT of Emission inventory.</source>
        <translation>The inventory table {0} lacks the columns {1}: use the OUTPUT of Emission inventory.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="291" />
        <source>The inventory table {0}, feature {1} (entity {2}, period {3}): {4} is not a number.</source>
        <translation>The inventory table {0}, feature {1} (entity {2}, period {3}): {4} is not a number.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="304" />
        <source>Entity layer: the id {0} in field {1} belongs to more than one polygon (feature {2}); keep one polygon per entity.</source>
        <translation>Entity layer: the id {0} in field {1} belongs to more than one polygon (feature {2}); keep one polygon per entity.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="315" />
        <source>Entities without a polygon in {0} (left out of the warnings layer): {1}.</source>
        <translation>Entities without a polygon in {0} (left out of the warnings layer): {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="262" />
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="262" />
        <source>attention</source>
        <translation>attention</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="262" />
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="263" />
        <source>alarm</source>
        <translation>alarm</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="263" />
        <source>no reference</source>
        <translation>no reference</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="264" />
        <source>Warning levels (entity-periods): {0}.</source>
        <translation>Warning levels (entity-periods): {0}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/meter_readings.py" line="104" />
        <source>Turns smart-meter data (water, electricity, gas, heat, cooling, fuel) into the activity data of the emission inventory and warns when an entity's emissions run ahead of its budget or baseline: the online monitoring of T/CI 231-2023 clause 5 table 1 (smart water, electricity and gas meters; monitored media water, electricity, gas, cooling, heat, oil; carbon-emission warning as a function of the monitoring system) and clause 6.2 (regular reporting of the accounted emissions per city, district/county, park and entity).

Steps: each meter's series is checked for duplicates (same meter and timestamp; the first row is kept), counter resets (a cumulative reading lower than the one before: rolled over at the meter's rollover value, else restarted at zero) and gaps (an interval longer than GAP_FACTOR x the meter's median interval); every finding names the meter and the timestamp. Consumption per interval is shared over the months or years it spans in proportion to time (a reading at 00:00 of the 1st closes the previous month) and summed per entity, indicator, carrier, unit and period.

Conventions (the standard is silent): over a gap, a cumulative meter's consumption is kept (the counter went on counting) and the gap reported; an interval meter's value is the consumption of the median interval ending at its timestamp, and its gap is missing data, shown by coverage (the measured share of the period, 0-1). Warning thresholds are ratios emission / reference; the default 0.9, 1.0, 1.1 is a placeholder of this plugin (the standard gives no thresholds).

Warnings (optional): emissions per entity and period of the chosen PERIOD (level 1 total E of the INVENTORY, t CO2e, location- or market-based) / the REFERENCE budget or baseline (t CO2e) = ratio; level 0 normal below the first threshold, 1 attention, 2 warning, 3 alarm from the third; -1 when the period has no reference. Details and columns in docs/urban_monitoring.md.</source>
        <translation>Turns smart-meter data (water, electricity, gas, heat, cooling, fuel) into the activity data of the emission inventory and warns when an entity's emissions run ahead of its budget or baseline: the online monitoring of T/CI 231-2023 clause 5 table 1 (smart water, electricity and gas meters; monitored media water, electricity, gas, cooling, heat, oil; carbon-emission warning as a function of the monitoring system) and clause 6.2 (regular reporting of the accounted emissions per city, district/county, park and entity).

Steps: each meter's series is checked for duplicates (same meter and timestamp; the first row is kept), counter resets (a cumulative reading lower than the one before: rolled over at the meter's rollover value, else restarted at zero) and gaps (an interval longer than GAP_FACTOR x the meter's median interval); every finding names the meter and the timestamp. Consumption per interval is shared over the months or years it spans in proportion to time (a reading at 00:00 of the 1st closes the previous month) and summed per entity, indicator, carrier, unit and period.

Conventions (the standard is silent): over a gap, a cumulative meter's consumption is kept (the counter went on counting) and the gap reported; an interval meter's value is the consumption of the median interval ending at its timestamp, and its gap is missing data, shown by coverage (the measured share of the period, 0-1). Warning thresholds are ratios emission / reference; the default 0.9, 1.0, 1.1 is a placeholder of this plugin (the standard gives no thresholds).

Warnings (optional): emissions per entity and period of the chosen PERIOD (level 1 total E of the INVENTORY, t CO2e, location- or market-based) / the REFERENCE budget or baseline (t CO2e) = ratio; level 0 normal below the first threshold, 1 attention, 2 warning, 3 alarm from the third; -1 when the period has no reference. Details and columns in docs/urban_monitoring.md.</translation>
    </message>
</context>
<context>
    <name>NdviTrendAlgorithm</name>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="42" />
        <source>NDVI trend (Theil–Sen and Mann–Kendall)</source>
        <translation>NDVI trend (Theil–Sen and Mann–Kendall)</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="45" />
        <source>Ecological restoration</source>
        <translation>Ecological restoration</translation>
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
        <translation>Per pixel, over annual NDVI rasters: the Theil–Sen slope, the Mann–Kendall test and a trend class, the vegetation-dynamics factor of restoration-area identification (restoration guideline; methods.md §7).

Exactly what is computed: Sen's slope is the median of (NDVI_j − NDVI_i)/(year_j − year_i) over the pairs of valid years, on the actual years, so a missing or nodata year is a gap, not a shift. S = Σ sign(x_j − x_i); Var(S) with the tie correction; Z = (S ∓ 1)/√Var(S) (continuity correction). The two-sided p is exact (the permutation distribution of S) for at most 10 valid years without ties, and the tie-corrected normal approximation otherwise; significance is decided on p, not on |Z| &gt; 1.96. Kendall's tau is tau-b. Trend class: significant increase (2) or decrease (−2) when p &lt; 1 − confidence; otherwise stable (0) when |slope| &lt; the stable threshold, else non-significant increase (1) or decrease (−1).

Parameters:
- Annual NDVI rasters (INPUTS): one single-band raster per year on one grid, in year order. NDVI stored ×10 000 is detected and scaled.
- Years (YEARS, optional): comma-separated years, one per raster; empty: the 4-digit year in each file name, else 1, 2, 3 … (slope per step).
- Confidence (CONFIDENCE): two-sided level of significance, 90 %, 95 % or 99 %.
- Minimum valid years (MIN_YEARS): pixels with fewer valid years are nodata.
- Stable threshold (STABLE_SLOPE, NDVI per year): a non-significant trend flatter than this is stable; 0 keeps every non-significant trend as an increase or decrease.

Output (OUTPUT): one GeoTIFF, bands in this order: Sen slope (NDVI/yr), Z, p, tau, number of valid years, trend class; band descriptions set, nodata −9999. See docs/restoration.md.</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="80" />
        <source>Annual NDVI rasters</source>
        <translation>Annual NDVI rasters</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="80" />
        <source>One single-band NDVI raster per year, on one grid, in year order (−1…1 or ×10 000).</source>
        <translation>One single-band NDVI raster per year, on one grid, in year order (−1…1 or ×10 000).</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="83" />
        <source>Years (comma-separated)</source>
        <translation>Years (comma-separated)</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="83" />
        <source>The year of each raster, e.g. 2010, 2011, 2013; empty: read from the file names.</source>
        <translation>The year of each raster, e.g. 2010, 2011, 2013; empty: read from the file names.</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="85" />
        <source>Confidence level</source>
        <translation>Confidence level</translation>
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
        <translation>Two-sided confidence level at which a trend is significant (p &lt; 1 − level).</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="88" />
        <source>Minimum valid years</source>
        <translation>Minimum valid years</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="88" />
        <source>Pixels with fewer valid (non-nodata) years are nodata in every band.</source>
        <translation>Pixels with fewer valid (non-nodata) years are nodata in every band.</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="91" />
        <source>Stable threshold (NDVI per year)</source>
        <translation>Stable threshold (NDVI per year)</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="91" />
        <source>A non-significant trend with |Sen slope| below this value (NDVI per year) is classed stable.</source>
        <translation>A non-significant trend with |Sen slope| below this value (NDVI per year) is classed stable.</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="95" />
        <source>NDVI trend</source>
        <translation>NDVI trend</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="95" />
        <source>6-band GeoTIFF: Sen slope, Z, p, tau, valid years, trend class.</source>
        <translation>6-band GeoTIFF: Sen slope, Z, p, tau, valid years, trend class.</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="111" />
        <source>Years read from the file names: {0}.</source>
        <translation>Years read from the file names: {0}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="113" />
        <source>No year in the file names: the rasters are taken as consecutive steps 1…{0}, and the slope is NDVI per step.</source>
        <translation>No year in the file names: the rasters are taken as consecutive steps 1…{0}, and the slope is NDVI per step.</translation>
    </message>
    <message>
        <location filename="../processing_provider/ndvi_trend.py" line="117" />
        <source>{0:,} pixels with a trend ({1:,} with an exact p): significant increase {2:,}, increase {3:,}, stable {4:,}, decrease {5:,}, significant decrease {6:,}.</source>
        <translation>{0:,} pixels with a trend ({1:,} with an exact p): significant increase {2:,}, increase {3:,}, stable {4:,}, decrease {5:,}, significant decrease {6:,}.</translation>
    </message>
</context>
<context>
    <name>NepAlgorithm</name>
    <message>
        <location filename="../processing_provider/nep.py" line="36" />
        <source>Net ecosystem productivity (NEP = NPP − Rh)</source>
        <translation>Net ecosystem productivity (NEP = NPP − Rh)</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="39" />
        <source>Remote-sensing carbon sink</source>
        <translation>Remote-sensing carbon sink</translation>
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
        <translation>Computes the soil heterotrophic respiration Rh and the net ecosystem productivity NEP = NPP − Rh, monthly and annual: the carbon-sink computation step of DB4403/T 348—2023. Positive NEP is a sink (carbon removed from the atmosphere).

Rh after Pei Zhiyong et al. (2010), as in methods.md §6: Rh = 0.22 × [exp(0.0912 T) + ln(0.3145 R + 1)] × 30 × 46.5 % (g C/m²/month; T monthly mean temperature °C, R monthly precipitation mm; 30 days a month, 46.5 % carbon fraction). R = 0 gives ln 1 = 0 (the temperature term alone). Or give your own monthly Rh raster (RH).

Parameters:
- NPP: the monthly NPP of CASA NPP (OUTPUT, 12 bands, g C/m²/month); its grid is the grid of the outputs and must be in a projected CRS in metres (the pixel area gives t C per pixel).
- TEMPERATURE (°C) and PRECIPITATION (mm/month): 12 bands or 12 rasters (January first), aligned to the NPP grid by bilinear interpolation; not needed with RH.
- RH (optional): monthly Rh in g C/m²/month, 12 bands, instead of the model.

A pixel missing in any month of any input is nodata in every output. Processed in strips of bounded memory; see docs/remote_sensing.md (appendix A lists the conventions).

Outputs (GeoTIFF, nodata −9999): OUTPUT, 12 bands of monthly NEP (g C/m²/month); OUTPUT_ANNUAL, 4 bands: annual NEP (g C/m²/a), annual NEP per pixel (t C/a = g C/m²/a × pixel area m² / 10⁶), annual Rh and annual NPP (g C/m²/a). District carbon sink reads it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="70" />
        <source>Monthly NPP</source>
        <translation>Monthly NPP</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="70" />
        <source>Monthly NPP of CASA NPP, g C/m²/month, 12 bands (or 12 rasters).</source>
        <translation>Monthly NPP of CASA NPP, g C/m²/month, 12 bands (or 12 rasters).</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="72" />
        <source>Monthly mean temperature (°C)</source>
        <translation>Monthly mean temperature (°C)</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="72" />
        <source>Monthly mean air temperature in °C (12 bands or 12 rasters), for the Rh model.</source>
        <translation>Monthly mean air temperature in °C (12 bands or 12 rasters), for the Rh model.</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="75" />
        <source>Monthly precipitation (mm)</source>
        <translation>Monthly precipitation (mm)</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="75" />
        <source>Monthly precipitation in mm/month (12 bands or 12 rasters), for the Rh model.</source>
        <translation>Monthly precipitation in mm/month (12 bands or 12 rasters), for the Rh model.</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="78" />
        <source>Monthly Rh (g C/m²)</source>
        <translation>Monthly Rh (g C/m²)</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="78" />
        <source>Optional monthly soil heterotrophic respiration, g C/m²/month, used instead of the Pei et al. (2010) model.</source>
        <translation>Optional monthly soil heterotrophic respiration, g C/m²/month, used instead of the Pei et al. (2010) model.</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="81" />
        <source>Monthly NEP</source>
        <translation>Monthly NEP</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="81" />
        <source>12-band GeoTIFF of monthly NEP, g C/m²/month.</source>
        <translation>12-band GeoTIFF of monthly NEP, g C/m²/month.</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="83" />
        <source>Annual NEP</source>
        <translation>Annual NEP</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="83" />
        <source>4-band GeoTIFF: annual NEP (g C/m²/a), NEP per pixel (t C/a), annual Rh and NPP (g C/m²/a).</source>
        <translation>4-band GeoTIFF: annual NEP (g C/m²/a), NEP per pixel (t C/a), annual Rh and NPP (g C/m²/a).</translation>
    </message>
    <message>
        <location filename="../processing_provider/nep.py" line="94" />
        <source>Total annual NEP over {0:,} valid pixels: {1:,.2f} t C/a.</source>
        <translation>Total annual NEP over {0:,} valid pixels: {1:,.2f} t C/a.</translation>
    </message>
</context>
<context>
    <name>ParcelChangeAlgorithm</name>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="83" />
        <source>Parcel carbon metering</source>
        <translation>Parcel carbon metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="133" />
        <source>Base-year parcels (t1)</source>
        <translation>Base-year parcels (t1)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="133" />
        <source>Polygon parcel layer of the base year t1 (e.g. 三调 DLTB 2020).</source>
        <translation>Polygon parcel layer of the base year t1 (e.g. 三调 DLTB 2020).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="133" />
        <source>Base land-class code field</source>
        <translation>Base land-class code field</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="146" />
        <source>Land class → metering object table</source>
        <translation>Land class → metering object table</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="150" />
        <source>Optional table (CSV, xlsx or any QGIS table) with fields code and object; its rows override the shipped mapping (metering/data/landclass_mapping.csv). Objects must be those of metering_objects.csv.</source>
        <translation>Optional table (CSV, xlsx or any QGIS table) with fields code and object; its rows override the shipped mapping (metering/data/landclass_mapping.csv). Objects must be those of metering_objects.csv.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="154" />
        <source>County field</source>
        <translation>County field</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="155" />
        <source>Optional field (present in both layers) giving the county of each parcel. Default: the first 6 digits of ZLDWDM (坐落单位代码) when present; a field named ZLDWDM is always cut to its first 6 digits.</source>
        <translation>Optional field (present in both layers) giving the county of each parcel. Default: the first 6 digits of ZLDWDM (坐落单位代码) when present; a field named ZLDWDM is always cut to its first 6 digits.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="168" />
        <source>Sliver threshold (m²)</source>
        <translation>Sliver threshold (m²)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="170" />
        <source>Pieces with an area below this many square metres get sliver = 1; they are kept.</source>
        <translation>Pieces with an area below this many square metres get sliver = 1; they are kept.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="159" />
        <source>Area method</source>
        <translation>Area method</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="159" />
        <source>ellipsoidal (CGCS2000 ellipsoid, as 三调)</source>
        <translation>ellipsoidal (CGCS2000 ellipsoid, as 三调)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="159" />
        <source>planar (layer CRS)</source>
        <translation>planar (layer CRS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="159" />
        <source>official (survey area TBDLMJ shared by geometric area)</source>
        <translation>official (survey area TBDLMJ shared by geometric area)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="163" />
        <source>ellipsoidal: area on the CGCS2000 ellipsoid (三调 图斑面积); planar: area in the projected CRS; official: each parcel's TBDLMJ (or TBMJ − KCMJ, TBMJ × (1 − KCXS)) shared among its pieces in proportion to their geometric area.</source>
        <translation>ellipsoidal: area on the CGCS2000 ellipsoid (三调 图斑面积); planar: area in the projected CRS; official: each parcel's TBDLMJ (or TBMJ − KCMJ, TBMJ × (1 − KCXS)) shared among its pieces in proportion to their geometric area.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="183" />
        <source>Overlay pieces</source>
        <translation>Overlay pieces</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="185" />
        <source>One polygon per overlay piece with codes, objects, change flag, county and area (m²).</source>
        <translation>One polygon per overlay piece with codes, objects, change flag, county and area (m²).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="187" />
        <source>Change matrix</source>
        <translation>Change matrix</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="251" />
        <source>Mapping table error: {0}</source>
        <translation>Mapping table error: {0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="173" />
        <source>Vertex snapping tolerance (m)</source>
        <translation>Vertex snapping tolerance (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="144" />
        <source>Field holding the GB/T 21010 / 三调 land-class code; DLBM when not given.</source>
        <translation>Field holding the GB/T 21010 / 三调 land-class code; DLBM when not given.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="80" />
        <source>Base-year/metering-year parcel overlay and change flags (基准年—计量年图斑叠加与变化标识)</source>
        <translation>Base-year/metering-year parcel overlay and change flags (基准年—计量年图斑叠加与变化标识)</translation>
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
        <translation>Overlays the base-year (t1) and the metering-year (t2) land-survey parcel layers (三调 / 年度变更调查 DLTB) and flags every piece as unchanged, changed, base only or target only (Hubei carbon-metering spec, ch. 5 and 8; land classes to metering objects after its appendix A). Needs the Python package shapely ≥ 2.

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

Area is conserved: per class, the pieces sum to each layer's own class areas (checked, 1e-6 relative, and logged).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="133" />
        <source>Metering-year parcels (t2)</source>
        <translation>Metering-year parcels (t2)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="133" />
        <source>Metering-year land-class code field</source>
        <translation>Metering-year land-class code field</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="133" />
        <source>Polygon parcel layer of the metering year t2 (e.g. 年度变更调查 DLTB 2023).</source>
        <translation>Polygon parcel layer of the metering year t2 (e.g. 年度变更调查 DLTB 2023).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="176" />
        <source>Metering-year vertices closer than this many metres to a base vertex or edge are moved onto it before the overlay (default 0.001 m = 1 mm; 0 turns snapping off), so copies that differ only by rounding pair as unchanged. Skipped when a sample of target vertices shows no rounding differences. In a geographic CRS 1 m is taken as 1/111 320 degree.</source>
        <translation>Metering-year vertices closer than this many metres to a base vertex or edge are moved onto it before the overlay (default 0.001 m = 1 mm; 0 turns snapping off), so copies that differ only by rounding pair as unchanged. Skipped when a sample of target vertices shows no rounding differences. In a geographic CRS 1 m is taken as 1/111 320 degree.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="189" />
        <source>Area (ha) by base-year × metering-year class, at object and at code level.</source>
        <translation>Area (ha) by base-year × metering-year class, at object and at code level.</translation>
    </message>
</context>
<context>
    <name>ParcelStockAlgorithm</name>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="49" />
        <source>Parcel carbon stock and sink</source>
        <translation>Parcel carbon stock and sink</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="52" />
        <source>Parcel carbon metering</source>
        <translation>Parcel carbon metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="99" />
        <source>Pieces (parcel change)</source>
        <translation>Pieces (parcel change)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="105" />
        <source>Base-year densities</source>
        <translation>Base-year densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="108" />
        <source>Density table for the base year in t C/ha: a key column and the pool columns agb, bgb, deadwood, litter, soil, or the stratum_density output.</source>
        <translation>Density table for the base year in t C/ha: a key column and the pool columns agb, bgb, deadwood, litter, soil, or the stratum_density output.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="129" />
        <source>Density key</source>
        <translation>Density key</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="129" />
        <source>Metering object</source>
        <translation>Metering object</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="129" />
        <source>Land-class code</source>
        <translation>Land-class code</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="133" />
        <source>Whether the density tables are keyed by metering object (base_object, target_object) or by land-class code (base_code, target_code, text such as 0101).</source>
        <translation>Whether the density tables are keyed by metering object (base_object, target_object) or by land-class code (base_code, target_code, text such as 0101).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="138" />
        <source>Base year</source>
        <translation>Base year</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="154" />
        <source>Piece stocks</source>
        <translation>Piece stocks</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="161" />
        <source>Stock and sink summary</source>
        <translation>Stock and sink summary</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="164" />
        <source>Totals per county × object × pool × change group, with ALL total rows.</source>
        <translation>Totals per county × object × pool × change group, with ALL total rows.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="157" />
        <source>The pieces with their stocks at both years (t C), dc_per_year_tc (t C/a), sink_tco2e (t CO2e/a) and the facts of the run (years, density tables).</source>
        <translation>The pieces with their stocks at both years (t C), dc_per_year_tc (t C/a), sink_tco2e (t CO2e/a) and the facts of the run (years, density tables).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="143" />
        <source>Calendar year t1 of the base land survey (required, no default).</source>
        <translation>Calendar year t1 of the base land survey (required, no default).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="119" />
        <source>Change densities (permanent plots)</source>
        <translation>Change densities (permanent plots)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="122" />
        <source>Optional change-density table (stratum_density CHANGE_OUTPUT, t C/ha/a, keyed by object). Unchanged pieces of an object in it take their sink from the change: target stock = base stock + change × area × years, per pool in the table; changed pieces keep the two years' densities. The pieces get dc_estimator and the change table's name and checksum.</source>
        <translation>Optional change-density table (stratum_density CHANGE_OUTPUT, t C/ha/a, keyed by object). Unchanged pieces of an object in it take their sink from the change: target stock = base stock + change × area × years, per pool in the table; changed pieces keep the two years' densities. The pieces get dc_estimator and the change table's name and checksum.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="215" />
        <source>Change densities {0}: {1} objects (checksum {2}).</source>
        <translation>Change densities {0}: {1} objects (checksum {2}).</translation>
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
        <translation>Meters the carbon stock of every piece of the base-year × metering-year overlay (the output of parcel_change) at the base and the metering year, and its sink by stock change (Hubei spec ch. 8; IPCC 2006 GL vol. 4 stock-difference method).

Stock per pool (t C) = density (t C/ha) × area (ha, from area_m2); each year uses its own density key: unchanged pieces the same object at both dates, changed pieces the base object at the base year and the target object at the metering year. The total is the sum of the pools. dc_per_year_tc (t C/a) = (total at target − total at base) / (metering year − base year); sink_tco2e (t CO2e/a) = dc_per_year_tc × 44/12, positive when carbon is removed from the atmosphere. Non-metered and unmapped pieces have zero stock; codes not mapped to a metering object are listed in a warning with their pieces and area (fix the mapping and re-run parcel_change). Pieces that exist in one year only (change_flag 2 or 3) get a stock for that year only and no change. A metered object or code without a density stops the run with the list of keys, pieces and area.

Parameters:
- Pieces: the parcel_change output (base_code, target_code, base_object, target_object, change_flag, county, area_m2, area_method).
- Base-year densities: table with a key column and the pool columns agb, bgb, deadwood, litter, soil in t C/ha (wide), or the stratum_density output (long). CSV, xlsx or any QGIS table; land-class codes are read as text.
- Metering-year densities: optional; the base-year table when empty. A table with a survey_year column (stratum_density output) must be of its year: the base-year table's survey_year equal to the base year, the metering-year table's to the metering year, else the run stops. Tables without that column (older or hand-made tables) are accepted, the log says their year is not checked.
- Density key: object (tables keyed by metering object) or code (by land-class code). Crossed strata of stratum_density (object|value) are not keys: its per-object rows are used.
- Base year, Metering year: calendar years t1 &lt; t2.

A density row for a key that only non-metered pieces carry (a pond code with soil carbon in a table keyed by code) is not used; a warning names those keys, their pieces and area: map the code to a metering object with MAPPING in parcel_change to meter it.

Outputs: the pieces with area_ha, base_key, target_key, stock_base_&lt;pool&gt;_tc and stock_target_&lt;pool&gt;_tc (t C), dc_per_year_tc (t C/a) and sink_tco2e (t CO2e/a), and the facts of the run on every row (base_year, target_year, base_density, target_density and their SHA-256, same_density_table, density_key), which uncertainty and export_report read; and a summary table per county × object × pool × change_group (unchanged, changed, all = both; base_only, target_only for one-year pieces) with n_pieces, area_ha, stock_base_tc, stock_target_tc, dc_per_year_tc and sink_tco2e (and the same facts), including totals (county ALL, object ALL). Changed pieces are summarised under their metering-year object (land converted to a category is reported under it).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="102" />
        <source>Polygon pieces of the base-year × metering-year overlay, the output of parcel_change.</source>
        <translation>Polygon pieces of the base-year × metering-year overlay, the output of parcel_change.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="112" />
        <source>Metering-year densities</source>
        <translation>Metering-year densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="116" />
        <source>Density table for the metering year (same form). Empty: the base-year table.</source>
        <translation>Density table for the metering year (same form). Empty: the base-year table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="146" />
        <source>Metering year</source>
        <translation>Metering year</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="150" />
        <source>Calendar year t2 of the metering-year survey; must be later than the base year (required, no default).</source>
        <translation>Calendar year t2 of the metering-year survey; must be later than the base year (required, no default).</translation>
    </message>
</context>
<context>
    <name>PlotCarbonAlgorithm</name>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="56" />
        <source>Plot carbon by pool</source>
        <translation>Plot carbon by pool</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="59" />
        <source>Parcel carbon metering</source>
        <translation>Parcel carbon metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="62" />
        <source>carbon,plot,sample plot,biomass,soil,litter,deadwood,样地,碳密度</source>
        <translation>carbon,plot,sample plot,biomass,soil,litter,deadwood,样地,碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="119" />
        <source>Survey plots</source>
        <translation>Survey plots</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="128" />
        <source>Trees</source>
        <translation>Trees</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="128" />
        <source>Tree tally: plot_id, species, dbh_cm (cm), height_m (m), status (live or standing_dead), decay_class. Empty: the trees table of INPUT's GeoPackage.</source>
        <translation>Tree tally: plot_id, species, dbh_cm (cm), height_m (m), status (live or standing_dead), decay_class. Empty: the trees table of INPUT's GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="131" />
        <source>Shrub and herb quadrats</source>
        <translation>Shrub and herb quadrats</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="131" />
        <source>Harvest quadrats: plot_id, layer (shrub or herb), quadrat_area_m2 (m²), fresh_mass_kg (kg), sample_fresh_g and sample_dry_g (g). Empty: the shrub_herb table of INPUT's GeoPackage.</source>
        <translation>Harvest quadrats: plot_id, layer (shrub or herb), quadrat_area_m2 (m²), fresh_mass_kg (kg), sample_fresh_g and sample_dry_g (g). Empty: the shrub_herb table of INPUT's GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="135" />
        <source>Litter quadrats</source>
        <translation>Litter quadrats</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="135" />
        <source>Litter quadrats: plot_id, quadrat_area_m2 (m²), fresh_mass_kg (kg), sample_fresh_g and sample_dry_g (g). Empty: the litter table of INPUT's GeoPackage.</source>
        <translation>Litter quadrats: plot_id, quadrat_area_m2 (m²), fresh_mass_kg (kg), sample_fresh_g and sample_dry_g (g). Empty: the litter table of INPUT's GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="138" />
        <source>Lying dead wood</source>
        <translation>Lying dead wood</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="138" />
        <source>Lying dead wood pieces: plot_id, species (optional), diameter_cm (cm) and length_m (m) or volume_m3 (m³), decay_class (1–3). Empty: the deadwood table of INPUT's GeoPackage.</source>
        <translation>Lying dead wood pieces: plot_id, species (optional), diameter_cm (cm) and length_m (m) or volume_m3 (m³), decay_class (1–3). Empty: the deadwood table of INPUT's GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="141" />
        <source>Soil layers</source>
        <translation>Soil layers</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="141" />
        <source>Soil layers: plot_id, layer_top_cm and layer_bottom_cm (cm), soc_g_kg or som_g_kg (g/kg), bulk_density_g_cm3 (g/cm³), gravel_pct (% by volume). Empty: the soil table of INPUT's GeoPackage.</source>
        <translation>Soil layers: plot_id, layer_top_cm and layer_bottom_cm (cm), soc_g_kg or som_g_kg (g/kg), bulk_density_g_cm3 (g/cm³), gravel_pct (% by volume). Empty: the soil table of INPUT's GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="153" />
        <source>Soil reporting depth (cm)</source>
        <translation>Soil reporting depth (cm)</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="156" />
        <source>Soil carbon is summed from 0 cm down to this depth (cm). 30 cm follows IPCC 2006; 100 cm is common in Chinese surveys. Layers below it are cut; plots whose layers stop short are flagged.</source>
        <translation>Soil carbon is summed from 0 cm down to this depth (cm). 30 cm follows IPCC 2006; 100 cm is common in Chinese surveys. Layers below it are cut; plots whose layers stop short are flagged.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="161" />
        <source>Species parameter overrides</source>
        <translation>Species parameter overrides</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="164" />
        <source>Table with a species column and any of route (volume, allometric, culm), equation (power, power_d2h), a, b, c, wd_t_m3 (t/m³), bef, r, cf (t C/t d.m.) and source. Rows replace the shipped parameters of that species; empty cells keep the shipped value; new species are added.</source>
        <translation>Table with a species column and any of route (volume, allometric, culm), equation (power, power_d2h), a, b, c, wd_t_m3 (t/m³), bef, r, cf (t C/t d.m.) and source. Rows replace the shipped parameters of that species; empty cells keep the shipped value; new species are added.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="170" />
        <source>Pool default overrides</source>
        <translation>Pool default overrides</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="172" />
        <source>Table in the format of metering/data/default_density.csv: object, pool (agb, bgb, deadwood, litter, soil), mean (t C/ha; density_t_c_ha is accepted too), source and optionally soil_depth_cm (cm, soil rows; 30 when absent). Used for plots without measurements of a pool, replacing shipped rows with the same object and pool.</source>
        <translation>Table in the format of metering/data/default_density.csv: object, pool (agb, bgb, deadwood, litter, soil), mean (t C/ha; density_t_c_ha is accepted too), source and optionally soil_depth_cm (cm, soil rows; 30 when absent). Used for plots without measurements of a pool, replacing shipped rows with the same object and pool.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="196" />
        <source>Plot carbon</source>
        <translation>Plot carbon</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="198" />
        <source>The plots with carbon density per pool (t C/ha), total_co2e (t CO2e/ha), the soil depth, the method per pool and warnings.</source>
        <translation>The plots with carbon density per pool (t C/ha), total_co2e (t CO2e/ha), the soil depth, the method per pool and warnings.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="207" />
        <source>Table {table} has no column {field}; add it.</source>
        <translation>Table {table} has no column {field}; add it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="208" />
        <source>Table {table}, row {row}: {field} '{value}' appears more than once; keep one row.</source>
        <translation>Table {table}, row {row}: {field} '{value}' appears more than once; keep one row.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="210" />
        <source>Table {table}, row {row}: {field} is empty; enter a value.</source>
        <translation>Table {table}, row {row}: {field} is empty; enter a value.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="211" />
        <source>Table {table}, row {row}: {field} '{value}' is not a number.</source>
        <translation>Table {table}, row {row}: {field} '{value}' is not a number.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="212" />
        <source>Table {table}, row {row}: {field} = {value} must be greater than 0.</source>
        <translation>Table {table}, row {row}: {field} = {value} must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="213" />
        <source>Table {table}, row {row}: {field} = {value} must not be negative.</source>
        <translation>Table {table}, row {row}: {field} = {value} must not be negative.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="214" />
        <source>Table {table}, row {row}: {field} = {value} is outside {other}.</source>
        <translation>Table {table}, row {row}: {field} = {value} is outside {other}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="215" />
        <source>Table {table}, row {row}: {field} '{value}' is not one of: {other}.</source>
        <translation>Table {table}, row {row}: {field} '{value}' is not one of: {other}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="216" />
        <source>Table {table}, row {row}: sample_dry_g {value} exceeds sample_fresh_g {other}; a dry sample cannot weigh more than the fresh one.</source>
        <translation>Table {table}, row {row}: sample_dry_g {value} exceeds sample_fresh_g {other}; a dry sample cannot weigh more than the fresh one.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="219" />
        <source>Table {table}, row {row}: layer_bottom_cm {value} must be deeper than layer_top_cm {other}.</source>
        <translation>Table {table}, row {row}: layer_bottom_cm {value} must be deeper than layer_top_cm {other}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="222" />
        <source>Table {table}, row {row}: the layer from {value} cm overlaps another layer of plot {other}; fix the layer depths.</source>
        <translation>Table {table}, row {row}: the layer from {value} cm overlaps another layer of plot {other}; fix the layer depths.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="225" />
        <source>Table {table}, row {row}: plot_id '{value}' is not in the plots layer; add the plot or correct the id.</source>
        <translation>Table {table}, row {row}: plot_id '{value}' is not in the plots layer; add the plot or correct the id.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="228" />
        <source>Table {table}, row {row}: species '{value}' has no parameters and its group has no default; add a row for it to the parameter table.</source>
        <translation>Table {table}, row {row}: species '{value}' has no parameters and its group has no default; add a row for it to the parameter table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="231" />
        <source>Table {table}, row {row}: give volume_m3, or both diameter_cm and length_m.</source>
        <translation>Table {table}, row {row}: give volume_m3, or both diameter_cm and length_m.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="233" />
        <source>Table {table}, row {row}: give soc_g_kg or som_g_kg.</source>
        <translation>Table {table}, row {row}: give soc_g_kg or som_g_kg.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="234" />
        <source>Table {table}, row {row}: species '{value}' uses the volume route but has no wd_t_m3 or bef; fill them in.</source>
        <translation>Table {table}, row {row}: species '{value}' uses the volume route but has no wd_t_m3 or bef; fill them in.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="242" />
        <source>{pool}: no measurements, default {value} t C/ha of object '{object}' used</source>
        <translation>{pool}: no measurements, default {value} t C/ha of object '{object}' used</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="244" />
        <source>{pool}: no measurements and no default for object '{object}'; set to 0</source>
        <translation>{pool}: no measurements and no default for object '{object}'; set to 0</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="245" />
        <source>soil: the default is for 0–{other} cm, not the 0–{value} cm reporting depth</source>
        <translation>soil: the default is for 0–{other} cm, not the 0–{value} cm reporting depth</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="247" />
        <source>soil: layers cover {value} cm of the 0–{other} cm reporting depth; the uncovered depth counts as 0 (not extrapolated)</source>
        <translation>soil: layers cover {value} cm of the 0–{other} cm reporting depth; the uncovered depth counts as 0 (not extrapolated)</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="250" />
        <source>soil: gravel_pct empty in {value} layer(s), taken as 0</source>
        <translation>soil: gravel_pct empty in {value} layer(s), taken as 0</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="251" />
        <source>deadwood: {value} piece(s) or standing dead tree(s) without decay class, taken as class 1 (sound)</source>
        <translation>deadwood: {value} piece(s) or standing dead tree(s) without decay class, taken as class 1 (sound)</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="254" />
        <source>trees: species '{value}' has no parameters of its own; group default '{other}' used</source>
        <translation>trees: species '{value}' has no parameters of its own; group default '{other}' used</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="256" />
        <source>deadwood: {value} piece(s) without a species wood density; default {other} t/m³ used</source>
        <translation>deadwood: {value} piece(s) without a species wood density; default {other} t/m³ used</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="291" />
        <source>… and {0} more problem(s).</source>
        <translation>… and {0} more problem(s).</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="292" />
        <source>Plot carbon cannot be computed; fix these values first:</source>
        <translation>Plot carbon cannot be computed; fix these values first:</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="335" />
        <source>{0}: {1} row(s) from the given table {2}.</source>
        <translation>{0}: {1} row(s) from the given table {2}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="340" />
        <source>Table {0} of GeoPackage {1} cannot be opened; check the file.</source>
        <translation>Table {0} of GeoPackage {1} cannot be opened; check the file.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="349" />
        <source>{0}: no table given or found; pool defaults apply.</source>
        <translation>{0}: no table given or found; pool defaults apply.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="360" />
        <source>Soil reporting depth: 0–{0:g} cm.</source>
        <translation>Soil reporting depth: 0–{0:g} cm.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="371" />
        <source>{0}: {1} row(s) from {2}.</source>
        <translation>{0}: {1} row(s) from {2}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="396" />
        <source>Parameters used and their sources:</source>
        <translation>Parameters used and their sources:</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="410" />
        <source>{0} plot(s) computed, {1} with warnings (see the warnings field).</source>
        <translation>{0} plot(s) computed, {1} with warnings (see the warnings field).</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="121" />
        <source>Point layer of sample plots with plot_id, object and plot_area_m2 (m²), normally the plots layer of a survey GeoPackage. Optional pools_surveyed: comma-separated survey tables searched on the plot (trees, shrub_herb, litter, deadwood, soil); a listed table without rows is a measured 0.</source>
        <translation>Point layer of sample plots with plot_id, object and plot_area_m2 (m²), normally the plots layer of a survey GeoPackage. Optional pools_surveyed: comma-separated survey tables searched on the plot (trees, shrub_herb, litter, deadwood, soil); a listed table without rows is a measured 0.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="280" />
        <source>species {species}: overridden by {table} row {row}</source>
        <translation>species {species}: overridden by {table} row {row}</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="281" />
        <source>species {species}: added by {table} row {row}</source>
        <translation>species {species}: added by {table} row {row}</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="282" />
        <source>pool defaults: {count} row(s) from {table}</source>
        <translation>pool defaults: {count} row(s) from {table}</translation>
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
        <translation>Computes the carbon density of each sample plot for the pools agb, bgb, deadwood, litter and soil and their total, in t C/ha, plus total_co2e in t CO2e/ha (× 44/12).

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
OUTPUT: the plots with agb, bgb, deadwood, litter, soil, total (t C/ha), total_co2e (t CO2e/ha), soil_depth_cm, method_&lt;pool&gt; (measurement route, measured_zero, default or none) and warnings.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="179" />
        <source>Pool factor overrides</source>
        <translation>Pool factor overrides</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="182" />
        <source>Table in the format of metering/data/pool_factors.csv: factor, object (empty: every object), value, source. Rows replace the shipped rows with the same factor and object (e.g. herb_r for forest_arbor).</source>
        <translation>Table in the format of metering/data/pool_factors.csv: factor, object (empty: every object), value, source. Rows replace the shipped rows with the same factor and object (e.g. herb_r for forest_arbor).</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="187" />
        <source>AR-TOOL14 tree defaults</source>
        <translation>AR-TOOL14 tree defaults</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="187" />
        <source>Off (species table)</source>
        <translation>Off (species table)</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="187" />
        <source>Where the species row has no BEF or R</source>
        <translation>Where the species row has no BEF or R</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="187" />
        <source>For every volume-route tree</source>
        <translation>For every volume-route tree</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="191" />
        <source>CDM AR-TOOL14 v04.2 defaults BEF 1.15 and R = exp(−1.085 + 0.9256 ln b)/b (b: plot above-ground tree biomass, t d.m./ha) instead of the species' BEF and R.</source>
        <translation>CDM AR-TOOL14 v04.2 defaults BEF 1.15 and R = exp(−1.085 + 0.9256 ln b)/b (b: plot above-ground tree biomass, t d.m./ha) instead of the species' BEF and R.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="258" />
        <source>herbs: root-shoot ratio {value} for object '{object}' (pool_factors row {other}; 0 = herb roots not counted)</source>
        <translation>herbs: root-shoot ratio {value} for object '{object}' (pool_factors row {other}; 0 = herb roots not counted)</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="261" />
        <source>trees: AR-TOOL14 defaults for {value} tree(s): BEF {other}, R = exp(−1.085 + 0.9256 ln b)/b at b = {source} t d.m./ha</source>
        <translation>trees: AR-TOOL14 defaults for {value} tree(s): BEF {other}, R = exp(−1.085 + 0.9256 ln b)/b at b = {source} t d.m./ha</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="283" />
        <source>pool factors: {count} row(s) from {table}</source>
        <translation>pool factors: {count} row(s) from {table}</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="403" />
        <source>Placeholder values used (no published source; check them before reporting): {0}.</source>
        <translation>Placeholder values used (no published source; check them before reporting): {0}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="272" />
        <source>herbs: root-shoot ratio {value} for object '{object}' on {count} plot(s) (pool_factors row {other}; 0 = herb roots not counted)</source>
        <translation>herbs: root-shoot ratio {value} for object '{object}' on {count} plot(s) (pool_factors row {other}; 0 = herb roots not counted)</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="269" />
        <source>{pool}: not surveyed on any of the {count} plot(s) of object '{object}'; its default {value} t C/ha is used on each ({field} = default)</source>
        <translation>{pool}: not surveyed on any of the {count} plot(s) of object '{object}'; its default {value} t C/ha is used on each ({field} = default)</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="344" />
        <source>{0}: {1} row(s) from table {3} of the plots' GeoPackage {2}.</source>
        <translation>{0}: {1} row(s) from table {3} of the plots' GeoPackage {2}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="441" />
        <source>default density</source>
        <translation>default density</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="441" />
        <source>species parameters</source>
        <translation>species parameters</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="442" />
        <source>pool factor</source>
        <translation>pool factor</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="442" />
        <source>decay class</source>
        <translation>decay class</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="445" />
        <source>root-shoot ratio</source>
        <translation>root-shoot ratio</translation>
    </message>
</context>
<context>
    <name>RestorationAreasAlgorithm</name>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="103" />
        <source>Restoration areas</source>
        <translation>Restoration areas</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="59" />
        <source>Ecological restoration</source>
        <translation>Ecological restoration</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="62" />
        <source>Identifies the areas that need ecological restoration from terrain, land-use change and vegetation dynamics (restoration guideline 004 §3(四); methods.md §7) by an editable rule table; each rule names its source. Per pixel of the NDVI trend grid: the trend class (ndvi_trend band 6: 2 significant increase, 1 increase, 0 stable, −1 decrease, −2 significant decrease), the slope in degrees (Horn 1981, from the DEM on its own grid, then bilinear to the trend grid; a geographic DEM gets its cell size in metres per row on the CGCS2000 ellipsoid), the land-use transition of the parcel_change piece containing the pixel centre (groups of base and target objects, change flag) and the constraint layers (protected areas, mining land; steep cropland = cropland on slopes ≥ 25°, 水土保持法 第二十条). The first rule (in table order) whose conditions all hold gives the restoration type and priority; pixels outside every piece are not classified.

Parameters:
- TREND: ndvi_trend OUTPUT (6 bands). DEM: elevations in metres. PIECES: parcel_change OUTPUT (base_object, target_object, change_flag).
- PROTECTED, MINING: optional polygon layers. RULES: optional CSV (default the shipped metering/restoration/data/restoration_rules.csv).

Output: polygons on the trend grid (one per connected patch of one rule within one piece) with rule_id, restoration_type, priority, factors (the conditions that held), base_object, target_object, change_flag, slope_mean_deg, pixels, area_m2, area_ha (pixel count × pixel area), source; styled by restoration type (styles/restoration_areas.qml). Details in docs/restoration_benefit.md.</source>
        <translation>Identifies the areas that need ecological restoration from terrain, land-use change and vegetation dynamics (restoration guideline 004 §3(四); methods.md §7) by an editable rule table; each rule names its source. Per pixel of the NDVI trend grid: the trend class (ndvi_trend band 6: 2 significant increase, 1 increase, 0 stable, −1 decrease, −2 significant decrease), the slope in degrees (Horn 1981, from the DEM on its own grid, then bilinear to the trend grid; a geographic DEM gets its cell size in metres per row on the CGCS2000 ellipsoid), the land-use transition of the parcel_change piece containing the pixel centre (groups of base and target objects, change flag) and the constraint layers (protected areas, mining land; steep cropland = cropland on slopes ≥ 25°, 水土保持法 第二十条). The first rule (in table order) whose conditions all hold gives the restoration type and priority; pixels outside every piece are not classified.

Parameters:
- TREND: ndvi_trend OUTPUT (6 bands). DEM: elevations in metres. PIECES: parcel_change OUTPUT (base_object, target_object, change_flag).
- PROTECTED, MINING: optional polygon layers. RULES: optional CSV (default the shipped metering/restoration/data/restoration_rules.csv).

Output: polygons on the trend grid (one per connected patch of one rule within one piece) with rule_id, restoration_type, priority, factors (the conditions that held), base_object, target_object, change_flag, slope_mean_deg, pixels, area_m2, area_ha (pixel count × pixel area), source; styled by restoration type (styles/restoration_areas.qml). Details in docs/restoration_benefit.md.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="91" />
        <source>NDVI trend</source>
        <translation>NDVI trend</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="91" />
        <source>ndvi_trend OUTPUT: band 6 holds the trend class. Its grid is the output grid.</source>
        <translation>ndvi_trend OUTPUT: band 6 holds the trend class. Its grid is the output grid.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="93" />
        <source>DEM</source>
        <translation>DEM</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="93" />
        <source>Digital elevation model, elevations in metres; slope in degrees is computed from it.</source>
        <translation>Digital elevation model, elevations in metres; slope in degrees is computed from it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="95" />
        <source>Overlay pieces</source>
        <translation>Overlay pieces</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="95" />
        <source>parcel_change OUTPUT with base_object, target_object and change_flag.</source>
        <translation>parcel_change OUTPUT with base_object, target_object and change_flag.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="97" />
        <source>Protected areas</source>
        <translation>Protected areas</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="97" />
        <source>Optional protected-area polygons (constraint 'protected').</source>
        <translation>Optional protected-area polygons (constraint 'protected').</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="99" />
        <source>Mining land</source>
        <translation>Mining land</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="99" />
        <source>Optional mining-land polygons (constraint 'mining').</source>
        <translation>Optional mining-land polygons (constraint 'mining').</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="101" />
        <source>Rule table (CSV)</source>
        <translation>Rule table (CSV)</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="101" />
        <source>Editable rule table; empty: the shipped metering/restoration/data/restoration_rules.csv.</source>
        <translation>Editable rule table; empty: the shipped metering/restoration/data/restoration_rules.csv.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="103" />
        <source>Restoration polygons with type, priority, triggering factors and area.</source>
        <translation>Restoration polygons with type, priority, triggering factors and area.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_areas.py" line="182" />
        <source>Restoration areas: {0:,.2f} ha.</source>
        <translation>Restoration areas: {0:,.2f} ha.</translation>
    </message>
</context>
<context>
    <name>RestorationBenefitAlgorithm</name>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="59" />
        <source>Restoration carbon benefit</source>
        <translation>Restoration carbon benefit</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="62" />
        <source>Ecological restoration</source>
        <translation>Ecological restoration</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="105" />
        <source>Restoration units</source>
        <translation>Restoration units</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="105" />
        <source>Restoration polygons (restoration_areas OUTPUT); areas are measured in the layer's CRS (m).</source>
        <translation>Restoration polygons (restoration_areas OUTPUT); areas are measured in the layer's CRS (m).</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="108" />
        <source>Restoration type field</source>
        <translation>Restoration type field</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="108" />
        <source>Field with the restoration type (forest_restoration, grassland_restoration …).</source>
        <translation>Field with the restoration type (forest_restoration, grassland_restoration …).</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="111" />
        <source>Baseline object field</source>
        <translation>Baseline object field</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="111" />
        <source>Field with the unit's current metering object: the baseline without the measure.</source>
        <translation>Field with the unit's current metering object: the baseline without the measure.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="114" />
        <source>Restored object field</source>
        <translation>Restored object field</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="114" />
        <source>Optional field with the metering object the unit is restored to; empty: by restoration type.</source>
        <translation>Optional field with the metering object the unit is restored to; empty: by restoration type.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="117" />
        <source>Densities</source>
        <translation>Densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="117" />
        <source>Density table keyed by metering object, t C/ha per pool (stratum_density OUTPUT).</source>
        <translation>Density table keyed by metering object, t C/ha per pool (stratum_density OUTPUT).</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="120" />
        <source>Start year of the measure</source>
        <translation>Start year of the measure</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="120" />
        <source>Calendar year in which the measure starts.</source>
        <translation>Calendar year in which the measure starts.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="122" />
        <source>Horizon year</source>
        <translation>Horizon year</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="122" />
        <source>Calendar year at which the stocks are compared (after the start year).</source>
        <translation>Calendar year at which the stocks are compared (after the start year).</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="129" />
        <source>Growth parameters</source>
        <translation>Growth parameters</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="129" />
        <source>Optional table object, pool, growth (t C/ha/a; pools agb, bgb, deadwood, litter): the restored biomass grows from the baseline density, capped at the restored object's density. Empty: stock difference with the restored object's density at the horizon.</source>
        <translation>Optional table object, pool, growth (t C/ha/a; pools agb, bgb, deadwood, litter): the restored biomass grows from the baseline density, capped at the restored object's density. Empty: stock difference with the restored object's density at the horizon.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="139" />
        <source>Plots</source>
        <translation>Plots</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="144" />
        <source>Measured density field</source>
        <translation>Measured density field</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="144" />
        <source>Field of the plots with the measured total density, t C/ha (plot_carbon: total).</source>
        <translation>Field of the plots with the measured total density, t C/ha (plot_carbon: total).</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="152" />
        <source>Restoration benefit</source>
        <translation>Restoration benefit</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="152" />
        <source>The units with baseline and restored stocks (t C), benefit and annual sink increase.</source>
        <translation>The units with baseline and restored stocks (t C), benefit and annual sink increase.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="155" />
        <source>Restoration benefit table</source>
        <translation>Restoration benefit table</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="155" />
        <source>The same rows without geometry, with report_section = restoration_benefit (Export report).</source>
        <translation>The same rows without geometry, with report_section = restoration_benefit (Export report).</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="234" />
        <source>Carbon benefit {0:,.2f} t C by {1}; annual sink increase {2:,.2f} t CO2e/a.</source>
        <translation>Carbon benefit {0:,.2f} t C by {1}; annual sink increase {2:,.2f} t CO2e/a.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="124" />
        <source>Transition period (years)</source>
        <translation>Transition period (years)</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="124" />
        <source>Years over which the restored object's density is reached from the current one, linearly, every pool (IPCC 2006 GL vol. 4 eq. 2.25: 20).</source>
        <translation>Years over which the restored object's density is reached from the current one, linearly, every pool (IPCC 2006 GL vol. 4 eq. 2.25: 20).</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="134" />
        <source>Degradation rates</source>
        <translation>Degradation rates</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="134" />
        <source>Optional table object, pool, loss (t C/ha/a; pools agb, bgb, deadwood, litter, soil): the baseline of a unit with this current object declines by it each year without the measure (never below 0). Empty: the baseline stock is constant.</source>
        <translation>Optional table object, pool, loss (t C/ha/a; pools agb, bgb, deadwood, litter, soil): the baseline of a unit with this current object declines by it each year without the measure (never below 0). Empty: the baseline stock is constant.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="204" />
        <source>Plot check on the {0} plots of survey year {1} ({2} plots of other years left out).</source>
        <translation>Plot check on the {0} plots of survey year {1} ({2} plots of other years left out).</translation>
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
        <translation>Carbon benefit of ecological restoration per unit and per year (restoration guideline 004, methods.md §7): stock with the measure minus stock without it, by the IPCC 2006 GL vol. 4 ch. 2 stock-difference method with local densities (t C/ha, the stratum_density output). Without the measure (the baseline, kept explicit) the unit's current object keeps its density, or loses carbon at the degradation rate given for it (DEGRADATION). With the measure the unit reaches the density of the restoration type's target object linearly over the transition period from its current density (every pool; IPCC 2006 GL vol. 4 eq. 2.25, default 20 years). A target object less dense than the current one is not used: the unit keeps its object (with_rule kept_current), so protecting a forest never books a loss. Benefit (t C) at the horizon year; annual sink increase = benefit / (horizon − start), t C/a and t CO2e/a (× 44/12).

Parameters:
- UNITS: restoration polygons (restoration_areas OUTPUT); TYPE_FIELD the restoration type, BASELINE_FIELD the current metering object, WITH_FIELD (optional) the object restored to; empty: by type (forest → forest_arbor, grassland → grassland, wetland → wetland_marsh, soil and water conservation → forest_shrub, mine → grassland; vegetation recovery: shrub and other forest land → forest_arbor, bamboo stays bamboo, wetland → wetland_marsh, any other land → grassland).
- DENSITY: density table keyed by object (stratum_density OUTPUT or a wide table).
- START_YEAR, HORIZON_YEAR: calendar years; TRANSITION_YEARS: years over which the target density is reached (IPCC default 20).
- GROWTH (optional): table object, pool, growth in t C/ha/a (local growth parameters); biomass then grows from the baseline density, capped at the restored density.
- DEGRADATION (optional): table object, pool, loss in t C/ha/a (pools agb, bgb, deadwood, litter, soil): the degrading trend of the current object without the measure; the baseline declines by it, never below 0. A unit restored to its own object with a constant baseline has no benefit (logged).
- PLOTS (optional): plot points (plot_carbon OUTPUT) with PLOT_FIELD the measured total density (t C/ha). Per unit the mean of the plots inside is compared with the modelled current density (the current object's, which the plots measure): deviation % = (modelled − measured)/measured × 100, flagged beyond ±DEVIATION_LIMIT % (default 10: guideline 004 §4(一), stock deviation within ±10 %). With a survey_year field (plot_carbon OUTPUT) only the plots of START_YEAR count.

Outputs: OUTPUT, the units with the benefit columns; TABLE, the same rows with report_section = restoration_benefit for Export report (SECTIONS). Details in docs/restoration_benefit.md.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="139" />
        <source>Optional plot points with a measured total carbon density (t C/ha), for the check (within ±DEVIATION_LIMIT %) against the modelled current density; with a survey_year field (plot_carbon) only the plots of the start year are used.</source>
        <translation>Optional plot points with a measured total carbon density (t C/ha), for the check (within ±DEVIATION_LIMIT %) against the modelled current density; with a survey_year field (plot_carbon) only the plots of the start year are used.</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="147" />
        <source>Plot check limit (%)</source>
        <translation>Plot check limit (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="147" />
        <source>A unit is flagged when its modelled current density deviates from the plots' mean by more than this percentage (guideline 004 §4(一): stock deviation within ±10 %).</source>
        <translation>A unit is flagged when its modelled current density deviates from the plots' mean by more than this percentage (guideline 004 §4(一): stock deviation within ±10 %).</translation>
    </message>
    <message>
        <location filename="../processing_provider/restoration_benefit.py" line="216" />
        <source>Plot check: {0} of {1} units with plots deviate beyond ±{2:g} %.</source>
        <translation>Plot check: {0} of {1} units with plots deviate beyond ±{2:g} %.</translation>
    </message>
</context>
<context>
    <name>RsVerificationAlgorithm</name>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="54" />
        <source>Ground verification of remote-sensing results</source>
        <translation>Ground verification of remote-sensing results</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="57" />
        <source>Remote-sensing carbon sink</source>
        <translation>Remote-sensing carbon sink</translation>
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
        <translation>Compares a remote-sensing result (e.g. annual NPP or NEP, g C/m²/a) with ground values of sample plots: the ground-verification step (地面核查) of DB4403/T 348—2023. Point plots take the pixel they fall in; polygon plots the mean of the pixels whose centres lie inside (the pixel at the centroid when none does).

Statistics over the plots with both values: n, bias = mean(RS − ground), RMSE, relative RMSE = RMSE / mean(ground) × 100 %, MAE, R² (squared Pearson correlation), the least-squares line RS = slope × ground + intercept. A plot is an outlier when its standardised residual exceeds OUTLIER_Z. The verification passes when the relative RMSE ≤ THRESHOLD.

Parameters:
- RASTER and BAND: the remote-sensing raster and its band (casa_npp OUTPUT_ANNUAL, or nep OUTPUT_ANNUAL band 1 or 4).
- PLOTS: point or polygon layer of plots, reprojected to the raster CRS on the fly.
- GROUND_FIELD: the plot's ground value in the unit of the raster band (e.g. plot NPP or stock change from the survey converted to g C/m²/a). ID_FIELD (optional): the plot id shown in the outputs (default the feature id).
- UNIT: unit label of both values (empty: the band's unit).
- THRESHOLD (%): pass/fail limit on the relative RMSE; default 20 %, a placeholder (the interpretation of the standard at hand gives no figure; use the one your evaluation prescribes). OUTLIER_Z: standardised-residual limit, default 2.

Outputs: OUTPUT, the plots with rs_value, ground_value, residual (RS − ground), z_residual, outlier (1/0), pixels; STATISTICS, one row per statistic (statistic, value) including passed; SCATTER (optional PNG, needs matplotlib), the pairs with the 1:1 and regression lines and the outliers marked. Methods and conventions: docs/remote_sensing.md, appendix A.</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="93" />
        <source>Remote-sensing raster</source>
        <translation>Remote-sensing raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="93" />
        <source>The raster to verify, e.g. annual NPP of CASA NPP (g C/m²/a).</source>
        <translation>The raster to verify, e.g. annual NPP of CASA NPP (g C/m²/a).</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="95" />
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="95" />
        <source>Band of the raster holding the value to verify.</source>
        <translation>Band of the raster holding the value to verify.</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="98" />
        <source>Plots</source>
        <translation>Plots</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="98" />
        <source>Ground plots: points (the pixel at the point) or polygons (mean of the pixels inside).</source>
        <translation>Ground plots: points (the pixel at the point) or polygons (mean of the pixels inside).</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="102" />
        <source>Ground value field</source>
        <translation>Ground value field</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="102" />
        <source>Numeric field with the plot's ground value, in the unit of the raster band.</source>
        <translation>Numeric field with the plot's ground value, in the unit of the raster band.</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="106" />
        <source>Plot id field</source>
        <translation>Plot id field</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="106" />
        <source>Field naming each plot in the outputs; empty: the feature id.</source>
        <translation>Field naming each plot in the outputs; empty: the feature id.</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="109" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="109" />
        <source>Unit label of the values (e.g. g C/m²/a); empty: the unit stored in the band.</source>
        <translation>Unit label of the values (e.g. g C/m²/a); empty: the unit stored in the band.</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="111" />
        <source>Pass threshold: relative RMSE (%)</source>
        <translation>Pass threshold: relative RMSE (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="111" />
        <source>The verification passes when RMSE / mean(ground) × 100 is at most this (%). Default 20 % is a placeholder: set the figure your evaluation prescribes.</source>
        <translation>The verification passes when RMSE / mean(ground) × 100 is at most this (%). Default 20 % is a placeholder: set the figure your evaluation prescribes.</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="116" />
        <source>Outlier limit (standardised residual)</source>
        <translation>Outlier limit (standardised residual)</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="116" />
        <source>A plot whose residual lies more than this many standard deviations from the mean residual is listed as an outlier (it stays in the statistics).</source>
        <translation>A plot whose residual lies more than this many standard deviations from the mean residual is listed as an outlier (it stays in the statistics).</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="120" />
        <source>Verified plots</source>
        <translation>Verified plots</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="120" />
        <source>The plots with the sampled value, ground value, residual, z_residual and outlier flag.</source>
        <translation>The plots with the sampled value, ground value, residual, z_residual and outlier flag.</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="123" />
        <source>Verification statistics</source>
        <translation>Verification statistics</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="123" />
        <source>n, unit, bias, rmse, rrmse_pct, mae, r2, slope, intercept, outliers, threshold_pct, passed.</source>
        <translation>n, unit, bias, rmse, rrmse_pct, mae, r2, slope, intercept, outliers, threshold_pct, passed.</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="126" />
        <source>Scatter plot</source>
        <translation>Scatter plot</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="126" />
        <source>PNG files (*.png)</source>
        <translation>PNG files (*.png)</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="126" />
        <source>Optional PNG scatter plot of remote-sensing against ground values (needs matplotlib).</source>
        <translation>Optional PNG scatter plot of remote-sensing against ground values (needs matplotlib).</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="129" />
        <source>Verification passed</source>
        <translation>Verification passed</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="130" />
        <source>Relative RMSE (%)</source>
        <translation>Relative RMSE (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="145" />
        <source>The raster has {0} bands; choose a band from 1 to {0}.</source>
        <translation>The raster has {0} bands; choose a band from 1 to {0}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="176" />
        <source>remote sensing</source>
        <translation>remote sensing</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="176" />
        <source>ground</source>
        <translation>ground</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="193" />
        <source>n = {0}, bias = {1:.2f}, RMSE = {2:.2f}, rRMSE = {3:.1f} %, MAE = {4:.2f}, R² = {5:.3f} ({6}).</source>
        <translation>n = {0}, bias = {1:.2f}, RMSE = {2:.2f}, rRMSE = {3:.1f} %, MAE = {4:.2f}, R² = {5:.3f} ({6}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="176" />
        <source>plots</source>
        <translation>plots</translation>
    </message>
    <message>
        <location filename="../processing_provider/rs_verification.py" line="176" />
        <source>outliers</source>
        <translation>outliers</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../plugin/settings_page.py" line="41" />
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tables (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../plugin/settings_page.py" line="46" />
        <source>Output folder of the workflow panel</source>
        <translation>Output folder of the workflow panel</translation>
    </message>
    <message>
        <location filename="../plugin/settings_page.py" line="47" />
        <source>Organisation (compiled by, in reports)</source>
        <translation>Organisation (compiled by, in reports)</translation>
    </message>
    <message>
        <location filename="../plugin/settings_page.py" line="49" />
        <source>Land-class mapping table (empty: the shipped appendix-A table)</source>
        <translation>Land-class mapping table (empty: the shipped appendix-A table)</translation>
    </message>
    <message>
        <location filename="../plugin/settings_page.py" line="51" />
        <source>Default density table (empty: the shipped table)</source>
        <translation>Default density table (empty: the shipped table)</translation>
    </message>
    <message>
        <location filename="../plugin/settings_page.py" line="53" />
        <source>The workflow panel passes these to the chain's tools; each tool's dialog still lets you choose other tables for one run.</source>
        <translation>The workflow panel passes these to the chain's tools; each tool's dialog still lets you choose other tables for one run.</translation>
    </message>
    <message>
        <location filename="../plugin/settings_page.py" line="70" />
        <source>Carbon Metering</source>
        <translation>Carbon Metering</translation>
    </message>
</context>
<context>
    <name>StratumDensityAlgorithm</name>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="66" />
        <source>Stratum carbon density</source>
        <translation>Stratum carbon density</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="69" />
        <source>Parcel carbon metering</source>
        <translation>Parcel carbon metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="138" />
        <source>Plots (plot carbon densities)</source>
        <translation>Plots (plot carbon densities)</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="141" />
        <source>Plots with object, survey_year and agb, bgb, deadwood, litter, soil, total in t C/ha: the output of plot_carbon.</source>
        <translation>Plots with object, survey_year and agb, bgb, deadwood, litter, soil, total in t C/ha: the output of plot_carbon.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="145" />
        <source>Stratum field</source>
        <translation>Stratum field</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="155" />
        <source>Survey year (only plots of this year)</source>
        <translation>Survey year (only plots of this year)</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="172" />
        <source>Confidence level</source>
        <translation>Confidence level</translation>
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
        <translation>Two-sided confidence level of the half-width and U %: 90 % as CDM AR-TOOL14, 95 % as IPCC 2006 GL vol. 1 ch. 3.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="180" />
        <source>Default densities</source>
        <translation>Default densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="183" />
        <source>Optional default-density table for strata without plots: columns object, pool, mean (t C/ha), u_pct (%), source; or object plus the pool columns. Empty: the shipped table metering/data/default_density.csv.</source>
        <translation>Optional default-density table for strata without plots: columns object, pool, mean (t C/ha), u_pct (%), source; or object plus the pool columns. Empty: the shipped table metering/data/default_density.csv.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="188" />
        <source>Target precision (% of the mean)</source>
        <translation>Target precision (% of the mean)</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="192" />
        <source>Allowable error E in percent of the mean used for n_required, the number of plots a stratum needs (AR-TOOL03); 10 % is the usual target.</source>
        <translation>Allowable error E in percent of the mean used for n_required, the number of plots a stratum needs (AR-TOOL03); 10 % is the usual target.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="216" />
        <source>Stratum densities</source>
        <translation>Stratum densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="219" />
        <source>Table with one row per stratum and pool (densities in t C/ha).</source>
        <translation>Table with one row per stratum and pool (densities in t C/ha).</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="273" />
        <source>Layer {0} lacks the fields {1}: run plot_carbon first, its output has them.</source>
        <translation>Layer {0} lacks the fields {1}: run plot_carbon first, its output has them.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="276" />
        <source>Layer {0} has no field {1} (Stratum field); choose a field of the plots layer.</source>
        <translation>Layer {0} has no field {1} (Stratum field); choose a field of the plots layer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="287" />
        <source>Read {0} plots from {1}.</source>
        <translation>Read {0} plots from {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="292" />
        <source>{0} plots have survey_year {1}.</source>
        <translation>{0} plots have survey_year {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="323" />
        <source>{0} strata with plots, {1} objects on default densities, confidence {2:g} %.</source>
        <translation>{0} strata with plots, {1} objects on default densities, confidence {2:g} %.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="328" />
        <source>Strata with a single plot (U % from the default table): {0}.</source>
        <translation>Strata with a single plot (U % from the default table): {0}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="332" />
        <source>Stratum {0}: {1} plots, {2} needed for ±{3:g} % at {4:g} %.</source>
        <translation>Stratum {0}: {1} plots, {2} needed for ±{3:g} % at {4:g} %.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="149" />
        <source>Field whose values split each metering object into strata (e.g. county or stratum), for reporting and survey planning. Default: object, i.e. one stratum per metering object. With another field the output also keeps per-object rows (all plots pooled) for parcel_stock, which needs object or code keys.</source>
        <translation>Field whose values split each metering object into strata (e.g. county or stratum), for reporting and survey planning. Default: object, i.e. one stratum per metering object. With another field the output also keeps per-object rows (all plots pooled) for parcel_stock, which needs object or code keys.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="319" />
        <source>Pool values filled by plot_carbon (method default or none) are not counted as observations (pool, plots): {0}.</source>
        <translation>Pool values filled by plot_carbon (method default or none) are not counted as observations (pool, plots): {0}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="163" />
        <source>Pool plots of several survey years</source>
        <translation>Pool plots of several survey years</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="166" />
        <source>Off (default): without a survey year, plots of more than one survey_year stop the run, since their pooled mean is the density of no year. On: pool them on purpose (e.g. one density table for both years).</source>
        <translation>Off (default): without a survey year, plots of more than one survey_year stop the run, since their pooled mean is the density of no year. On: pool them on purpose (e.g. one density table for both years).</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="197" />
        <source>Areas (overlay pieces)</source>
        <translation>Areas (overlay pieces)</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="200" />
        <source>Optional pieces of parcel_change or parcel_stock: the area (area_ha, or area_m2) of each stratum weights it in the stratified plan and mean (AR-TOOL03 w_i = stratum area / total area). Empty: weights = the strata's shares of the plots.</source>
        <translation>Optional pieces of parcel_change or parcel_stock: the area (area_ha, or area_m2) of each stratum weights it in the stratified plan and mean (AR-TOOL03 w_i = stratum area / total area). Empty: weights = the strata's shares of the plots.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="205" />
        <source>Year of the areas</source>
        <translation>Year of the areas</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="205" />
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="205" />
        <source>Base year objects</source>
        <translation>Base year objects</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="222" />
        <source>Plot plan (AR-TOOL03)</source>
        <translation>Plot plan (AR-TOOL03)</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="226" />
        <source>Optional table: per stratum the weight, n_i unrounded and rounded (Neyman), the t and df used; the row ALL holds the total n for the target precision.</source>
        <translation>Optional table: per stratum the weight, n_i unrounded and rounded (Neyman), the t and df used; the row ALL holds the total n for the target precision.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="230" />
        <source>Stratified mean (AR-TOOL14)</source>
        <translation>Stratified mean (AR-TOOL14)</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="234" />
        <source>Optional table: per stratum and, in the row ALL, the stratified mean total density (t C/ha), its SE, t (df = n − M), half-width and U %.</source>
        <translation>Optional table: per stratum and, in the row ALL, the stratified mean total density (t C/ha), its SE, t (df = n − M), half-width and U %.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="238" />
        <source>Base year of the change density</source>
        <translation>Base year of the change density</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="242" />
        <source>With both years given, the change density from the permanent plots measured at both years is written to the change-density output (t C/ha/a).</source>
        <translation>With both years given, the change density from the permanent plots measured at both years is written to the change-density output (t C/ha/a).</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="246" />
        <source>Change densities</source>
        <translation>Change densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="362" />
        <source>Strata weights from the areas of the {0} year's objects in {1} ({2:.2f} ha).</source>
        <translation>Strata weights from the areas of the {0} year's objects in {1} ({2:.2f} ha).</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="373" />
        <source>weights = strata areas</source>
        <translation>weights = strata areas</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="374" />
        <source>weights = share of the plots</source>
        <translation>weights = share of the plots</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="375" />
        <source>Stratified survey (AR-TOOL03, Neyman allocation, {0}): {1:g} plots in total (unrounded {2:.2f}, t {3:.3f}) for ±{4:g} % of the stratified mean total density at {5:g} %; per stratum: {6}.</source>
        <translation>Stratified survey (AR-TOOL03, Neyman allocation, {0}): {1:g} plots in total (unrounded {2:.2f}, t {3:.3f}) for ±{4:g} % of the stratified mean total density at {5:g} %; per stratum: {6}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="381" />
        <source>Stratified mean total density (AR-TOOL14): {0:.3f} t C/ha ± {1:.3f} (U {2:.2f} %, t {3:.3f}, df {4:g}).</source>
        <translation>Stratified mean total density (AR-TOOL14): {0:.3f} t C/ha ± {1:.3f} (U {2:.2f} %, t {3:.3f}, df {4:g}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="415" />
        <source>The change density needs the fields plot_id and survey_year.</source>
        <translation>The change density needs the fields plot_id and survey_year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="417" />
        <source>The plots have no permanent_id field: no plot is paired, the change is the difference of the two years' means (independent samples).</source>
        <translation>The plots have no permanent_id field: no plot is paired, the change is the difference of the two years' means (independent samples).</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="423" />
        <source>Change density {0}: {1:.3f} ± {2:.3f} t C/ha/a ({3}, {4} pairs).</source>
        <translation>Change density {0}: {1:.3f} ± {2:.3f} t C/ha/a ({3}, {4} pairs).</translation>
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
        <translation>Computes the carbon density of each stratum and pool from plot densities (the output of plot_carbon): number of plots n, mean, standard deviation sd, standard error SE = sd/√n, confidence half-width = t × SE (Student's t, two-sided, df = n − 1) and U % = half-width / mean × 100, for the pools agb, bgb, deadwood, litter, soil and total, in t C/ha (Hubei spec ch. 6 and ch. 9; CDM AR-TOOL14). It also gives n_required, the number of plots needed for the target precision, n = (t × CV / E)² iterated on the degrees of freedom (AR-TOOL03 form).

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

Change density (when base and metering year are given): permanent plots (固定样地, field permanent_id) measured at both years are paired (Hubei spec ch. 6: reuse permanent plots). Per object and pool: change = mean of the paired differences per year elapsed, SE = sd/√n (df = n − 1), n_pairs; where the object also has unpaired plots (temporary, lost, new) the composite of the paired and the unpaired estimate, weighted by inverse variance (Schreuder, Gregoire &amp; Wood 1993, ch. 11); without any pair the difference of the two years' means (independent samples). The column estimator says which; change_independent and se_independent give the independent-samples estimate from all plots for comparison. Units t C/ha/a.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="159" />
        <source>When set, only plots whose survey_year equals this year are used; the chain computes one table for the base year and one for the metering year.</source>
        <translation>When set, only plots whose survey_year equals this year are used; the chain computes one table for the base year and one for the metering year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="205" />
        <source>Metering year objects</source>
        <translation>Metering year objects</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="210" />
        <source>Which year's metering objects of the pieces define the strata areas: automatic takes the year whose base_year/target_year field equals Survey year, else the metering year.</source>
        <translation>Which year's metering objects of the pieces define the strata areas: automatic takes the year whose base_year/target_year field equals Survey year, else the metering year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="238" />
        <source>Metering year of the change density</source>
        <translation>Metering year of the change density</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="249" />
        <source>Table with one row per object and pool: the change density in t C/ha/a, its SE, half-width, U %, the estimator (paired, composite or independent), n_pairs and the independent-samples estimate for comparison. Needs base and metering year.</source>
        <translation>Table with one row per object and pool: the change density in t C/ha/a, its SE, half-width, U %, the estimator (paired, composite or independent), n_pairs and the independent-samples estimate for comparison. Needs base and metering year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="362" />
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="404" />
        <source>paired plots</source>
        <translation>paired plots</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="404" />
        <source>independent samples</source>
        <translation>independent samples</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="405" />
        <source>composite of paired and independent</source>
        <translation>composite of paired and independent</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="362" />
        <source>metering</source>
        <translation>metering</translation>
    </message>
</context>
<context>
    <name>UncertaintyAlgorithm</name>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="47" />
        <source>Uncertainty of stock and sink (IPCC Approach 1 and Monte Carlo)</source>
        <translation>Uncertainty of stock and sink (IPCC Approach 1 and Monte Carlo)</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="50" />
        <source>Parcel carbon metering</source>
        <translation>Parcel carbon metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="120" />
        <source>Parcel stock pieces</source>
        <translation>Parcel stock pieces</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="128" />
        <source>Stratum densities</source>
        <translation>Stratum densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="128" />
        <source>Long table of stratum densities (stratum, pool, mean t C/ha, n, se, u_pct), matched to the pieces by base_key and target_key.</source>
        <translation>Long table of stratum densities (stratum, pool, mean t C/ha, n, se, u_pct), matched to the pieces by base_key and target_key.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="161" />
        <source>Area uncertainty (%)</source>
        <translation>Area uncertainty (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="161" />
        <source>Half the 95 % confidence interval of a cell's area (county x stratum change), in % of the area; the same area serves both years. Default from metering/data/uncertainty_defaults.csv.</source>
        <translation>Half the 95 % confidence interval of a cell's area (county x stratum change), in % of the area; the same area serves both years. Default from metering/data/uncertainty_defaults.csv.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="170" />
        <source>Monte Carlo iterations</source>
        <translation>Monte Carlo iterations</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="170" />
        <source>Number of Monte Carlo draws (IPCC Approach 2); 0 computes Approach 1 only.</source>
        <translation>Number of Monte Carlo draws (IPCC Approach 2); 0 computes Approach 1 only.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="177" />
        <source>Random seed</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="177" />
        <source>Seed of the random generator (numpy PCG64): the same seed gives the same results.</source>
        <translation>Seed of the random generator (numpy PCG64): the same seed gives the same results.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="184" />
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="184" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="184" />
        <source>Lognormal (same mean and sd)</source>
        <translation>Lognormal (same mean and sd)</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="184" />
        <source>Normal truncated at zero</source>
        <translation>Normal truncated at zero</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="184" />
        <source>Distribution of the relative density and area factors (mean 1, sd = U / 1.96).</source>
        <translation>Distribution of the relative density and area factors (mean 1, sd = U / 1.96).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="193" />
        <source>Apply the AR-TOOL14 conservative discount to the sink</source>
        <translation>Apply the AR-TOOL14 conservative discount to the sink</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="201" />
        <source>Base year</source>
        <translation>Base year</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="216" />
        <source>Uncertainty table</source>
        <translation>Uncertainty table</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="216" />
        <source>One row per level, name and quantity with Approach 1 and Monte Carlo results.</source>
        <translation>One row per level, name and quantity with Approach 1 and Monte Carlo results.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="222" />
        <source>Histogram of the Monte Carlo total sink</source>
        <translation>Histogram of the Monte Carlo total sink</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="222" />
        <source>Optional table bin_low, bin_high (t CO2e/a), count of the Monte Carlo total sink (correlated case).</source>
        <translation>Optional table bin_low, bin_high (t CO2e/a), count of the Monte Carlo total sink (correlated case).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="254" />
        <source>Layer {0}, field {1}, feature {2}: the value is not a number; correct or recompute it.</source>
        <translation>Layer {0}, field {1}, feature {2}: the value is not a number; correct or recompute it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="332" />
        <source>{0} pieces aggregated to {1} cell-pool terms ({2} pools).</source>
        <translation>{0} pieces aggregated to {1} cell-pool terms ({2} pools).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="342" />
        <source>Monte Carlo: {0} iterations, seed {1}, distribution {2}.</source>
        <translation>Monte Carlo: {0} iterations, seed {1}, distribution {2}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="349" />
        <source>Total sink {0:.3f} t CO2e/a, Approach 1 U {1:.1f} %, Monte Carlo U {2:.1f} %.</source>
        <translation>Total sink {0:.3f} t CO2e/a, Approach 1 U {1:.1f} %, Monte Carlo U {2:.1f} %.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="193" />
        <source>Deducts a share of the 90 % half-width from the sink by CDM AR-TOOL14, by the 90 % U: U &lt;= 10 % none, 10-15 % 25 %, 15-20 % 50 %, 20-30 % 75 %, &gt; 30 % all.</source>
        <translation>Deducts a share of the 90 % half-width from the sink by CDM AR-TOOL14, by the 90 % U: U &lt;= 10 % none, 10-15 % 25 %, 15-20 % 50 %, 20-30 % 75 %, &gt; 30 % all.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="328" />
        <source>{0} pieces present in one year only (change_flag 2 or 3, {1:.4f} ha) are left out of the stocks and the sink, as in the parcel_stock SUMMARY group all.</source>
        <translation>{0} pieces present in one year only (change_flag 2 or 3, {1:.4f} ha) are left out of the stocks and the sink, as in the parcel_stock SUMMARY group all.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="120" />
        <source>The pieces written by Parcel carbon stock: county, objects, keys, area_m2, stock_base_&lt;pool&gt;_tc and stock_target_&lt;pool&gt;_tc in t C, and the recorded facts (years, density tables).</source>
        <translation>The pieces written by Parcel carbon stock: county, objects, keys, area_m2, stock_base_&lt;pool&gt;_tc and stock_target_&lt;pool&gt;_tc in t C, and the recorded facts (years, density tables).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="201" />
        <source>Base year t1 (optional): parcel_stock records the years on every piece; a year given here must equal the recorded one, else the run stops.</source>
        <translation>Base year t1 (optional): parcel_stock records the years on every piece; a year given here must equal the recorded one, else the run stops.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="320" />
        <source>Years {0} → {1} and density tables as parcel_stock recorded them ({2}).</source>
        <translation>Years {0} → {1} and density tables as parcel_stock recorded them ({2}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="320" />
        <source>one table for both years: correlated</source>
        <translation>one table for both years: correlated</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="320" />
        <source>one table per year: independent</source>
        <translation>one table per year: independent</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="145" />
        <source>Change densities (permanent plots)</source>
        <translation>Change densities (permanent plots)</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="145" />
        <source>The change-density table parcel_stock used (stratum_density CHANGE_OUTPUT): needed when the pieces carry dc_estimator; the sink of those pieces then has the change's own U, and sink_independent gives the sink from the two density tables as independent samples.</source>
        <translation>The change-density table parcel_stock used (stratum_density CHANGE_OUTPUT): needed when the pieces carry dc_estimator; the sink of those pieces then has the change's own U, and sink_independent gives the sink from the two density tables as independent samples.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="153" />
        <source>Correlation between the two years' densities</source>
        <translation>Correlation between the two years' densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="277" />
        <source>Sink of the unchanged pieces from the change densities {0} (estimators: {1}).</source>
        <translation>Sink of the unchanged pieces from the change densities {0} (estimators: {1}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="339" />
        <source>Correlation between the two years' density tables: {0:g}.</source>
        <translation>Correlation between the two years' density tables: {0:g}.</translation>
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
        <translation>Evaluates the uncertainty of the carbon stock of both years and of the sink, per county, per metering object, per pool and in total (Hubei spec ch. 9 and appendix E; IPCC 2006 Guidelines vol. 1 ch. 3). U is half the 95 % confidence interval in % of the estimate.

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

Outputs: OUTPUT, one row per level (county, object, pool, total), name and quantity (stock_base, stock_target in t C; sink, sink_independent in t CO2e/a) with estimate, u1_pct, mc_mean, mc_p2_5, mc_p97_5, u2_pct, u2_low_pct, u2_high_pct (asymmetric), discount_u_pct (the 90 % U used), discount_share, discount (in the row's unit) and conservative (estimate + discount for stock_base, estimate - discount otherwise). HISTOGRAM (optional): bin_low, bin_high (t CO2e/a) and count of the Monte Carlo total sink (correlated case).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="135" />
        <source>Metering-year stratum densities</source>
        <translation>Metering-year stratum densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="135" />
        <source>Optional separate density table for target_key; its densities are drawn independently of the base year. Give it when the metering-year densities come from a separate plot sample; leave it empty when one table serves both years (the densities are then fully correlated between the years).</source>
        <translation>Optional separate density table for target_key; its densities are drawn independently of the base year. Give it when the metering-year densities come from a separate plot sample; leave it empty when one table serves both years (the densities are then fully correlated between the years).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="153" />
        <source>ρ between the base- and metering-year density of the same stratum and pool when each year has its own table: 0 independent samples (default), 1 the same factor. Ignored with one table.</source>
        <translation>ρ between the base- and metering-year density of the same stratum and pool when each year has its own table: 0 independent samples (default), 1 the same factor. Ignored with one table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="209" />
        <source>Metering year</source>
        <translation>Metering year</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="209" />
        <source>Metering year t2 (optional; checked against the recorded year like Base year).</source>
        <translation>Metering year t2 (optional; checked against the recorded year like Base year).</translation>
    </message>
</context>
<context>
    <name>WorkflowDock</name>
    <message>
        <location filename="../plugin/workflow_dock.py" line="58" />
        <source>1 Parcel overlay and change flags</source>
        <translation>1 Parcel overlay and change flags</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="59" />
        <source>2 Plot carbon density</source>
        <translation>2 Plot carbon density</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="60" />
        <source>3a Stratum density, base year</source>
        <translation>3a Stratum density, base year</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="62" />
        <source>4 Parcel stock and sink</source>
        <translation>4 Parcel stock and sink</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="63" />
        <source>5 Uncertainty</source>
        <translation>5 Uncertainty</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="64" />
        <source>6 Result tables and PDF report</source>
        <translation>6 Result tables and PDF report</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="89" />
        <source>Carbon metering workflow</source>
        <translation>Carbon metering workflow</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="112" />
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="132" />
        <source>Carbon metering report</source>
        <translation>Carbon metering report</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="133" />
        <source>Base-year parcels</source>
        <translation>Base-year parcels</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="136" />
        <source>Land-class code field</source>
        <translation>Land-class code field</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="137" />
        <source>Sample plots (survey GeoPackage)</source>
        <translation>Sample plots (survey GeoPackage)</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="138" />
        <source>Base year</source>
        <translation>Base year</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="140" />
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="141" />
        <source>Report title</source>
        <translation>Report title</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="167" />
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="178" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="181" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="183" />
        <source>Open the step's tool pre-filled, to change its parameters before running it</source>
        <translation>Open the step's tool pre-filled, to change its parameters before running it</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="190" />
        <source>Run all remaining steps</source>
        <translation>Run all remaining steps</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="194" />
        <source>Open the PDF report</source>
        <translation>Open the PDF report</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="206" />
        <source>running …</source>
        <translation>running …</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="208" />
        <source>failed: {0}</source>
        <translation>failed: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="210" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="216" />
        <source>waits for step {0}</source>
        <translation>waits for step {0}</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="218" />
        <source>choose the inputs first</source>
        <translation>choose the inputs first</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="220" />
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="330" />
        <source>Carbon Metering</source>
        <translation>Carbon Metering</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="241" />
        <source>Step {0} is not ready: {1}</source>
        <translation>Step {0} is not ready: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="280" />
        <source>see the Processing log</source>
        <translation>see the Processing log</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="302" />
        <source>Carbon metering results</source>
        <translation>Carbon metering results</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="330" />
        <source>Run the report step first.</source>
        <translation>Run the report step first.</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="61" />
        <source>3b Stratum density, metering year</source>
        <translation>3b Stratum density, metering year</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="135" />
        <source>Metering-year parcels</source>
        <translation>Metering-year parcels</translation>
    </message>
    <message>
        <location filename="../plugin/workflow_dock.py" line="139" />
        <source>Metering year</source>
        <translation>Metering year</translation>
    </message>
</context>
<context>
    <name>report_layout</name>
    <message>
        <location filename="../processing_provider/report_layout.py" line="663" />
        <source>The PDF could not be written.</source>
        <translation>The PDF could not be written.</translation>
    </message>
</context>
</TS>