package vn.motcua.result.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.signing.*} (README "Electronic results, signed").
 *
 * @param keystore          a PKCS#12 file with one entry per unit (alias = the unit's code, its chain included);
 *                          empty with {@code dev-ca} on: a development keystore under the data directory
 * @param keystorePassword  of the keystore and its entries (never logged)
 * @param trustStore        a PKCS#12 file of trusted CA certificates (the VGCA's, a licensed CA's); empty: the
 *                          development CA when it is on
 * @param devCa             generate a development CA and unit certificates on first use (demo, tests; never production)
 */
@ConfigurationProperties("motcua.signing")
public record SigningProperties(@DefaultValue("") String keystore, @DefaultValue("") String keystorePassword,
                                @DefaultValue("") String trustStore, @DefaultValue("") String trustStorePassword,
                                @DefaultValue("true") boolean devCa) {

    @Override
    public String toString() {
        return "SigningProperties[keystore=" + keystore + ", trustStore=" + trustStore + ", devCa=" + devCa + "]";
    }
}
