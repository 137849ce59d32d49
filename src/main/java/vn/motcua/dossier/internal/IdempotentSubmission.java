package vn.motcua.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

import vn.motcua.problem.InvalidInputException;
import vn.motcua.security.Officer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A submission with an {@code Idempotency-Key} header (IETF draft "The Idempotency-Key HTTP Header Field"): the
 * key is claimed in the submission's own transaction, so a retried POST (the answer was lost, the app answered 503,
 * the applicant pressed twice) gets the first attempt's 201 answer again instead of a second dossier. The same key
 * with a different submission is refused (422). Two attempts at once, on one node or two, meet at the key's primary
 * key: the second waits until the first commits and then replays its answer (PostgreSQL), or is told to retry (409).
 * A key belongs to its caller (an officer, or "applicant" for anonymous online submissions) and is kept a day.
 */
@Component
class IdempotentSubmission {

    static final URI KEY_REUSED = URI.create("urn:motcua:problem:idempotency-key-reused");
    static final URI IN_PROGRESS = URI.create("urn:motcua:problem:idempotency-key-in-progress");
    private static final String ANONYMOUS = "applicant";
    private static final Duration KEPT = Duration.ofDays(1);

    private final DossierSubmission submission;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final ObjectMapper canonical;
    private final Clock clock;

    IdempotentSubmission(DossierSubmission submission, JdbcClient jdbc, PlatformTransactionManager transactions,
                         ObjectMapper json, Clock clock) {
        this.submission = submission;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        this.clock = clock;
    }

    /** @param replayed the answer of an earlier attempt with the same key; nothing was made now */
    record Outcome(SubmittedDossier dossier, boolean replayed) {
    }

    Outcome submit(String key, SubmitDossier command, Optional<Officer> officer) {
        if (key == null) {
            return new Outcome(submission.submit(command, officer), false);
        }
        checkFormat(key);
        String caller = officer.map(Officer::userId).orElse(ANONYMOUS);
        String fingerprint = fingerprint(command);
        Optional<Earlier> earlier = find(caller, key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        try {
            SubmittedDossier made = transaction.execute(tx -> {
                // first, so that a second attempt with the key waits here, before anything is numbered or asked
                jdbc.sql("insert into submission_key (caller, idempotency_key, fingerprint, created_at)"
                                + " values (:caller, :key, :fingerprint, :now)")
                        .param("caller", caller).param("key", key).param("fingerprint", fingerprint)
                        .param("now", LocalDateTime.now(clock)).update();
                SubmittedDossier dossier = submission.submit(command, officer);
                jdbc.sql("update submission_key set dossier_id = :dossier, response = :response"
                                + " where caller = :caller and idempotency_key = :key")
                        .param("dossier", dossier.dossierId()).param("response", write(dossier))
                        .param("caller", caller).param("key", key).update();
                return dossier;
            });
            return new Outcome(made, false);
        } catch (DuplicateKeyException raced) {
            return replay(find(caller, key).orElseThrow(IdempotentSubmission::inProgress), fingerprint);
        }
    }

    /** Keys older than a day go; a retry that late is a new submission. Every node may run it. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOldKeys() {
        jdbc.sql("delete from submission_key where created_at < :before")
                .param("before", LocalDateTime.now(clock).minus(KEPT)).update();
    }

    private Outcome replay(Earlier earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    "Khóa Idempotency-Key này đã dùng cho một hồ sơ khác; mỗi hồ sơ mới cần một khóa mới / This "
                            + "Idempotency-Key was used for a different submission; a new dossier needs a new key");
            problem.setType(KEY_REUSED);
            problem.setTitle("Khóa Idempotency-Key đã dùng / Idempotency-Key already used");
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem, null);
        }
        try {
            return new Outcome(json.readValue(earlier.response(), SubmittedDossier.class), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored answer of an idempotent submission is unreadable", e);
        }
    }

    private Optional<Earlier> find(String caller, String key) {
        return jdbc.sql("select fingerprint, response from submission_key where caller = :caller and idempotency_key = :key")
                .param("caller", caller).param("key", key)
                .query((rs, n) -> new Earlier(rs.getString(1), rs.getString(2))).optional();
    }

    private static ErrorResponseException inProgress() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Một yêu cầu khác với cùng khóa Idempotency-Key đang được xử lý; hãy thử lại sau giây lát / Another "
                        + "request with this Idempotency-Key is in progress; try again in a moment");
        problem.setType(IN_PROGRESS);
        problem.setTitle("Yêu cầu đang được xử lý / Request in progress");
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }

    private static void checkFormat(String key) {
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInputException("Idempotency-Key", "Khóa phải có 1–255 ký tự ASCII in được, không có "
                    + "khoảng trắng (ví dụ một UUID)", "The key must be 1–255 printable ASCII characters without spaces "
                    + "(a UUID, for instance)");
        }
    }

    /** SHA-256 of the submission as data (map keys sorted, files by name and content hash), not of its bytes. */
    private String fingerprint(SubmitDossier command) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("procedureCode", command.procedureCode());
        data.put("applicant", command.applicant());
        data.put("receivingUnitCode", command.receivingUnitCode());
        data.put("channel", command.channel());
        data.put("formData", command.formData());
        List<List<String>> files = command.attachments().stream()
                .map(a -> List.of(String.valueOf(a.fileName()), HexFormat.of().formatHex(sha256(a.content())),
                        String.valueOf(a.documentKey()))).toList();
        data.put("attachments", files);
        if (!command.reusedPapers().isEmpty()) {
            // only when there are some, so a submission without reused papers keeps the fingerprint it always had
            data.put("reusedPapers", command.reusedPapers().stream().map(r -> List.of(r.documentKey(), r.dossierCode())).toList());
        }
        try {
            return HexFormat.of().formatHex(sha256(canonical.writeValueAsBytes(data)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(SubmittedDossier dossier) {
        try {
            return json.writeValueAsString(dossier);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Earlier(String fingerprint, String response) {
    }
}
