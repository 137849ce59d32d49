/**
 * Offline tools for the build and the analysts, not part of the running application (no module depends on this one
 * and none of it is a bean): the catalog importer, which generates the province's procedure models from the National
 * Public Service Portal export {@code ../shared/data/tthc-catalog/procedure_details_tinh_xa.json} (read in place,
 * never copied into the project), and the whole-tree model check.
 *
 * <pre>
 * mvn -B -q compile exec:java -Dfrontend.skip=true -Dexec.mainClass=vn.motcua.importer.CatalogImportCommand \
 *     -Dexec.args="--source ../shared/data/tthc-catalog [--out .] [--overwrite-edited] [--dry-run]"
 * mvn -B -q compile exec:java -Dfrontend.skip=true -Dexec.mainClass=vn.motcua.importer.ValidateModelsCommand \
 *     [-Dexec.args="--root . --catalog ../shared/data/tthc-catalog"]
 * </pre>
 *
 * <p>For each province- or commune-level procedure the importer writes {@code processes/catalog/tthc-<code>.bpmn},
 * {@code decisions/catalog/authority-<code>.dmn} and {@code forms/catalog/form-<code>.form}, in the shape of the
 * hand-modelled ones, and {@code catalog-import-report.md} lists every value it could not take as written, what it did
 * instead, and its assumptions. Pieces (in {@code internal}): {@code TimeLimitParser}, {@code FeeParser},
 * {@code ImplementingLevel}, {@code DocumentListParser} read the export's strings; {@code ProcedureInterpreter} turns a
 * row into facts and issues; {@code ProvincialDepartment} routes province-level procedures; {@code GeneratedMarker}
 * tells generated files from hand-edited ones; {@code CatalogImporter} runs it all; {@code CatalogAgreement} checks
 * that generated models still agree with the export. The model check prints every finding of
 * {@link vn.motcua.modelvalidation.ModelValidator} over the whole tree and exits 1 if there is any.
 */
package vn.motcua.importer;
