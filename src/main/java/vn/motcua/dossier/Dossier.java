package vn.motcua.dossier;

import vn.motcua.catalog.Channel;

import java.time.LocalDateTime;
import java.util.UUID;

/** A dossier (hồ sơ) as the project's own tables hold it. */
public record Dossier(
        UUID id,
        String code,
        String procedureCode,
        String procedureName,
        String receivingUnitCode,
        String handlingUnitCode,
        Channel channel,
        String applicantIdNumber,
        String applicantName,
        String applicantEmail,
        String applicantPhone,
        DossierStatus status,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime finishedAt,
        LocalDateTime returnedAt,
        String formData,
        String processInstanceId) {
}
