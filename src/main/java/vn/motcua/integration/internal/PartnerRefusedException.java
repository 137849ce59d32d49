package vn.motcua.integration.internal;

/**
 * The partner answered, in its contract's form, and refused the request (a field it does not accept, an unknown
 * dossier, credentials it rejects). Retrying at once will not help: not retried within the call, not counted by the
 * circuit breaker (the partner is up); an outbox entry refused too often goes to the dead-letter list.
 */
class PartnerRefusedException extends RuntimeException {

    PartnerRefusedException(String message) {
        super(message);
    }
}
