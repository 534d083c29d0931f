package org.jmatu.planner.burden;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A year's burden sharing as an Excel workbook (.xlsx) for the J8: one row per nation with its contributions in kind
 * and in money, its agreed and contributed shares and its balance, then the transfers that settle the year. Numbers
 * are numbers (shares as percentages), so the sheet sums and charts as it is. Its words are English, as every export.
 */
public final class BurdenWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> COLUMNS = List.of("Nation", "Agreed share", "Person-periods", "Company-days",
            "Exercises hosted", "Housing place-months", "Staff", "Exercises and travel", "Hosting",
            "Housing and upkeep", "Contributed", "Contributed share", "Due", "Balance");

    private BurdenWorkbook() {
    }

    public static byte[] of(BurdenYear year) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "JMATU Staff Planner", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Burden " + year.year());
            sheet.value(0, 0, "Burden sharing " + year.year() + " (" + year.currency() + ")");
            sheet.style(0, 0).bold().set();
            for (int column = 0; column < COLUMNS.size(); column++) {
                sheet.value(2, column, COLUMNS.get(column));
                sheet.style(2, column).bold().set();
            }
            int row = 3;
            for (BurdenYear.NationBurden nation : year.nations()) {
                sheet.value(row, 0, nation.nation());
                percent(sheet, row, 1, nation.agreedShare());
                sheet.value(row, 2, nation.personPeriods());
                sheet.value(row, 3, nation.companyDays());
                sheet.value(row, 4, nation.exercisesHosted());
                sheet.value(row, 5, nation.housingPlaceMonths());
                money(sheet, row, 6, nation.staff());
                money(sheet, row, 7, nation.exercises());
                money(sheet, row, 8, nation.hosting());
                money(sheet, row, 9, nation.housing());
                money(sheet, row, 10, nation.contributed());
                percent(sheet, row, 11, nation.contributedShare());
                money(sheet, row, 12, nation.due());
                money(sheet, row, 13, nation.balance());
                row++;
            }
            sheet.value(row, 0, "Total");
            sheet.style(row, 0).bold().set();
            money(sheet, row, 10, year.total());
            row += 2;
            sheet.value(row, 0, "Transfers that settle the year");
            sheet.style(row, 0).bold().set();
            for (BurdenYear.Transfer transfer : year.transfers()) {
                row++;
                sheet.value(row, 0, transfer.from() + " pays " + transfer.to());
                money(sheet, row, 1, transfer.amount());
            }
            sheet.freezePane(1, 3);
            sheet.width(0, 28);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
        return bytes.toByteArray();
    }

    private static void money(Worksheet sheet, int row, int column, double value) {
        sheet.value(row, column, value);
        sheet.style(row, column).format("#,##0.00").set();
    }

    private static void percent(Worksheet sheet, int row, int column, double value) {
        sheet.value(row, column, value);
        sheet.style(row, column).format("0.0%").set();
    }
}
