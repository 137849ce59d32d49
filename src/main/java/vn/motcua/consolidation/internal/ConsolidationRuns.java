package vn.motcua.consolidation.internal;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The runs of the import and what became of each line: the checkpoint and the report. */
@Repository
class ConsolidationRuns {

    private static final String INSERT_RECORD = "insert into consolidation_record (run_id, line_no, dossier_code, "
            + "old_province_code, status, outcome, kind, reason) values (:run, :line, :code, :province, :status, :outcome, :kind, :reason)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    ConsolidationRuns(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** What became of one line, to be written with the others of its batch. */
    record LineOutcome(long lineNo, String code, String oldProvince, int status, DossierImport.Result result) {
    }

    record Run(UUID id, String fileName, String fileSha256, boolean dryRun, LocalDateTime startedAt,
               LocalDateTime finishedAt, long linesDone, String startedBy) {
    }

    /** The unfinished real run of this file, which a new run resumes instead of starting over. */
    Optional<Run> unfinished(String fileSha256) {
        return jdbc.sql(SELECT + " where file_sha256 = :hash and finished_at is null and dry_run = false order by started_at desc")
                .param("hash", fileSha256).query(ConsolidationRuns::run).stream().findFirst();
    }

    Optional<Run> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ConsolidationRuns::run).optional();
    }

    List<Run> recent(int limit) {
        return jdbc.sql(SELECT + " order by started_at desc").query(ConsolidationRuns::run).stream().limit(limit).toList();
    }

    void start(Run run) {
        jdbc.sql("insert into consolidation_run (id, file_name, file_sha256, dry_run, started_at, lines_done, started_by) "
                        + "values (:id, :name, :hash, :dry, :at, 0, :by)")
                .param("id", run.id()).param("name", run.fileName()).param("hash", run.fileSha256()).param("dry", run.dryRun())
                .param("at", Timestamp.valueOf(run.startedAt())).param("by", run.startedBy()).update();
    }

    void record(UUID runId, long lineNo, String code, String oldProvince, int status, DossierImport.Result result) {
        recordAll(runId, List.of(new LineOutcome(lineNo, code, oldProvince, status, result)));
    }

    /** The outcomes of a batch's lines in one batched statement. */
    void recordAll(UUID runId, List<LineOutcome> lines) {
        if (lines.isEmpty()) {
            return;
        }
        batches.batchUpdate(INSERT_RECORD, lines.stream().map(l -> new MapSqlParameterSource()
                .addValue("run", runId).addValue("line", l.lineNo()).addValue("code", l.code() == null ? null : cut(l.code(), 60))
                .addValue("province", l.oldProvince() == null || l.oldProvince().length() > 2 ? "??" : l.oldProvince())
                .addValue("status", l.status()).addValue("outcome", l.result().outcome().name())
                .addValue("kind", l.result().kind())
                .addValue("reason", l.result().reason() == null ? null : cut(l.result().reason(), 1000)))
                .toArray(MapSqlParameterSource[]::new));
    }

    void checkpoint(UUID runId, long linesDone) {
        jdbc.sql("update consolidation_run set lines_done = :done where id = :id").param("done", linesDone).param("id", runId).update();
    }

    void finish(UUID runId, LocalDateTime at) {
        jdbc.sql("update consolidation_run set finished_at = :at where id = :id").param("at", Timestamp.valueOf(at))
                .param("id", runId).update();
    }

    /** One row of the report: lines of an old province and status by outcome. */
    record Count(String oldProvinceCode, int status, String outcome, String kind, long lines) {
    }

    List<Count> counts(UUID runId) {
        return jdbc.sql("""
                        select old_province_code, status, outcome, kind, count(*) from consolidation_record where run_id = :run
                        group by old_province_code, status, outcome, kind order by old_province_code, status, outcome, kind""")
                .param("run", runId)
                .query((rs, n) -> new Count(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5))).list();
    }

    record Rejection(long lineNo, String dossierCode, String oldProvinceCode, String reason) {
    }

    List<Rejection> rejections(UUID runId, int limit) {
        return jdbc.sql("select line_no, dossier_code, old_province_code, reason from consolidation_record "
                        + "where run_id = :run and outcome = 'REJECTED' order by line_no")
                .param("run", runId).query((rs, n) -> new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).stream().limit(limit).toList();
    }

    private static final String SELECT = "select id, file_name, file_sha256, dry_run, started_at, finished_at, lines_done, "
            + "started_by from consolidation_run";

    private static Run run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp(6);
        return new Run(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                rs.getTimestamp(5).toLocalDateTime(), finished == null ? null : finished.toLocalDateTime(), rs.getLong(7),
                rs.getString(8));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
