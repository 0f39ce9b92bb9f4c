package dev.zerothrift.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a JMH JSON file into {@code report.md} and {@code chart.png} beside it; includes {@code
 * machine.txt} from the same directory when present. Runs on old results as well as new:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.zerothrift.benchmarks.report.Report DIR/jmh.json
 * </pre>
 */
public final class Report {
    private Report() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Report JMH_JSON (writes report.md and chart.png beside it)");
            System.exit(2);
        }
        write(Path.of(args[0]));
    }

    /** Writes the report and the chart of {@code json} into its directory. */
    public static void write(Path json) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = json.toAbsolutePath().getParent();
        JmhJson.Run run = JmhJson.read(json);
        CodecTable table = CodecTable.of(run.results());
        Path machineFile = dir.resolve("machine.txt");
        String machine =
                Files.exists(machineFile)
                        ? Files.readString(machineFile, StandardCharsets.UTF_8)
                        : "";
        Files.writeString(
                dir.resolve("report.md"),
                Markdown.write(run, table, RpcTable.of(run.results()), machine),
                StandardCharsets.UTF_8);
        if (!table.rows().isEmpty()) {
            Chart.write(table, dir.resolve("chart.png"));
        }
    }
}
