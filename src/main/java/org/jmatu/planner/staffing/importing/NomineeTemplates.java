package org.jmatu.planner.staffing.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Empty nominee lists to fill in: the header row and one example row, as CSV and as an Excel workbook. */
public final class NomineeTemplates {

    public static final String CSV_NAME = "nominees-template.csv";
    public static final String XLSX_NAME = "nominees-template.xlsx";
    public static final String XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<NomineeColumn> COLUMNS = List.of(NomineeColumn.values());

    private NomineeTemplates() {
    }

    /** UTF-8 with a byte order mark, so that Excel opens the file as UTF-8 rather than in the local code page. */
    public static byte[] csv() {
        StringBuilder text = new StringBuilder("\uFEFF");
        try {
            CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
            format.printRecord(text, COLUMNS.stream().map(NomineeColumn::header).toArray());
            format.printRecord(text, COLUMNS.stream().map(NomineeColumn::example).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to a string", e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The example row is text; dates typed into it later as Excel dates read just as well. */
    public static byte[] xlsx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "JMATU Staff Planner", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Nominees");
            for (int column = 0; column < COLUMNS.size(); column++) {
                sheet.value(0, column, COLUMNS.get(column).header());
                sheet.style(0, column).bold().set();
                sheet.value(1, column, COLUMNS.get(column).example());
                sheet.width(column, column == NomineeColumn.NAME.ordinal() || column == NomineeColumn.NATIVE_NAME.ordinal()
                        || column == NomineeColumn.SKILLS.ordinal()
                        ? 28 : 16);
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
        return bytes.toByteArray();
    }
}
