/**
 * The catalog importer: generates the province's procedure models from the National Public Service Portal export
 * {@code ../shared/data/tthc-catalog/procedure_details_tinh_xa.json} (read in place, never copied into the project).
 *
 * <pre>
 * mvn -B -q compile exec:java -Dexec.mainClass=vn.motcua.catalog.importer.CatalogImportCommand \
 *     -Dexec.args="--source ../shared/data/tthc-catalog [--out .] [--overwrite-edited] [--dry-run]"
 * </pre>
 * (add {@code -Dfrontend.skip=true} to skip the portal's npm build, which this command does not need).
 *
 * <p>For each province- or commune-level procedure it writes {@code processes/catalog/tthc-<code>.bpmn},
 * {@code decisions/catalog/authority-<code>.dmn} and {@code forms/catalog/form-<code>.form}, in the shape of the
 * hand-modelled ones, and {@code catalog-import-report.md} lists every value it could not take as written, what it did
 * instead, and its assumptions. Pieces: {@link vn.motcua.catalog.importer.TimeLimitParser},
 * {@link vn.motcua.catalog.importer.FeeParser}, {@link vn.motcua.catalog.importer.ImplementingLevel},
 * {@link vn.motcua.catalog.importer.DocumentListParser} read the export's strings;
 * {@link vn.motcua.catalog.importer.ProcedureInterpreter} turns a row into facts and issues;
 * {@link vn.motcua.catalog.importer.ProvincialDepartment} is the one place that routes province-level procedures (by
 * issuing ministry, illustrative unit codes); {@link vn.motcua.catalog.importer.GeneratedMarker} tells generated files
 * from hand-edited ones; {@link vn.motcua.catalog.importer.CatalogImporter} runs it all.
 */
package vn.motcua.catalog.importer;
