package org.jmatu.planner.shared;

import java.util.List;

/**
 * Implemented by each module that refers to records of another, so a delete can be refused with the
 * reason ("held by 42 people: KAZ-0001, …") without the owning module knowing who refers to it.
 */
public interface ReferenceChecker {

    /** Sentences naming what still refers to {@code record}; empty when nothing does. */
    List<String> referencesTo(Object record);

    /** Adds "{prefix}3 posts (J1, J2, J3)" to {@code references} when {@code codes} is not empty. */
    static void addIfAny(List<String> references, String prefix, String noun, List<String> codes) {
        if (!codes.isEmpty()) {
            references.add(prefix + describe(codes.size(), noun, codes.stream().limit(5).toList()));
        }
    }

    /** "42 people (KAZ-0001, KAZ-0002, …)": a count and the first few codes. */
    static String describe(long count, String noun, List<String> firstCodes) {
        String examples = String.join(", ", firstCodes) + (count > firstCodes.size() ? ", …" : "");
        return count + " " + noun + " (" + examples + ")";
    }
}
