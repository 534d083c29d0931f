package org.jmatu.planner.orgchart;

import java.util.List;

/** What a commander sees on clicking a post: its holder, its rotation over the horizon and its rules. */
public record PostDetails(String code, String title, String section, OrgChart.Holder holder, List<String> problems,
                          List<String> rules, List<Tour> rotation) {

    public record Tour(String period, String holder, String nation) {
    }
}
