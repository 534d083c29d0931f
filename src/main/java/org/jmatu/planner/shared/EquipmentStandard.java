package org.jmatu.planner.shared;

/** The family of equipment a maintainer must know; Soviet/Russian pattern prevails in the region. */
public enum EquipmentStandard implements Labelled {
    SOVIET("Soviet/Russian pattern"),
    NATO("NATO"),
    CHINESE("Chinese");

    private final String label;

    EquipmentStandard(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
