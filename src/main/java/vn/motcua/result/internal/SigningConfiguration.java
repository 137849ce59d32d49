package vn.motcua.result.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** Wires the units' keys (keystore or development CA) and the verifier. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningProperties.class)
class SigningConfiguration {

    @Bean
    UnitKeys unitKeys(SigningProperties properties, @Value("${motcua.data-dir:./data}") String dataDir) {
        return new KeystoreUnitKeys(properties, Path.of(dataDir));
    }

    @Bean
    PadesVerifier padesVerifier(UnitKeys keys) {
        return new PadesVerifier(keys);
    }
}
