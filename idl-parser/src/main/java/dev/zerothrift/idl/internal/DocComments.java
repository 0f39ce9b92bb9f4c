package dev.zerothrift.idl.internal;

import java.util.ArrayList;
import java.util.List;

/** Cleans a {@code /** ... *}{@code /} comment the way the Apache compiler does. */
final class DocComments {
    private DocComments() {}

    /** The text of a doc comment token, without the markers, leading stars and common indent. */
    static String clean(String token) {
        String body = token.substring(3, token.length() - 2).replace("\r", "");
        List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
        if (lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            return "";
        }
        lines.set(0, stripLeading(lines.get(0)));

        // When every non-blank line after the first starts with the same indent and a star,
        // remove both.
        boolean havePrefix = true;
        int prefix = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int pos = firstNonBlank(line);
            if (pos < 0) {
                lines.set(i, "");
            } else if (line.charAt(pos) != '*' || (prefix >= 0 && pos != prefix)) {
                havePrefix = false;
                break;
            } else {
                prefix = pos;
            }
        }
        if (havePrefix && prefix >= 0) {
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                lines.set(i, line.length() > prefix ? line.substring(prefix + 1) : "");
            }
        }
        // Then the smallest indent of the non-blank lines after the first.
        int indent = Integer.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            int pos = firstNonBlank(lines.get(i));
            if (pos >= 0) {
                indent = Math.min(indent, pos);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0 && indent != Integer.MAX_VALUE) {
                line = line.length() >= indent ? line.substring(indent) : "";
            }
            line = line.stripTrailing();
            if (i == 0 && line.isEmpty()) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static int firstNonBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                return i;
            }
        }
        return -1;
    }

    private static String stripLeading(String line) {
        int pos = firstNonBlank(line);
        return pos < 0 ? "" : line.substring(pos);
    }
}
