package org.jmatu.planner.staffing.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first worksheet of an Excel workbook (.xlsx) as text: a date cell becomes YYYY-MM-DD and a whole
 * number loses Excel's ".0", so that the rows read the same as the CSV the same sheet would save.
 */
final class XlsxTable {

    /** Excel's built-in date formats (ids 14–22 and 45–47) carry no format text of their own. */
    private static final List<Integer> BUILT_IN_DATE_FORMATS = List.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);

    private XlsxTable() {
    }

    /** The rows, at most {@code maxRows} of them; problems go to {@code problems} and give no rows. */
    static List<TextRow> read(byte[] content, int maxRows, ImportProblems problems) {
        if (ReadableWorkbook.isOLE2Header(content)) {
            problems.file("xls");
            return List.of();
        }
        List<TextRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                new ReadingOptions(true, false));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.limit(maxRows).forEach(row -> rows.add(new TextRow(row.getRowNum(), texts(row))));
        } catch (IOException | RuntimeException e) {
            // fastexcel reports a file that is not a workbook in several ways (zip, XML, missing parts)
            problems.file("xlsx-unreadable");
            return List.of();
        }
        return rows;
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        for (int index = 0; index < row.getCellCount(); index++) {
            Cell cell = row.getCell(index);
            cells.add(cell == null ? "" : text(cell));
        }
        return cells;
    }

    private static String text(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
            case STRING, BOOLEAN, FORMULA, ERROR -> cell.getText() == null ? "" : cell.getText();
            case EMPTY -> "";
        };
    }

    private static boolean isDate(Cell cell) {
        if (cell.getDataFormatId() != null && BUILT_IN_DATE_FORMATS.contains(cell.getDataFormatId())) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        // a custom format is a date when it shows a year or a day outside literal text and colours
        String code = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return code.contains("y") || code.contains("d");
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
