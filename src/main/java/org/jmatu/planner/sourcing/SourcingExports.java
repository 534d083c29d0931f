package org.jmatu.planner.sourcing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.I18n;

/**
 * The board's requests as files, in the reader's language: a workbook (.xlsx) with one row per request and a filter
 * on every column, and a CJSOR-style list for one nation (the requirements addressed to it, numbered, by priority),
 * the form in which a sourcing conference goes through them.
 */
public final class SourcingExports {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final List<String> COLUMNS = List.of("sourcing.column.priority", "sourcing.column.post",
            "sourcing.column.period", "sourcing.column.needs", "sourcing.column.nations", "sourcing.column.due",
            "sourcing.column.state", "sourcing.column.answer");

    private SourcingExports() {
    }

    public static byte[] workbook(List<SourcingRequest> requests, Horizon horizon) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "JMATU Staff Planner", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(I18n.t("menu.sourcing-requests"));
            for (int column = 0; column < COLUMNS.size(); column++) {
                sheet.value(0, column, I18n.t(COLUMNS.get(column)));
                sheet.style(0, column).bold().set();
            }
            int row = 1;
            for (SourcingRequest request : requests) {
                sheet.value(row, 0, request.getPriority().label());
                sheet.value(row, 1, request.getPostCode() + " " + request.getPostTitle());
                sheet.value(row, 2, RequestTexts.period(request, horizon));
                sheet.value(row, 3, RequestTexts.needs(request));
                sheet.value(row, 4, String.join(", ", request.nationList()));
                sheet.value(row, 5, request.getDueDate());
                sheet.style(row, 5).format(DATE_FORMAT).set();
                sheet.value(row, 6, request.getState().label());
                sheet.value(row, 7, RequestTexts.answer(request));
                row++;
            }
            int[] widths = {16, 40, 12, 44, 18, 12, 16, 50};
            for (int column = 0; column < widths.length; column++) {
                sheet.width(column, widths[column]);
            }
            sheet.freezePane(0, 1);
            sheet.setAutoFilter(0, 0, COLUMNS.size() - 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The requirements addressed to {@code nation} that are still pending, numbered by priority and due date:
     * "1. J4-CH Chief J4 Logistics (J4); period 2027-H2, … ; due …; priority Section chief; state Open".
     */
    public static byte[] cjsor(List<SourcingRequest> requests, String nation, Horizon horizon, LocalDate today,
                               int rosterVersion) {
        StringBuilder text = new StringBuilder();
        text.append(I18n.t("sourcing.cjsor.title", nation)).append('\n')
                .append(I18n.t("sourcing.cjsor.generated", RequestTexts.date(today), rosterVersion)).append("\n\n");
        AtomicInteger number = new AtomicInteger();
        requests.stream().filter(request -> request.asks(nation) && request.getState().pending())
                .sorted(Comparator.comparing(SourcingRequest::getPriority)
                        .thenComparing(SourcingRequest::getDueDate))
                .forEach(request -> text.append(I18n.t("sourcing.cjsor.line", number.incrementAndGet(),
                        request.getPostCode(), request.getPostTitle(), request.getSection(),
                        RequestTexts.period(request, horizon), RequestTexts.date(request.getPeriodStart()),
                        RequestTexts.date(request.getPeriodEnd()), RequestTexts.needs(request),
                        RequestTexts.date(request.getDueDate()), request.getPriority().label(),
                        request.getState().label())).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
