package vn.motcua.catalog.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;

import vn.motcua.catalog.Channel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fees the provincial People's Council sets (Law on Fees and Charges art. 21: "Hội đồng nhân dân cấp tỉnh quyết
 * định"), which a procedure's model marks {@code motcua.fee.<CHANNEL>=PROVINCIAL}: a CSV the administrator keeps
 * ({@code motcua.catalog.provincial-fees}), one row per procedure and optionally per channel:
 * {@code procedure_code,channel,amount_vnd,decided_by} (channel empty = every channel; decided_by = the resolution).
 * It is data of the province, so another province replaces the file, not the code.
 */
final class ProvincialFeeTable {

    /** One row: the amount and the resolution it comes from. */
    record Row(long amountVnd, String decidedBy) {
    }

    private final Map<String, Row> rows;

    private ProvincialFeeTable(Map<String, Row> rows) {
        this.rows = Map.copyOf(rows);
    }

    static ProvincialFeeTable empty() {
        return new ProvincialFeeTable(Map.of());
    }

    /** Reads the table; a missing resource is an empty table (no People's Council fee entered yet). */
    static ProvincialFeeTable read(Resource resource) {
        if (resource == null || !resource.exists()) {
            return empty();
        }
        Map<String, Row> rows = new HashMap<>();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
                String code = r.get("procedure_code");
                String channel = r.get("channel");
                if (!channel.isEmpty()) {
                    Channel.valueOf(channel); // fails on a typo instead of silently charging nothing
                }
                long amount;
                try {
                    amount = Long.parseLong(r.get("amount_vnd"));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(resource.getDescription() + " line " + r.getRecordNumber()
                            + ": amount_vnd is not a whole number of VND: " + r.get("amount_vnd"), e);
                }
                if (code.isEmpty() || amount < 0) {
                    throw new IllegalStateException(resource.getDescription() + " line " + r.getRecordNumber()
                            + ": procedure_code is empty or amount_vnd negative");
                }
                if (rows.put(key(code, channel), new Row(amount, r.get("decided_by"))) != null) {
                    throw new IllegalStateException(resource.getDescription() + " line " + r.getRecordNumber()
                            + ": " + code + " " + channel + " is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the provincial fee table " + resource.getDescription(), e);
        }
        return new ProvincialFeeTable(rows);
    }

    /** The row for the procedure on the channel, else its row for every channel. */
    Optional<Row> find(String code, Channel channel) {
        Row row = rows.get(key(code, channel.name()));
        return Optional.ofNullable(row != null ? row : rows.get(key(code, "")));
    }

    private static String key(String code, String channel) {
        return code + "|" + channel;
    }
}
