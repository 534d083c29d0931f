package org.jmatu.planner.shared;

import java.util.List;

/**
 * A delete refused because other records still refer to the one to be deleted: what refers to it, as messages for
 * the reader's language; the exception's own message is the English sentence, for the log.
 */
public class ReferencedRecordException extends RuntimeException {

    private final transient List<Message> references;

    public ReferencedRecordException(String record, List<Message> references) {
        super(record + " cannot be deleted: " + String.join("; ", references.stream().map(Message::english).toList())
                + ".");
        this.references = List.copyOf(references);
    }

    /** What still refers to the record, joined as the reader's language joins them. */
    public Message references() {
        return Message.chainOf("phrase.semicolon", references);
    }
}
