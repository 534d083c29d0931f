package org.jmatu.planner.staffing.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;
import org.junit.jupiter.api.Test;

/** Reading CSV files and workbooks as spreadsheets save them, and refusing what is no nominee list. */
class NomineeFileTest {

    private final ImportProblems problems = new ImportProblems();

    @Test
    void aCommaSeparatedFileWithQuotedCommasReadsByColumn() {
        List<NomineeRow> rows = csv("""
                id,name,nation,rank,english,skills,available_from,available_to
                USA-0042,"Smith, Jordan",USA,OF-3,4,OPERATIONS;INTELLIGENCE,2027-01-01,2029-12-31
                ,"Lee ""Doc"" Park",USA,OR-7,2,,,
                """);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(rows).hasSize(2);
        NomineeRow first = rows.getFirst();
        assertThat(first.number()).isEqualTo(2);
        assertThat(first.get(NomineeColumn.NAME)).isEqualTo("Smith, Jordan");
        assertThat(first.get(NomineeColumn.SKILLS)).isEqualTo("OPERATIONS;INTELLIGENCE");
        assertThat(first.get(NomineeColumn.AVAILABLE_TO)).isEqualTo("2029-12-31");
        assertThat(rows.get(1).get(NomineeColumn.NAME)).isEqualTo("Lee \"Doc\" Park");
        assertThat(rows.get(1).get(NomineeColumn.ID)).isEmpty();
    }

