package org.jmatu.planner.orgchart;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The unit as of one day: the read model the commander's org chart is drawn from. */
public record OrgChart(
        LocalDate date,
        String unitName,
        String echelon,
        String headquartersSymbol,
        String periodLabel,
        String rosterStatus,
        String rosterLabel,
        List<Section> sections,
        List<CompanyUnit> companies,
        Map<String, Long> nationMix,
        List<Coverage> maintenanceCoverage,
        List<Handover> handovers) {

    /** A post and its holder on the day; {@code holder} is null when the post is vacant. */
    public record PostHolding(String code, String title, String rank, Holder holder, String keyGroup,
                              List<String> problems) {
        public boolean vacant() {
            return holder == null;
        }
    }

    /**
     * A post's holder. {@code code} and {@code name} are null when the user may not read this nominee (a liaison
     * officer looking at another nation's people); {@code label} is what the chart prints either way.
     */
    public record Holder(String code, String name, String rank, String nation, String label) {

        static Holder named(String code, String name, String rank, String nation) {
            return new Holder(code, name, rank, nation, rank + " " + name + " (" + nation + ")");
        }

        static Holder unnamed(String rank, String nation, String label) {
            return new Holder(null, null, rank, nation, label);
        }

        /** "OF-3 Dana Tolegen", or just "OF-3" when the name is withheld. */
        public String rankAndName() {
            return name == null ? rank : rank + " " + name;
        }
    }

    /** A staff section with its posts in establishment order (the chief first, then the deputy). */
    public record Section(String name, String sidc, List<PostHolding> posts) {
    }

    public record CompanyUnit(String code, String name, String nation, String type, int strength, String sidc,
                              Map<String, Integer> equipmentByStandard) {
    }

    /** Whether the HQ has a maintainer for an equipment standard that the attached companies hold. */
    public record Coverage(String standard, boolean covered, List<String> maintainers) {
    }

    public record Handover(LocalDate date, String post, String from, String to) {
    }

    public long vacancies() {
        return sections.stream().flatMap(section -> section.posts().stream()).filter(PostHolding::vacant).count();
    }
}
