package vn.motcua.notification.internal;

/**
 * The province's SMS carrier. motcua ships only {@link LoggingSmsGateway}, which writes the message to the log
 * and sends nothing: to send real SMS, a province adds one Spring bean implementing this interface (for
 * example a {@code @Component} calling its carrier's brandname-SMS API) and the sender uses it instead.
 *
 * <p>Delivery is at least once: an implementation should pass {@code notificationId} to the carrier as
 * its idempotency/reference key where the carrier has one, so a retry after a crash is not sent twice.
 */
public interface SmsGateway {

    /**
     * Sends one SMS; returns only once the carrier has accepted it.
     *
     * @throws PermanentDeliveryException when retrying cannot help (the number does not exist, ...): the
     *                                    notification is kept as FAILED at once
     * @throws Exception                  anything else: the notification is retried with backoff
     */
    void send(String notificationId, String phoneNumber, String text) throws Exception;
}
