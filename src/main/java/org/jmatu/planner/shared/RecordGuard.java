package org.jmatu.planner.shared;

import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one place where saves and deletes of user-edited records are guarded: a stale save becomes an
 * {@link EditConflictException} carrying the stored version, and a delete of a record that others still
 * refer to becomes a {@link ReferencedRecordException} naming them.
 */
@Component
public class RecordGuard {

    private final List<ReferenceChecker> checkers;

    RecordGuard(List<ReferenceChecker> checkers) {
        this.checkers = checkers;
    }

    public <T extends VersionedEntity> T save(JpaRepository<T, Long> repository, T record) {
        try {
            return repository.saveAndFlush(record);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Object stored = record.isNew() ? null : repository.findById(record.getId()).orElse(null);
            throw new EditConflictException(describe(record), stored);
        }
    }

    public <T extends VersionedEntity> void delete(JpaRepository<T, Long> repository, T record) {
        List<Message> references = checkers.stream().flatMap(checker -> checker.referencesTo(record).stream()).toList();
        if (!references.isEmpty()) {
            throw new ReferencedRecordException(describe(record), references);
        }
        try {
            repository.delete(record);
            repository.flush();
        } catch (ObjectOptimisticLockingFailureException conflict) {
            throw new EditConflictException(describe(record), repository.findById(record.getId()).orElse(null));
        } catch (DataIntegrityViolationException stillReferenced) {
            throw new ReferencedRecordException(describe(record), List.of(Message.of("refs.still-referred")));
        }
    }

    /** "Equipment type AK74M", not the class name "EquipmentType AK74M": the message is for planners. */
    static String describe(VersionedEntity record) {
        String words = record.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " " + record;
    }
}
