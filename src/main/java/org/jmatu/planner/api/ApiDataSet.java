package org.jmatu.planner.api;

/** The data set a request works on. */
final class ApiDataSet {

    /** The demo data, the only data set until data sets can be chosen. */
    static final String DEMO = "demo";

    private ApiDataSet() {
    }

    static String current() {
        return DEMO;
    }
}
