package org.jmatu.planner.staffing.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.shared.EditConflictException;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.PersonFilter;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a nominee list (.csv or .xlsx, columns in {@link NomineeColumn}) all or nothing: every row is checked
 * first, and only a list without a single problem is saved, in one transaction. A row whose id is stored
 * updates that nominee (the audit trail records the change); a row with a new or blank id adds one. Liaison
 * officers import their own nation's nominees only, as {@link StaffingService} enforces for every save.
 */
@Service
public class NomineeImportService {

    /** Far above a brigade's list (some thousand rows of a few hundred bytes). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;

    private final StaffingService staffing;
    private final NationService nations;
    private final Validator validator;
    private final TransactionTemplate transactions;

    NomineeImportService(StaffingService staffing, NationService nations, Validator validator,
                         PlatformTransactionManager transactionManager) {
        this.staffing = staffing;
        this.nations = nations;
        this.validator = validator;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Checks and, when nothing is wrong, imports the list. Not one transaction from the start: the checks read
     * through {@link StaffingService}, whose refusals of another nation's nominee are answers here, not errors
     * that should doom the import's transaction.
     */
    @RolesAllowed({"PLANNER", "LIAISON"})
    public ImportResult importNominees(String fileName, byte[] content) {
        ImportProblems problems = new ImportProblems();
        List<NomineeRow> rows = NomineeFile.read(fileName, content, problems);
        if (!problems.isEmpty()) {
            return problems.result();
        }
        List<NomineeChecker.Change> changes = new NomineeChecker(context(), validator, problems).check(rows);
        if (!problems.isEmpty()) {
            return problems.result();
        }
        return save(changes, problems);
    }

    private ImportResult save(List<NomineeChecker.Change> changes, ImportProblems problems) {
        return transactions.execute(status -> {
            for (NomineeChecker.Change change : changes) {
                try {
                    staffing.save(change.person());
                } catch (EditConflictException e) {
                    status.setRollbackOnly();
                    problems.add(new ImportProblem(change.row(), change.person().getCode(), "",
                            Message.of("import.why.changed-meanwhile")));
                    return problems.result();
                }
            }
            int created = (int) changes.stream().filter(NomineeChecker.Change::created).count();
            return ImportResult.imported(created, changes.size() - created);
        });
    }

    private ImportContext context() {
        Map<String, Nation> byCode = nations.findAll().stream()
                .collect(Collectors.toMap(Nation::getCode, Function.identity()));
        Map<String, Skill> skills = staffing.findAllSkills().stream()
                .collect(Collectors.toMap(Skill::getCode, Function.identity()));
        Optional<Horizon> horizon = nations.horizon();
        LocalDate start = horizon.map(Horizon::getStartDate).orElse(null);
        LocalDate end = horizon.map(h -> h.period(h.getPeriods() - 1).end()).orElse(null);
        return new ImportContext(byCode, skills, CurrentUser.liaisonNation(), staffing::findPerson,
                this::codesOf, start, end);
    }

    private List<String> codesOf(Nation nation) {
        PersonFilter prefixed = new PersonFilter(nation, null, null, null, nation.getCode() + "-");
        return staffing.findPeople(prefixed, Pageable.unpaged()).map(Person::getCode).toList();
    }
}
