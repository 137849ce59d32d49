package vn.motcua.notification.internal;

/** The address or number can never be delivered to: retrying is pointless, the notification is kept as FAILED. */
public class PermanentDeliveryException extends RuntimeException {

    public PermanentDeliveryException(String message) {
        super(message);
    }

    public PermanentDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
