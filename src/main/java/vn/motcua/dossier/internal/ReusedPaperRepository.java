package vn.motcua.dossier.internal;

import vn.motcua.dossier.ReusedPaper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** Plain SQL over {@code dossier_reused_paper}: the required documents a dossier reuses from what the state holds. */
@Repository
public class ReusedPaperRepository {

    private final JdbcClient jdbc;

    ReusedPaperRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID dossierId, ReusedPaper paper) {
        jdbc.sql("""
                insert into dossier_reused_paper (dossier_id, document_key, paper, source_dossier_code, result_document_id,
                  result_sha256, reused_at)
                values (:dossier, :key, :paper, :source, :result, :sha, :at)""")
                .param("dossier", dossierId).param("key", paper.documentKey()).param("paper", paper.paper())
                .param("source", paper.sourceDossierCode()).param("result", paper.resultDocumentId())
                .param("sha", paper.resultSha256()).param("at", Timestamp.valueOf(paper.reusedAt())).update();
    }

    public List<ReusedPaper> list(UUID dossierId) {
        return jdbc.sql("""
                        select document_key, paper, source_dossier_code, result_document_id, result_sha256, reused_at
                        from dossier_reused_paper where dossier_id = :dossier order by document_key""")
                .param("dossier", dossierId)
                .query((rs, n) -> new ReusedPaper(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getTimestamp(6).toLocalDateTime()))
                .list();
    }
}
