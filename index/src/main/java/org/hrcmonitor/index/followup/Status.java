package org.hrcmonitor.index.followup;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a commitment stands. */
public enum Status {
    /** Some evidence counts: confirmed by staff, or scoring at least {@link FollowUps#EVIDENCE} and not rejected. */
    EVIDENCE_FOUND,
    /** Nothing counts yet, and the time frame (if any) has not ended. */
    NO_EVIDENCE_YET,
    /** Nothing counts, and the time frame ended before today. */
    OVERDUE;

    /** {@code evidence-found}, {@code no-evidence-yet}, {@code overdue}; also how JSON output writes it. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Status fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status '" + id + "' (expected "
                        + Arrays.stream(values()).map(Status::id).collect(Collectors.joining(", ")) + ")"));
    }
}
