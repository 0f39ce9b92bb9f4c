package dev.zerothrift.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;

import java.util.Optional;

/** Both ways of spreading and gathering varint groups give the same bits; the CPU check. */
class SevenBitGroupsTest {
    private static final long GROUPS = 0x7f7f7f7f7f7f7f7fL;

    @Property
    void shiftsAreTheBitInstructions(@ForAll long value, @ForAll long word) {
        assertEquals(Long.expand(value, GROUPS), SevenBitGroups.spreadByShifts(value));
        assertEquals(Long.compress(word, GROUPS), SevenBitGroups.gatherByShifts(word));
        assertEquals(Long.expand(value, GROUPS), SevenBitGroups.spread(value));
        assertEquals(Long.compress(word, GROUPS), SevenBitGroups.gather(word));
        assertEquals(
                value & 0x00ff_ffff_ffff_ffffL,
                SevenBitGroups.gather(SevenBitGroups.spread(value)));
    }

    private static Optional<String> cpu(String vendor, int family, String flags) {
        return Optional.of(
                "processor\t: 0\nvendor_id\t: "
                        + vendor
                        + "\ncpu family\t: "
                        + family
                        + "\nmodel\t\t: 1\nflags\t\t: "
                        + flags
                        + "\n");
    }

    @Test
    void fastOnlyWhereTheCpuRunsThemInHardware() {
        String bmi2 = "fpu sse2 avx2 bmi1 bmi2 adx";
        assertTrue(SevenBitGroups.fastOn("amd64", cpu("GenuineIntel", 6, bmi2)));
        assertTrue(SevenBitGroups.fastOn("amd64", cpu("AuthenticAMD", 25, bmi2)), "Zen 3, 4");
        assertTrue(SevenBitGroups.fastOn("x86_64", cpu("AuthenticAMD", 26, bmi2)), "Zen 5");
        assertFalse(SevenBitGroups.fastOn("amd64", cpu("AuthenticAMD", 23, bmi2)), "Zen 1, 2");
        assertFalse(SevenBitGroups.fastOn("amd64", cpu("AuthenticAMD", 21, bmi2)), "Excavator");
        assertFalse(SevenBitGroups.fastOn("amd64", cpu("GenuineIntel", 6, "fpu sse2 bmi1")));
        assertFalse(SevenBitGroups.fastOn("amd64", cpu("GenuineIntel", 6, "fpu bmi2x")));
        assertTrue(SevenBitGroups.fastOn("amd64", Optional.empty()), "x86 on another OS");
        assertFalse(SevenBitGroups.fastOn("aarch64", cpu("", 0, "fp asimd")));
        assertFalse(SevenBitGroups.fastOn("aarch64", Optional.empty()));
    }

    /** The property forces the choice (.ci/run runs the varint tests once more with shifts). */
    @Test
    void thePropertyIsObeyed() {
        String forced = System.getProperty(SevenBitGroups.PROPERTY, "auto");
        if (forced.equals("shifts")) {
            assertFalse(SevenBitGroups.usesBitInstructions());
        } else if (forced.equals("pdep")) {
            assertTrue(SevenBitGroups.usesBitInstructions());
        }
    }
}
