package dev.zerothrift.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates Java sources from the project's test {@code .thrift} files and adds them to the test
 * compile source root. The main IDL directory is on the include path, so test IDL can include main
 * IDL (whose code is the main code, not generated again).
 *
 * <p>Incremental in the same way as {@code generate}: nothing is regenerated when the SHA-256
 * content hashes of every input, every generated file and the settings equal those recorded in
 * {@code target/zerothrift/generate-test.state}.
 */
@Mojo(
        name = "generate-test",
        defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
        requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public class GenerateTestMojo extends AbstractGenerateMojo {
    /** Where the test {@code .thrift} files are. */
    @Parameter(
            property = "zerothrift.testSourceDirectory",
            defaultValue = "${project.basedir}/src/test/thrift")
    File sourceDirectory;

    /** The main IDL directory, put on the include path after the test one. */
    @Parameter(defaultValue = "${project.basedir}/src/main/thrift")
    File mainSourceDirectory;

    /** Where the Java sources go; added to the test compile source roots. */
    @Parameter(
            property = "zerothrift.testOutputDirectory",
            defaultValue = "${project.build.directory}/generated-test-sources/zerothrift")
    File outputDirectory;

    /** Skip this goal when tests are skipped with {@code -Dmaven.test.skip}. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    boolean skipTests;

    @Override
    Path sourceDirectory() {
        return sourceDirectory.toPath();
    }

    @Override
    Path outputDirectory() {
        return outputDirectory.toPath();
    }

    @Override
    String stateName() {
        return "generate-test";
    }

    @Override
    List<Path> implicitIncludeDirectories() {
        return List.of(mainSourceDirectory.toPath().toAbsolutePath().normalize());
    }

    @Override
    boolean skipped() {
        return super.skipped() || skipTests;
    }

    @Override
    void addSourceRoot(Path root) {
        project.addTestCompileSourceRoot(root.toString());
    }
}
