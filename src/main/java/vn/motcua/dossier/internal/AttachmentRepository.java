package vn.motcua.dossier.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL over {@code dossier_attachment}; the bytes are read only when a file is downloaded. */
@Repository
public class AttachmentRepository {

    private static final String META = "id, file_name, content_type, size_bytes, sha256, uploaded_at, document_key";

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID dossierId, int position, DossierAttachment a, byte[] content) {
        jdbc.sql("""
                insert into dossier_attachment (id, dossier_id, position, file_name, content_type, size_bytes, sha256,
                  content, uploaded_at, document_key)
                values (:id, :dossier, :position, :name, :type, :size, :sha, :content, :at, :document)""")
                .param("id", a.id()).param("dossier", dossierId).param("position", position)
                .param("name", a.fileName()).param("type", a.contentType()).param("size", a.sizeBytes())
                .param("sha", a.sha256()).param("content", content).param("at", Timestamp.valueOf(a.uploadedAt()))
                .param("document", a.documentKey()).update();
    }

    public List<DossierAttachment> list(UUID dossierId) {
        return jdbc.sql("select " + META + " from dossier_attachment where dossier_id = :dossier order by position")
                .param("dossier", dossierId).query(AttachmentRepository::attachment).list();
    }

    Optional<DossierAttachment> find(UUID dossierId, UUID id) {
        return jdbc.sql("select " + META + " from dossier_attachment where dossier_id = :dossier and id = :id")
                .param("dossier", dossierId).param("id", id).query(AttachmentRepository::attachment).optional();
    }

    byte[] content(UUID id) {
        return jdbc.sql("select content from dossier_attachment where id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private static DossierAttachment attachment(ResultSet rs, int row) throws SQLException {
        return new DossierAttachment(rs.getObject("id", UUID.class), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getTimestamp("uploaded_at").toLocalDateTime(), rs.getString("document_key"));
    }
}
