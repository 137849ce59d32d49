package vn.motcua.workflow.internal;

import com.fasterxml.uuid.EthernetAddress;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedReorderedGenerator;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The engine's ids: the same time-based UUID as Camunda's production generator ({@code StrongUuidGenerator}), with its
 * time first and written in 22 characters instead of 36.
 *
 * <p>Every row the engine writes carries several ids (its own, its process instance's, its execution's, its activity
 * instance's, its root process instance's), and most of its indexes hold one: a runtime variable is about 600 bytes, a
 * third of them ids (BENCHMARKS.md "Database size per dossier"). Camunda's generator writes a version-1 UUID as text:
 * 36 characters whose first ones are the fastest-changing bits of the clock, so each new id lands at a random place in
 * every index that holds it, and the index pages stay partly empty.
 *
 * <p>Here the UUID is made by the same library, from the same network address and the same clock and clock sequence
 * (JUG's shared timer, so the two generators never give one timestamp twice in a JVM); only its fields are in the
 * order of RFC 9562's version 6 (time first), and the 128 bits are written in base 62 with digits in ASCII order
 * ({@code 0-9A-Za-z}), fixed width. Rearranging and writing the bits loses none of them, so two ids are equal only if
 * their UUIDs are: uniqueness across nodes is Camunda's own. The text order of the ids is their time order (on one
 * node strictly), so a new id goes at the end of each index.
 *
 * <p>The ids use upper- and lower-case letters: the database must compare them case-sensitively, as PostgreSQL and H2
 * do by default (a case-insensitive collation on the engine's tables would make two ids one).
 * {@code motcua.engine.compact-ids=false} gives the starter's {@code StrongUuidGenerator} back; ids of both kinds live
 * side by side in one database.
 */
@Component
@ConditionalOnProperty(name = "motcua.engine.compact-ids", havingValue = "true", matchIfMissing = true)
public class CompactIds implements IdGenerator {

    /** Characters of an id: 62^22 > 2^128. */
    public static final int LENGTH = 22;

    static final char[] DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private static final long LOW_32 = 0xFFFF_FFFFL;

    private final TimeBasedReorderedGenerator uuids = Generators.timeBasedReorderedGenerator(EthernetAddress.fromInterface());

    @Override
    public String getNextId() {
        return encode(uuids.generate());
    }

    /** The UUID's 128 bits, most significant first, as 22 base-62 digits. */
    static String encode(UUID uuid) {
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        long[] limbs = {msb >>> 32, msb & LOW_32, lsb >>> 32, lsb & LOW_32};
        char[] text = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            long remainder = 0;
            for (int j = 0; j < limbs.length; j++) {
                long current = remainder << 32 | limbs[j];
                limbs[j] = current / 62;
                remainder = current % 62;
            }
            text[i] = DIGITS[(int) remainder];
        }
        return new String(text);
    }
}
