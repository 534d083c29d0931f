package org.jmatu.planner.staffing.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.Quoted;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.NomineeRules;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.Skill;
import org.springframework.security.access.AccessDeniedException;

/**
 * Checks every row of a nominee list and turns the good ones into people to save: the scenario file's rules for
 * a nominee ({@link NomineeRules}), the Person entity's own constraints, and what only an import can get wrong
 * (an id twice in the file, an unknown skill, another nation's row or nominee for a liaison officer). Nothing
 * is saved here, so a caller saves only when every row passed.
 */
final class NomineeChecker {

    /** The generator's pattern, e.g. USA-0042: the nation's code and a serial of at least four digits. */
    private static final Pattern SERIAL = Pattern.compile("[A-Z]{3}-(\\d{4,9})");
    private static final Pattern SKILL_SEPARATORS = Pattern.compile("[;|]");

    private final ImportContext context;
    private final Validator validator;
    private final ImportProblems problems;
    private final Map<String, Integer> nextSerial = new HashMap<>();

    NomineeChecker(ImportContext context, Validator validator, ImportProblems problems) {
        this.context = context;
        this.validator = validator;
        this.problems = problems;
    }

    /** A row's person, new or the stored one with the row's values, ready to save. */
    record Change(int row, Person person, boolean created) {
    }

