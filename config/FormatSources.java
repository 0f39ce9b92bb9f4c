// Formats (or, with --check, verifies) every .java file under the given directories with
// google-java-format in its AOSP style (4-space indents). The build runs this file with the
// source launcher on the toolchain JDK, because the formatter parses with the javac of the JVM
// it runs on: Maven's own JVM may be 17, which cannot parse the Java 25 syntax of our sources.
import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import com.google.googlejavaformat.java.ImportOrderer;
import com.google.googlejavaformat.java.JavaFormatterOptions;
import com.google.googlejavaformat.java.RemoveUnusedImports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

public class FormatSources {
    public static void main(String[] args) throws IOException {
        boolean check = false;
        List<Path> roots = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--check")) check = true;
            else if (arg.equals("--apply")) check = false;
            else roots.add(Path.of(arg));
        }
        Formatter formatter =
                new Formatter(
                        JavaFormatterOptions.builder()
                                .style(JavaFormatterOptions.Style.AOSP)
                                .build());
        List<String> problems = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) continue;
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            }
            for (Path file : files) {
                String before = Files.readString(file, StandardCharsets.UTF_8);
                String after;
                try {
                    after = formatter.formatSource(
                            ImportOrderer.reorderImports(
                                    RemoveUnusedImports.removeUnusedImports(before),
                                    JavaFormatterOptions.Style.AOSP));
                } catch (FormatterException e) {
                    problems.add(file + ": cannot be formatted: " + e.getMessage());
                    continue;
                }
                if (after.equals(before)) continue;
                if (check) {
                    problems.add(file + ": not formatted (run mvn process-sources locally to fix)");
                } else {
                    Files.writeString(file, after, StandardCharsets.UTF_8);
                    System.out.println("formatted " + file);
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            System.exit(1);
        }
    }
}
