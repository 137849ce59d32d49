package vn.motcua.catalog;

import vn.motcua.calendar.TimeLimit;

/** What a procedure promises on one channel: its processing time limit and its fee in VND. */
public record ChannelTerms(Channel channel, TimeLimit limit, long feeVnd) {
}
