package vn.motcua.integration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the National Public Service Portal has received: which dossiers have at least one DongBoHoSoMC snapshot the NPSP
 * accepted (indicator 1.4 of the 766 index, "Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia").
 */
@Service
@Transactional(readOnly = true)
public class NpspSyncLedger {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;

    NpspSyncLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of these dossiers the NPSP has received a snapshot of (the 766 counters: a page of dossiers at a time). */
    public java.util.Set<UUID> synced(Collection<UUID> dossierIds) {
        List<UUID> ids = List.copyOf(dossierIds);
        java.util.Set<UUID> out = new java.util.HashSet<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            out.addAll(jdbc.sql("""
                            select distinct dossier_id from npsp_outbox
                            where service = 'DongBoHoSoMC' and state = 'SENT' and dossier_id in (:ids)""")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + BATCH))).query(UUID.class).list());
        }
        return out;
    }
}
