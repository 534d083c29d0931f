package org.jmatu.planner.burden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The worked example's year as the J8 downloads it: one row per nation, numbers as numbers, then the transfers. */
class BurdenWorkbookTest {

    @Test
    void theWorkbookHoldsTheTableAndTheTransfers() throws IOException {
        BurdenYear year = BurdenSharing.of(WorkedExample.scenario(), WorkedExample.plan(), 2027);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(BurdenWorkbook.of(year)))) {
            // the reader leaves out the empty row under the title
            List<Row> rows = workbook.getFirstSheet().read();

            assertThat(rows.get(1).getCellText(0)).isEqualTo("Nation");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("KAZ");
            assertThat(rows.get(2).getCellAsNumber(10)).hasValueSatisfying(value ->
                    assertThat(value.doubleValue()).isEqualTo(262_000.0));
            assertThat(rows.get(4).getCellText(0)).isEqualTo("KGZ");
            assertThat(rows.get(4).getCellAsNumber(13)).hasValueSatisfying(value ->
                    assertThat(value.doubleValue()).isEqualTo(-65_512.0));
            assertThat(rows.stream().map(row -> row.getCellText(0))).contains("KGZ pays KAZ", "KGZ pays USA");
        }
    }
}
