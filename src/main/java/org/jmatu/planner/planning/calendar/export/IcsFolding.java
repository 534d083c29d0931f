package org.jmatu.planner.planning.calendar.export;

import java.nio.charset.StandardCharsets;

/**
 * Content lines folded as RFC 5545 (3.1) says: no line longer than 75 octets of UTF-8 without its CRLF, a
 * continuation starting with one space, and never inside a character's bytes. ical4j folds at 75 characters,
 * which for Cyrillic or Chinese text is up to 225 octets; its output is unfolded and folded again here.
 */
final class IcsFolding {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcsFolding() {
    }

    static String refold(String ics) {
        String unfolded = ics.replace(CRLF + " ", "").replace(CRLF + "\t", "");
        StringBuilder out = new StringBuilder(ics.length() + ics.length() / 20);
        for (String line : unfolded.split(CRLF, -1)) {
            if (!line.isEmpty()) {
                fold(line, out);
                out.append(CRLF);
            }
        }
        return out.toString();
    }

    private static void fold(String line, StringBuilder out) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int index = 0; index < line.length(); ) {
            int codePoint = line.codePointAt(index);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            index += Character.charCount(codePoint);
        }
    }
}
