package dev.zerothrift.runtime.protocol;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The step between a varint's bytes and its value, eight bytes at a time: {@link #spread} puts 56
 * bits into eight 7-bit groups, one a byte (the continuation bits clear), and {@link #gather} packs
 * the groups back.
 *
 * <p>Each is one instruction on x86 with BMI2 ({@link Long#expand} and {@link Long#compress}, which
 * C2 compiles to PDEP and PEXT), against three shift-and-mask steps without it. But the instruction
 * is only fast on some CPUs: AMD before Zen 3 runs it as microcode, tens to hundreds of cycles
 * depending on the mask, and where the JIT has no intrinsic (no BMI2, or not x86) {@code
 * Long.compress} is a loop of about sixty operations. So the choice is made once, when this class
 * is loaded, from what the CPU says it is ({@link #fastOn}); the system property {@value #PROPERTY}
 * forces it: {@code pdep} (the instructions), {@code shifts}, or {@code auto} (the default).
 *
 * <p>Measured on Zen 4 (PDEP and PEXT in 3 cycles), side by side: {@code CompactListBench.write}
 * i64-random 209 us with shifts, 169 us with PDEP; {@code CodecBench.decode} compact wide-read1
 * 1.50 to 1.38 us (views) and 1.28 to 1.15 us (fast codecs) when single varints went from a byte
 * loop to one word and a {@link #gather}.
 */
public final class SevenBitGroups {
    /** The system property that forces the choice: {@code auto}, {@code pdep} or {@code shifts}. */
    public static final String PROPERTY = "zerothrift.varint.bits";

    private static final long GROUPS = 0x7f7f7f7f7f7f7f7fL;

    private static final Pattern FAMILY =
            Pattern.compile("^cpu family\\s*:\\s*(\\d+)", Pattern.MULTILINE);
    private static final Pattern FLAGS = Pattern.compile("^flags\\s*:(.*)$", Pattern.MULTILINE);

    // after the patterns, which the choice reads
    private static final boolean PDEP = choose(System.getProperty(PROPERTY, "auto"));

    private SevenBitGroups() {}

    /** The low 56 bits of {@code value} as eight 7-bit groups, one a byte, low group first. */
    public static long spread(long value) {
        return PDEP ? Long.expand(value, GROUPS) : spreadByShifts(value);
    }

    /** The low 7 bits of each of {@code word}'s eight bytes, packed, low byte first. */
    public static long gather(long word) {
        return PDEP ? Long.compress(word, GROUPS) : gatherByShifts(word);
    }

    /** Whether {@link #spread} and {@link #gather} use PDEP and PEXT. */
    public static boolean usesBitInstructions() {
        return PDEP;
    }

    static long spreadByShifts(long value) {
        long x = value & 0x00ffffffffffffffL;
        x = (x & 0x00fffffff0000000L) << 4 | x & 0x000000000fffffffL;
        x = (x & 0x0fffc0000fffc000L) << 2 | x & 0x00003fff00003fffL;
        return (x & 0x3f803f803f803f80L) << 1 | x & 0x007f007f007f007fL;
    }

    static long gatherByShifts(long word) {
        long x = word & GROUPS;
        x = (x & 0x7f007f007f007f00L) >>> 1 | x & 0x007f007f007f007fL;
        x = (x & 0x3fff00003fff0000L) >>> 2 | x & 0x00003fff00003fffL;
        return (x & 0x0fffffff00000000L) >>> 4 | x & 0x000000000fffffffL;
    }

    private static boolean choose(String property) {
        return switch (property.toLowerCase(Locale.ROOT)) {
            case "pdep" -> true;
            case "shifts" -> false;
            default -> fastOn(System.getProperty("os.arch", ""), cpuInfo());
        };
    }

    /**
     * Whether PDEP and PEXT are fast on a JVM of architecture {@code arch} on the CPU that Linux's
     * {@code /proc/cpuinfo} describes as {@code cpuInfo} (empty elsewhere): x86 only; with the bmi2
     * flag where the flags are known; and not AMD before Zen 3 (family 0x19). Where nothing is
     * known of the CPU (another OS), x86 is taken to be fast: Intel's and recent AMD's are.
     */
    static boolean fastOn(String arch, Optional<String> cpuInfo) {
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            return false;
        }
        if (cpuInfo.isEmpty()) {
            return true;
        }
        String info = cpuInfo.get();
        Matcher flags = FLAGS.matcher(info);
        if (flags.find() && !(" " + flags.group(1) + " ").contains(" bmi2 ")) {
            return false;
        }
        Matcher family = FAMILY.matcher(info);
        if (info.contains("AuthenticAMD") && family.find()) {
            return Integer.parseInt(family.group(1)) >= 0x19;
        }
        return true;
    }

    /** The first processor's block of {@code /proc/cpuinfo} (it speaks for all), if readable. */
    private static Optional<String> cpuInfo() {
        Path path = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(path)) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
            StringBuilder block = new StringBuilder();
            for (String line = in.readLine();
                    line != null && !line.isEmpty();
                    line = in.readLine()) {
                block.append(line).append('\n');
            }
            return Optional.of(block.toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
