package dev.zerothrift.maven;

import java.util.regex.Pattern;

/**
 * An Ant-style path pattern as Maven users write them in {@code <includes>}: {@code *} matches
 * within one path segment, {@code ?} one character, and {@code **} any number of segments
 * (including none, so {@code **}{@code /*.thrift} matches {@code a.thrift}). Paths are matched with
 * {@code /} separators, relative to the scanned directory.
 */
final class AntPattern {
    private final String text;
    private final Pattern regex;

    private AntPattern(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    static AntPattern compile(String pattern) {
        String p = pattern.replace('\\', '/');
        if (p.endsWith("/")) {
            p = p + "**"; // Ant: a trailing slash means everything below
        }
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (p.startsWith("**/", i)) {
                regex.append("(?:[^/]*/)*");
                i += 3;
            } else if (p.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return new AntPattern(pattern, Pattern.compile(regex.toString()));
    }

    boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
