package org.jmatu.planner.staffing.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jmatu.planner.shared.Message;

/**
 * Turns an uploaded nominee list (.csv or .xlsx) into rows by column, or reports why it cannot: too large, not
 * a spreadsheet, no or a wrong header row, no rows, too many rows, more values in a row than columns.
 */
final class NomineeFile {

    private NomineeFile() {
    }

    static List<NomineeRow> read(String fileName, byte[] content, ImportProblems problems) {
        if (content.length > NomineeImportService.MAX_BYTES) {
            problems.file("too-large", NomineeImportService.MAX_BYTES / (1024 * 1024));
            return List.of();
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        // the header row and one row more than allowed, so that too long a list is noticed without reading it all
        int rowsToRead = NomineeImportService.MAX_ROWS + 2;
        List<TextRow> rows;
        if (name.endsWith(".csv")) {
            rows = CsvTable.read(content, rowsToRead, problems);
        } else if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            rows = XlsxTable.read(content, rowsToRead, problems);
        } else {
            problems.file("kind", Optional.ofNullable(fileName).filter(n -> n.contains("."))
                    .map(n -> Message.of("import.why.kind.extension", n.substring(n.lastIndexOf('.'))))
                    .orElseGet(() -> Message.of("import.why.kind.none")));
            return List.of();
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<TextRow> filled = rows.stream().filter(row -> !row.isBlank()).toList();
        if (filled.isEmpty()) {
            problems.file("empty", NomineeColumn.headers());
            return List.of();
        }
        Map<Integer, NomineeColumn> header = header(filled.getFirst(), problems);
        List<TextRow> body = filled.subList(1, filled.size());
        if (body.isEmpty() && problems.isEmpty()) {
            problems.file("no-rows");
        }
        if (body.size() > NomineeImportService.MAX_ROWS) {
            problems.file("too-many", String.valueOf(NomineeImportService.MAX_ROWS));
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        return body.stream().map(row -> nomineeRow(row, header, problems)).toList();
    }

    /** Cell index → column; every required column named, none twice, no unknown names. */
    private static Map<Integer, NomineeColumn> header(TextRow row, ImportProblems problems) {
        Map<Integer, NomineeColumn> header = new HashMap<>();
        Map<NomineeColumn, Integer> seen = new EnumMap<>(NomineeColumn.class);
        for (int index = 0; index < row.cells().size(); index++) {
            String text = row.cells().get(index).strip();
            if (text.isEmpty()) {
                continue;
            }
            Optional<NomineeColumn> column = NomineeColumn.byHeader(text);
            if (column.isEmpty()) {
                problems.add(new ImportProblem(row.number(), null, text,
                        Message.of("import.why.unknown-column", NomineeColumn.headers())));
            } else if (seen.putIfAbsent(column.get(), index) != null) {
                problems.add(new ImportProblem(row.number(), null, column.get().header(),
                        Message.of("import.why.twice")));
            } else {
                header.put(index, column.get());
            }
        }
        for (NomineeColumn column : NomineeColumn.values()) {
            if (column.required() && !seen.containsKey(column)) {
                problems.add(new ImportProblem(row.number(), null, column.header(),
                        Message.of("import.why.missing-column", NomineeColumn.headers())));
            }
        }
        return header;
    }

    private static NomineeRow nomineeRow(TextRow row, Map<Integer, NomineeColumn> header, ImportProblems problems) {
        Map<NomineeColumn, String> values = new EnumMap<>(NomineeColumn.class);
        List<Integer> unnamed = new ArrayList<>();
        for (int index = 0; index < row.cells().size(); index++) {
            String value = row.cells().get(index).strip();
            NomineeColumn column = header.get(index);
            if (column != null) {
                values.put(column, value);
            } else if (!value.isEmpty()) {
                unnamed.add(index + 1);
            }
        }
        NomineeRow nominee = new NomineeRow(row.number(), values);
        if (!unnamed.isEmpty()) {
            problems.add(nominee.problem(null, "unnamed-column", unnamed.getFirst()));
        }
        return nominee;
    }
}
