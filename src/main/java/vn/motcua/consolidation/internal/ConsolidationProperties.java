package vn.motcua.consolidation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * @param batchSize       lines settled per transaction: the checkpoint a killed run resumes from
 * @param progressEvery   a progress line in the log every so many lines
 * @param communeBodyKind the kind of body an old commune's People's Committee becomes (organisation's body kinds)
 * @param resumeAt        for a dossier in progress, by its status (TrangThaiHoSo), the step of the procedure's process
 *                        it continues at; a status not listed is finished and becomes history
 */
@ConfigurationProperties("motcua.consolidation")
record ConsolidationProperties(Integer batchSize, Integer progressEvery, String communeBodyKind,
                               Map<Integer, String> resumeAt) {

    ConsolidationProperties {
        batchSize = batchSize == null ? 200 : batchSize;
        progressEvery = progressEvery == null ? 10_000 : progressEvery;
        communeBodyKind = communeBodyKind == null ? "COMMUNE_PEOPLES_COMMITTEE" : communeBodyKind;
        resumeAt = resumeAt == null ? Map.of() : Map.copyOf(resumeAt);
    }
}
