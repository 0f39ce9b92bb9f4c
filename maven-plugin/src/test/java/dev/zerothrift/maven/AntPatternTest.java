package dev.zerothrift.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AntPatternTest {
    @Test
    void doubleStarMatchesAnyDepthIncludingNone() {
        AntPattern p = AntPattern.compile("**/*.thrift");
        assertTrue(p.matches("a.thrift"));
        assertTrue(p.matches("x/y/a.thrift"));
        assertFalse(p.matches("a.thrift.bak"));
    }

    @Test
    void singleStarStaysInOneSegment() {
        AntPattern p = AntPattern.compile("api/*.thrift");
        assertTrue(p.matches("api/a.thrift"));
        assertFalse(p.matches("api/v1/a.thrift"));
        assertFalse(p.matches("other/a.thrift"));
    }

    @Test
    void questionMarkAndLiteralDots() {
        AntPattern p = AntPattern.compile("v?.thrift");
        assertTrue(p.matches("v1.thrift"));
        assertFalse(p.matches("v1xthrift"));
        assertFalse(p.matches("v12.thrift"));
    }

    @Test
    void trailingSlashMeansEverythingBelow() {
        AntPattern p = AntPattern.compile("internal/");
        assertTrue(p.matches("internal/a.thrift"));
        assertTrue(p.matches("internal/deep/b.thrift"));
        assertFalse(p.matches("a.thrift"));
    }
}
