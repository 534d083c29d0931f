package org.jmatu.planner.planning.calendar.solver;

import org.jmatu.planner.planning.calendar.domain.AreaFact;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.Participation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Sets the dates, the area and the participants of one or more exercises in one step. A calendar that misses a
 * capability or clashes often needs all three changed together (another area in the only free weeks, with the
 * holder of the missing capability): one variable at a time, every step on the way breaks another hard rule.
 */
final class PlacementMove extends AbstractMove<CalendarSolution> {

    /** Changes nothing, so it is never doable: what a factory returns when its random pick allows no move. */
    static final PlacementMove NONE = new PlacementMove(List.of());

    /** One exercise's new start and area, and the participation value of each of its participations. */
    record Change(ExerciseAssignment assignment, LocalDate start, AreaFact area, List<Participation> participations,
                  List<Boolean> values) {

        boolean changes() {
            if (!Objects.equals(assignment.getStart(), start) || !Objects.equals(assignment.getArea(), area)) {
                return true;
            }
            for (int i = 0; i < participations.size(); i++) {
                if (!Objects.equals(participations.get(i).getParticipating(), values.get(i))) {
                    return true;
                }
            }
            return false;
        }

        Change now() {
            List<Boolean> before = new ArrayList<>(participations.size());
            participations.forEach(p -> before.add(p.getParticipating()));
            return new Change(assignment, assignment.getStart(), assignment.getArea(), participations, before);
        }
    }

    private final List<Change> changes;

    PlacementMove(List<Change> changes) {
        this.changes = changes;
    }

    List<Change> changes() {
        return changes;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<CalendarSolution> scoreDirector) {
        for (Change change : changes) {
            if (change.assignment().isPinned()
                    && (!Objects.equals(change.assignment().getStart(), change.start())
                    || !Objects.equals(change.assignment().getArea(), change.area()))) {
                return false;
            }
        }
        return changes.stream().anyMatch(Change::changes);
    }

    @Override
    protected PlacementMove createUndoMove(ScoreDirector<CalendarSolution> scoreDirector) {
        return new PlacementMove(changes.stream().map(Change::now).toList());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<CalendarSolution> scoreDirector) {
        for (Change change : changes) {
            ExerciseAssignment a = change.assignment();
            if (!Objects.equals(a.getStart(), change.start())) {
                scoreDirector.beforeVariableChanged(a, "start");
                a.setStart(change.start());
                scoreDirector.afterVariableChanged(a, "start");
            }
            if (!Objects.equals(a.getArea(), change.area())) {
                scoreDirector.beforeVariableChanged(a, "area");
                a.setArea(change.area());
                scoreDirector.afterVariableChanged(a, "area");
            }
            for (int i = 0; i < change.participations().size(); i++) {
                Participation p = change.participations().get(i);
                Boolean value = change.values().get(i);
                if (!Objects.equals(p.getParticipating(), value)) {
                    scoreDirector.beforeVariableChanged(p, "participating");
                    p.setParticipating(value);
                    scoreDirector.afterVariableChanged(p, "participating");
                }
            }
        }
    }

    @Override
    public PlacementMove rebase(ScoreDirector<CalendarSolution> destinationScoreDirector) {
        List<Change> rebased = new ArrayList<>(changes.size());
        for (Change change : changes) {
            rebased.add(new Change(destinationScoreDirector.lookUpWorkingObject(change.assignment()), change.start(),
                    change.area() == null ? null : destinationScoreDirector.lookUpWorkingObject(change.area()),
                    rebaseList(change.participations(), destinationScoreDirector), change.values()));
        }
        return new PlacementMove(rebased);
    }

    @Override
    public List<Object> getPlanningEntities() {
        List<Object> entities = new ArrayList<>();
        for (Change change : changes) {
            entities.add(change.assignment());
            entities.addAll(change.participations());
        }
        return entities;
    }

    @Override
    public List<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        for (Change change : changes) {
            values.add(change.start());
            values.add(change.area());
        }
        values.add(Boolean.TRUE);
        values.add(Boolean.FALSE);
        return values;
    }

    @Override
    public String toString() {
        return changes.stream().map(c -> c.assignment() + " -> " + c.start() + " " + c.area() + " "
                        + participants(c)).collect(Collectors.joining(", ", "{", "}"));
    }

    private static List<String> participants(Change change) {
        List<String> in = new ArrayList<>();
        for (int i = 0; i < change.participations().size(); i++) {
            if (Boolean.TRUE.equals(change.values().get(i))) {
                in.add(change.participations().get(i).getCompany().id());
            }
        }
        return in;
    }
}
