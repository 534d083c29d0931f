package org.jmatu.planner.planning.rotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.stream.IntStream;
import org.jmatu.planner.planning.rotation.domain.PersonFact;

/** Opens the roster view in a Karibu test of another package and reads its cells, as a planner sees them. */
public final class RosterCells {

    private RosterCells() {
    }

    /** The post roster's cell of {@code post} in {@code period} (a list: empty where the post has no row). */
    public static List<Div> openedPostRoster(String post, int period) {
        RosterView view = open();
        return IntStream.range(0, GridKt._size(view.roster))
                .filter(row -> GridKt._get(view.roster, row).post() != null
                        && GridKt._get(view.roster, row).post().id().equals(post))
                .mapToObj(row -> (Div) GridKt._getCellComponent(view.roster, row, "p" + period)).toList();
    }

    /** The people roster's cells of {@code person}, one per period. */
    public static List<String> peopleRosterRow(String person) {
        RosterView view = open();
        List<PersonFact> people = GridKt._findAll(view.people.grid);
        int row = IntStream.range(0, people.size()).filter(index -> people.get(index).id().equals(person))
                .findFirst().orElseThrow();
        List<String> cells = GridKt._getFormattedRow(view.people.grid, row);
        return cells.subList(1, cells.size());
    }

    private static RosterView open() {
        UI.getCurrent().navigate(RosterView.class);
        return _get(RosterView.class);
    }
}
