package vn.motcua.organisation;

import java.util.Locale;

/** What an officer does in a unit. The engine group of a unit role is {@code <unit code>:<role>}. */
public enum Role {
    RECEIVER, SPECIALIST, LEADER;

    public String groupSuffix() {
        return name().toLowerCase(Locale.ROOT);
    }
}
