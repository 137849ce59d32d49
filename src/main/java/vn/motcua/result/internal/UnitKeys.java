package vn.motcua.result.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Where a unit's signing key is: the configured PKCS#12 keystore (alias = the unit's code), or, for the demo and the
 * tests, a certificate issued on first use by the development CA. A remote signing service (a province's HSM or a
 * CA's remote signing) would be another implementation that signs the CMS digest instead of lending a key.
 */
public interface UnitKeys {

    /** The unit's private key and certificate chain (its certificate first, then the CA's). */
    SigningKey forUnit(String unitCode);

    /** The CAs whose certificates are trusted when verifying. */
    List<X509Certificate> trustAnchors();

    record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {
    }
}
