package org.jmatu.planner.exercises;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    Optional<Exercise> findByCode(String code);

    List<Exercise> findAllByOrderByEarliestStartAscCodeAsc();
}
