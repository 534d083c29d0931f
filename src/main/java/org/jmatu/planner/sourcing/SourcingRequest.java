package org.jmatu.planner.sourcing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import org.jmatu.planner.planning.SlotNeeds.SlotNeed;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.shared.VersionedEntity;

/**
 * A request to the nations for one slot of a published roster: what the slot needs (copied when the request is
 * made, so that it reads as it was asked even after the establishment changes), the nations that may fill it, by
 * when, and each answer with who gave it and when.
 */
@Entity
@Audited
public class SourcingRequest extends VersionedEntity {

    private String postCode;
    private String postTitle;
    private String section;
    private int periodIndex;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String rankMin;
    private String rankMax;
    /** Skill codes, comma-separated. */
    private String skills;
    private int englishMin;
    /** The nations that may fill the slot, comma-separated codes. */
    private String nations;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private RequestPriority priority;
    @Enumerated(EnumType.STRING)
    private RequestReason reason;
    /** The holder who leaves early, for {@link RequestReason#HOLDER_LEAVES}. */
    private String holderCode;
    private int rosterVersion;
    @Enumerated(EnumType.STRING)
    private RequestState state = RequestState.OPEN;
    private Instant createdAt;
    private String offeredPerson;
    private String offeredNation;
    private String offeredBy;
    private Instant offeredAt;
    private String declinedNation;
    @Size(max = 500)
    private String declineReason;
    /** Who accepted, declined or withdrew the request, or asked again, and when. */
    private String closedBy;
    private Instant closedAt;

    protected SourcingRequest() {
    }

    SourcingRequest(SlotNeed need, LocalDate dueDate, int rosterVersion, Instant createdAt) {
        this.postCode = need.post();
        this.postTitle = need.title();
        this.section = need.section() == null ? "" : need.section();
        this.periodIndex = need.period();
        this.periodStart = need.start();
        this.periodEnd = need.end();
        this.rankMin = need.rankMin();
        this.rankMax = need.rankMax();
        this.skills = String.join(",", need.skills());
        this.englishMin = need.englishMin();
        this.nations = String.join(",", need.nations());
        this.dueDate = dueDate;
        this.priority = need.keyPost() ? RequestPriority.KEY_POST
                : need.sectionChief() ? RequestPriority.SECTION_CHIEF : RequestPriority.ROUTINE;
        this.reason = need.holder() == null ? RequestReason.UNFILLED : RequestReason.HOLDER_LEAVES;
        this.holderCode = need.holder();
        this.rosterVersion = rosterVersion;
        this.createdAt = createdAt;
    }

    /**
     * A pending request read from a scenario file: priority, due date, state and offer as the file states them;
     * roster version 0, since no roster of this database made it.
     */
    static SourcingRequest imported(SlotNeed need, LocalDate dueDate, RequestPriority priority, RequestReason reason,
                                    RequestState state, String offeredPerson, String offeredNation, String by,
                                    Instant when) {
        SourcingRequest request = new SourcingRequest(need, dueDate, 0, when);
        request.priority = priority;
        request.reason = reason;
        if (state == RequestState.OFFERED) {
            request.offer(offeredPerson, offeredNation, by, when);
        }
        return request;
    }

    void offer(String person, String nation, String by, Instant when) {
        require(state == RequestState.OPEN, "sourcing.error.not-open");
        state = RequestState.OFFERED;
        offeredPerson = person;
        offeredNation = nation;
        offeredBy = by;
        offeredAt = when;
    }

    void decline(String nation, String why, String by, Instant when) {
        require(state == RequestState.OPEN, "sourcing.error.not-open");
        state = RequestState.DECLINED;
        declinedNation = nation;
        declineReason = why;
        close(by, when);
    }

    void accept(String by, Instant when) {
        require(state == RequestState.OFFERED, "sourcing.error.not-offered");
        state = RequestState.ACCEPTED;
        close(by, when);
    }

    /** Back to open after an offer the planners do not take or a decline: the nations are asked once more. */
    void askAgain(String by, Instant when) {
        require(state == RequestState.OFFERED || state == RequestState.DECLINED, "sourcing.error.not-answered");
        state = RequestState.OPEN;
        offeredPerson = null;
        offeredNation = null;
        offeredBy = null;
        offeredAt = null;
        declinedNation = null;
        declineReason = null;
        close(by, when);
    }

    void withdraw(String by, Instant when) {
        state = RequestState.WITHDRAWN;
        close(by, when);
    }

    private void close(String by, Instant when) {
        closedBy = by;
        closedAt = when;
    }

    private void require(boolean condition, String key) {
        if (!condition) {
            throw new IllegalStateException(I18n.t(key, postCode, periodIndex + 1,
                    state.label()));
        }
    }

    public boolean overdue(LocalDate today) {
        return state == RequestState.OPEN && today.isAfter(dueDate);
    }

    /** May nation {@code code} answer this request? */
    public boolean asks(String code) {
        return nationList().contains(code);
    }

    public List<String> nationList() {
        return nations.isEmpty() ? List.of() : Arrays.asList(nations.split(","));
    }

    public List<String> skillList() {
        return skills.isEmpty() ? List.of() : Arrays.asList(skills.split(","));
    }

    /** "J4-CH@2", the slot id the roster and the pins use. */
    public String slotId() {
        return postCode + "@" + periodIndex;
    }

    /** "J4-CH 2027-H2": the slot as people read it, by its post and its period's label. */
    public String slotLabel() {
        int months = (int) ChronoUnit.MONTHS.between(periodStart, periodEnd.plusDays(1));
        return postCode + " " + new Period(periodIndex, periodStart, periodEnd, months).label();
    }

    public String rankBand() {
        return rankMin.equals(rankMax) ? rankMin : rankMin + "–" + rankMax;
    }

    public String getPostCode() { return postCode; }
    public String getPostTitle() { return postTitle; }
    public String getSection() { return section; }
    public int getPeriodIndex() { return periodIndex; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public String getRankMin() { return rankMin; }
    public String getRankMax() { return rankMax; }
    public int getEnglishMin() { return englishMin; }
    public LocalDate getDueDate() { return dueDate; }
    public RequestPriority getPriority() { return priority; }
    public RequestReason getReason() { return reason; }
    public String getHolderCode() { return holderCode; }
    public int getRosterVersion() { return rosterVersion; }
    public RequestState getState() { return state; }
    public Instant getCreatedAt() { return createdAt; }
    public String getOfferedPerson() { return offeredPerson; }
    public String getOfferedNation() { return offeredNation; }
    public String getOfferedBy() { return offeredBy; }
    public Instant getOfferedAt() { return offeredAt; }
    public String getDeclinedNation() { return declinedNation; }
    public String getDeclineReason() { return declineReason; }
    public String getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
}
