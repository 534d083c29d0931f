package org.jmatu.planner.orgchart;

import java.util.Map;
import org.jmatu.planner.forces.CompanyType;

/**
 * APP-6 / MIL-STD-2525D symbol identification codes (20 digits) for the units and staff cells on the chart,
 * rendered in the browser by milsymbol: version 10, friendly, land unit, present.
 */
final class UnitSymbols {

    static final String COMPANY = "15";
    static final String BATTALION = "16";
    static final String BRIGADE = "18";
    static final String NO_ECHELON = "00";

    private static final Map<CompanyType, String> COMPANY_ENTITIES = Map.of(
            CompanyType.INFANTRY, "121100",
            CompanyType.SPECIAL_FORCES, "121700",
            CompanyType.ENGINEER, "140700",
            CompanyType.MORTAR, "130800",
            CompanyType.RECONNAISSANCE, "121300",
            CompanyType.SIGNAL, "111000",
            CompanyType.MEDICAL, "161300",
            CompanyType.MAINTENANCE, "161100");

    private static final Map<String, String> SECTION_ENTITIES = Map.ofEntries(
            Map.entry("J1", "162400"),
            Map.entry("J2", "151000"),
            Map.entry("J3", "110000"),
            Map.entry("J4", "163400"),
            Map.entry("J5", "110000"),
            Map.entry("J6", "111000"),
            Map.entry("J7", "110000"),
            Map.entry("J8", "160700"),
            Map.entry("J9", "110300"),
            Map.entry("Special Operations", "121700"),
            Map.entry("Maintenance", "161100"),
            Map.entry("Signal", "111000"));

    private UnitSymbols() {
    }

    static String company(CompanyType type) {
        return sidc(false, COMPANY, COMPANY_ENTITIES.getOrDefault(type, "121100"));
    }

    static String headquarters(String echelon) {
        return sidc(true, echelon, "110000");
    }

    /** The staff function of a section, recognised by the start of its name ("J4 Logistics", "Signal"). */
    static String section(String sectionName) {
        return SECTION_ENTITIES.entrySet().stream()
                .filter(entry -> sectionName.startsWith(entry.getKey()))
                .map(entry -> sidc(false, NO_ECHELON, entry.getValue()))
                .findFirst()
                .orElse(sidc(true, NO_ECHELON, "110000"));
    }

    private static String sidc(boolean headquarters, String echelon, String entity) {
        return "10" + "03" + "10" + "0" + (headquarters ? "2" : "0") + echelon + entity + "00" + "00";
    }
}
