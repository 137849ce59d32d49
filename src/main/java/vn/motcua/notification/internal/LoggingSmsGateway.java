package vn.motcua.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link SmsGateway} when the province has plugged in no carrier: it only logs, with the phone
 * number masked (personal data stays out of logs), and counts as delivered. Not for production.
 */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String notificationId, String phoneNumber, String text) {
        log.info("SMS {} to {} not sent (no SmsGateway configured): {}", notificationId, mask(phoneNumber), text);
    }

    static String mask(String phoneNumber) {
        if (phoneNumber == null || phoneNumber.length() <= 3) {
            return "***";
        }
        return "*".repeat(phoneNumber.length() - 3) + phoneNumber.substring(phoneNumber.length() - 3);
    }
}
