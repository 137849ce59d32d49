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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Delivers the NPSP outbox after the changes that wrote it committed, on every node at once: each entry is claimed by
 * a conditional UPDATE (only its dossier's head, only if still due, with a lease), so no entry is sent by two nodes at
 * once and a dossier's entries go in order. The heads of up to {@code items-per-call} dossiers travel in one call (the
 * NPSP's {@code data} is a list), {@code sender-threads} calls at once; a call the NPSP refuses is split into single
 * entries, so one bad entry is charged alone. Not transactional:
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
            List<Future<Integer>> results = new ArrayList<>();
            for (List<NpspOutbox.Claimed> call : calls(claim(fresh))) {
                results.add(threads.submit(() -> deliver(call)));
            }
            for (Future<Integer> r : results) {
                try {
                    sent += r.get();
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

    private List<NpspOutbox.Claimed> claim(List<Long> ids) {
        List<NpspOutbox.Claimed> claimed = new ArrayList<>();
        for (long id : ids) {
            LocalDateTime now = now();
            // another node may have taken it, or it is no longer its dossier's head
            outbox.claim(id, UUID.randomUUID(), now, now.plus(settings.lease())).ifPresent(claimed::add);
        }
        return claimed;
    }

    /**
     * The claimed entries grouped into calls: the NPSP takes several dossiers' items in one {@code data} list, of one
     * service and (for snapshots) one {@code isUpdating}; each entry is its own dossier's head, so order holds.
     */
    private List<List<NpspOutbox.Claimed>> calls(List<NpspOutbox.Claimed> claimed) {
        Map<String, List<NpspOutbox.Claimed>> groups = new LinkedHashMap<>();
        for (NpspOutbox.Claimed c : claimed) {
            groups.computeIfAbsent(c.entry().service() + "/" + c.snapshotDelivered(), k -> new ArrayList<>()).add(c);
        }
        List<List<NpspOutbox.Claimed>> calls = new ArrayList<>();
        for (List<NpspOutbox.Claimed> group : groups.values()) {
            for (int i = 0; i < group.size(); i += settings.itemsPerCall()) {
                calls.add(group.subList(i, Math.min(group.size(), i + settings.itemsPerCall())));
            }
        }
        return calls;
    }

    /**
     * One call with these entries' items; if the NPSP refuses a call of several, each is sent alone, so one bad item
     * (a poison entry) is found and charged alone and the others go through.
     */
    private int deliver(List<NpspOutbox.Claimed> call) {
        NpspOutbox.Claimed first = call.get(0);
        List<ObjectNode> items = new ArrayList<>();
        try {
            for (NpspOutbox.Claimed c : call) {
                items.add(item(c));
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            if (NpspMessages.SNAPSHOT.equals(first.entry().service())) {
                fields.put("isUpdating", first.snapshotDelivered() ? "True" : "False");
            }
            fields.put("data", items);
            client.call(first.entry().service(), fields);
        } catch (PartnerRefusedException refused) {
            if (call.size() > 1) {
                int sent = 0;
                for (NpspOutbox.Claimed c : call) {
                    sent += deliver(List.of(c));
                }
                return sent;
            }
            failed(first, refused);
            return 0;
        } catch (RuntimeException e) {
            call.forEach(c -> failed(c, e));
            if (e instanceof PartnerUnavailableException && !(e instanceof PartnerCalls.CircuitOpenException)) {
                // one line per call, not per entry: an outage must not flood the log
                log.warn("NPSP unavailable, {} entr(ies) wait and are tried again with backoff: {}", call.size(), describe(e));
            }
            return 0;
        }
        for (NpspOutbox.Claimed c : call) {
            if (!outbox.markSent(c.entry(), c.token(), now(), node)) {
                log.warn("NPSP entry {} of dossier {} was delivered after its lease ran out; another node may send it "
                        + "again (raise motcua.integration.npsp.lease above the call timeouts)", c.entry().entryId(),
                        c.entry().dossierCode());
            }
        }
        delivered.increment(call.size());
        return call.size();
    }

    /** The entry's item, its MaHoSo the NPSP's own when the NPSP sent the dossier. */
    private ObjectNode item(NpspOutbox.Claimed claimed) {
        ObjectNode item;
        try {
            item = (ObjectNode) json.readTree(claimed.entry().payload());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new PartnerRefusedException("the entry's payload is not a JSON object");
        }
        if (claimed.npspReference() != null) {
            item.put("MaHoSo", claimed.npspReference());
        }
        return item;
    }

    private void failed(NpspOutbox.Claimed claimed, RuntimeException e) {
        NpspOutbox.Entry entry = claimed.entry();
        UUID token = claimed.token();
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
        } else if (refused) {
            log.warn("NPSP entry {} ({}) of dossier {} refused (try {}), again at {}: {}", entry.entryId(),
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
