package vn.motcua.catalog;

import vn.motcua.calendar.TimeLimit;

import java.util.Objects;

/**
 * What a procedure promises on one channel: its processing time limit and its fee.
 *
 * @param limit          the limit due dates are counted with
 * @param limitPublished {@code false} when the source states no limit and {@code limit} is the province's default
 *                       ({@code motcua.catalog.default-limit}): citizens are told the limit is not published
 * @param fee            the fee; {@link Fee.Basis#UNKNOWN} when the source states none (never free)
 */
public record ChannelTerms(Channel channel, TimeLimit limit, boolean limitPublished, Fee fee) {

    public ChannelTerms {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(fee, "fee");
    }

    /** A published limit and a stated fee. */
    public ChannelTerms(Channel channel, TimeLimit limit, long feeVnd) {
        this(channel, limit, true, Fee.stated(feeVnd));
    }

    /**
     * The fee's amount in VND before discounts, 0 when it is unknown. For machines that need a number (e.g. the
     * NPSP sync, where 0 means "no fee line"); what people read comes from {@link #fee()}, which says "not
     * published" instead.
     */
    public long feeVnd() {
        return fee.amountVnd() == null ? 0 : fee.amountVnd();
    }
}
