package org.jmatu.planner.scenario.generator;

/** The sizes of unit the product plans for (DOMAIN.md): the battalion it starts as, the brigade it grows to. */
public enum Scale {
    /** ~40 HQ posts, ~300 nominees, 6 companies, 3 years of 6-month periods, 2 exercises a year. */
    BATTALION(3, 0, 0, 1, 6, 2),
    /** ~200 HQ posts, ~1,500 nominees, ~24 companies, 5 years of 6-month periods, 6 exercises a year. */
    BRIGADE(5, 11, 4, 6, 24, 6);

    final int years;
    final int staffOfficersPerSection;
    final int ncosPerSection;
    final int maintenanceTeams;
    final int companies;
    final int exercisesPerYear;

    Scale(int years, int staffOfficersPerSection, int ncosPerSection, int maintenanceTeams, int companies,
          int exercisesPerYear) {
        this.years = years;
        this.staffOfficersPerSection = staffOfficersPerSection;
        this.ncosPerSection = ncosPerSection;
        this.maintenanceTeams = maintenanceTeams;
        this.companies = companies;
        this.exercisesPerYear = exercisesPerYear;
    }

    public int periods() {
        return years * 2;
    }
}
