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
        <location filename="../processing_provider/qgis_io.py" line="59" />
        <source>Layer {0} has no field {1}.</source>
        <translation>Layer {0} has no field {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/model_actions.py" line="22" />
        <source>Could not load the model {0}.</source>
        <translation>Could not load the model {0}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/qgis_io.py" line="146" />
        <source>Could not write row {0} to the output: {1}</source>
        <translation>Could not write row {0} to the output: {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/survey_gpkg.py" line="202" />
        <source>Form and default style of {0} saved.</source>
        <translation>Form and default style of {0} saved.</translation>
    </message>
</context>
<context>
    <name>CarbonMeteringPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="38" />
        <source>Carbon Metering 碳汇计量</source>
        <translation>Carbon Metering 碳汇计量</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="57" />
        <source>Help and methods</source>
        <translation>Help and methods</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="114" />
        <source>Carbon Metering</source>
        <translation>Carbon Metering</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="65" />
        <source>Missing Python packages: {0}. Install them, then restart QGIS.
{1}</source>
        <translation>Missing Python packages: {0}. Install them, then restart QGIS.
{1}</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="53" />
        <source>Load the sample county</source>
        <translation>Load the sample county</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="102" />
        <source>Parcels 2020 (base year)</source>
        <translation>Parcels 2020 (base year)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="103" />
        <source>Parcels 2023 (target year)</source>
        <translation>Parcels 2023 (target year)</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="104" />
        <source>Sample plots</source>
        <translation>Sample plots</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="114" />
        <source>The sample data is not in this installation ({0}).</source>
        <translation>The sample data is not in this installation ({0}).</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="49" />
        <source>Edit the metering chain in the graphical modeler</source>
        <translation>Edit the metering chain in the graphical modeler</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="43" />
        <source>Run the whole metering chain (model)</source>
        <translation>Run the whole metering chain (model)</translation>
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
        <location filename="../processing_provider/provider.py" line="54" />
        <source>Could not load the model {0}.</source>
        <translation>Could not load the model {0}.</translation>
    </message>
</context>
<context>
    <name>CreateSurveyAlgorithm</name>
    <message>
        <location filename="../processing_provider/create_survey.py" line="63" />
        <source>Create survey GeoPackage</source>
        <translation>Create survey GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="66" />
        <source>Sample-plot survey</source>
        <translation>Sample-plot survey</translation>
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
        <translation>Creates an empty sample-plot survey GeoPackage (Hubei spec: sample-plot survey is the primary method). It holds the point layer plots (plot_id, survey_year, object, stratum, county, plot_shape, plot_area_m2 in m², slope_deg in degrees, surveyor, survey_date, photo, remarks) and the tables trees (species, dbh_cm, height_m, status, crown_width_m, decay_class), shrub_herb (layer, quadrat_area_m2, fresh_mass_kg, sample_fresh_g, sample_dry_g), litter, deadwood (diameter_cm and length_m, or volume_m3; decay_class) and soil (layer_top_cm, layer_bottom_cm, soc_g_kg or som_g_kg, bulk_density_g_cm3, gravel_pct), each linked to its plot by plot_id with an enforced foreign key (orphans are refused; deleting a plot deletes its rows).
A QGIS project named 'survey' is stored inside the GeoPackage with the relations and the attribute forms: tabs, relation editors from a plot to its trees, quadrats and soil layers, value maps from the parameter tables (metering objects, species, decay classes, layers, status, shape) and constraints that refuse impossible values (DBH ≤ 0, bottom ≤ top, dry &gt; fresh). The same forms are saved as each layer's default style, so they also work when a layer is opened on its own and in field apps that read QGIS projects.
Parameters:
- Output GeoPackage: the .gpkg file to create.
- CRS: coordinate reference system of the plots (default CGCS2000 / 3-degree Gauss-Kruger CM 114E, EPSG:4547); use the CRS of the county's land-survey layers.
- Form language: labels and value lists in Chinese (zh) or English (en).
Fill it in QGIS or a field app, or fill the field-sheet workbook (forms/field_sheets_template.xlsx) and load it with 'Import survey field sheets'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="95" />
        <source>Output survey GeoPackage</source>
        <translation>Output survey GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="95" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="97" />
        <source>The survey GeoPackage to create (.gpkg). An existing file is replaced.</source>
        <translation>The survey GeoPackage to create (.gpkg). An existing file is replaced.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="99" />
        <source>CRS of the plots</source>
        <translation>CRS of the plots</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="100" />
        <source>Coordinate reference system of the plot points; use the CRS of the county's land-survey (三调) layers. Empty: EPSG:4547.</source>
        <translation>Coordinate reference system of the plot points; use the CRS of the county's land-survey (三调) layers. Empty: EPSG:4547.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="103" />
        <source>Form language</source>
        <translation>Form language</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="103" />
        <source>Chinese (zh)</source>
        <translation>Chinese (zh)</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="103" />
        <source>English (en)</source>
        <translation>English (en)</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="106" />
        <source>Language of the field labels and value lists in the forms.</source>
        <translation>Language of the field labels and value lists in the forms.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="112" />
        <source>Output {0}: the survey must be a GeoPackage file ending in .gpkg.</source>
        <translation>Output {0}: the survey must be a GeoPackage file ending in .gpkg.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="121" />
        <source>CRS {0} is geographic: plot coordinates will be degrees.</source>
        <translation>CRS {0} is geographic: plot coordinates will be degrees.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="127" />
        <source>Output {0}: the folder {1} does not exist.</source>
        <translation>Output {0}: the folder {1} does not exist.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="132" />
        <source>Output {0} exists and cannot be replaced ({1}); close it in other programs or choose another file.</source>
        <translation>Output {0} exists and cannot be replaced ({1}); close it in other programs or choose another file.</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="138" />
        <source>Could not create the survey GeoPackage {0}: {1}</source>
        <translation>Could not create the survey GeoPackage {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/create_survey.py" line="140" />
        <source>Survey GeoPackage {0} created (CRS {1}, forms in {2}). Open it in QGIS with Project &gt; Open From &gt; GeoPackage (project 'survey').</source>
        <translation>Survey GeoPackage {0} created (CRS {1}, forms in {2}). Open it in QGIS with Project &gt; Open From &gt; GeoPackage (project 'survey').</translation>
    </message>
</context>
<context>
    <name>ExportReportAlgorithm</name>
    <message>
        <location filename="../processing_provider/export_report.py" line="57" />
        <source>Export result tables and report (xlsx, PDF)</source>
        <translation>Export result tables and report (xlsx, PDF)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="60" />
        <source>Parcel carbon metering</source>
        <translation>Parcel carbon metering</translation>
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
        <translation>Writes the result tables of a carbon metering run to an Excel workbook in the form of the Hubei land-space carbon-sink metering specification, appendix F, and optionally a PDF report.

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

Units: areas ha, stocks t C, stock change t C/a, removals t CO2e/a (positive = removal), densities t C/ha. Outputs are written whole or not at all.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="98" />
        <source>Parcel stock pieces (parcel_stock OUTPUT)</source>
        <translation>Parcel stock pieces (parcel_stock OUTPUT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="102" />
        <source>The pieces with stock per pool at both years, stock change (t C/a) and removals (t CO2e/a), as written by carbonmeter:parcel_stock.</source>
        <translation>The pieces with stock per pool at both years, stock change (t C/a) and removals (t CO2e/a), as written by carbonmeter:parcel_stock.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Stock summary (parcel_stock SUMMARY)</source>
        <translation>Stock summary (parcel_stock SUMMARY)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>The county × object × pool summary of parcel_stock; copied to its own sheet.</source>
        <translation>The county × object × pool summary of parcel_stock; copied to its own sheet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Change matrix (parcel_change CHANGE_MATRIX)</source>
        <translation>Change matrix (parcel_change CHANGE_MATRIX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Area (ha) by base × target class; rows with level 'object' are used. Without it the matrix is summed from the pieces.</source>
        <translation>Area (ha) by base × target class; rows with level 'object' are used. Without it the matrix is summed from the pieces.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Plot densities (plot_carbon OUTPUT)</source>
        <translation>Plot densities (plot_carbon OUTPUT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Plots with survey_year, object and densities per pool (t C/ha); summarised per year and object.</source>
        <translation>Plots with survey_year, object and densities per pool (t C/ha); summarised per year and object.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Base-year stratum densities (stratum_density OUTPUT)</source>
        <translation>Base-year stratum densities (stratum_density OUTPUT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Stratum density table of the base year: stratum, pool, n, mean, sd, se, half_width, u_pct, source.</source>
        <translation>Stratum density table of the base year: stratum, pool, n, mean, sd, se, half_width, u_pct, source.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Target-year stratum densities (stratum_density OUTPUT)</source>
        <translation>Target-year stratum densities (stratum_density OUTPUT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Stratum density table of the target year (same fields as the base-year table).</source>
        <translation>Stratum density table of the target year (same fields as the base-year table).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Uncertainty results (uncertainty OUTPUT)</source>
        <translation>Uncertainty results (uncertainty OUTPUT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Approach 1 and Monte Carlo results per level and quantity (IPCC 2006 GL vol. 1 ch. 3).</source>
        <translation>Approach 1 and Monte Carlo results per level and quantity (IPCC 2006 GL vol. 1 ch. 3).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Monte Carlo histogram (uncertainty HISTOGRAM)</source>
        <translation>Monte Carlo histogram (uncertainty HISTOGRAM)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="105" />
        <source>Bins of the simulated total sink: bin_low, bin_high (t CO2e/a), count. Drawn in the PDF.</source>
        <translation>Bins of the simulated total sink: bin_low, bin_high (t CO2e/a), count. Drawn in the PDF.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Base year</source>
        <translation>Base year</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="130" />
        <source>Target year</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="133" />
        <source>Labels the density tables and the method statement. Optional: by default read from the stock layer's base_year / target_year fields when present.</source>
        <translation>Labels the density tables and the method statement. Optional: by default read from the stock layer's base_year / target_year fields when present.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="145" />
        <source>Report title</source>
        <translation>Report title</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="209" />
        <source>Carbon metering report</source>
        <translation>Carbon metering report</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="147" />
        <source>Printed on the PDF's first page and the workbook's summary sheet.</source>
        <translation>Printed on the PDF's first page and the workbook's summary sheet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="149" />
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="149" />
        <source>Chinese (zh)</source>
        <translation>Chinese (zh)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="149" />
        <source>English (en)</source>
        <translation>English (en)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="152" />
        <source>Language of sheet names, object names and the PDF text. Header rows are always in both Chinese and English.</source>
        <translation>Language of sheet names, object names and the PDF text. Header rows are always in both Chinese and English.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="155" />
        <source>Result workbook</source>
        <translation>Result workbook</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="155" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="157" />
        <source>The xlsx workbook with the appendix F tables and the provenance sheet.</source>
        <translation>The xlsx workbook with the appendix F tables and the provenance sheet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="159" />
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="159" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="161" />
        <source>The four-page PDF report (map, key tables, method, provenance). Leave empty to skip it.</source>
        <translation>The four-page PDF report (map, key tables, method, provenance). Leave empty to skip it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="164" />
        <source>Total stock, base year (t C)</source>
        <translation>Total stock, base year (t C)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="165" />
        <source>Total stock, target year (t C)</source>
        <translation>Total stock, target year (t C)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="166" />
        <source>Total removals (t CO2e/a)</source>
        <translation>Total removals (t CO2e/a)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="186" />
        <source>Layer {0} (parameter {1}) lacks the fields {2}. Give the output of the algorithm named in the parameter's description.</source>
        <translation>Layer {0} (parameter {1}) lacks the fields {2}. Give the output of the algorithm named in the parameter's description.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="213" />
        <source>Give a file for the result workbook (OUTPUT_XLSX).</source>
        <translation>Give a file for the result workbook (OUTPUT_XLSX).</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="222" />
        <source>Layer {0} (STOCK) has no features: nothing to report.</source>
        <translation>Layer {0} (STOCK) has no features: nothing to report.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="226" />
        <source>Layer {0} (STOCK), field county is empty for feature ids {1}. Give parcel_change a county field (COUNTY_FIELD) and rerun the chain.</source>
        <translation>Layer {0} (STOCK), field county is empty for feature ids {1}. Give parcel_change a county field (COUNTY_FIELD) and rerun the chain.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="229" />
        <source>Read {0} pieces.</source>
        <translation>Read {0} pieces.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="311" />
        <source>Building the PDF report…</source>
        <translation>Building the PDF report…</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="317" />
        <source>The PDF report {0} could not be written: {1}</source>
        <translation>The PDF report {0} could not be written: {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="318" />
        <source>PDF report ({0} pages): {1}</source>
        <translation>PDF report ({0} pages): {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="327" />
        <source>The workbook {0} could not be written: {1}</source>
        <translation>The workbook {0} could not be written: {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="328" />
        <source>Workbook with sheets {0}: {1}</source>
        <translation>Workbook with sheets {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="332" />
        <source>All counties: stock {0:,.2f} t C (base), {1:,.2f} t C (target), removals {2:,.2f} t CO2e/a.</source>
        <translation>All counties: stock {0:,.2f} t C (base), {1:,.2f} t C (target), removals {2:,.2f} t CO2e/a.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="195" />
        <source>The stock layer (STOCK)</source>
        <translation>The stock layer (STOCK)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="196" />
        <source>The change matrix table (CHANGE_MATRIX)</source>
        <translation>The change matrix table (CHANGE_MATRIX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="197" />
        <source>The plots layer (PLOTS)</source>
        <translation>The plots layer (PLOTS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="198" />
        <source>The stratum density table of {0} (BASE_DENSITY or TARGET_DENSITY)</source>
        <translation>The stratum density table of {0} (BASE_DENSITY or TARGET_DENSITY)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="200" />
        <source>The uncertainty table (UNCERTAINTY)</source>
        <translation>The uncertainty table (UNCERTAINTY)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="201" />
        <source>The histogram table (HISTOGRAM)</source>
        <translation>The histogram table (HISTOGRAM)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="203" />
        <source>{0} lacks the fields {1}; give the output of the algorithm named in the parameter's description.</source>
        <translation>{0} lacks the fields {1}; give the output of the algorithm named in the parameter's description.</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="136" />
        <source>Original inputs to record (parcels, plots …)</source>
        <translation>Original inputs to record (parcels, plots …)</translation>
    </message>
    <message>
        <location filename="../processing_provider/export_report.py" line="140" />
        <source>The layers the whole metering started from (base and target parcels, the survey plots). They are listed in the provenance with path, feature count and SHA-256, so the result can be traced back to the delivered data (the chain model fills this in).</source>
        <translation>The layers the whole metering started from (base and target parcels, the survey plots). They are listed in the provenance with path, feature count and SHA-256, so the result can be traced back to the delivered data (the chain model fills this in).</translation>
    </message>
</context>
<context>
    <name>ImportSurveyAlgorithm</name>
    <message>
        <location filename="../processing_provider/import_survey.py" line="54" />
        <source>Import survey field sheets</source>
        <translation>Import survey field sheets</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="57" />
        <source>Sample-plot survey</source>
        <translation>Sample-plot survey</translation>
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
        <location filename="../processing_provider/import_survey.py" line="90" />
        <source>Field sheets (.xlsx workbook or plots.csv)</source>
        <translation>Field sheets (.xlsx workbook or plots.csv)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="90" />
        <source>Field sheets (*.xlsx *.csv)</source>
        <translation>Field sheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="93" />
        <source>Filled workbook in the template's format, or plots.csv with trees.csv, shrub_herb.csv, litter.csv, deadwood.csv, soil.csv beside it.</source>
        <translation>Filled workbook in the template's format, or plots.csv with trees.csv, shrub_herb.csv, litter.csv, deadwood.csv, soil.csv beside it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="96" />
        <source>Survey GeoPackage to import into</source>
        <translation>Survey GeoPackage to import into</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="98" />
        <source>Existing survey GeoPackage. Empty: a new survey is created at the output.</source>
        <translation>Existing survey GeoPackage. Empty: a new survey is created at the output.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="100" />
        <source>County boundary</source>
        <translation>County boundary</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="102" />
        <source>Polygon layer of the county (or counties); plots outside it are errors.</source>
        <translation>Polygon layer of the county (or counties); plots outside it are errors.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="104" />
        <source>CRS of the x, y columns</source>
        <translation>CRS of the x, y columns</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="105" />
        <source>CRS of the plot coordinates in the sheets. Empty: the survey's CRS.</source>
        <translation>CRS of the plot coordinates in the sheets. Empty: the survey's CRS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="107" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="107" />
        <source>All or nothing</source>
        <translation>All or nothing</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="107" />
        <source>Import valid rows, reject the others</source>
        <translation>Import valid rows, reject the others</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="110" />
        <source>All or nothing: any problem stops the import and nothing is written. Valid rows: rows without problems are imported, the others listed.</source>
        <translation>All or nothing: any problem stops the import and nothing is written. Valid rows: rows without problems are imported, the others listed.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="113" />
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="116" />
        <source>Table of the problems: sheet, row, column, value, reason.</source>
        <translation>Table of the problems: sheet, row, column, value, reason.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="118" />
        <source>Output survey GeoPackage</source>
        <translation>Output survey GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="118" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="121" />
        <source>Result survey. Empty with a survey given: the survey is updated in place.</source>
        <translation>Result survey. Empty with a survey given: the survey is updated in place.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="129" />
        <source>the column is missing from the sheet</source>
        <translation>the column is missing from the sheet</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="130" />
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="131" />
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="132" />
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="133" />
        <source>not a date (write YYYY-MM-DD)</source>
        <translation>not a date (write YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="134" />
        <source>out of range: must be {range}</source>
        <translation>out of range: must be {range}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="135" />
        <source>not an allowed value (allowed: {allowed})</source>
        <translation>not an allowed value (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="137" />
        <source>duplicate plot id (first given in row {first_row})</source>
        <translation>duplicate plot id (first given in row {first_row})</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="138" />
        <source>plot id already in the survey GeoPackage</source>
        <translation>plot id already in the survey GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="139" />
        <source>plot id not found in the plots sheet nor in the survey GeoPackage</source>
        <translation>plot id not found in the plots sheet nor in the survey GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="140" />
        <source>its plot was rejected</source>
        <translation>its plot was rejected</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="141" />
        <source>the coordinates lie outside the county</source>
        <translation>the coordinates lie outside the county</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="164" />
        <source>sheet {0}, row {1}, column {2}, value '{3}': {4}</source>
        <translation>sheet {0}, row {1}, column {2}, value '{3}': {4}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="171" />
        <source>Field sheets {0}: the file does not exist.</source>
        <translation>Field sheets {0}: the file does not exist.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="180" />
        <source>Field sheets {0}: use an .xlsx workbook or plots.csv.</source>
        <translation>Field sheets {0}: use an .xlsx workbook or plots.csv.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="182" />
        <source>Field sheets {0} cannot be read ({1}); save it as .xlsx from the template or as UTF-8 CSV.</source>
        <translation>Field sheets {0} cannot be read ({1}); save it as .xlsx from the template or as UTF-8 CSV.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="185" />
        <source>Field sheets {0}: no sheet named plots, trees, shrub_herb, litter, deadwood or soil was found; use forms/field_sheets_template.xlsx.</source>
        <translation>Field sheets {0}: no sheet named plots, trees, shrub_herb, litter, deadwood or soil was found; use forms/field_sheets_template.xlsx.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="200" />
        <source>County boundary {0} has no polygons.</source>
        <translation>County boundary {0} has no polygons.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="214" />
        <source>Give a survey GeoPackage to import into, or an output file for a new survey.</source>
        <translation>Give a survey GeoPackage to import into, or an output file for a new survey.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="216" />
        <source>Output {0}: the survey must be a GeoPackage file ending in .gpkg.</source>
        <translation>Output {0}: the survey must be a GeoPackage file ending in .gpkg.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="221" />
        <source>Survey GeoPackage {0} does not exist.</source>
        <translation>Survey GeoPackage {0} does not exist.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="224" />
        <source>{0} is not a survey GeoPackage: missing {1}. Create one with 'Create survey GeoPackage'.</source>
        <translation>{0} is not a survey GeoPackage: missing {1}. Create one with 'Create survey GeoPackage'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="233" />
        <source>Reading {0}</source>
        <translation>Reading {0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="245" />
        <source>Sheet {0}: {1} rows read.</source>
        <translation>Sheet {0}: {1} rows read.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="248" />
        <source>Field sheets {0}: the sheet plots is missing; a new survey needs plots.</source>
        <translation>Field sheets {0}: the sheet plots is missing; a new survey needs plots.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="285" />
        <source>… and {0} more problems.</source>
        <translation>… and {0} more problems.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="286" />
        <source>{0} problems found in {1}; nothing was imported. Fix the rows below (or run in 'Import valid rows' mode):
{2}</source>
        <translation>{0} problems found in {1}; nothing was imported. Fix the rows below (or run in 'Import valid rows' mode):
{2}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="308" />
        <source>Imported into {0}: {1}; {2} problems.</source>
        <translation>Imported into {0}: {1}; {2} problems.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="432" />
        <source>Could not create the survey GeoPackage {0}: {1}</source>
        <translation>Could not create the survey GeoPackage {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="446" />
        <source>Could not write to the survey GeoPackage {0}: {1}; it was left unchanged.</source>
        <translation>Could not write to the survey GeoPackage {0}: {1}; it was left unchanged.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="136" />
        <source>wrong format (expected {digits} digits)</source>
        <translation>wrong format (expected {digits} digits)</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="153" />
        <source>decay class is for standing dead trees only</source>
        <translation>decay class is for standing dead trees only</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="154" />
        <source>sample dry mass must not exceed sample fresh mass</source>
        <translation>sample dry mass must not exceed sample fresh mass</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="155" />
        <source>give mid diameter and length, or the volume</source>
        <translation>give mid diameter and length, or the volume</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="156" />
        <source>layer bottom must be deeper than layer top</source>
        <translation>layer bottom must be deeper than layer top</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="157" />
        <source>give SOC or SOM</source>
        <translation>give SOC or SOM</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="416" />
        <source>The layers {0} of the open project read {1}: reload them (right-click › Reload layer) or reopen the project to see the imported rows.</source>
        <translation>The layers {0} of the open project read {1}: reload them (right-click › Reload layer) or reopen the project to see the imported rows.</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="142" />
        <source>x and y look swapped: as (y, x) the point lies in the area of use of {crs}, as (x, y) it does not</source>
        <translation>x and y look swapped: as (y, x) the point lies in the area of use of {crs}, as (x, y) it does not</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="144" />
        <source>the point lies outside the area of use of {crs} ({area}); check the coordinates and the CRS of x, y</source>
        <translation>the point lies outside the area of use of {crs} ({area}); check the coordinates and the CRS of x, y</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="146" />
        <source>the plot lists {table} as surveyed but the field sheets have no sheet {table}</source>
        <translation>the plot lists {table} as surveyed but the field sheets have no sheet {table}</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="148" />
        <source>unusual value: outside the plausible range {range} {unit}; check it</source>
        <translation>unusual value: outside the plausible range {range} {unit}; check it</translation>
    </message>
    <message>
        <location filename="../processing_provider/import_survey.py" line="336" />
        <source>The field sheets have no sheet {0}, but {1} plot(s) list {0} as surveyed: {2}. They are imported without {0} measurements and {0} is removed from their pools_surveyed, so their pools take the defaults of their metering object.</source>
        <translation>The field sheets have no sheet {0}, but {1} plot(s) list {0} as surveyed: {2}. They are imported without {0} measurements and {0} is removed from their pools_surveyed, so their pools take the defaults of their metering object.</translation>
    </message>
</context>
<context>
    <name>ParcelChangeAlgorithm</name>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="104" />
        <source>Base/target parcel overlay and change flags (基准年—计量年图斑叠加与变化标识)</source>
        <translation>Base/target parcel overlay and change flags (基准年—计量年图斑叠加与变化标识)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="107" />
        <source>Parcel carbon metering</source>
        <translation>Parcel carbon metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="155" />
        <source>Base-year parcels (t1)</source>
        <translation>Base-year parcels (t1)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="156" />
        <source>Polygon parcel layer of the base year t1 (e.g. 三调 DLTB 2020).</source>
        <translation>Polygon parcel layer of the base year t1 (e.g. 三调 DLTB 2020).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="158" />
        <source>Base land-class code field</source>
        <translation>Base land-class code field</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="161" />
        <source>Field of the base layer holding the GB/T 21010 / 三调 land-class code (DLBM).</source>
        <translation>Field of the base layer holding the GB/T 21010 / 三调 land-class code (DLBM).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="163" />
        <source>Metering-year parcels (t2)</source>
        <translation>Metering-year parcels (t2)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="164" />
        <source>Polygon parcel layer of the metering year t2 (e.g. 年度变更调查 DLTB 2023).</source>
        <translation>Polygon parcel layer of the metering year t2 (e.g. 年度变更调查 DLTB 2023).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="166" />
        <source>Target land-class code field</source>
        <translation>Target land-class code field</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="169" />
        <source>Field of the target layer holding the GB/T 21010 / 三调 land-class code (DLBM).</source>
        <translation>Field of the target layer holding the GB/T 21010 / 三调 land-class code (DLBM).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="171" />
        <source>Land class → metering object table</source>
        <translation>Land class → metering object table</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="175" />
        <source>Optional table (CSV, xlsx or any QGIS table) with fields code and object; its rows override the shipped mapping (metering/data/landclass_mapping.csv). Objects must be those of metering_objects.csv.</source>
        <translation>Optional table (CSV, xlsx or any QGIS table) with fields code and object; its rows override the shipped mapping (metering/data/landclass_mapping.csv). Objects must be those of metering_objects.csv.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="183" />
        <source>County field</source>
        <translation>County field</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="186" />
        <source>Optional field (present in both layers) giving the county of each parcel. Default: the first 6 digits of ZLDWDM (坐落单位代码) when present; a field named ZLDWDM is always cut to its first 6 digits.</source>
        <translation>Optional field (present in both layers) giving the county of each parcel. Default: the first 6 digits of ZLDWDM (坐落单位代码) when present; a field named ZLDWDM is always cut to its first 6 digits.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="194" />
        <source>Sliver threshold (m²)</source>
        <translation>Sliver threshold (m²)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="197" />
        <source>Pieces with an area below this many square metres get sliver = 1; they are kept.</source>
        <translation>Pieces with an area below this many square metres get sliver = 1; they are kept.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="199" />
        <source>Area method</source>
        <translation>Area method</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="199" />
        <source>ellipsoidal (CGCS2000 ellipsoid, as 三调)</source>
        <translation>ellipsoidal (CGCS2000 ellipsoid, as 三调)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="199" />
        <source>planar (layer CRS)</source>
        <translation>planar (layer CRS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="199" />
        <source>official (survey area TBDLMJ shared by geometric area)</source>
        <translation>official (survey area TBDLMJ shared by geometric area)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="209" />
        <source>ellipsoidal: area on the CGCS2000 ellipsoid (三调 图斑面积); planar: area in the projected CRS; official: each parcel's TBDLMJ (or TBMJ − KCMJ, TBMJ × (1 − KCXS)) shared among its pieces in proportion to their geometric area.</source>
        <translation>ellipsoidal: area on the CGCS2000 ellipsoid (三调 图斑面积); planar: area in the projected CRS; official: each parcel's TBDLMJ (or TBMJ − KCMJ, TBMJ × (1 − KCXS)) shared among its pieces in proportion to their geometric area.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="232" />
        <source>Overlay pieces</source>
        <translation>Overlay pieces</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="235" />
        <source>One polygon per overlay piece with codes, objects, change flag, county and area (m²).</source>
        <translation>One polygon per overlay piece with codes, objects, change flag, county and area (m²).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="237" />
        <source>Change matrix</source>
        <translation>Change matrix</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="240" />
        <source>Area (ha) by base × target class, at object and at code level.</source>
        <translation>Area (ha) by base × target class, at object and at code level.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="266" />
        <source>Layer {0}: the .dbf is not UTF-8 and has no .cpg; read as GB18030 (GBK).</source>
        <translation>Layer {0}: the .dbf is not UTF-8 and has no .cpg; read as GB18030 (GBK).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="299" />
        <source>No land-class code field given for layer {0} ({1}).</source>
        <translation>No land-class code field given for layer {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="303" />
        <source>Layer {0} has no field {1} ({2}). Its fields: {3}. Choose the land-class code field (DLBM).</source>
        <translation>Layer {0} has no field {1} ({2}). Its fields: {3}. Choose the land-class code field (DLBM).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="310" />
        <source>Layer {0} is not a polygon layer (its geometry type is {1}); give the parcel (图斑) polygons.</source>
        <translation>Layer {0} is not a polygon layer (its geometry type is {1}); give the parcel (图斑) polygons.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="315" />
        <source>Layer {0} is empty: it has no parcels.</source>
        <translation>Layer {0} is empty: it has no parcels.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="352" />
        <source>Layer {0} has no CRS; its eastings {1} carry the zone prefix, so EPSG:{2} is used.</source>
        <translation>Layer {0} has no CRS; its eastings {1} carry the zone prefix, so EPSG:{2} is used.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="358" />
        <source>Layer {0} has no valid CRS and its eastings {1} carry no Gauss-Krüger zone prefix; set the layer's CRS (e.g. EPSG:4534–4554) and run again.</source>
        <translation>Layer {0} has no valid CRS and its eastings {1} carry no Gauss-Krüger zone prefix; set the layer's CRS (e.g. EPSG:4534–4554) and run again.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="362" />
        <source>It is probably EPSG:{0}.</source>
        <translation>It is probably EPSG:{0}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="362" />
        <source>Check the layer's CRS.</source>
        <translation>Check the layer's CRS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="367" />
        <source>Layer {0} is declared in {1} but its eastings {2} do not fit it (zone prefix present or missing). {3}</source>
        <translation>Layer {0} is declared in {1} but its eastings {2} do not fit it (zone prefix present or missing). {3}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="430" />
        <source>Layer {0}: {1} invalid geometries repaired (feature ids {2}).</source>
        <translation>Layer {0}: {1} invalid geometries repaired (feature ids {2}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="435" />
        <source>Layer {0}: {1} features without a polygon geometry skipped (feature ids {2}).</source>
        <translation>Layer {0}: {1} features without a polygon geometry skipped (feature ids {2}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="440" />
        <source>Layer {0} has no usable polygon geometries.</source>
        <translation>Layer {0} has no usable polygon geometries.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="463" />
        <source>Mapping table {0} needs the fields code and object; it has {1}.</source>
        <translation>Mapping table {0} needs the fields code and object; it has {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="473" />
        <source>Mapping table error: {0}</source>
        <translation>Mapping table error: {0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="475" />
        <source>Mapping table {0}: {1} codes override the shipped table.</source>
        <translation>Mapping table {0}: {1} codes override the shipped table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="502" />
        <source>Layer {0} has no field {1} (COUNTY_FIELD). Its fields: {2}.</source>
        <translation>Layer {0} has no field {1} (COUNTY_FIELD). Its fields: {2}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="512" />
        <source>Layer {0} has neither TBDLMJ nor TBMJ: the official area method needs the survey areas. Choose the ellipsoidal or planar method.</source>
        <translation>Layer {0} has neither TBDLMJ nor TBMJ: the official area method needs the survey areas. Choose the ellipsoidal or planar method.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="521" />
        <source>Layer {0} is in a geographic CRS ({1}); planar areas need a projected CRS. Use the ellipsoidal method or reproject the layer.</source>
        <translation>Layer {0} is in a geographic CRS ({1}); planar areas need a projected CRS. Use the ellipsoidal method or reproject the layer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="528" />
        <source>Layer {0} ({1}) is reprojected to the CRS of {2} ({3}).</source>
        <translation>Layer {0} ({1}) is reprojected to the CRS of {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="543" />
        <source>Read {0} base and {1} target parcels.</source>
        <translation>Read {0} base and {1} target parcels.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="619" />
        <source>Area method: ellipsoidal (ellipsoid {0}).</source>
        <translation>Area method: ellipsoidal (ellipsoid {0}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="621" />
        <source>Area method: planar (CRS {0}).</source>
        <translation>Area method: planar (CRS {0}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="629" />
        <source>Area method: official (TBDLMJ = TBMJ − KCMJ shared by geometric area).</source>
        <translation>Area method: official (TBDLMJ = TBMJ − KCMJ shared by geometric area).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="730" />
        <source>Layer {0}: {1} parcels have no survey area (TBDLMJ/TBMJ NULL); their planar area is used (feature ids {2}).</source>
        <translation>Layer {0}: {1} parcels have no survey area (TBDLMJ/TBMJ NULL); their planar area is used (feature ids {2}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="745" />
        <source>Layer {0}: {1} parcels have a NULL land-class code; mapped to unmapped (feature ids {2}).</source>
        <translation>Layer {0}: {1} parcels have a NULL land-class code; mapped to unmapped (feature ids {2}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="750" />
        <source>Layer {0}: code {1} is not in the mapping table; {2} parcels mapped to unmapped (feature ids {3}).</source>
        <translation>Layer {0}: code {1} is not in the mapping table; {2} parcels mapped to unmapped (feature ids {3}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="761" />
        <source>Layer {0}, class {1}: pieces sum to {2:.3f} m² but the parcels to {3:.3f} m² (relative difference {4:.2e}); overlapping parcels in the layer?</source>
        <translation>Layer {0}, class {1}: pieces sum to {2:.3f} m² but the parcels to {3:.3f} m² (relative difference {4:.2e}); overlapping parcels in the layer?</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="767" />
        <source>Layer {0}: area conserved per class (pieces = parcels within 1e-6).</source>
        <translation>Layer {0}: area conserved per class (pieces = parcels within 1e-6).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="804" />
        <source>{0} pieces: {1} unchanged, {2} changed, {3} base only, {4} target only; {5} slivers.</source>
        <translation>{0} pieces: {1} unchanged, {2} changed, {3} base only, {4} target only; {5} slivers.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="853" />
        <source>Could not write the overlay pieces (rows {0}–{1}) to the output: {2}</source>
        <translation>Could not write the overlay pieces (rows {0}–{1}) to the output: {2}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="448" />
        <source>{label}: missing column(s) {columns}; it needs 'code' and 'object'.</source>
        <translation>{label}: missing column(s) {columns}; it needs 'code' and 'object'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="449" />
        <source>{label}, row {row}: code '{code}' is not a GB/T 21010 / 三调 code.</source>
        <translation>{label}, row {row}: code '{code}' is not a GB/T 21010 / 三调 code.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="450" />
        <source>{label}, row {row}: object '{object}' of code {code} is not a metering object (one of {objects}).</source>
        <translation>{label}, row {row}: object '{object}' of code {code} is not a metering object (one of {objects}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="452" />
        <source>{label}: code(s) listed twice: {codes}.</source>
        <translation>{label}: code(s) listed twice: {codes}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="217" />
        <source>Vertex snapping tolerance (m)</source>
        <translation>Vertex snapping tolerance (m)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="533" />
        <source>Layer {0} ({1}) is the same Gauss-Krüger zone as {2} ({3}); its eastings are shifted by {4:+.0f} m (the zone prefix), not reprojected.</source>
        <translation>Layer {0} ({1}) is the same Gauss-Krüger zone as {2} ({3}); its eastings are shifted by {4:+.0f} m (the zone prefix), not reprojected.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="578" />
        <source>Snapping (tolerance {0} m): {1} target parcels match a base parcel within the tolerance and take its geometry; {2} vertices of {3} other target parcels moved onto base vertices or edges.</source>
        <translation>Snapping (tolerance {0} m): {1} target parcels match a base parcel within the tolerance and take its geometry; {2} vertices of {3} other target parcels moved onto base vertices or edges.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="654" />
        <source>Layers {0} ({1}, extent {2}) and {3} ({4}, extent {5} in the CRS of {0}) overlap on only {6:.2%} of the smaller layer's area: the same region surveyed twice should overlap almost wholly. Probably one layer is declared in the wrong CRS (e.g. another Gauss-Krüger zone); check the CRS of both layers and run again.</source>
        <translation>Layers {0} ({1}, extent {2}) and {3} ({4}, extent {5} in the CRS of {0}) overlap on only {6:.2%} of the smaller layer's area: the same region surveyed twice should overlap almost wholly. Probably one layer is declared in the wrong CRS (e.g. another Gauss-Krüger zone); check the CRS of both layers and run again.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="686" />
        <source>The pieces ({0:.3f} m² planar) cover the area of either layer once: no parcels of one layer overlap each other.</source>
        <translation>The pieces ({0:.3f} m² planar) cover the area of either layer once: no parcels of one layer overlap each other.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="698" />
        <source>Layer {0}: {1} pairs of parcels overlap each other (feature ids and overlap area: {2}); their common ground is counted once per parcel. Fix the topology (duplicates or overlapping parcels) and run again.</source>
        <translation>Layer {0}: {1} pairs of parcels overlap each other (feature ids and overlap area: {2}); their common ground is counted once per parcel. Fix the topology (duplicates or overlapping parcels) and run again.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="703" />
        <source>The pieces sum to {0:.3f} m² (planar), about {1:.3f} m² more than the area covered by either layer, because of the overlaps listed above.</source>
        <translation>The pieces sum to {0:.3f} m² (planar), about {1:.3f} m² more than the area covered by either layer, because of the overlaps listed above.</translation>
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
        <translation>Overlays the base-year (t1) and the metering-year (t2) land-survey parcel layers (三调 / 年度变更调查 DLTB) and flags every piece as unchanged, changed, base only or target only (Hubei carbon-metering spec, ch. 5 and 8; land classes to metering objects after its appendix A).

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

Area is conserved: per class, the pieces sum to each layer's own class areas (checked, 1e-6 relative, and logged).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="221" />
        <source>Target vertices closer than this many metres to a base vertex are moved onto it before the overlay (default 0.001 m = 1 mm; 0 turns snapping off). Copies of the same parcels that differ only by rounding (FileGDB, reprojected or zone-shifted copies) then pair as unchanged instead of leaving slivers along every boundary. A sample of up to 5 000 target vertices is checked first: without rounding differences (vertices within the tolerance of a base vertex but not on it) snapping is skipped. In a geographic CRS 1 m is taken as 1/111 320 degree.</source>
        <translation>Target vertices closer than this many metres to a base vertex are moved onto it before the overlay (default 0.001 m = 1 mm; 0 turns snapping off). Copies of the same parcels that differ only by rounding (FileGDB, reprojected or zone-shifted copies) then pair as unchanged instead of leaving slivers along every boundary. A sample of up to 5 000 target vertices is checked first: without rounding differences (vertices within the tolerance of a base vertex but not on it) snapping is skipped. In a geographic CRS 1 m is taken as 1/111 320 degree.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="563" />
        <source>Snapping skipped: no rounding differences between the layers ({0} of {1} sampled target vertices lie on a base vertex, none within {2} m of one without being on it; {3} target parcels are identical to a base parcel).</source>
        <translation>Snapping skipped: no rounding differences between the layers ({0} of {1} sampled target vertices lie on a base vertex, none within {2} m of one without being on it; {3} target parcels are identical to a base parcel).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_change.py" line="570" />
        <source>Rounding differences found: {0} of {1} sampled target vertices ({2:.1f} %) lie within {3} m of a base vertex without being on it ({4} on one); the target is snapped.</source>
        <translation>Rounding differences found: {0} of {1} sampled target vertices ({2:.1f} %) lie within {3} m of a base vertex without being on it ({4} on one); the target is snapped.</translation>
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
        <location filename="../processing_provider/parcel_stock.py" line="88" />
        <source>Pieces (parcel change)</source>
        <translation>Pieces (parcel change)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="91" />
        <source>Polygon pieces of the base × target overlay, the output of parcel_change.</source>
        <translation>Polygon pieces of the base × target overlay, the output of parcel_change.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="94" />
        <source>Base-year densities</source>
        <translation>Base-year densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="97" />
        <source>Density table for the base year in t C/ha: a key column and the pool columns agb, bgb, deadwood, litter, soil, or the stratum_density output.</source>
        <translation>Density table for the base year in t C/ha: a key column and the pool columns agb, bgb, deadwood, litter, soil, or the stratum_density output.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="101" />
        <source>Target-year densities</source>
        <translation>Target-year densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="104" />
        <source>Density table for the target year (same form). Empty: the base-year table.</source>
        <translation>Density table for the target year (same form). Empty: the base-year table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="107" />
        <source>Density key</source>
        <translation>Density key</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="107" />
        <source>Metering object</source>
        <translation>Metering object</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="107" />
        <source>Land-class code</source>
        <translation>Land-class code</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="111" />
        <source>Whether the density tables are keyed by metering object (base_object, target_object) or by land-class code (base_code, target_code, text such as 0101).</source>
        <translation>Whether the density tables are keyed by metering object (base_object, target_object) or by land-class code (base_code, target_code, text such as 0101).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="116" />
        <source>Base year</source>
        <translation>Base year</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="120" />
        <source>Calendar year t1 of the base land survey.</source>
        <translation>Calendar year t1 of the base land survey.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="123" />
        <source>Target year</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="127" />
        <source>Calendar year t2 of the metering (target) survey; must be later than the base year.</source>
        <translation>Calendar year t2 of the metering (target) survey; must be later than the base year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="131" />
        <source>Piece stocks</source>
        <translation>Piece stocks</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="134" />
        <source>The pieces with their stocks at both years (t C), dc_per_year (t C/a) and removals_co2e (t CO2e/a).</source>
        <translation>The pieces with their stocks at both years (t C), dc_per_year (t C/a) and removals_co2e (t CO2e/a).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="138" />
        <source>Stock and sink summary</source>
        <translation>Stock and sink summary</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="141" />
        <source>Totals per county × object × pool × change group, with ALL total rows.</source>
        <translation>Totals per county × object × pool × change group, with ALL total rows.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="216" />
        <source>Layer {0} lacks the fields {1}: run parcel_change first, its output has them.</source>
        <translation>Layer {0} lacks the fields {1}: run parcel_change first, its output has them.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="151" />
        <source>Layer {0}, field change_flag: values must be 0, 1, 2 or 3; bad (feature id, value): {1}.</source>
        <translation>Layer {0}, field change_flag: values must be 0, 1, 2 or 3; bad (feature id, value): {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="154" />
        <source>Layer {0}, field area_m2: empty or negative areas (feature id, value): {1}. Re-run parcel_change.</source>
        <translation>Layer {0}, field area_m2: empty or negative areas (feature id, value): {1}. Re-run parcel_change.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="210" />
        <source>The target year ({0}) must be later than the base year ({1}).</source>
        <translation>The target year ({0}) must be later than the base year ({1}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="172" />
        <source>Density table {0} needs a key column (key, stratum, object or code) and either pool + mean or the pool columns agb, bgb, deadwood, litter, soil; it has: {1}.</source>
        <translation>Density table {0} needs a key column (key, stratum, object or code) and either pool + mean or the pool columns agb, bgb, deadwood, litter, soil; it has: {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="176" />
        <source>Density table {0}: these densities (key, pool, value) are not numbers: {1}.</source>
        <translation>Density table {0}: these densities (key, pool, value) are not numbers: {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="179" />
        <source>Density table {0}: negative densities (key, pool, value): {1}.</source>
        <translation>Density table {0}: negative densities (key, pool, value): {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="182" />
        <source>Density table {0}: these keys occur more than once: {1}. Keep one row per key (and pool).</source>
        <translation>Density table {0}: these keys occur more than once: {1}. Keep one row per key (and pool).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="185" />
        <source>Density table {0}: these keys lack pools (key, pools): {1}.</source>
        <translation>Density table {0}: these keys lack pools (key, pools): {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="187" />
        <source>Invalid input: {0}</source>
        <translation>Invalid input: {0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="198" />
        <source>Density table {0}: {1} keys.</source>
        <translation>Density table {0}: {1} keys.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="226" />
        <source>No target-year table: the base-year densities serve both years.</source>
        <translation>No target-year table: the base-year densities serve both years.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="229" />
        <source>Read {0} pieces from {1}.</source>
        <translation>Read {0} pieces from {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="255" />
        <source>Areas from parcel_change, method: {0}.</source>
        <translation>Areas from parcel_change, method: {0}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="260" />
        <source>All counties: stock {0:.2f} t C ({1}) → {2:.2f} t C ({3}); removals {4:.2f} t CO2e/a.</source>
        <translation>All counties: stock {0:.2f} t C ({1}) → {2:.2f} t C ({3}); removals {4:.2f} t CO2e/a.</translation>
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
        <translation>Meters the carbon stock of every piece of the base × target overlay (the output of parcel_change) at the base and the target year, and its sink by stock change (Hubei spec ch. 8; IPCC 2006 GL vol. 4 stock-difference method).

Stock per pool (t C) = density (t C/ha) × area (ha, from area_m2); each year uses its own density key: unchanged pieces the same object at both dates, changed pieces the base object at the base year and the target object at the target year. The total is the sum of the pools. dc_per_year (t C/a) = (total at target − total at base) / (target year − base year); removals_co2e (t CO2e/a) = dc_per_year × 44/12, positive when carbon is removed from the atmosphere. Non-metered and unmapped pieces have zero stock; codes not mapped to a metering object are listed in a warning with their pieces and area (fix the mapping and re-run parcel_change). Pieces that exist in one year only (change_flag 2 or 3) get a stock for that year only and no change. A metered object or code without a density stops the run with the list of keys, pieces and area.

Parameters:
- Pieces: the parcel_change output (base_code, target_code, base_object, target_object, change_flag, county, area_m2, area_method).
- Base-year densities: table with a key column and the pool columns agb, bgb, deadwood, litter, soil in t C/ha (wide), or the stratum_density output (long). CSV, xlsx or any QGIS table; land-class codes are read as text.
- Target-year densities: optional; the base-year table when empty.
- Density key: object (tables keyed by metering object) or code (by land-class code). Crossed strata of stratum_density (object|value) are not keys: its per-object rows are used.
- Base year, Target year: calendar years t1 &lt; t2.

Outputs: the pieces with area_ha, base_key, target_key, c_base_&lt;pool&gt; and c_target_&lt;pool&gt; (t C), dc_per_year (t C/a) and removals_co2e (t CO2e/a); and a summary table per county × object × pool × change_group (unchanged, changed, all = both; base_only, target_only for one-year pieces) with n_pieces, area_ha, stock_base_tc, stock_target_tc, dc_per_year_tc and removals_tco2e, including totals (county ALL, object ALL). Changed pieces are summarised under their target-year object (land converted to a category is reported under it).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="245" />
        <source>base year</source>
        <translation>base year</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="245" />
        <source>target year</source>
        <translation>target year</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="167" />
        <source>density table {0} ({1}) has no row for (key: pieces, area) {2}</source>
        <translation>density table {0} ({1}) has no row for (key: pieces, area) {2}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="169" />
        <source>No density for these metered keys: {0}. Add rows for them to that table or check the Density key setting.</source>
        <translation>No density for these metered keys: {0}. Add rows for them to that table or check the Density key setting.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parcel_stock.py" line="248" />
        <source>Land-class codes not mapped to a metering object have zero stock (year code: pieces, area): {0}. Add them to the land-class mapping table and re-run parcel_change; the SUMMARY lists them as object unmapped.</source>
        <translation>Land-class codes not mapped to a metering object have zero stock (year code: pieces, area): {0}. Add them to the land-class mapping table and re-run parcel_change; the SUMMARY lists them as object unmapped.</translation>
    </message>
</context>
<context>
    <name>PlotCarbonAlgorithm</name>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="50" />
        <source>Plot carbon by pool</source>
        <translation>Plot carbon by pool</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="53" />
        <source>Parcel carbon metering</source>
        <translation>Parcel carbon metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="56" />
        <source>carbon,plot,sample plot,biomass,soil,litter,deadwood,样地,碳密度</source>
        <translation>carbon,plot,sample plot,biomass,soil,litter,deadwood,样地,碳密度</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="101" />
        <source>Survey plots</source>
        <translation>Survey plots</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="110" />
        <source>Trees</source>
        <translation>Trees</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="110" />
        <source>Tree tally: plot_id, species, dbh_cm (cm), height_m (m), status (live or standing_dead), decay_class. Empty: the trees table of INPUT's GeoPackage.</source>
        <translation>Tree tally: plot_id, species, dbh_cm (cm), height_m (m), status (live or standing_dead), decay_class. Empty: the trees table of INPUT's GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="113" />
        <source>Shrub and herb quadrats</source>
        <translation>Shrub and herb quadrats</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="113" />
        <source>Harvest quadrats: plot_id, layer (shrub or herb), quadrat_area_m2 (m²), fresh_mass_kg (kg), sample_fresh_g and sample_dry_g (g). Empty: the shrub_herb table of INPUT's GeoPackage.</source>
        <translation>Harvest quadrats: plot_id, layer (shrub or herb), quadrat_area_m2 (m²), fresh_mass_kg (kg), sample_fresh_g and sample_dry_g (g). Empty: the shrub_herb table of INPUT's GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="117" />
        <source>Litter quadrats</source>
        <translation>Litter quadrats</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="117" />
        <source>Litter quadrats: plot_id, quadrat_area_m2 (m²), fresh_mass_kg (kg), sample_fresh_g and sample_dry_g (g). Empty: the litter table of INPUT's GeoPackage.</source>
        <translation>Litter quadrats: plot_id, quadrat_area_m2 (m²), fresh_mass_kg (kg), sample_fresh_g and sample_dry_g (g). Empty: the litter table of INPUT's GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="120" />
        <source>Lying dead wood</source>
        <translation>Lying dead wood</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="120" />
        <source>Lying dead wood pieces: plot_id, species (optional), diameter_cm (cm) and length_m (m) or volume_m3 (m³), decay_class (1–3). Empty: the deadwood table of INPUT's GeoPackage.</source>
        <translation>Lying dead wood pieces: plot_id, species (optional), diameter_cm (cm) and length_m (m) or volume_m3 (m³), decay_class (1–3). Empty: the deadwood table of INPUT's GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="123" />
        <source>Soil layers</source>
        <translation>Soil layers</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="123" />
        <source>Soil layers: plot_id, layer_top_cm and layer_bottom_cm (cm), soc_g_kg or som_g_kg (g/kg), bulk_density_g_cm3 (g/cm³), gravel_pct (% by volume). Empty: the soil table of INPUT's GeoPackage.</source>
        <translation>Soil layers: plot_id, layer_top_cm and layer_bottom_cm (cm), soc_g_kg or som_g_kg (g/kg), bulk_density_g_cm3 (g/cm³), gravel_pct (% by volume). Empty: the soil table of INPUT's GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="135" />
        <source>Soil reporting depth (cm)</source>
        <translation>Soil reporting depth (cm)</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="138" />
        <source>Soil carbon is summed from 0 cm down to this depth (cm). 30 cm follows IPCC 2006; 100 cm is common in Chinese surveys. Layers below it are cut; plots whose layers stop short are flagged.</source>
        <translation>Soil carbon is summed from 0 cm down to this depth (cm). 30 cm follows IPCC 2006; 100 cm is common in Chinese surveys. Layers below it are cut; plots whose layers stop short are flagged.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="143" />
        <source>Species parameter overrides</source>
        <translation>Species parameter overrides</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="146" />
        <source>Table with a species column and any of route (volume, allometric, culm), equation (power, power_d2h), a, b, c, wd_t_m3 (t/m³), bef, r, cf (t C/t d.m.) and source. Rows replace the shipped parameters of that species; empty cells keep the shipped value; new species are added.</source>
        <translation>Table with a species column and any of route (volume, allometric, culm), equation (power, power_d2h), a, b, c, wd_t_m3 (t/m³), bef, r, cf (t C/t d.m.) and source. Rows replace the shipped parameters of that species; empty cells keep the shipped value; new species are added.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="152" />
        <source>Pool default overrides</source>
        <translation>Pool default overrides</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="154" />
        <source>Table in the format of metering/data/default_density.csv: object, pool (agb, bgb, deadwood, litter, soil), mean (t C/ha; density_t_c_ha is accepted too), source and optionally soil_depth_cm (cm, soil rows; 30 when absent). Used for plots without measurements of a pool, replacing shipped rows with the same object and pool.</source>
        <translation>Table in the format of metering/data/default_density.csv: object, pool (agb, bgb, deadwood, litter, soil), mean (t C/ha; density_t_c_ha is accepted too), source and optionally soil_depth_cm (cm, soil rows; 30 when absent). Used for plots without measurements of a pool, replacing shipped rows with the same object and pool.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="161" />
        <source>Plot carbon</source>
        <translation>Plot carbon</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="163" />
        <source>The plots with carbon density per pool (t C/ha), total_co2e (t CO2e/ha), the soil depth, the method per pool and warnings.</source>
        <translation>The plots with carbon density per pool (t C/ha), total_co2e (t CO2e/ha), the soil depth, the method per pool and warnings.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="172" />
        <source>Table {table} has no column {field}; add it.</source>
        <translation>Table {table} has no column {field}; add it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="173" />
        <source>Table {table}, row {row}: {field} '{value}' appears more than once; keep one row.</source>
        <translation>Table {table}, row {row}: {field} '{value}' appears more than once; keep one row.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="175" />
        <source>Table {table}, row {row}: {field} is empty; enter a value.</source>
        <translation>Table {table}, row {row}: {field} is empty; enter a value.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="176" />
        <source>Table {table}, row {row}: {field} '{value}' is not a number.</source>
        <translation>Table {table}, row {row}: {field} '{value}' is not a number.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="177" />
        <source>Table {table}, row {row}: {field} = {value} must be greater than 0.</source>
        <translation>Table {table}, row {row}: {field} = {value} must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="178" />
        <source>Table {table}, row {row}: {field} = {value} must not be negative.</source>
        <translation>Table {table}, row {row}: {field} = {value} must not be negative.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="179" />
        <source>Table {table}, row {row}: {field} = {value} is outside {other}.</source>
        <translation>Table {table}, row {row}: {field} = {value} is outside {other}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="180" />
        <source>Table {table}, row {row}: {field} '{value}' is not one of: {other}.</source>
        <translation>Table {table}, row {row}: {field} '{value}' is not one of: {other}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="181" />
        <source>Table {table}, row {row}: sample_dry_g {value} exceeds sample_fresh_g {other}; a dry sample cannot weigh more than the fresh one.</source>
        <translation>Table {table}, row {row}: sample_dry_g {value} exceeds sample_fresh_g {other}; a dry sample cannot weigh more than the fresh one.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="184" />
        <source>Table {table}, row {row}: layer_bottom_cm {value} must be deeper than layer_top_cm {other}.</source>
        <translation>Table {table}, row {row}: layer_bottom_cm {value} must be deeper than layer_top_cm {other}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="187" />
        <source>Table {table}, row {row}: the layer from {value} cm overlaps another layer of plot {other}; fix the layer depths.</source>
        <translation>Table {table}, row {row}: the layer from {value} cm overlaps another layer of plot {other}; fix the layer depths.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="190" />
        <source>Table {table}, row {row}: plot_id '{value}' is not in the plots layer; add the plot or correct the id.</source>
        <translation>Table {table}, row {row}: plot_id '{value}' is not in the plots layer; add the plot or correct the id.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="193" />
        <source>Table {table}, row {row}: species '{value}' has no parameters and its group has no default; add a row for it to the parameter table.</source>
        <translation>Table {table}, row {row}: species '{value}' has no parameters and its group has no default; add a row for it to the parameter table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="196" />
        <source>Table {table}, row {row}: give volume_m3, or both diameter_cm and length_m.</source>
        <translation>Table {table}, row {row}: give volume_m3, or both diameter_cm and length_m.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="198" />
        <source>Table {table}, row {row}: give soc_g_kg or som_g_kg.</source>
        <translation>Table {table}, row {row}: give soc_g_kg or som_g_kg.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="199" />
        <source>Table {table}, row {row}: species '{value}' uses the volume route but has no wd_t_m3 or bef; fill them in.</source>
        <translation>Table {table}, row {row}: species '{value}' uses the volume route but has no wd_t_m3 or bef; fill them in.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="207" />
        <source>{pool}: no measurements, default {value} t C/ha of object '{object}' used</source>
        <translation>{pool}: no measurements, default {value} t C/ha of object '{object}' used</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="209" />
        <source>{pool}: no measurements and no default for object '{object}'; set to 0</source>
        <translation>{pool}: no measurements and no default for object '{object}'; set to 0</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="210" />
        <source>soil: the default is for 0–{other} cm, not the 0–{value} cm reporting depth</source>
        <translation>soil: the default is for 0–{other} cm, not the 0–{value} cm reporting depth</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="212" />
        <source>soil: layers cover {value} cm of the 0–{other} cm reporting depth; the uncovered depth counts as 0 (not extrapolated)</source>
        <translation>soil: layers cover {value} cm of the 0–{other} cm reporting depth; the uncovered depth counts as 0 (not extrapolated)</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="215" />
        <source>soil: gravel_pct empty in {value} layer(s), taken as 0</source>
        <translation>soil: gravel_pct empty in {value} layer(s), taken as 0</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="216" />
        <source>deadwood: {value} piece(s) or standing dead tree(s) without decay class, taken as class 1 (sound)</source>
        <translation>deadwood: {value} piece(s) or standing dead tree(s) without decay class, taken as class 1 (sound)</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="219" />
        <source>trees: species '{value}' has no parameters of its own; group default '{other}' used</source>
        <translation>trees: species '{value}' has no parameters of its own; group default '{other}' used</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="221" />
        <source>deadwood: {value} piece(s) without a species wood density; default {other} t/m³ used</source>
        <translation>deadwood: {value} piece(s) without a species wood density; default {other} t/m³ used</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="238" />
        <source>… and {0} more problem(s).</source>
        <translation>… and {0} more problem(s).</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="239" />
        <source>Plot carbon cannot be computed; fix these values first:</source>
        <translation>Plot carbon cannot be computed; fix these values first:</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="282" />
        <source>{0}: {1} row(s) from the given table {2}.</source>
        <translation>{0}: {1} row(s) from the given table {2}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="287" />
        <source>Table {0} of GeoPackage {1} cannot be opened; check the file.</source>
        <translation>Table {0} of GeoPackage {1} cannot be opened; check the file.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="291" />
        <source>{0}: {1} row(s) from table {0} of the plots' GeoPackage {2}.</source>
        <translation>{0}: {1} row(s) from table {0} of the plots' GeoPackage {2}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="296" />
        <source>{0}: no table given or found; pool defaults apply.</source>
        <translation>{0}: no table given or found; pool defaults apply.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="306" />
        <source>Soil reporting depth: 0–{0:g} cm.</source>
        <translation>Soil reporting depth: 0–{0:g} cm.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="317" />
        <source>{0}: {1} row(s) from {2}.</source>
        <translation>{0}: {1} row(s) from {2}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="334" />
        <source>Parameters used and their sources:</source>
        <translation>Parameters used and their sources:</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="338" />
        <source>{0} plot(s) computed, {1} with warnings (see the warnings field).</source>
        <translation>{0} plot(s) computed, {1} with warnings (see the warnings field).</translation>
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
OUTPUT: the plots with agb, bgb, deadwood, litter, soil, total (t C/ha), total_co2e (t CO2e/ha), soil_depth_cm, method_&lt;pool&gt; (measurement route, measured_zero, default or none) and warnings.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="103" />
        <source>Point layer of sample plots with plot_id, object and plot_area_m2 (m²), normally the plots layer of a survey GeoPackage. Optional pools_surveyed: comma-separated survey tables searched on the plot (trees, shrub_herb, litter, deadwood, soil); a listed table without rows is a measured 0.</source>
        <translation>Point layer of sample plots with plot_id, object and plot_area_m2 (m²), normally the plots layer of a survey GeoPackage. Optional pools_surveyed: comma-separated survey tables searched on the plot (trees, shrub_herb, litter, deadwood, soil); a listed table without rows is a measured 0.</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="228" />
        <source>species {species}: overridden by {table} row {row}</source>
        <translation>species {species}: overridden by {table} row {row}</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="229" />
        <source>species {species}: added by {table} row {row}</source>
        <translation>species {species}: added by {table} row {row}</translation>
    </message>
    <message>
        <location filename="../processing_provider/plot_carbon.py" line="230" />
        <source>pool defaults: {count} row(s) from {table}</source>
        <translation>pool defaults: {count} row(s) from {table}</translation>
    </message>
</context>
<context>
    <name>StratumDensityAlgorithm</name>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="43" />
        <source>Stratum carbon density</source>
        <translation>Stratum carbon density</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="46" />
        <source>Parcel carbon metering</source>
        <translation>Parcel carbon metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="88" />
        <source>Plots (plot carbon densities)</source>
        <translation>Plots (plot carbon densities)</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="91" />
        <source>Plots with object, survey_year and agb, bgb, deadwood, litter, soil, total in t C/ha: the output of plot_carbon.</source>
        <translation>Plots with object, survey_year and agb, bgb, deadwood, litter, soil, total in t C/ha: the output of plot_carbon.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="95" />
        <source>Stratum field</source>
        <translation>Stratum field</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="105" />
        <source>Survey year (only plots of this year)</source>
        <translation>Survey year (only plots of this year)</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="109" />
        <source>When set, only plots whose survey_year equals this year are used; the chain computes one table for the base year and one for the target year.</source>
        <translation>When set, only plots whose survey_year equals this year are used; the chain computes one table for the base year and one for the target year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="113" />
        <source>Confidence level</source>
        <translation>Confidence level</translation>
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
        <translation>Two-sided confidence level of the half-width and U %: 90 % as CDM AR-TOOL14, 95 % as IPCC 2006 GL vol. 1 ch. 3.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="121" />
        <source>Default densities</source>
        <translation>Default densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="124" />
        <source>Optional default-density table for strata without plots: columns object, pool, mean (t C/ha), u_pct (%), source; or object plus the pool columns. Empty: the shipped table metering/data/default_density.csv.</source>
        <translation>Optional default-density table for strata without plots: columns object, pool, mean (t C/ha), u_pct (%), source; or object plus the pool columns. Empty: the shipped table metering/data/default_density.csv.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="129" />
        <source>Target precision (% of the mean)</source>
        <translation>Target precision (% of the mean)</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="133" />
        <source>Allowable error E in percent of the mean used for n_required, the number of plots a stratum needs (AR-TOOL03); 10 % is the usual target.</source>
        <translation>Allowable error E in percent of the mean used for n_required, the number of plots a stratum needs (AR-TOOL03); 10 % is the usual target.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="137" />
        <source>Stratum densities</source>
        <translation>Stratum densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="140" />
        <source>Table with one row per stratum and pool (densities in t C/ha).</source>
        <translation>Table with one row per stratum and pool (densities in t C/ha).</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="185" />
        <source>Layer {0} lacks the fields {1}: run plot_carbon first, its output has them.</source>
        <translation>Layer {0} lacks the fields {1}: run plot_carbon first, its output has them.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="150" />
        <source>Layer {0}, field object: these plots (feature id, object) are not metered objects of metering_objects.csv: {1}. Fix the object of these plots.</source>
        <translation>Layer {0}, field object: these plots (feature id, object) are not metered objects of metering_objects.csv: {1}. Fix the object of these plots.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="154" />
        <source>Layer {0}: these values (feature id or key, pool, value) are not numbers: {1}. Enter densities in t C/ha as numbers.</source>
        <translation>Layer {0}: these values (feature id or key, pool, value) are not numbers: {1}. Enter densities in t C/ha as numbers.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="157" />
        <source>Layer {0}: negative densities (feature id, pool, value): {1}. Densities in t C/ha cannot be negative; check the plot data.</source>
        <translation>Layer {0}: negative densities (feature id, pool, value): {1}. Densities in t C/ha cannot be negative; check the plot data.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="160" />
        <source>Default-density table {0} lacks these (object, pool) pairs: {1}. Add a row for each.</source>
        <translation>Default-density table {0} lacks these (object, pool) pairs: {1}. Add a row for each.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="163" />
        <source>Default-density table {0} needs a column object (or key) and either pool + mean or the pool columns; it has: {1}.</source>
        <translation>Default-density table {0} needs a column object (or key) and either pool + mean or the pool columns; it has: {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="165" />
        <source>Invalid input: {0}</source>
        <translation>Invalid input: {0}</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="188" />
        <source>Layer {0} has no field {1} (Stratum field); choose a field of the plots layer.</source>
        <translation>Layer {0} has no field {1} (Stratum field); choose a field of the plots layer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="193" />
        <source>Read {0} plots from {1}.</source>
        <translation>Read {0} plots from {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="198" />
        <source>{0} plots have survey_year {1}.</source>
        <translation>{0} plots have survey_year {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="200" />
        <source>No plot of layer {0} has survey_year {1}: every metered object takes its default density.</source>
        <translation>No plot of layer {0} has survey_year {1}: every metered object takes its default density.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="238" />
        <source>{0} strata with plots, {1} objects on default densities, confidence {2:g} %.</source>
        <translation>{0} strata with plots, {1} objects on default densities, confidence {2:g} %.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="243" />
        <source>Strata with a single plot (U % from the default table): {0}.</source>
        <translation>Strata with a single plot (U % from the default table): {0}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="247" />
        <source>Stratum {0}: {1} plots, {2} needed for ±{3:g} % at {4:g} %.</source>
        <translation>Stratum {0}: {1} plots, {2} needed for ±{3:g} % at {4:g} %.</translation>
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
        <translation>Computes the carbon density of each stratum and pool from plot densities (the output of plot_carbon): number of plots n, mean, standard deviation sd, standard error SE = sd/√n, confidence half-width = t × SE (Student's t, two-sided, df = n − 1) and U % = half-width / mean × 100, for the pools agb, bgb, deadwood, litter, soil and total, in t C/ha (Hubei spec ch. 6 and ch. 9; CDM AR-TOOL14). It also gives n_required, the number of plots needed for the target precision, n = (t × CV / E)² iterated on the degrees of freedom (AR-TOOL03 form).

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

Output: one row per stratum and pool with stratum, object, stratum_value, pool, n, mean, sd, se, half_width (t C/ha), u_pct (%), source (plots or default), n_required and note.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="99" />
        <source>Field whose values split each metering object into strata (e.g. county or stratum), for reporting and survey planning. Default: object, i.e. one stratum per metering object. With another field the output also keeps per-object rows (all plots pooled) for parcel_stock, which needs object or code keys.</source>
        <translation>Field whose values split each metering object into strata (e.g. county or stratum), for reporting and survey planning. Default: object, i.e. one stratum per metering object. With another field the output also keeps per-object rows (all plots pooled) for parcel_stock, which needs object or code keys.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="234" />
        <source>Pool values filled by plot_carbon (method default or none) are not counted as observations (pool, plots): {0}.</source>
        <translation>Pool values filled by plot_carbon (method default or none) are not counted as observations (pool, plots): {0}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/stratum_density.py" line="253" />
        <source>Stratified survey (AR-TOOL03, Neyman allocation, weights = share of the plots): {0} plots in total for ±{1:g} % of the stratified mean total density at {2:g} %; per stratum: {3}.</source>
        <translation>Stratified survey (AR-TOOL03, Neyman allocation, weights = share of the plots): {0} plots in total for ±{1:g} % of the stratified mean total density at {2:g} %; per stratum: {3}.</translation>
    </message>
</context>
<context>
    <name>UncertaintyAlgorithm</name>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="38" />
        <source>Uncertainty of stock and sink (IPCC Approach 1 and Monte Carlo)</source>
        <translation>Uncertainty of stock and sink (IPCC Approach 1 and Monte Carlo)</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="41" />
        <source>Parcel carbon metering</source>
        <translation>Parcel carbon metering</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="97" />
        <source>Parcel stock pieces</source>
        <translation>Parcel stock pieces</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="97" />
        <source>The pieces written by Parcel carbon stock: county, objects, keys, area_m2, c_base_&lt;pool&gt; and c_target_&lt;pool&gt; in t C, dc_per_year in t C/a.</source>
        <translation>The pieces written by Parcel carbon stock: county, objects, keys, area_m2, c_base_&lt;pool&gt; and c_target_&lt;pool&gt; in t C, dc_per_year in t C/a.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="104" />
        <source>Stratum densities</source>
        <translation>Stratum densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="104" />
        <source>Long table of stratum densities (stratum, pool, mean t C/ha, n, se, u_pct), matched to the pieces by base_key and target_key.</source>
        <translation>Long table of stratum densities (stratum, pool, mean t C/ha, n, se, u_pct), matched to the pieces by base_key and target_key.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="111" />
        <source>Target-year stratum densities</source>
        <translation>Target-year stratum densities</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="121" />
        <source>Area uncertainty (%)</source>
        <translation>Area uncertainty (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="121" />
        <source>Half the 95 % confidence interval of a cell's area (county x stratum change), in % of the area; the same area serves both years. Default from metering/data/uncertainty_defaults.csv.</source>
        <translation>Half the 95 % confidence interval of a cell's area (county x stratum change), in % of the area; the same area serves both years. Default from metering/data/uncertainty_defaults.csv.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="130" />
        <source>Monte Carlo iterations</source>
        <translation>Monte Carlo iterations</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="130" />
        <source>Number of Monte Carlo draws (IPCC Approach 2); 0 computes Approach 1 only.</source>
        <translation>Number of Monte Carlo draws (IPCC Approach 2); 0 computes Approach 1 only.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="137" />
        <source>Random seed</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="137" />
        <source>Seed of the random generator (numpy PCG64): the same seed gives the same results.</source>
        <translation>Seed of the random generator (numpy PCG64): the same seed gives the same results.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="144" />
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="144" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="144" />
        <source>Lognormal (same mean and sd)</source>
        <translation>Lognormal (same mean and sd)</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="144" />
        <source>Normal truncated at zero</source>
        <translation>Normal truncated at zero</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="144" />
        <source>Distribution of the relative density and area factors (mean 1, sd = U / 1.96).</source>
        <translation>Distribution of the relative density and area factors (mean 1, sd = U / 1.96).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="153" />
        <source>Apply the AR-TOOL14 conservative discount to the sink</source>
        <translation>Apply the AR-TOOL14 conservative discount to the sink</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="161" />
        <source>Base year</source>
        <translation>Base year</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="161" />
        <source>Base year t1; only needed when the pieces carry no base_year field and the interval cannot be read from dc_per_year.</source>
        <translation>Base year t1; only needed when the pieces carry no base_year field and the interval cannot be read from dc_per_year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="169" />
        <source>Target year</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="169" />
        <source>Metering year t2 (see Base year).</source>
        <translation>Metering year t2 (see Base year).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="176" />
        <source>Uncertainty table</source>
        <translation>Uncertainty table</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="176" />
        <source>One row per level, name and quantity with Approach 1 and Monte Carlo results.</source>
        <translation>One row per level, name and quantity with Approach 1 and Monte Carlo results.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="182" />
        <source>Histogram of the Monte Carlo total sink</source>
        <translation>Histogram of the Monte Carlo total sink</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="182" />
        <source>Optional table bin_low, bin_high (t CO2e/a), count of the Monte Carlo total sink (correlated case).</source>
        <translation>Optional table bin_low, bin_high (t CO2e/a), count of the Monte Carlo total sink (correlated case).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="199" />
        <source>Layer {0} is not a Parcel carbon stock output: fields {1} are missing. Run Parcel carbon stock first and use its OUTPUT as input.</source>
        <translation>Layer {0} is not a Parcel carbon stock output: fields {1} are missing. Run Parcel carbon stock first and use its OUTPUT as input.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="211" />
        <source>Layer {0}, field {1}, feature {2}: the value is not a number; correct or recompute it.</source>
        <translation>Layer {0}, field {1}, feature {2}: the value is not a number; correct or recompute it.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="219" />
        <source>Density table {0} needs the long layout of Stratum carbon density: fields stratum, pool, mean and n, se or u_pct.</source>
        <translation>Density table {0} needs the long layout of Stratum carbon density: fields stratum, pool, mean and n, se or u_pct.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="232" />
        <source>Density table {0} has no field {1}; use the Stratum carbon density output.</source>
        <translation>Density table {0} has no field {1}; use the Stratum carbon density output.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="235" />
        <source>Density table {0} lists stratum {1}, pool {2} more than once; keep one row.</source>
        <translation>Density table {0} lists stratum {1}, pool {2} more than once; keep one row.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="238" />
        <source>Density table {0}, feature {1} (stratum {2}, pool {3}): field {4} is empty or invalid; give a mean, and n &gt;= 2 with se or a u_pct &gt;= 0.</source>
        <translation>Density table {0}, feature {1} (stratum {2}, pool {3}): field {4} is empty or invalid; give a mean, and n &gt;= 2 with se or a u_pct &gt;= 0.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="248" />
        <source>Target year {0} must lie after base year {1}.</source>
        <translation>Target year {0} must lie after base year {1}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="260" />
        <source>No piece changes its stock: the sink is zero.</source>
        <translation>No piece changes its stock: the sink is zero.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="263" />
        <source>Interval t2 - t1 read from dc_per_year: {0:.3f} years.</source>
        <translation>Interval t2 - t1 read from dc_per_year: {0:.3f} years.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="266" />
        <source>The interval between the two years cannot be read from the pieces (fields base_year/target_year or a consistent dc_per_year); set Base year and Target year.</source>
        <translation>The interval between the two years cannot be read from the pieces (fields base_year/target_year or a consistent dc_per_year); set Base year and Target year.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="308" />
        <source>{0} pieces aggregated to {1} cell-pool terms ({2} pools).</source>
        <translation>{0} pieces aggregated to {1} cell-pool terms ({2} pools).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="316" />
        <source>Layer {0}: these keys and pools carry stock but have no row in the density table: {1}. Add them to the density table (stratum, pool) or recompute the stock with the same table.</source>
        <translation>Layer {0}: these keys and pools carry stock but have no row in the density table: {1}. Add them to the density table (stratum, pool) or recompute the stock with the same table.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="325" />
        <source>Monte Carlo: {0} iterations, seed {1}, distribution {2}.</source>
        <translation>Monte Carlo: {0} iterations, seed {1}, distribution {2}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="335" />
        <source>Total sink {0:.3f} t CO2e/a, Approach 1 U {1:.1f} %, Monte Carlo U {2:.1f} %.</source>
        <translation>Total sink {0:.3f} t CO2e/a, Approach 1 U {1:.1f} %, Monte Carlo U {2:.1f} %.</translation>
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
        <translation>Evaluates the uncertainty of the carbon stock of both years and of the sink, per county, per metering object, per pool and in total (Hubei spec ch. 9 and appendix E; IPCC 2006 Guidelines vol. 1 ch. 3). U is half the 95 % confidence interval in % of the estimate.

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

Outputs: OUTPUT, one row per level (county, object, pool, total), name and quantity (stock_base, stock_target in t C; sink, sink_independent in t CO2e/a) with estimate, u1_pct, mc_mean, mc_p2_5, mc_p97_5, u2_pct, u2_low_pct, u2_high_pct (asymmetric), discount_u_pct (the 90 % U used), discount_share, discount (t CO2e/a deducted) and conservative (estimate - discount). HISTOGRAM (optional): bin_low, bin_high (t CO2e/a) and count of the Monte Carlo total sink (correlated case).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="111" />
        <source>Optional separate density table for target_key; its densities are drawn independently of the base year. Give it when the target-year densities come from a separate plot sample; leave it empty when one table serves both years (the densities are then fully correlated between the years).</source>
        <translation>Optional separate density table for target_key; its densities are drawn independently of the base year. Give it when the target-year densities come from a separate plot sample; leave it empty when one table serves both years (the densities are then fully correlated between the years).</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="153" />
        <source>Deducts a share of the 90 % half-width from the sink by CDM AR-TOOL14, by the 90 % U: U &lt;= 10 % none, 10-15 % 25 %, 15-20 % 50 %, 20-30 % 75 %, &gt; 30 % all.</source>
        <translation>Deducts a share of the 90 % half-width from the sink by CDM AR-TOOL14, by the 90 % U: U &lt;= 10 % none, 10-15 % 25 %, 15-20 % 50 %, 20-30 % 75 %, &gt; 30 % all.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="295" />
        <source>{0} pieces present in one year only (change_flag 2 or 3, {1:.4f} ha) are left out of the stocks and the sink, as in the parcel_stock SUMMARY group all.</source>
        <translation>{0} pieces present in one year only (change_flag 2 or 3, {1:.4f} ha) are left out of the stocks and the sink, as in the parcel_stock SUMMARY group all.</translation>
    </message>
    <message>
        <location filename="../processing_provider/uncertainty.py" line="302" />
        <source>The pieces were metered with different base and target densities for the keys {0}, but only one density table (DENSITY) was given: the two years' densities are treated as fully correlated, which narrows the U of the sink. If the two years' densities come from two independent plot samples, pass the target-year table as TARGET_DENSITY.</source>
        <translation>The pieces were metered with different base and target densities for the keys {0}, but only one density table (DENSITY) was given: the two years' densities are treated as fully correlated, which narrows the U of the sink. If the two years' densities come from two independent plot samples, pass the target-year table as TARGET_DENSITY.</translation>
    </message>
</context>
<context>
    <name>overlay_engine</name>
    <message>
        <location filename="../processing_provider/overlay_engine.py" line="539" />
        <source>Cancelled by the user; no output was written.</source>
        <translation>Cancelled by the user; no output was written.</translation>
    </message>
    <message>
        <location filename="../processing_provider/overlay_engine.py" line="565" />
        <source>{0} parcels are unchanged in geometry and need no intersection.</source>
        <translation>{0} parcels are unchanged in geometry and need no intersection.</translation>
    </message>
</context>
<context>
    <name>report_layout</name>
    <message>
        <location filename="../processing_provider/report_layout.py" line="338" />
        <source>The PDF could not be written.</source>
        <translation>The PDF could not be written.</translation>
    </message>
</context>
</TS>