    @Test
    void aSemicolonSeparatedFileWithAByteOrderMarkAsGermanExcelSavesIt() {
        byte[] content = ("\uFEFFName;Nation;Rank;English;Skills;Available from\r\n"
                + "\"Müller; Anna\";KAZ;OF-2;3;\"LOGISTICS;COMMAND\";2027-03-01\r\n").getBytes(StandardCharsets.UTF_8);
        List<NomineeRow> rows = NomineeFile.read("nominees.csv", content, problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get(NomineeColumn.NAME)).isEqualTo("Müller; Anna");
            assertThat(row.get(NomineeColumn.NATION)).isEqualTo("KAZ");
            assertThat(row.get(NomineeColumn.SKILLS)).isEqualTo("LOGISTICS;COMMAND");
            assertThat(row.get(NomineeColumn.AVAILABLE_FROM)).isEqualTo("2027-03-01");
        });
    }

    @Test
    void aFileInTheOldWindowsCodePageStillReadsItsAccents() {
        byte[] content = "name,nation,rank,english\nJosé Núñez,USA,OF-1,3\n".getBytes(Charset.forName("windows-1252"));
        List<NomineeRow> rows = NomineeFile.read("nominees.csv", content, problems);
        assertThat(rows.getFirst().get(NomineeColumn.NAME)).isEqualTo("José Núñez");
    }

    @Test
    void aWorkbookReadsTextNumbersAndDateCellsAlike() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Nominees");
            List<String> header = List.of("id", "name", "nation", "rank", "english", "skills", "available_from",
                    "available_to");
            for (int column = 0; column < header.size(); column++) {
                sheet.value(0, column, header.get(column));
            }
            sheet.value(1, 0, "CHN-0007");
            sheet.value(1, 1, "Wei Example");
            sheet.value(1, 2, "CHN");
            sheet.value(1, 3, "OF-4");
            sheet.value(1, 4, 3);
            sheet.value(1, 5, "MAINT_CHINESE|OPERATIONS");
            sheet.value(1, 6, LocalDate.of(2027, 2, 1));
            sheet.style(1, 6).format("yyyy-mm-dd").set();
            sheet.value(1, 7, "2029-06-30");
            workbook.finish();
        }
        List<NomineeRow> rows = NomineeFile.read("Nominees.XLSX", bytes.toByteArray(), problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.get(NomineeColumn.ID)).isEqualTo("CHN-0007");
            assertThat(row.get(NomineeColumn.ENGLISH)).isEqualTo("3");
            assertThat(row.get(NomineeColumn.SKILLS)).isEqualTo("MAINT_CHINESE|OPERATIONS");
            assertThat(row.get(NomineeColumn.AVAILABLE_FROM)).isEqualTo("2027-02-01");
            assertThat(row.get(NomineeColumn.AVAILABLE_TO)).isEqualTo("2029-06-30");
        });
    }

    @Test
    void theTemplatesReadBackAsOneExampleRow() {
        for (var template : List.of(new Object[] {"t.csv", NomineeTemplates.csv()},
                new Object[] {"t.xlsx", NomineeTemplates.xlsx()})) {
            ImportProblems own = new ImportProblems();
            List<NomineeRow> rows = NomineeFile.read((String) template[0], (byte[]) template[1], own);
            assertThat(own.isEmpty()).isTrue();
            assertThat(rows).singleElement().satisfies(row -> {
                for (NomineeColumn column : NomineeColumn.values()) {
                    assertThat(row.get(column)).isEqualTo(column.example());
                }
            });
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsReportedAsSuch() {
        NomineeFile.read("nominees.xlsx", "id,name\n".getBytes(StandardCharsets.UTF_8), problems);
        assertThat(texts()).singleElement().asString().startsWith("file: is not an Excel workbook (.xlsx)");
    }

    @Test
    void anOldExcelFileIsAskedToBeSavedAgain() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        NomineeFile.read("nominees.xls", ole2, problems);
        assertThat(texts()).singleElement().asString().contains("Excel 97–2003");
    }

    @Test
    void anEmptyFileAWrongHeaderAndAHeaderWithoutRowsAreReported() {
        csv(" \n\n");
        assertThat(texts()).containsExactly("file: is empty; its first row must name the columns: "
                + "id, name, native_name, nation, rank, english, skills, available_from, available_to");

        ImportProblems header = new ImportProblems();
        NomineeFile.read("n.csv", "name,nation,grade,english,name\nA,USA,OF-1,2,B\n".getBytes(StandardCharsets.UTF_8),
                header);
        assertThat(header.result().problems()).extracting(ImportProblem::toString).containsExactly(
                "row 1: grade is not a column of a nominee list (the columns are id, name, native_name, nation, rank, "
                        + "english, skills, available_from, available_to)",
                "row 1: name is named twice in the header row",
                "row 1: rank is missing from the header row (the first row must name the columns: id, name, "
                        + "native_name, nation, rank, english, skills, available_from, available_to)");

        ImportProblems noRows = new ImportProblems();
        NomineeFile.read("n.csv", "name,nation,rank,english\n".getBytes(StandardCharsets.UTF_8), noRows);
        assertThat(noRows.result().problems()).extracting(ImportProblem::toString)
                .containsExactly("file: has a header row but no nominees below it");
    }

    @Test
    void aTooLargeFileTooManyRowsAndAnUnknownKindOfFileAreRefused() {
        NomineeFile.read("big.csv", new byte[NomineeImportService.MAX_BYTES + 1], problems);
        assertThat(texts()).containsExactly("file: is larger than 5 MB; split the list into smaller files");

        ImportProblems many = new ImportProblems();
        String rows = "name,nation,rank,english\n" + "A,USA,OF-1,2\n".repeat(NomineeImportService.MAX_ROWS + 1);
        NomineeFile.read("many.csv", rows.getBytes(StandardCharsets.UTF_8), many);
        assertThat(many.result().problems()).extracting(ImportProblem::toString)
                .containsExactly("file: has more than 5000 nominees; split it into smaller files");

        ImportProblems kind = new ImportProblems();
        NomineeFile.read("nominees.pdf", new byte[] {1}, kind);
        assertThat(kind.result().problems()).extracting(ImportProblem::toString)
                .containsExactly("file: must be a CSV file (.csv) or an Excel workbook (.xlsx), not a .pdf file");
    }

    /** The import dialog shows each problem in the reader's language; the report's English stays for the log. */
    @Test
    void aProblemReadsInTheImportersLanguage() {
        NomineeFile.read("nominees.pdf", new byte[] {1}, problems);
        ImportProblem kind = problems.result().problems().getFirst();

        assertThat(I18n.in(Language.KK, kind.why()::text))
                .isEqualTo("CSV файлы (.csv) немесе Excel кітабы (.xlsx) болуы тиіс, .pdf файлы емес");
        assertThat(I18n.in(Language.ZH, kind.why()::text)).isEqualTo("必须是CSV文件（.csv）或Excel工作簿（.xlsx），而不是.pdf文件");
        assertThat(kind.message()).isEqualTo("must be a CSV file (.csv) or an Excel workbook (.xlsx), not a .pdf file");
    }

    @Test
    void aRowWithMoreValuesThanTheHeaderNamesIsReported() {
        csv("id,name,nation,rank,english\nUSA-0001,Smith, Jordan,USA,OF-3,4\n");
        assertThat(texts()).containsExactly("row 2 (USA-0001): has a value in column 6, which the header row does "
                + "not name (a value containing the delimiter needs quotes)");
    }

    private List<NomineeRow> csv(String text) {
        return NomineeFile.read("nominees.csv", text.getBytes(StandardCharsets.UTF_8), problems);
    }

    private List<String> texts() {
        return problems.result().problems().stream().map(ImportProblem::toString).toList();
    }
}
