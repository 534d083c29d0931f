package org.jmatu.planner.exercises;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jmatu.planner.shared.RecordGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Training areas, the combined field exercises to schedule, and the blackouts they must avoid. */
@Service
@Transactional(readOnly = true)
public class ExercisesService {

    private final TrainingAreaRepository areas;
    private final ExerciseRepository exercises;
    private final BlackoutRepository blackouts;
    private final RecordGuard guard;

    ExercisesService(TrainingAreaRepository areas, ExerciseRepository exercises, BlackoutRepository blackouts,
                     RecordGuard guard) {
        this.areas = areas;
        this.exercises = exercises;
        this.blackouts = blackouts;
        this.guard = guard;
    }

    public List<TrainingArea> findAllTrainingAreas() {
        return areas.findAllByOrderByCode();
    }

    public Optional<TrainingArea> findTrainingArea(String code) {
        return areas.findByCode(code);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public TrainingArea save(TrainingArea area) {
        return guard.save(areas, area);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public void delete(TrainingArea area) {
        guard.delete(areas, area);
    }

    public List<Exercise> findAllExercises() {
        return exercises.findAllByOrderByEarliestStartAscCodeAsc();
    }

    public Optional<Exercise> findExercise(String code) {
        return exercises.findByCode(code);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public Exercise save(Exercise exercise) {
        return guard.save(exercises, exercise);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public void delete(Exercise exercise) {
        guard.delete(exercises, exercise);
    }

    public List<Blackout> findAllBlackouts() {
        return blackouts.findAllByOrderByFromAscNameAsc();
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public Blackout save(Blackout blackout) {
        return guard.save(blackouts, blackout);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public void delete(Blackout blackout) {
        guard.delete(blackouts, blackout);
    }
}
