package org.jmatu.planner.shared;

import java.util.Arrays;

/** NATO rank codes, ordered OR-1 < … < OR-9 < OF-1 < … < OF-9 (docs/file-formats.md). */
public enum Rank {
    OR_1, OR_2, OR_3, OR_4, OR_5, OR_6, OR_7, OR_8, OR_9,
    OF_1, OF_2, OF_3, OF_4, OF_5, OF_6, OF_7, OF_8, OF_9;

    public String code() {
        return name().replace('_', '-');
    }

    public boolean within(Rank min, Rank max) {
        return compareTo(min) >= 0 && compareTo(max) <= 0;
    }

    public static Rank fromCode(String code) {
        return Arrays.stream(values())
                .filter(rank -> rank.code().equalsIgnoreCase(code.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a NATO rank"));
    }

    @Override
    public String toString() {
        return code();
    }
}
