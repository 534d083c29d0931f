package org.jmatu.planner.datasets;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The data set the current thread works in. A thread that bound none (with {@link #callIn} or {@link #runIn})
 * works in the data set its user chose in the web session ({@link SessionDataSet}), else in the demo unit.
 * Background work (solver threads) must capture {@link #current()} when it is submitted and bind it.
 */
public final class DataSetContext {

    public static final String DEFAULT = "demo";
    /** Every data set's schema starts so; no other schema of the database does. */
    static final String SCHEMA_PREFIX = "ds_";

    private static final ThreadLocal<String> BOUND = new ThreadLocal<>();

    private DataSetContext() {
    }

    public static String current() {
        String bound = BOUND.get();
        return bound != null ? bound : SessionDataSet.chosen().orElse(DEFAULT);
    }

    public static <T> T callIn(String key, Supplier<T> work) {
        String previous = BOUND.get();
        BOUND.set(key);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }

    public static void runIn(String key, Runnable work) {
        callIn(key, () -> {
            work.run();
            return null;
        });
    }

    /** The schema of a data set: empty for the demo unit, which lives in the database's default schema. */
    static Optional<String> schemaOf(String key) {
        return DEFAULT.equals(key) ? Optional.empty() : Optional.of(SCHEMA_PREFIX + key.replace('-', '_'));
    }
}
