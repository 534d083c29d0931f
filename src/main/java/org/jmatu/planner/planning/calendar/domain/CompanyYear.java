package org.jmatu.planner.planning.calendar.domain;

/** A year in which a company is attached and exercises take place: it should train in that year. */
public record CompanyYear(CompanyFact company, int year) {
}
