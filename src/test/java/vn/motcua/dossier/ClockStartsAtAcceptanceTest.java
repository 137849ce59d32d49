package vn.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.internal.DossierRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The clock of an online (or postal) dossier starts when the complete dossier is accepted, not when it was sent
 * (Decree 118/2025/NĐ-CP): the due date is counted again from the acceptance. At the counter the dossier is checked
 * as it is handed in, so its due date stands.
 */
class ClockStartsAtAcceptanceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Sent on Friday evening, accepted on Tuesday morning. */
    private static final LocalDateTime SENT = LocalDateTime.of(2026, 3, 6, 20, 0);
    private static final LocalDateTime ACCEPTED = LocalDateTime.of(2026, 3, 10, 9, 0);
    private static final LocalDateTime DUE_FROM_SENDING = LocalDateTime.of(2026, 3, 13, 17, 0);
    private static final LocalDateTime DUE_FROM_ACCEPTANCE = LocalDateTime.of(2026, 3, 17, 9, 0);
    private static final TimeLimit FIVE_WORKING_DAYS = TimeLimit.parse("5WD");

    private final DossierRepository dossiers = mock(DossierRepository.class);
    private final WorkingCalendar calendar = mock(WorkingCalendar.class);
    private final ProcedureCatalog catalog = mock(ProcedureCatalog.class);
    private final DossierProgress progress = new DossierProgress(dossiers, calendar, mock(ApplicationEventPublisher.class),
            Clock.fixed(ACCEPTED.atZone(ZONE).toInstant(), ZONE), catalog);

    @Test
    void anOnlineDossiersDueDateIsCountedFromItsAcceptance() {
        UUID id = dossier(Channel.ONLINE);
        when(calendar.dueAt(ACCEPTED, FIVE_WORKING_DAYS)).thenReturn(DUE_FROM_ACCEPTANCE);

        progress.changeStatus(id, DossierStatus.ACCEPTED, "Kiểm tra, tiếp nhận hồ sơ", "tiepnhan");

        verify(dossiers).moveDueDate(id, DUE_FROM_ACCEPTANCE);
    }

    @Test
    void aPostalDossierToo() {
        UUID id = dossier(Channel.POSTAL);
        when(calendar.dueAt(ACCEPTED, FIVE_WORKING_DAYS)).thenReturn(DUE_FROM_ACCEPTANCE);

        progress.changeStatus(id, DossierStatus.ACCEPTED, "Kiểm tra, tiếp nhận hồ sơ", "tiepnhan");

        verify(dossiers).moveDueDate(id, DUE_FROM_ACCEPTANCE);
    }

    @Test
    void aCounterDossierKeepsTheDueDateOfItsReceipt() {
        UUID id = dossier(Channel.COUNTER);

        progress.changeStatus(id, DossierStatus.ACCEPTED, "Kiểm tra, tiếp nhận hồ sơ", "tiepnhan");

        verify(dossiers, never()).moveDueDate(eq(id), any());
    }

    private UUID dossier(Channel channel) {
        UUID id = UUID.randomUUID();
        when(dossiers.findById(id)).thenReturn(Optional.of(new Dossier(id, "H36.24781-260306-0001", "1.000001",
                "Thủ tục thử", "H36.24781", "H36.24781", channel, "079123456789", "Nguyễn Văn An", null, null,
                DossierStatus.NEW, SENT, DUE_FROM_SENDING, null, null, "{}", "pi-1")));
        when(dossiers.pausedAt(id)).thenReturn(Optional.empty());
        Map<Channel, ChannelTerms> terms = Map.of(channel, new ChannelTerms(channel, FIVE_WORKING_DAYS, 0));
        when(catalog.find("1.000001")).thenReturn(Optional.of(new Procedure("1.000001", "Thủ tục thử", "Thử", "COMMUNE",
                "Ủy ban nhân dân cấp xã", "tthc-1.000001", "authority-1.000001", "form-1.000001", terms, List.of(), List.of())));
        return id;
    }
}
