package vn.motcua.integration.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

import vn.motcua.dossier.DossierQueries;
import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultDocuments;
import vn.motcua.result.ResultSigned;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Signed results to the citizen's data store: {@link ResultSigned} writes an outbox entry in the signing transaction (a
 * signature that rolls back leaves none; an entry that cannot be written fails the signature), and a sender on every
 * node delivers the due entries after the commit, retrying with a doubling delay while the store is down, slow or
 * refuses, up to {@code max-attempts} (then DEAD). The PDF is read from the result module when sent, never copied into
 * the outbox.
 */
class CitizenStoreDelivery {

    private static final Logger log = LoggerFactory.getLogger(CitizenStoreDelivery.class);

    private final CitizenStoreOutbox outbox;
    private final CitizenStoreClient client;
    private final ResultDocuments results;
    private final DossierQueries dossiers;
    private final IntegrationProperties.CitizenStore settings;
    private final Clock clock;

    CitizenStoreDelivery(CitizenStoreOutbox outbox, CitizenStoreClient client, ResultDocuments results,
                         DossierQueries dossiers, IntegrationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.client = client;
        this.results = results;
        this.dossiers = dossiers;
        this.settings = properties.citizenStore();
        this.clock = clock;
    }

    @EventListener
    void record(ResultSigned signed) {
        if (settings.enabled()) {
            outbox.enqueue(signed.documentId(), signed.dossierId(), signed.dossierCode(), now());
        }
    }

    @Scheduled(fixedDelayString = "${motcua.integration.citizen-store.poll-interval:PT5S}",
            initialDelayString = "${motcua.integration.citizen-store.initial-delay:PT15S}")
    void run() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Citizen's data store delivery run failed, retried at the next poll: {}", e.toString());
        }
    }

    /** Delivers the due entries; how many the store took. */
    int sendDue() {
        if (!settings.enabled() || !client.calls().permitsCalls()) {
            return 0;
        }
        int sent = 0;
        for (long id : outbox.due(now(), settings.batchSize())) {
            LocalDateTime now = now();
            var claimed = outbox.claim(id, UUID.randomUUID(), now, now.plus(settings.lease()));
            if (claimed.isEmpty()) {
                continue; // another node took it
            }
            if (deliver(claimed.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(CitizenStoreOutbox.Entry entry) {
        try {
            ResultDocument doc = results.current(entry.dossierId()).filter(d -> d.id().equals(entry.documentId()))
                    .orElseThrow(() -> new PartnerRefusedException("document " + entry.documentId() + " is no longer current"));
            String citizenId = dossiers.forSystem(entry.dossierCode()).orElseThrow().dossier().applicantIdNumber();
            String reference = client.store(new CitizenStoreClient.Document(citizenId, entry.dossierCode(),
                    doc.id().toString(), doc.title(), doc.fileName(), doc.sha256(), results.content(doc.id())));
            outbox.markSent(entry, reference, now());
            return true;
        } catch (RuntimeException e) {
            boolean dead = entry.attempts() >= settings.maxAttempts();
            outbox.markFailed(entry, e.getMessage(), dead, now().plus(backoff(entry.attempts())));
            if (dead) {
                log.warn("Citizen's data store: entry {} of dossier {} given up after {} tries: {}", entry.entryId(),
                        entry.dossierCode(), entry.attempts(), e.getMessage());
            }
            return false;
        }
    }

    private Duration backoff(int attempts) {
        Duration d = settings.retryInitialDelay().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return d.compareTo(settings.retryMaxDelay()) > 0 ? settings.retryMaxDelay() : d;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
