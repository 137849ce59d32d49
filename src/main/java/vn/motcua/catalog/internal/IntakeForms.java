package vn.motcua.catalog.internal;

import vn.motcua.catalog.Procedure;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The intake forms themselves (Camunda Forms), as the portal renders them with the form-js viewer: the latest deployed
 * version of the very model the analysts edit and the submission is checked against.
 */
@Component
class IntakeForms {

    private final CatalogTables tables;

    IntakeForms(CatalogTables tables) {
        this.tables = tables;
    }

    /** The form schema of the procedure's start event, or empty if the procedure has none. */
    Optional<JsonNode> of(Procedure procedure) {
        String key = procedure.intakeFormKey();
        return key == null ? Optional.empty() : tables.form(key);
    }
}
