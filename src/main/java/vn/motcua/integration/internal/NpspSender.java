package vn.motcua.integration.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Delivers the NPSP outbox after the changes that wrote it committed, on every node at once: each entry is claimed by
 * a conditional UPDATE (only its dossier's head, only if still due, with a lease), so no entry is sent by two nodes at
 * once and a dossier's entries go in order. Up to {@code sender-threads} dossiers are sent at once. Not transactional:
 * each claim and mark commits on its own; nothing is held open while the NPSP answers.
 *
 * <p>Delivery is at least once: an entry is marked SENT only after the NPSP accepted it; a node that dies in between
 * leaves it SENDING until its lease runs out, and it is sent again (the NPSP's snapshot is an upsert by MaHoSo, and
 * {@code isUpdating} says whether the NPSP has it already). A failure delays only that dossier: retried with
 * exponential backoff; after {@code max-rejections} refusals by the NPSP, or {@code max-attempts} tries in all, the
 * entry goes to the dead-letter list and the dossier's later entries go on. While the circuit breaker is open (the
 * NPSP is down), nothing is claimed and no entry spends its tries.
 */
class NpspSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NpspSender.class);

    private final NpspOutbox outbox;
    private final NpspClient client;
    private final IntegrationProperties.Npsp settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final String node;
    private final ExecutorService threads;
    private final Counter delivered;

    NpspSender(NpspOutbox outbox, NpspClient client, IntegrationProperties properties, ObjectMapper json, Clock clock,
               String node, MeterRegistry meters) {
        this.outbox = outbox;
        this.client = client;
        this.settings = properties.npsp();
        this.json = json;
        this.clock = clock;
        this.node = node;
        this.threads = Executors.newFixedThreadPool(settings.senderThreads(), r -> {
            Thread t = new Thread(r, "npsp-sender");
            t.setDaemon(true);
            return t;
        });
        this.delivered = Counter.builder("motcua.integration.delivered").tag("partner", "npsp")
                .description("Outbox entries the NPSP accepted").register(meters);
    }

    /** Delivers every entry due now, batch after batch; returns how many the NPSP accepted in this call. */
    synchronized int sendDue() {
        if (!settings.enabled() || !client.configured()) {
            return 0;
        }
        int dead = outbox.killAbandoned(now(), settings.maxAttempts());
        if (dead > 0) {
            log.error("{} NPSP entr(ies) moved to the dead-letter list: their node stopped during the last allowed try", dead);
        }
        int sent = 0;
        Set<Long> tried = new HashSet<>();
        while (client.calls().permitsCalls()) {
            List<Long> due = outbox.dueHeads(now(), settings.batchSize());
            List<Long> fresh = due.stream().filter(tried::add).toList();
            if (fresh.isEmpty()) {
                return sent;
            }
            List<Future<Boolean>> results = new ArrayList<>();
            for (long id : fresh) {
                results.add(threads.submit(() -> sendOne(id)));
            }
            for (Future<Boolean> r : results) {
                try {
                    if (r.get()) {
                        sent++;
                    }
                } catch (ExecutionException e) {
                    log.warn("NPSP delivery failed unexpectedly: {}", e.getCause().toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return sent;
                }
            }
        }
        return sent;
    }

    private boolean sendOne(long id) {
        UUID token = UUID.randomUUID();
        LocalDateTime now = now();
        Optional<NpspOutbox.Entry> claimed = outbox.claim(id, token, now, now.plus(settings.lease()));
        if (claimed.isEmpty()) {
            return false; // another node took it, or it is no longer its dossier's head
        }
        NpspOutbox.Entry entry = claimed.get();
        try {
            client.call(entry.service(), request(entry));
        } catch (RuntimeException e) {
            failed(entry, token, e);
            return false;
        }
        if (!outbox.markSent(entry.id(), token, now(), node)) {
            log.warn("NPSP entry {} of dossier {} was delivered after its lease ran out; another node may send it again "
                    + "(raise motcua.integration.npsp.lease above the call timeouts)", entry.entryId(), entry.dossierCode());
        }
        delivered.increment();
        return true;
    }

    /** The call's fields: {@code data} with the entry's item, its MaHoSo the NPSP's own when the NPSP sent the dossier. */
    private Map<String, Object> request(NpspOutbox.Entry entry) {
        ObjectNode item;
        try {
            item = (ObjectNode) json.readTree(entry.payload());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new PartnerRefusedException("the entry's payload is not a JSON object");
        }
        outbox.npspReference(entry.dossierId()).ifPresent(reference -> item.put("MaHoSo", reference));
        Map<String, Object> fields = new LinkedHashMap<>();
        if (NpspMessages.SNAPSHOT.equals(entry.service())) {
            fields.put("isUpdating", outbox.snapshotDelivered(entry.dossierId()) ? "True" : "False");
        }
        fields.put("data", List.of(item));
        return fields;
    }

    private void failed(NpspOutbox.Entry entry, UUID token, RuntimeException e) {
        boolean circuitOpen = e instanceof PartnerCalls.CircuitOpenException;
        boolean refused = !(e instanceof PartnerUnavailableException);
        int rejections = entry.rejections() + (refused ? 1 : 0);
        boolean dead = refused ? rejections >= settings.maxRejections()
                : !circuitOpen && entry.attempts() >= settings.maxAttempts();
        Duration wait = circuitOpen ? settings.retryInitialDelay()
                : Backoff.after(refused ? rejections : entry.attempts(), settings.retryInitialDelay(), settings.retryMaxDelay());
        LocalDateTime next = now().plus(wait);
        outbox.markFailed(entry.id(), token, describe(e), refused, circuitOpen, dead, next);
        if (dead) {
            log.error("NPSP entry {} ({}) of dossier {} moved to the dead-letter list after {} tries ({} refusals): {}",
                    entry.entryId(), entry.service(), entry.dossierCode(), entry.attempts(), rejections, describe(e));
        } else if (!circuitOpen) {
            log.warn("NPSP entry {} ({}) of dossier {} not delivered (try {}), again at {}: {}", entry.entryId(),
                    entry.service(), entry.dossierCode(), entry.attempts(), next, describe(e));
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }

    /** Exponential backoff: {@code initial} after the first failure, doubled after each next one, never beyond {@code max}. */
    static final class Backoff {
        private Backoff() {
        }

        static Duration after(int failures, Duration initial, Duration max) {
            int doublings = Math.max(0, failures - 1);
            if (doublings >= 30) {
                return max;
            }
            Duration delay = initial.multipliedBy(1L << doublings);
            return delay.compareTo(max) > 0 ? max : delay;
        }
    }
}
