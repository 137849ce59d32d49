package vn.motcua.feedback.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.ApplicantProof;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.feedback.ComplaintWorkflow;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.NotFoundException;
import vn.motcua.problem.RuleViolationException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A complaint or recommendation as the sender files it: about their dossier (with the tracking proof, dossier code and
 * ID number) or about a procedure of the catalog (with their ID number, the proof to read the answer later); stored,
 * then its own process started in the same transaction.
 */
@Service
class ComplaintIntake {

    enum Kind { COMPLAINT, RECOMMENDATION }

    /** The sender's view of the answer (766 indicator 5.3 counts the answers rated not satisfied). */
    enum AnswerRating { SATISFIED, NOT_SATISFIED }

    record Filed(String code, String kind, String subject, String dossierCode, String procedureCode, String content,
                 LocalDateTime receivedAt, String unitCode, LocalDateTime dueAt, String answer, LocalDateTime answeredAt,
                 String answerRating, LocalDateTime answerRatedAt) {

        /** ANSWERED, or WAITING while the unit has not answered. */
        @com.fasterxml.jackson.annotation.JsonProperty("state")
        public String state() {
            return answeredAt == null ? "WAITING" : "ANSWERED";
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final JdbcClient jdbc;
    private final DossierQueries dossiers;
    private final ProcedureCatalog catalog;
    private final ComplaintWorkflow workflow;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ComplaintIntake(JdbcClient jdbc, DossierQueries dossiers, ProcedureCatalog catalog, ComplaintWorkflow workflow,
                    Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** About the sender's dossier (404 as tracking for a wrong proof). */
    @Transactional
    Filed aboutDossier(ApplicantProof proof, Kind kind, String content) {
        Dossier d = dossiers.forApplicant(proof).dossier();
        Filed filed = file(kind, "DOSSIER", d, d.procedureCode(), d.applicantName(), d.applicantIdNumber(),
                d.applicantEmail(), d.applicantPhone(), content, "Hồ sơ " + d.code() + " (" + d.procedureName() + ")");
        events.publishEvent(new vn.motcua.feedback.DossierFeedbackGiven(d.id()));
        return filed;
    }

    /** About a procedure of the catalog. */
    @Transactional
    Filed aboutProcedure(String procedureCode, Kind kind, String name, String idNumber, String email, String phone,
                         String content) {
        var procedure = catalog.find(procedureCode).orElseThrow(() -> new InvalidInputException("procedureCode",
                "Không có thủ tục mã " + procedureCode, "No procedure with code " + procedureCode));
        return file(kind, "PROCEDURE", null, procedure.code(), name.strip(), idNumber, email, phone, content,
                "Thủ tục " + procedure.name() + " (mã " + procedure.code() + ")");
    }

    private Filed file(Kind kind, String subject, Dossier d, String procedureCode, String name, String idNumber,
                       String email, String phone, String content, String about) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql("update complaint_counter set last_value = last_value + 1 where id = 1").update();
        long n = jdbc.sql("select last_value from complaint_counter where id = 1").query(Long.class).single();
        String code = "PAKN-" + DAY.format(now) + "-" + String.format("%06d", n);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into complaint (id, code, kind, subject, dossier_id, dossier_code, procedure_code, sender_name,
                            sender_id_number, sender_email, sender_phone, content, received_at)
                        values (:id, :code, :kind, :subject, :dossier, :dossierCode, :procedure, :name, :idNumber, :email,
                            :phone, :content, :now)""")
                .param("id", id).param("code", code).param("kind", kind.name()).param("subject", subject)
                .param("dossier", d == null ? null : d.id()).param("dossierCode", d == null ? null : d.code())
                .param("procedure", procedureCode).param("name", name).param("idNumber", idNumber)
                .param("email", blankToNull(email)).param("phone", blankToNull(phone)).param("content", content.strip())
                .param("now", Timestamp.valueOf(now)).update();
        String instance = workflow.start(id, code, subject, about, content.strip());
        jdbc.sql("update complaint set process_instance_id = :pi where id = :id").param("pi", instance).param("id", id).update();
        return find(code, idNumber);
    }

    /** One complaint by its code and the sender's ID number; the same 404 for a wrong pair as for an unknown code. */
    @Transactional(readOnly = true)
    Filed find(String code, String idNumber) {
        return jdbc.sql("select * from complaint where code = :code and sender_id_number = :id")
                .param("code", code).param("id", idNumber).query(ComplaintIntake::row).optional()
                .orElseThrow(() -> new NotFoundException("complaint", code, "Không tìm thấy phản ánh, kiến nghị " + code
                        + " với số định danh đã nhập", "No complaint " + code + " with that ID number"));
    }

    /**
     * The sender rates the answer, once, after it was given; the same 404 as {@link #find} for a wrong pair.
     *
     * @throws RuleViolationException not answered yet, or already rated; nothing changes
     */
    @Transactional
    Filed rateAnswer(String code, String idNumber, AnswerRating rating) {
        Filed filed = find(code, idNumber);
        if (filed.answeredAt() == null) {
            throw new RuleViolationException("Phản ánh, kiến nghị " + code
                    + " chưa được trả lời: chỉ đánh giá được sau khi có câu trả lời",
                    "Complaint " + code + " has not been answered yet: the answer can be rated once it is given");
        }
        int changed = jdbc.sql("""
                        update complaint set answer_rating = :r, answer_rated_at = :now
                        where code = :code and sender_id_number = :id and answer_rating is null""")
                .param("r", rating.name())
                .param("now", Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)))
                .param("code", code).param("id", idNumber).update();
        if (changed == 0) {
            throw new RuleViolationException("Câu trả lời cho phản ánh, kiến nghị " + code + " đã được đánh giá",
                    "The answer to complaint " + code + " has already been rated");
        }
        return find(code, idNumber);
    }

    /** The complaints about the applicant's dossier, oldest first (404 as tracking for a wrong proof). */
    @Transactional(readOnly = true)
    List<Filed> aboutDossier(ApplicantProof proof) {
        Dossier d = dossiers.forApplicant(proof).dossier();
        return jdbc.sql("select * from complaint where dossier_id = :d order by received_at, code").param("d", d.id())
                .query(ComplaintIntake::row).list();
    }

    private static Filed row(ResultSet rs, int n) throws SQLException {
        return new Filed(rs.getString("code"), rs.getString("kind"), rs.getString("subject"), rs.getString("dossier_code"),
                rs.getString("procedure_code"), rs.getString("content"), time(rs, "received_at"), rs.getString("unit_code"),
                time(rs, "due_at"), rs.getString("answer"), time(rs, "answered_at"),
                rs.getString("answer_rating"), time(rs, "answer_rated_at"));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
