package org.jmatu.planner.shared;

import java.util.List;

/**
 * Implemented by each module that refers to records of another, so a delete can be refused with the
 * reason ("held by 42 people: KAZ-0001, …") without the owning module knowing who refers to it.
 */
public interface ReferenceChecker {

    /** What still refers to {@code record}, one message each; empty when nothing does. */
    List<Message> referencesTo(Object record);

    /** Adds {@code key} ("it sources {0} posts ({1})") with the count and first codes when {@code codes} is not empty. */
    static void addIfAny(List<Message> references, String key, List<String> codes) {
        if (!codes.isEmpty()) {
            references.add(counted(key, codes.size(), codes.stream().limit(5).toList()));
        }
    }

    /** {@code key} with a count and the first few codes: "it has 42 nominated people (KAZ-0001, KAZ-0002, …)". */
    static Message counted(String key, long count, List<String> firstCodes) {
        String examples = String.join(", ", firstCodes) + (count > firstCodes.size() ? ", …" : "");
        return Message.of(key, count, examples);
    }
}
