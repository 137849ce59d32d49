package vn.motcua.integration.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import vn.motcua.feedback.ServiceRatingFigures;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The monthly satisfaction sync to the NPSP ({@code DongBoDanhGia}): once a month ends, each unit's shares of "very
 * satisfied / satisfied / not satisfied" (RatHaiLong / HaiLong / ChuaHaiLong, percent) are written to the NPSP outbox,
 * one entry per unit and month, and delivered by the same sender as the dossiers' sync (retries with backoff, dead
 * letters, metrics). The entry's identity comes from the unit and the month, so every node may run the schedule and a
 * month is enqueued once. Field names other than the three shares ({@code MaDonVi}, {@code Nam}, {@code Thang},
 * {@code TongSoDanhGia}) follow provinces' practice: <i>unverified</i>.
 */
class NpspSatisfactionSync {

    static final String SERVICE = "DongBoDanhGia";
    private static final Logger log = LoggerFactory.getLogger(NpspSatisfactionSync.class);

    private final NpspOutbox outbox;
    private final ServiceRatingFigures ratings;
    private final UnitDirectory units;
    private final ObjectMapper json;
    private final Clock clock;

    NpspSatisfactionSync(NpspOutbox outbox, ServiceRatingFigures ratings, UnitDirectory units, ObjectMapper json,
                         Clock clock) {
        this.outbox = outbox;
        this.ratings = ratings;
        this.units = units;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Every night (01:15 in the province): the month before. A month is queued once, on its first night; later nights
     * find it queued, and a night the application missed is caught up by the next.
     */
    @Scheduled(cron = "${motcua.integration.npsp.satisfaction-cron:0 15 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    void lastMonth() {
        try {
            int n = enqueue(YearMonth.now(clock).minusMonths(1));
            if (n > 0) {
                log.info("DongBoDanhGia: {} unit(s) of {} queued for the NPSP", n, YearMonth.now(clock).minusMonths(1));
            }
        } catch (RuntimeException e) {
            log.warn("DongBoDanhGia not queued, tried again at the next run: {}", e.toString());
        }
    }

    /** Queues the month's satisfaction of every unit rated in it; returns how many entries were new. */
    int enqueue(YearMonth month) {
        int queued = 0;
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        for (ServiceRatingFigures.MonthlySatisfaction m : ratings.month(month)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("MaDonVi", m.unitCode());
            item.put("TenDonVi", NpspMessages.cut(units.find(m.unitCode()).map(Unit::name).orElse(m.unitCode())));
            item.put("Nam", String.valueOf(month.getYear()));
            item.put("Thang", String.valueOf(month.getMonthValue()));
            item.put("TongSoDanhGia", String.valueOf(m.ratings()));
            item.put("RatHaiLong", percent(m.verySatisfied()));
            item.put("HaiLong", percent(m.satisfied()));
            item.put("ChuaHaiLong", percent(m.notSatisfied()));
            String key = SERVICE + "/" + m.unitCode() + "/" + month;
            UUID id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
            String code = ("DG-" + month + "-" + m.unitCode());
            if (outbox.enqueueOnce(id, id, code.length() > 60 ? code.substring(0, 60) : code, SERVICE, write(item), now)) {
                queued++;
            }
        }
        return queued;
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private String write(Map<String, Object> item) {
        try {
            return json.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
