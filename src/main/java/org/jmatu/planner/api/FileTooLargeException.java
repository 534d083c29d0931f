package org.jmatu.planner.api;

/** A request body over the file size limit; refused before it is parsed (413). */
class FileTooLargeException extends RuntimeException {

    private final long limitMegabytes;

    FileTooLargeException(long limitBytes) {
        super("The file is over the limit of " + limitBytes / (1024 * 1024) + " MB; it was not read.");
        this.limitMegabytes = limitBytes / (1024 * 1024);
    }

    long limitMegabytes() {
        return limitMegabytes;
    }
}
