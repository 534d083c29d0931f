package org.jmatu.planner.shared;

/** The family of equipment a maintainer must know; Soviet/Russian pattern prevails in the region. */
public enum EquipmentStandard implements TranslatedEnum {
    SOVIET,
    NATO,
    CHINESE;
}
