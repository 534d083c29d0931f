package org.jmatu.planner.audit;

import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jmatu.planner.shared.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers tables back as changes. Each audit row is compared with the previous revision of the same
 * record, so a change lists only the fields that differ. Plain SQL over the audit tables keeps this module
 * free of the other modules' entity classes (a saved roster plan's class is internal to planning).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({"PLANNER", "COMMANDER", "ADMIN"})
public class AuditTrail {

    static final int LIMIT = 500;
    /** Columns every audit row has that say nothing about the record itself. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "rev", "revtype", "version", "revtstmp", "username");

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest changes first, at most {@value #LIMIT}. */
    public List<Change> find(AuditFilter filter) {
        List<Change> changes = new ArrayList<>();
        for (AuditedKind kind : AuditedKind.values()) {
            if (filter.kind() == null || filter.kind() == kind) {
                changes.addAll(changesOf(kind, (id, when, user) -> matches(filter, when, user)));
            }
        }
        changes.sort(Comparator.comparingLong(Change::revision).reversed().thenComparing(Change::record));
        return changes.size() > LIMIT ? List.copyOf(changes.subList(0, LIMIT)) : changes;
    }

    /** The changes to one record saved after {@code since}, oldest first: what others did while one edited it. */
    public List<Change> changesSince(AuditedKind kind, long recordId, Instant since) {
        return changesOf(kind, (id, when, user) -> id == recordId && when.isAfter(since));
    }

    /** Which audit rows to report, decided per row from its record, time and user. */
    private interface RowFilter {
        boolean keeps(long id, Instant when, String user);
    }

    /** The distinct users who changed anything, for the view's user filter. */
    public List<String> users() {
        return jdbc.queryForList("select distinct username from revinfo where username is not null order by username",
                String.class);
    }

    private List<Change> changesOf(AuditedKind kind, RowFilter filter) {
        // All revisions of the kind are read (ordered per record) so each row can be compared with its
        // predecessor even when the predecessor falls outside the filter; the filter applies after.
        String sql = "select a.*, r.revtstmp, r.username from " + kind.table + " a join revinfo r on r.rev = a.rev"
                + " order by a.id, a.rev";
        Map<AuditedCollection, Map<Long, NavigableMap<Long, String>>> collections = new LinkedHashMap<>();
        AuditedCollection.of(kind).forEach(collection -> collections.put(collection, collection.history(jdbc)));
        Map<Long, Map<String, Object>> previous = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        AuditedValues values = new AuditedValues(nationCodes(), periodLabels());
        jdbc.query(sql, (ResultSet rs) -> {
            Map<String, Object> row = row(rs);
            long id = ((Number) row.get("id")).longValue();
            long rev = ((Number) row.get("rev")).longValue();
            collections.forEach((collection, history) -> row.put(collection.name(),
                    Optional.ofNullable(history.get(id)).map(revisions -> revisions.floorEntry(rev))
                            .map(Map.Entry::getValue).orElse(null)));
            Map<String, Object> before = previous.put(id, row);
            Instant when = Instant.ofEpochMilli(((Number) row.get("revtstmp")).longValue());
            String user = (String) row.get("username");
            if (filter.keeps(id, when, user)) {
                String action = action(row);
                // Envers keeps no values on a delete row: there is nothing to compare
                changes.add(new Change(rev, when, user, kind,
                        label(kind, row, before), action, "deleted".equals(action) ? "" : describe(row, before, values)));
            }
        });
        return changes;
    }

    private static boolean matches(AuditFilter filter, Instant when, String user) {
        var day = when.atZone(ZoneOffset.UTC).toLocalDate();
        return (filter.username() == null || filter.username().equals(user))
                && (filter.from() == null || !day.isBefore(filter.from()))
                && (filter.to() == null || !day.isAfter(filter.to()));
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(), rs.getObject(i));
        }
        return row;
    }

    private static String label(AuditedKind kind, Map<String, Object> row, Map<String, Object> before) {
        Object name = row.get(kind.nameColumn);
        if (name == null && before != null) {
            name = before.get(kind.nameColumn); // a delete row may carry no values
        }
        String text = name == null ? "#" + row.get("id") : name.toString();
        return kind == AuditedKind.ROSTER_PLAN ? "v" + text : text;
    }

    /** Envers' revision types: 0 added, 1 modified, 2 deleted. */
    private static String action(Map<String, Object> row) {
        return switch (((Number) row.get("revtype")).intValue()) {
            case 0 -> "created";
            case 2 -> "deleted";
            default -> "changed";
        };
    }

    /** Nations by id: the audit rows keep a nation's id, people know it by its code. */
    private Map<Object, String> nationCodes() {
        Map<Object, String> codes = new HashMap<>();
        jdbc.query("select id, code from nation", (ResultSet rs) -> {
            codes.put(rs.getLong("id"), rs.getString("code"));
        });
        return codes;
    }

    /** The horizon's periods by index: phases and garrison steps keep a period's index, people know its label. */
    private List<String> periodLabels() {
        String horizon = "select start_date, period_months, periods from horizon";
        return jdbc.query(horizon, (ResultSetExtractor<List<String>>) rs -> {
            if (!rs.next()) {
                return List.<String>of();
            }
            LocalDate start = rs.getObject("start_date", LocalDate.class);
            int months = rs.getInt("period_months");
            return IntStream.range(0, rs.getInt("periods")).mapToObj(index -> Period.of(start, months, index).label())
                    .toList();
        });
    }

    private static String describe(Map<String, Object> row, Map<String, Object> before, AuditedValues values) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> field : row.entrySet()) {
            String column = field.getKey();
            if (BOOKKEEPING.contains(column)) {
                continue;
            }
            Object now = field.getValue();
            if (before == null) {
                if (now != null) {
                    parts.add(AuditedFields.label(column) + ": " + values.shown(column, now));
                }
            } else if (!Objects.equals(before.get(column), now)) {
                parts.add(AuditedFields.label(column) + ": " + values.shown(column, before.get(column)) + " → "
                        + values.shown(column, now));
            }
        }
        return String.join("; ", parts);
    }
}
