package vn.motcua.payment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The platform's checksum: lower-case hex SHA-256 over the shared secret and the message's fields joined by {@code |}
 * (as OpenCPS's PayGov adapter computes it; the exact field order of the real platform is unverified, so each message
 * names its fields in one place: {@link #order}, {@link #confirmation}). Compared in constant time.
 */
public final class Checksum {

    private Checksum() {
    }

    /** Creating an order: merchant, order, amount, where the applicant comes back. */
    public static String order(String secret, String merchantCode, String orderId, long amountVnd, String returnUrl) {
        return of(secret, merchantCode, orderId, Long.toString(amountVnd), returnUrl);
    }

    /** A confirmation (callback) or an order's status (query answer): merchant, order, amount, transaction, status. */
    public static String confirmation(String secret, String merchantCode, String orderId, long amountVnd,
                                      String transactionRef, String status) {
        return of(secret, merchantCode, orderId, Long.toString(amountVnd), transactionRef, status);
    }

    /** A status query: merchant and order. */
    public static String query(String secret, String merchantCode, String orderId) {
        return of(secret, merchantCode, orderId);
    }

    public static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String of(String secret, String... fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(secret.getBytes(StandardCharsets.UTF_8));
            for (String field : fields) {
                sha.update((byte) '|');
                sha.update((field == null ? "" : field).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
