/**
 * The province's procedure catalog as the running application knows it: each procedure's published facts (name,
 * field, level, limits and fees per {@link vn.motcua.catalog.Channel}, intake form fields) read from the metadata of
 * its models ({@link vn.motcua.catalog.ProcedureCatalog}), served at {@code /api/v1/procedures} and used by submission,
 * slips and deadlines. {@link vn.motcua.catalog.ProcessVariables} is the models' shared variable vocabulary: it belongs
 * to the models, so that the engine adapter, the validator and the importer all read it from here.
 */
package vn.motcua.catalog;
