package org.jmatu.planner.sourcing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.sourcing.RequestState;
import org.jmatu.planner.sourcing.SourcingExports;
import org.jmatu.planner.sourcing.SourcingFixture;
import org.jmatu.planner.sourcing.SourcingRequest;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The board: a bar per nation in the chart, filters by nation, section and state, and both exports. */
class SourcingBoardViewTest extends KaribuTest {

    SourcingFixture fixture;

    @BeforeEach
    void publishedRoster() {
        fixture = new SourcingFixture(context).setUp();
        fixture.publish(List.of(new PlanRow(fixture.post.getCode(), 1, fixture.eligible.getCode())));
    }

    @Test
    void theCommanderSeesAFillRateBarForEveryNationAndFiltersTheRequests() {
        signIn(SignedInAs.commander());
        SourcingBoardView board = open(SourcingBoardView.class);
        String svg = board.chart.getElement().getProperty("innerHTML");
        assertThat(svg).contains("<svg").contains("data-nation=\"" + fixture.asked.getCode() + "\"")
                .contains("data-nation=\"KAZ\"").contains("Fill rate per nation");

        _setValue(board.nation, fixture.asked.getCode());
        _setValue(board.section, "J9");
        assertThat(board.shown()).isNotEmpty().allMatch(request -> request.asks(fixture.asked.getCode())
                && request.getSection().equals("J9"));
        assertThat(board.shown()).extracting(SourcingRequest::slotId).contains(fixture.post.getCode() + "@0")
                .doesNotContain(fixture.post.getCode() + "@1");
        _setValue(board.state, RequestState.ACCEPTED);
        assertThat(board.shown()).allMatch(request -> request.getState() == RequestState.ACCEPTED);
    }

    @Test
    void theExportsListTheRequestsForTheBoardAndForOneNation() throws IOException {
        SourcingBoardView board = open(SourcingBoardView.class);
        _setValue(board.nation, fixture.asked.getCode());
        byte[] xlsx = SourcingExports.workbook(board.shown(), fixture.horizon());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(1)).isEqualTo("Post");
            assertThat(rows).hasSize(board.shown().size() + 1);
        }

        String cjsor = new String(SourcingExports.cjsor(board.shown(), fixture.asked.getCode(), fixture.horizon(),
                LocalDate.of(2027, 1, 1), 3), StandardCharsets.UTF_8);
        assertThat(cjsor).startsWith("CJSOR: requirements addressed to " + fixture.asked.getCode())
                .contains("1. ").contains(fixture.post.getCode() + " Chief Test Cell (J9)")
                .contains("priority Section chief");
        assertThat(SourcingExports.cjsor(board.shown(), fixture.outsider.getCode(), fixture.horizon(),
                LocalDate.of(2027, 1, 1), 3)).asString(StandardCharsets.UTF_8).doesNotContain(fixture.post.getCode());
    }
}
