package vn.motcua.integration.internal;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.dossier.DossierStatus;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code DanhSachLePhi} of the NPSP snapshot: a fee the catalog does not state carries the amount the receiver entered
 * at the counter (the fee obligation's), never 0 nor nothing once it is known; a stated fee its amount.
 */
class NpspFeeListTest {

    private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 27, 9, 15);

    private static Procedure procedure(ChannelTerms counter) {
        return new Procedure("1.000001", "Thủ tục có lệ phí theo thực tế", "Khác", "COMMUNE", "Ủy ban nhân dân cấp xã",
                "tthc-1.000001", "authority-1.000001", "form-1.000001", Map.of(Channel.COUNTER, counter), List.of(), List.of());
    }

    private static DossierDetails dossier(UUID id) {
        return new DossierDetails(new Dossier(id, "H36.24781-261127-0009", "1.000001", "Thủ tục có lệ phí theo thực tế",
                "H36.24781", "H36.24781", Channel.COUNTER, "068203001234", "Nguyễn Thị Hạnh", null, null,
                DossierStatus.PROCESSING, RECEIVED, RECEIVED.plusDays(7), null, null, "{}", "pi-9"), List.of());
    }

    private static NpspMessages messages(Map<UUID, Long> charged) {
        return new NpspMessages(status -> String.valueOf(status), unit -> unit, id -> List.of(),
                id -> charged.containsKey(id) ? OptionalLong.of(charged.get(id)) : OptionalLong.empty());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fees(NpspMessages messages, DossierDetails d, Procedure p) {
        return (List<Map<String, Object>>) messages.snapshot(d, Optional.of(p), List.of()).get("DanhSachLePhi");
    }

    @Test
    void anUnknownFeeCarriesTheAmountEnteredAtTheCounter() {
        UUID id = UUID.randomUUID();
        Procedure unknown = procedure(new ChannelTerms(Channel.COUNTER, TimeLimit.workingDays(10), false, Fee.unknown()));

        assertThat(fees(messages(Map.of()), dossier(id), unknown)).as("not entered yet: nothing to list").isEmpty();

        List<Map<String, Object>> listed = fees(messages(Map.of(id, 35_000L)), dossier(id), unknown);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).containsEntry("Gia", "35000").containsEntry("MaPhiLePhi", "1.000001-1")
                .containsEntry("LoaiPhiLePhi", "1").containsKey("TenPhiLePhi");
    }

    @Test
    void aStatedFeeIsItsAmountAndWhatWasChargedWins() {
        UUID id = UUID.randomUUID();
        Procedure stated = procedure(new ChannelTerms(Channel.COUNTER, TimeLimit.workingDays(10), 50_000));
        assertThat(fees(messages(Map.of()), dossier(id), stated)).extracting(f -> f.get("Gia")).containsExactly("50000");
        assertThat(fees(messages(Map.of(id, 50_000L)), dossier(id), stated)).extracting(f -> f.get("Gia"))
                .containsExactly("50000");
        Procedure free = procedure(new ChannelTerms(Channel.COUNTER, TimeLimit.workingDays(10), 0));
        assertThat(fees(messages(Map.of()), dossier(id), free)).isEmpty();
    }
}
