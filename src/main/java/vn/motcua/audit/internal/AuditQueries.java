package vn.motcua.audit.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reading the audit trail, newest first, for auditors. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param from inclusive, may be null
     * @param to   exclusive, may be null
     */
    public List<AuditEntry> find(Filter filter, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor, action, target_type, target_id, unit_code, detail, client_address
                from audit_event where 1 = 1""");
        List<Object> params = new ArrayList<>();
        condition(sql, params, " and actor = ?", filter.actor());
        condition(sql, params, " and target_id = ?", filter.target());
        condition(sql, params, " and target_type = ?", filter.targetType());
        condition(sql, params, " and action = ?", filter.action());
        condition(sql, params, " and unit_code = ?", filter.unit());
        condition(sql, params, " and occurred_at >= ?", filter.from() == null ? null : Timestamp.valueOf(filter.from()));
        condition(sql, params, " and occurred_at < ?", filter.to() == null ? null : Timestamp.valueOf(filter.to()));
        sql.append(" order by id desc fetch first ? rows only");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(AuditQueries::entry).list();
    }

    public record Filter(String actor, String target, String targetType, String action, String unit,
                         LocalDateTime from, LocalDateTime to) {
    }

    private static void condition(StringBuilder sql, List<Object> params, String clause, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            sql.append(clause);
            params.add(value);
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toLocalDateTime(), rs.getString("actor"),
                rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"), rs.getString("unit_code"),
                rs.getString("detail"), rs.getString("client_address"));
    }
}
