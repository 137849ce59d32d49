package vn.motcua.support;

import vn.motcua.organisation.UnitDirectory;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The demo province's organisation as the application's migrations seed it (V3, V6, V7, V35: units, kinds of body,
 * service areas), on an in-memory H2 database of its own, for tests that run models on an engine without the
 * application: they resolve competence against the real data, not a stub.
 */
public final class DemoProvince {

    /** GSO codes of the demo communes and the commune where the provincial service centre sits. */
    public static final String XUAN_HUONG_COMMUNE = "24781";
    public static final String LAC_DUONG_COMMUNE = "24848";
    public static final String PHAN_THIET_COMMUNE = "22945";
    public static final String NAM_GIA_NGHIA_COMMUNE = "24615";

    private static UnitDirectory units;

    private DemoProvince() {
    }

    public static synchronized UnitDirectory units() {
        if (units == null) {
            DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:demo-province;DB_CLOSE_DELAY=-1", "sa", "");
            Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
            units = new UnitDirectory(JdbcClient.create(db));
        }
        return units;
    }
}
