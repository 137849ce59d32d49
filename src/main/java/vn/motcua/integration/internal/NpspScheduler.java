package vn.motcua.integration.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the NPSP sender on every node; the outbox's claims make that safe. */
class NpspScheduler {

    private static final Logger log = LoggerFactory.getLogger(NpspScheduler.class);

    private final NpspSender sender;

    NpspScheduler(NpspSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${motcua.integration.npsp.poll-interval:PT2S}",
            initialDelayString = "${motcua.integration.npsp.initial-delay:PT10S}")
    void run() {
        try {
            int sent = sender.sendDue();
            if (sent > 0) {
                log.debug("{} NPSP entr(ies) delivered", sent);
            }
        } catch (RuntimeException e) {
            // the database may be briefly unreachable: the entries stay for the next run
            log.warn("NPSP sync run failed, retried at the next poll: {}", e.toString());
        }
    }
}
