package dev.zerothrift.idl.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a {@code /** ... *}{@code /} comment exactly as the Apache compiler does, so that docs
 * carried into generated code match what its generators write.
 */
final class DocComments {
    private DocComments() {}

    /** The text of a doc comment token; empty when it holds nothing. */
    static String clean(String token) {
        String body = token.substring(3, token.length() - 2).replace("\r", "");
        List<StringBuilder> lines = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            lines.add(new StringBuilder(line));
        }
        if (firstNonBlank(lines.get(lines.size() - 1)) < 0) {
            lines.remove(lines.size() - 1); // a last line of only blanks is dropped
        }
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder first = lines.get(0);
        first.delete(
                0, Math.max(0, firstNonBlank(first) < 0 ? first.length() : firstNonBlank(first)));

        // If every non-blank line after the first has the same indent and then a star, remove
        // both; blank lines met on the way are emptied.
        boolean havePrefix = true;
        boolean foundPrefix = false;
        int prefix = 0;
        for (int i = 1; i < lines.size(); i++) {
            StringBuilder line = lines.get(i);
            if (line.length() == 0) {
                continue;
            }
            int pos = firstNonBlank(line);
            if (!foundPrefix) {
                if (pos >= 0) {
                    if (line.charAt(pos) == '*') {
                        foundPrefix = true;
                        prefix = pos;
                    } else {
                        havePrefix = false;
                        break;
                    }
                } else {
                    line.setLength(0);
                }
            } else if (pos >= 0 && line.charAt(pos) == '*' && pos == prefix) {
                continue;
            } else if (pos < 0) {
                line.setLength(0);
            } else {
                havePrefix = false;
                break;
            }
        }
        if (havePrefix) {
            for (int i = 1; i < lines.size(); i++) {
                StringBuilder line = lines.get(i);
                line.delete(0, Math.min(line.length(), prefix + 1));
            }
        }

        // Then the smallest indent of the non-blank lines after the first, from every line.
        int indent = -1;
        for (int i = 1; i < lines.size(); i++) {
            int pos = firstNonBlank(lines.get(i));
            if (pos >= 0 && (indent < 0 || pos < indent)) {
                indent = pos;
            }
        }
        if (indent >= 0) {
            for (int i = 1; i < lines.size(); i++) {
                StringBuilder line = lines.get(i);
                line.delete(0, Math.min(line.length(), indent));
            }
        }

        // Trailing blanks go, except on lines of only blanks (Apache keeps those as they are).
        for (StringBuilder line : lines) {
            int last = line.length() - 1;
            while (last >= 0 && (line.charAt(last) == ' ' || line.charAt(last) == '\t')) {
                last--;
            }
            if (last >= 0) {
                line.setLength(last + 1);
            }
        }
        if (lines.get(0).length() == 0) {
            lines.remove(0);
        }
        StringBuilder out = new StringBuilder();
        for (StringBuilder line : lines) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static int firstNonBlank(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                return i;
            }
        }
        return -1;
    }
}
