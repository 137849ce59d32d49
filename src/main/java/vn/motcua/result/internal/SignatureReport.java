package vn.motcua.result.internal;

import java.time.Instant;
import java.util.List;

/**
 * What the server's verification found in a signed PDF.
 *
 * @param valid            every signature verifies, covers the whole file, and is by a certificate of a trusted CA
 * @param signer           the signer certificate's subject (of the last signature)
 * @param signedAt         the signing time the signature claims
 * @param problems         why it is not valid, Vietnamese / English, empty when valid
 */
public record SignatureReport(boolean valid, int signatures, String signer, Instant signedAt, List<String> problems) {
}
