package org.jmatu.planner.staffing.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jmatu.planner.staffing.NomineeRules;

/**
 * The columns of a nominee list, one row per person; the header row names them, in any order. The texts here
 * are the column documentation the import dialog shows and docs/file-formats.md repeats.
 */
public enum NomineeColumn {
    ID("id", false, "USA-0042",
            "The nominee's code. Blank: a new code in the nation's pattern (USA-0043, …). A code that exists "
                    + "updates that nominee."),
    NAME("name", true, "Jordan Example", "Full name, up to 120 characters."),
    NATIVE_NAME("native_name", false, "",
            "The name in its own script (Cyrillic, Chinese characters), up to 120 characters; shown on pages in a "
                    + "language written in that script. Blank: kept for an existing nominee, none for a new one."),
    NATION("nation", true, "USA", "ISO 3166 alpha-3 code of a member nation, e.g. KAZ, USA, RUS, CHN."),
    RANK("rank", true, "OF-3", "NATO rank code: OR-1 … OR-9 or OF-1 … OF-9."),
    ENGLISH("english", true, "3", "English level (STANAG 6001 SLP), a whole number from 0 to 5."),
    SKILLS("skills", false, "OPERATIONS;INTELLIGENCE",
            "Skill codes from the skills catalogue, separated by ; or |. May be blank."),
    AVAILABLE_FROM("available_from", false, "2027-01-01",
            "First day available, YYYY-MM-DD. Blank: kept for an existing nominee, the horizon's start for a new one."),
    AVAILABLE_TO("available_to", false, "2029-12-31",
            "Last day available, YYYY-MM-DD. Blank: kept for an existing nominee, the horizon's end for a new one.");

    private final String header;
    private final boolean required;
    private final String example;
    private final String description;

    NomineeColumn(String header, boolean required, String example, String description) {
        this.header = header;
        this.required = required;
        this.example = example;
        this.description = description;
    }

    public String header() { return header; }
    public boolean required() { return required; }
    public String example() { return example; }
    public String description() { return description; }

    /** The column a header cell names; spaces, hyphens and case do not matter ("Available from" is fine). */
    static Optional<NomineeColumn> byHeader(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(column -> column.header.equals(key)).findFirst();
    }

    /** The column that holds a field the shared nominee rules judge. */
    static String of(NomineeRules.Field field) {
        return switch (field) {
            case NAME -> NAME.header;
            case NATION -> NATION.header;
            case RANK -> RANK.header;
            case SKILLS -> SKILLS.header;
            case ENGLISH -> ENGLISH.header;
            case AVAILABLE_FROM -> AVAILABLE_FROM.header;
            case AVAILABLE_TO -> AVAILABLE_TO.header;
        };
    }

    static String headers() {
        return String.join(", ", Arrays.stream(values()).map(NomineeColumn::header).toList());
    }
}
