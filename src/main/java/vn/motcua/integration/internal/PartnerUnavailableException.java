package vn.motcua.integration.internal;

/**
 * The partner could not be asked or gave no usable answer (connection refused, timeout, HTTP 5xx, an answer that is
 * not the contract's JSON, circuit open). Says nothing about the entry: retried, and counted by the circuit breaker.
 */
class PartnerUnavailableException extends RuntimeException {

    PartnerUnavailableException(String message) {
        super(message);
    }

    PartnerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
