package vn.motcua.integration.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The partners' addresses and credentials ({@code motcua.integration.*}, README "Connected to the nation"). An empty
 * {@code url} means "the simulator" when the simulators run ({@code motcua.simulators.enabled}). Secrets never leave
 * this object: {@link #toString()} of every part masks them, and no endpoint returns them.
 */
@ConfigurationProperties("motcua.integration")
record IntegrationProperties(@DefaultValue Npsp npsp, @DefaultValue Population population,
                             @DefaultValue CitizenStore citizenStore) {

    /**
     * The National Public Service Portal's adapter (as OpenCPS's {@code DVCQG_INTEGRATION} server configuration).
     *
     * @param madonvi           the province's unit code at the NPSP, sent with every call
     * @param dstcode           the header naming the destination at the government's data-sharing platform
     * @param maxRejections     refusals by the NPSP after which an entry goes to the dead-letter list
     * @param maxAttempts       tries in all (unavailable partner included) after which it goes there too
     * @param itemsPerCall      entries of different dossiers sent in one call ({@code data} is a list)
     * @param senderThreads     calls made at once by one node
     * @param lease             how long a node holds an entry it is sending; past it another node may send it
     */
    record Npsp(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("") String url,
            @DefaultValue("/auth") String authEndpoint,
            @DefaultValue("/integration") String integrationEndpoint,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("") String madonvi,
            @DefaultValue("") String dstcode,
            @NestedConfigurationProperty @DefaultValue PartnerSettings calls,
            @DefaultValue("50") int batchSize,
            @DefaultValue("20") int itemsPerCall,
            @DefaultValue("2") int senderThreads,
            @DefaultValue("PT2M") Duration lease,
            @DefaultValue("5") int maxRejections,
            @DefaultValue("1000") int maxAttempts,
            @DefaultValue("PT30S") Duration retryInitialDelay,
            @DefaultValue("PT5M") Duration retryMaxDelay,
            @DefaultValue Connector connector) {

        Npsp {
            if (batchSize < 1 || itemsPerCall < 1 || senderThreads < 1 || maxRejections < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("motcua.integration.npsp: batch-size, sender-threads, max-rejections "
                        + "and max-attempts must be at least 1");
            }
        }

        @Override
        public String toString() {
            return "Npsp[url=" + url + ", madonvi=" + madonvi + ", dstcode=" + dstcode + ", username=" + username
                    + ", password=" + mask(password) + "]";
        }
    }

    /** The NPSP's connector calling the province (dossiers filed on the NPSP, look-ups): HTTP Basic with these. */
    record Connector(@DefaultValue("") String username, @DefaultValue("") String password) {

        @Override
        public String toString() {
            return "Connector[username=" + username + ", password=" + mask(password) + "]";
        }
    }

    /**
     * The National Population Database through the province's LGSP (OAuth2 client credentials, then the check).
     * The LGSP's interface is the province's own; the paths are settings. (Shape of the exchange: unverified.)
     */
    record Population(
            @DefaultValue("") String url,
            @DefaultValue("/token") String tokenEndpoint,
            @DefaultValue("/citizens/verify") String verifyEndpoint,
            @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret,
            @NestedConfigurationProperty @DefaultValue PartnerSettings calls) {

        @Override
        public String toString() {
            return "Population[url=" + url + ", clientId=" + clientId + ", clientSecret=" + mask(clientSecret) + "]";
        }
    }

    /**
     * The citizen's data store on the NPSP, which receives the signed results (README "Electronic results, signed").
     * Delivered from the outbox {@code citizen_store_outbox} (written with the signature) by a sender on every node.
     *
     * @param maxAttempts tries (unavailable store or refusals alike) before an entry is DEAD, for an administrator
     * @param lease       how long a node holds an entry it is sending; past it another node may send it
     */
    record CitizenStore(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("") String url,
            @DefaultValue("/auth") String authEndpoint,
            @DefaultValue("/documents") String documentsEndpoint,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("") String madonvi,
            @NestedConfigurationProperty @DefaultValue PartnerSettings calls,
            @DefaultValue("20") int batchSize,
            @DefaultValue("200") int maxAttempts,
            @DefaultValue("PT2M") Duration lease,
            @DefaultValue("PT30S") Duration retryInitialDelay,
            @DefaultValue("PT30M") Duration retryMaxDelay) {

        @Override
        public String toString() {
            return "CitizenStore[url=" + url + ", madonvi=" + madonvi + ", username=" + username + ", password="
                    + mask(password) + "]";
        }
    }

    static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "(none)" : "******";
    }
}
