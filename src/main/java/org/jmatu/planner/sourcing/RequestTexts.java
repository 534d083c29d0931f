package org.jmatu.planner.sourcing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.I18n;

/**
 * A request in words, in the reader's language: what it needs and how it was answered. The views, the workbook and
 * the CJSOR list say it the same way.
 */
public final class RequestTexts {

    private RequestTexts() {
    }

    /** "OF-3–OF-4, English 3, skills: LOGISTICS". */
    public static String needs(SourcingRequest request) {
        return request.skillList().isEmpty()
                ? I18n.t("sourcing.needs.no-skills", request.rankBand(), request.getEnglishMin())
                : I18n.t("sourcing.needs", request.rankBand(), request.getEnglishMin(),
                        String.join(", ", request.skillList()));
    }

    /** The period as the roster labels it ("2027-H2"); its start date where the horizon has changed since. */
    public static String period(SourcingRequest request, Horizon horizon) {
        if (horizon != null && request.getPeriodIndex() < horizon.getPeriods()
                && horizon.period(request.getPeriodIndex()).start().equals(request.getPeriodStart())) {
            return horizon.period(request.getPeriodIndex()).label();
        }
        return date(request.getPeriodStart());
    }

    /** The latest answer: who was offered by whom, or the decline and its reason; empty while none. */
    public static String answer(SourcingRequest request) {
        if (request.getOfferedPerson() != null) {
            return I18n.t("sourcing.answer.offered", request.getOfferedPerson(), request.getOfferedNation()) + " "
                    + I18n.t("sourcing.answer.by", request.getOfferedBy(), stamp(request.getOfferedAt()));
        }
        if (request.getDeclinedNation() != null) {
            return I18n.t("sourcing.answer.declined", request.getDeclinedNation(), request.getDeclineReason()) + " "
                    + I18n.t("sourcing.answer.by", request.getClosedBy(), stamp(request.getClosedAt()));
        }
        return "";
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : I18n.language().dateFormat().format(date);
    }

    private static String stamp(Instant when) {
        return when == null ? "—" : date(LocalDateTime.ofInstant(when, ZoneId.systemDefault()).toLocalDate());
    }
}
