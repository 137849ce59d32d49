package vn.motcua.result.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.result.ResultDocument;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/** Table {@code result_document}: one current document per dossier (DRAFT or SIGNED), older drafts REPLACED. */
@Repository
public class ResultStore {

    private static final String COLUMNS = """
            id, dossier_id, dossier_code, title, file_name, origin, state, sha256, issued_by, issued_at, signed_by,
            signer_unit_code, certificate_subject, signed_at""";

    private final JdbcClient jdbc;

    ResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ResultDocument saveDraft(UUID dossierId, String dossierCode, String title, String fileName, String origin,
                                    byte[] pdf, String officer, LocalDateTime now) {
        jdbc.sql("update result_document set state = 'REPLACED' where dossier_id = :d and state = 'DRAFT'")
                .param("d", dossierId).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into result_document (id, dossier_id, dossier_code, title, file_name, origin, state, content,
                            sha256, issued_by, issued_at)
                        values (:id, :d, :code, :title, :file, :origin, 'DRAFT', :content, :sha, :by, :at)""")
                .param("id", id).param("d", dossierId).param("code", dossierCode).param("title", cut(title, 500))
                .param("file", fileName).param("origin", origin).param("content", pdf).param("sha", sha256(pdf))
                .param("by", officer).param("at", Timestamp.valueOf(now))
                .update();
        return find(id).orElseThrow();
    }

    /** The signed bytes take the draft's place; only a DRAFT is signed (a second signing of one draft finds none). */
    public ResultDocument markSigned(UUID id, byte[] signed, String leader, String unitCode, String subject,
                                     LocalDateTime now) {
        int updated = jdbc.sql("""
                        update result_document set state = 'SIGNED', content = :content, sha256 = :sha, signed_by = :by,
                            signer_unit_code = :unit, certificate_subject = :subject, signed_at = :at
                        where id = :id and state = 'DRAFT'""")
                .param("content", signed).param("sha", sha256(signed)).param("by", leader).param("unit", unitCode)
                .param("subject", cut(subject, 500)).param("at", Timestamp.valueOf(now)).param("id", id)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Result document " + id + " is no longer a draft");
        }
        return find(id).orElseThrow();
    }

    public Optional<ResultDocument> current(UUID dossierId) {
        return jdbc.sql("select " + COLUMNS + " from result_document where dossier_id = :d and state in ('DRAFT', 'SIGNED') "
                        + "order by issued_at desc, id fetch first 1 rows only")
                .param("d", dossierId).query(ResultStore::row).optional();
    }

    public Optional<ResultDocument> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from result_document where id = :id").param("id", id)
                .query(ResultStore::row).optional();
    }

    public byte[] content(UUID id) {
        return jdbc.sql("select content from result_document where id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResultDocument row(ResultSet rs, int n) throws SQLException {
        return new ResultDocument(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_code"), rs.getString("title"), rs.getString("file_name"), rs.getString("origin"),
                rs.getString("state"), rs.getString("sha256"), rs.getString("issued_by"), local(rs.getTimestamp("issued_at")),
                rs.getString("signed_by"), rs.getString("signer_unit_code"), rs.getString("certificate_subject"),
                local(rs.getTimestamp("signed_at")));
    }

    private static LocalDateTime local(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
