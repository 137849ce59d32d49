package vn.motcua.result.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Units' keys in a PKCS#12 keystore (alias = unit code). With {@code motcua.signing.dev-ca} and no keystore configured,
 * a development keystore under the data directory holds the development CA ({@code dev-ca}) and the certificates it
 * issues to units on first use.
 */
public class KeystoreUnitKeys implements UnitKeys {

    private static final Logger log = LoggerFactory.getLogger(KeystoreUnitKeys.class);
    static final String DEV_CA = "dev-ca";
    private static final String DEV_PASSWORD = "motcua-dev-signing";

    private final KeyStore store;
    private final char[] password;
    private final Path file;
    private final boolean devCa;
    private final List<X509Certificate> anchors;

    public KeystoreUnitKeys(SigningProperties properties, Path dataDir) {
        this.devCa = properties.devCa() && properties.keystore().isBlank();
        this.file = devCa ? dataDir.resolve("signing").resolve("dev-units.p12") : Path.of(properties.keystore());
        this.password = (devCa ? DEV_PASSWORD : properties.keystorePassword()).toCharArray();
        try {
            this.store = KeyStore.getInstance("PKCS12");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password);
                }
            } else if (devCa) {
                store.load(null, password);
                KeyPair ca = DevCertificateAuthority.rsaKeys();
                X509Certificate caCert = DevCertificateAuthority.caCertificate(ca);
                store.setKeyEntry(DEV_CA, ca.getPrivate(), password, new Certificate[] {caCert});
                save();
                log.warn("Signing: a development CA was created at {} (demo and tests only; README \"Electronic results, "
                        + "signed\" says how to configure a real CA's certificates)", file);
            } else if (!properties.keystore().isBlank()) {
                throw new IllegalStateException("motcua.signing.keystore " + file + " does not exist");
            } else {
                store.load(null, password);
            }
            this.anchors = anchors(properties);
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the signing keystore " + file, e);
        }
    }

    @Override
    public synchronized SigningKey forUnit(String unitCode) {
        try {
            if (!store.containsAlias(unitCode)) {
                if (!devCa) {
                    throw new IllegalStateException("No signing certificate for unit " + unitCode + " in " + file);
                }
                X509Certificate caCert = (X509Certificate) store.getCertificate(DEV_CA);
                PrivateKey caKey = (PrivateKey) store.getKey(DEV_CA, password);
                KeyPair unit = DevCertificateAuthority.rsaKeys();
                X509Certificate cert = DevCertificateAuthority.unitCertificate(unitCode, unit, caCert, caKey);
                store.setKeyEntry(unitCode, unit.getPrivate(), password, new Certificate[] {cert, caCert});
                save();
            }
            PrivateKey key = (PrivateKey) store.getKey(unitCode, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : store.getCertificateChain(unitCode)) {
                chain.add((X509Certificate) c);
            }
            return new SigningKey(key, List.copyOf(chain));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key of unit " + unitCode, e);
        }
    }

    @Override
    public List<X509Certificate> trustAnchors() {
        return anchors;
    }

    private List<X509Certificate> anchors(SigningProperties properties) throws IOException, java.security.GeneralSecurityException {
        List<X509Certificate> out = new ArrayList<>();
        if (!properties.trustStore().isBlank()) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(Path.of(properties.trustStore()))) {
                trust.load(in, properties.trustStorePassword().toCharArray());
            }
            for (String alias : Collections.list(trust.aliases())) {
                out.add((X509Certificate) trust.getCertificate(alias));
            }
        } else if (devCa) {
            out.add((X509Certificate) store.getCertificate(DEV_CA));
        }
        return List.copyOf(out);
    }

    private void save() throws IOException, java.security.GeneralSecurityException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
    }
}