    List<Change> check(List<NomineeRow> rows) {
        Map<String, Integer> firstRowOfId = new HashMap<>();
        for (NomineeRow row : rows) {
            String id = id(row);
            Integer earlier = id.isEmpty() ? null : firstRowOfId.putIfAbsent(id, row.number());
            if (earlier != null) {
                problems.add(row.problem(NomineeColumn.ID, "id-used", Quoted.value(id), String.valueOf(earlier)));
            }
        }
        List<Change> changes = new ArrayList<>();
        for (NomineeRow row : rows) {
            Change change = change(row, firstRowOfId.keySet());
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    /** The row's change, or null when the row has a problem. */
    private Change change(NomineeRow row, Set<String> idsInFile) {
        int before = problems.size();
        String name = required(row, NomineeColumn.NAME);
        String nationCode = upper(required(row, NomineeColumn.NATION));
        String rankCode = required(row, NomineeColumn.RANK);
        Integer english = english(row);
        List<String> skillCodes = Arrays.stream(SKILL_SEPARATORS.split(row.get(NomineeColumn.SKILLS)))
                .map(code -> upper(code.strip())).filter(code -> !code.isEmpty()).toList();
        LocalDate from = date(row, NomineeColumn.AVAILABLE_FROM);
        LocalDate to = date(row, NomineeColumn.AVAILABLE_TO);
        new NomineeRules(NomineeColumn::of, (column, why) ->
                problems.add(new ImportProblem(row.number(), row.get(NomineeColumn.ID), column, why)))
                .check(name, nationCode, context.nations().keySet(), rankCode, skillCodes, english, from, to);
        Set<Skill> skills = skills(row, skillCodes);
        ownNation(row, nationCode);
        Optional<Person> stored = stored(row);
        if (stored == null || problems.size() > before) {
            return null;
        }
        Nation nation = context.nations().get(nationCode);
        Person person = stored.orElseGet(() -> newPerson(row, nation, idsInFile));
        person.setName(name);
        if (!row.get(NomineeColumn.NATIVE_NAME).isEmpty()) {
            person.setNativeName(row.get(NomineeColumn.NATIVE_NAME));
        }
        person.setNation(nation);
        person.setRank(Rank.fromCode(rankCode));
        person.setEnglish(english);
        person.setSkills(skills);
        if (from != null) {
            person.setAvailableFrom(from);
        }
        if (to != null) {
            person.setAvailableTo(to);
        }
        constraints(row, person);
        return problems.size() > before ? null : new Change(row.number(), person, stored.isEmpty());
    }

    /** The stored nominee of the row's id: empty for a new one, null when the row may not touch it. */
    private Optional<Person> stored(NomineeRow row) {
        String id = id(row);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return context.existing().apply(id);
        } catch (AccessDeniedException e) {
            problems.add(row.problem(NomineeColumn.ID, "other-nation", Quoted.value(id)));
            return null;
        }
    }

    private Person newPerson(NomineeRow row, Nation nation, Set<String> idsInFile) {
        LocalDate from = context.horizonStart();
        LocalDate to = context.horizonEnd();
        if (from == null) {
            for (NomineeColumn column : List.of(NomineeColumn.AVAILABLE_FROM, NomineeColumn.AVAILABLE_TO)) {
                if (row.get(column).isEmpty()) {
                    problems.add(row.problem(column, "no-horizon"));
                }
            }
        }
        String id = id(row).isEmpty() ? generatedId(nation, idsInFile) : id(row);
        return new Person(id, null, nation, null, 0, from, to);
    }

    /** The next code in the nation's pattern after every stored one and every one in the file. */
    private String generatedId(Nation nation, Set<String> idsInFile) {
        int serial = nextSerial.computeIfAbsent(nation.getCode(), code -> {
            int highest = 0;
            for (String taken : concat(context.codesOf().apply(nation), idsInFile)) {
                Matcher matcher = SERIAL.matcher(taken);
                if (taken.startsWith(code + "-") && matcher.matches()) {
                    highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
                }
            }
            return highest + 1;
        });
        nextSerial.put(nation.getCode(), serial + 1);
        return String.format("%s-%04d", nation.getCode(), serial);
    }

    private static List<String> concat(Iterable<String> stored, Set<String> inFile) {
        List<String> all = new ArrayList<>(inFile);
        stored.forEach(all::add);
        return all;
    }

    /** A liaison officer's rows are of their own nation, like everything else they may save. */
    private void ownNation(NomineeRow row, String nationCode) {
        context.ownNation().filter(own -> nationCode != null && !own.equals(nationCode))
                .ifPresent(own -> problems.add(row.problem(NomineeColumn.NATION, "not-yours", nationCode, own)));
    }

    private Set<Skill> skills(NomineeRow row, List<String> codes) {
        Set<Skill> skills = new LinkedHashSet<>();
        for (String code : codes) {
            Skill skill = context.skills().get(code);
            if (skill == null) {
                problems.add(row.problem(NomineeColumn.SKILLS, "unknown-skill", Quoted.value(code)));
            } else {
                skills.add(skill);
            }
        }
        return skills;
    }

    /** The Person entity's own constraints (the id's pattern, the name's length), reported by column. */
    private void constraints(NomineeRow row, Person person) {
        for (ConstraintViolation<Person> violation : validator.validate(person)) {
            problems.add(row.problem(column(violation.getPropertyPath().toString()), "check", violation.getMessage()));
        }
    }

    /** The column of an entity property; null (the row as a whole) for one no column sets. */
    private static NomineeColumn column(String property) {
        return switch (property) {
            case "code" -> NomineeColumn.ID;
            case "name" -> NomineeColumn.NAME;
            case "nativeName" -> NomineeColumn.NATIVE_NAME;
            case "nation" -> NomineeColumn.NATION;
            case "rank" -> NomineeColumn.RANK;
            case "english" -> NomineeColumn.ENGLISH;
            case "availableFrom" -> NomineeColumn.AVAILABLE_FROM;
            case "availableTo", "availabilityOrdered" -> NomineeColumn.AVAILABLE_TO;
            default -> null;
        };
    }

    private String required(NomineeRow row, NomineeColumn column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problems.add(row.problem(column, "missing"));
            return null;
        }
        return value;
    }

    private Integer english(NomineeRow row) {
        String value = required(row, NomineeColumn.ENGLISH);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(row.problem(NomineeColumn.ENGLISH, "english", NomineeRules.ENGLISH_MIN,
                    NomineeRules.ENGLISH_MAX, Quoted.value(value)));
            return null;
        }
    }

    private LocalDate date(NomineeRow row, NomineeColumn column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(row.problem(column, "date", Quoted.value(value)));
            return null;
        }
    }

    private static String id(NomineeRow row) {
        return upper(row.get(NomineeColumn.ID));
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
