package vn.motcua.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An administrative procedure (TTHC) of the province's catalog, read from its model in {@code processes/}.
 *
 * @param code        national code, e.g. {@code 1.001193}
 * @param level       {@code COMMUNE} or {@code PROVINCE}: who settles it
 * @param processKey  the BPMN process that runs a dossier of this procedure
 * @param decisionKey the DMN decision that routes a dossier to the competent agency
 */
public record Procedure(
        String code,
        String name,
        String field,
        String level,
        String agency,
        String processKey,
        String decisionKey,
        String intakeFormKey,
        Map<Channel, ChannelTerms> terms,
        List<String> documents,
        List<FormField> fields) {

    public Optional<ChannelTerms> termsFor(Channel channel) {
        return Optional.ofNullable(terms.get(channel));
    }
}
