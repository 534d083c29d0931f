package org.jmatu.planner.staffing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.Quoted;
import org.jmatu.planner.shared.Rank;

/**
 * The rules for a nominee's fields as docs/file-formats.md states them for {@code personnel}, shared by the scenario
 * file's validator and the nominee list import so that both report the same mistake in the same words. Each
 * caller names the fields as its own format does ({@code availableFrom} in a scenario file,
 * {@code available_from} in a nominee list). A null value is one its reader has already reported as missing
 * or unreadable, so it is skipped here rather than reported twice. Each problem is a message, shown in the reader's
 * language and written in English where files, the command line and the API carry it.
 */
public final class NomineeRules {

    /** The fields these rules judge. */
    public enum Field { NAME, NATION, RANK, SKILLS, ENGLISH, AVAILABLE_FROM, AVAILABLE_TO }

    /** Receives each problem, the field already named as the caller's format names it. */
    @FunctionalInterface
    public interface Report {
        void problem(String field, Message why);
    }

    public static final int ENGLISH_MIN = 0;
    public static final int ENGLISH_MAX = 5;

    private final Function<Field, String> names;
    private final Report report;

    public NomineeRules(Function<Field, String> names, Report report) {
        this.names = names;
        this.report = report;
    }

    /** Checks one nominee's fields against docs/file-formats.md; {@code nations} are the codes a nation may be. */
    public void check(String name, String nation, Set<String> nations, String rank, List<String> skills,
                      Integer english, LocalDate availableFrom, LocalDate availableTo) {
        if (name != null && name.isBlank()) {
            report.problem(names.apply(Field.NAME), Message.of("nominee.rule.blank"));
        }
        if (nation != null && !nations.contains(nation)) {
            report.problem(names.apply(Field.NATION), Message.of("nominee.rule.nation", Quoted.value(nation)));
        }
        rank(rank);
        for (int index = 0; skills != null && index < skills.size(); index++) {
            if (skills.get(index).isBlank()) {
                report.problem(names.apply(Field.SKILLS) + "[" + index + "]", Message.of("nominee.rule.blank"));
            }
        }
        if (english != null && (english < ENGLISH_MIN || english > ENGLISH_MAX)) {
            report.problem(names.apply(Field.ENGLISH), Message.of("nominee.rule.english", english, ENGLISH_MIN,
                    ENGLISH_MAX));
        }
        if (availableFrom != null && availableTo != null && availableTo.isBefore(availableFrom)) {
            report.problem(names.apply(Field.AVAILABLE_TO), Message.of("nominee.rule.order", availableTo,
                    names.apply(Field.AVAILABLE_FROM), availableFrom));
        }
    }

    private void rank(String code) {
        if (code == null) {
            return;
        }
        try {
            Rank.fromCode(code);
        } catch (IllegalArgumentException e) {
            report.problem(names.apply(Field.RANK), Message.of("nominee.rule.rank", Quoted.value(code)));
        }
    }
}
