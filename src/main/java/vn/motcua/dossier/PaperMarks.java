package vn.motcua.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.problem.InvalidInputException;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Digitisation marks of a dossier's papers (DOMAIN.md "Electronic results and signatures": digitised and reused
 * components): for each paper, whether it was digitised (số hóa) and whether it was reused from data the state already
 * holds (tái sử dụng). The receiver marks them in the intake task, the applicant's choice of stored data on the portal
 * marks a paper reused; the counts per dossier are stored with the marks for the 766 index and the NPSP sync.
 */
@Service
public class PaperMarks {

    /** One paper's marks; a reused paper is digitised too (the state holds it electronically). */
    public record Mark(String paper, boolean digitised, boolean reused) {

        public Mark {
            digitised = digitised || reused;
        }
    }

    /** A dossier's counts: papers marked, of them digitised, of them reused. */
    public record Counts(int papers, int digitised, int reused) {

        public static final Counts NONE = new Counts(0, 0, 0);
    }

    static final int MAX_PAPER = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    PaperMarks(JdbcClient jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records the marks of these papers (a paper marked again takes its new marks) and the dossier's counts, in the
     * caller's transaction.
     *
     * @param source INTAKE or PORTAL
     * @throws InvalidInputException for a blank or over-long paper name; nothing is recorded
     */
    @Transactional
    public Counts record(UUID dossierId, List<Mark> marks, String source, String actor) {
        Map<String, Mark> byPaper = new LinkedHashMap<>();
        for (Mark m : marks) {
            if (m.paper() == null || m.paper().isBlank() || m.paper().strip().length() > MAX_PAPER) {
                throw new InvalidInputException("papers", "Tên giấy tờ được đánh dấu số hóa phải có, tối đa " + MAX_PAPER
                        + " ký tự", "A marked paper needs a name of at most " + MAX_PAPER + " characters");
            }
            byPaper.merge(m.paper().strip(), new Mark(m.paper().strip(), m.digitised(), m.reused()),
                    (a, b) -> new Mark(a.paper(), a.digitised() || b.digitised(), a.reused() || b.reused()));
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        // one marking of a dossier at a time (the receiver at intake and the applicant on the portal, on two nodes):
        // each replaces rows the other may be replacing too
        jdbc.sql("select id from dossier where id = :d for update").param("d", dossierId).query(UUID.class).optional();
        for (Mark m : byPaper.values()) {
            jdbc.sql("delete from dossier_paper_mark where dossier_id = :d and paper = :p")
                    .param("d", dossierId).param("p", m.paper()).update();
            jdbc.sql("""
                            insert into dossier_paper_mark (dossier_id, paper, digitised, reused, source, marked_by, marked_at)
                            values (:d, :p, :dig, :reu, :src, :by, :at)""")
                    .param("d", dossierId).param("p", m.paper()).param("dig", m.digitised()).param("reu", m.reused())
                    .param("src", source).param("by", actor).param("at", now).update();
        }
        Counts counts = jdbc.sql("""
                        select count(*), sum(case when digitised then 1 else 0 end), sum(case when reused then 1 else 0 end)
                        from dossier_paper_mark where dossier_id = :d""")
                .param("d", dossierId).query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
        if (jdbc.sql("update dossier_digitisation set papers = :p, digitised = :dig, reused = :reu, updated_at = :at where dossier_id = :d")
                .param("p", counts.papers()).param("dig", counts.digitised()).param("reu", counts.reused())
                .param("at", now).param("d", dossierId).update() == 0) {
            jdbc.sql("insert into dossier_digitisation (dossier_id, papers, digitised, reused, updated_at) values (:d, :p, :dig, :reu, :at)")
                    .param("p", counts.papers()).param("dig", counts.digitised()).param("reu", counts.reused())
                    .param("at", now).param("d", dossierId).update();
        }
        events.publishEvent(new PapersMarked(dossierId));
        return counts;
    }

    @Transactional(readOnly = true)
    public Counts counts(UUID dossierId) {
        return jdbc.sql("select papers, digitised, reused from dossier_digitisation where dossier_id = :d")
                .param("d", dossierId).query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .optional().orElse(Counts.NONE);
    }

    /** The dossier's marks by paper name, in name order. */
    @Transactional(readOnly = true)
    public List<Mark> marks(UUID dossierId) {
        return jdbc.sql("select paper, digitised, reused from dossier_paper_mark where dossier_id = :d order by paper")
                .param("d", dossierId).query((rs, n) -> new Mark(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)))
                .list();
    }

    /** The counts of those of these dossiers that have marks (766 counters: a page of dossiers at a time). */
    @Transactional(readOnly = true)
    public Map<UUID, Counts> counts(Collection<UUID> dossierIds) {
        Map<UUID, Counts> out = new java.util.HashMap<>();
        List<UUID> ids = new ArrayList<>(dossierIds);
        for (int i = 0; i < ids.size(); i += 500) {
            jdbc.sql("select dossier_id, papers, digitised, reused from dossier_digitisation where dossier_id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
                    .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Counts(rs.getInt(2), rs.getInt(3), rs.getInt(4))))
                    .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }
}
