package org.jmatu.planner.shared;

/**
 * A save lost the race to another user's edit of the same record. Carries the version now stored, so the
 * form can show both and let the user decide; nothing is overwritten. The message is English, for the log; a view
 * says it in the user's words ({@code editor.conflict.*}).
 */
public class EditConflictException extends RuntimeException {

    private final transient Object stored;

    public EditConflictException(String record, Object stored) {
        super(record + " was changed by someone else while you were editing it. "
                + (stored == null ? "It has since been deleted." : "Compare both versions before saving again."));
        this.stored = stored;
    }

    /** The version in the database now, or null when the record was deleted meanwhile. */
    public Object stored() {
        return stored;
    }
}
