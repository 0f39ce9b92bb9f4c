package dev.zerothrift.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates Java sources from the project's {@code .thrift} files and adds them to the compile
 * source root.
 *
 * <p>Incremental: a second build with no change does nothing (the log says "nothing changed since
 * the last build"). Change is detected by SHA-256 content hashes of every input (each source, each
 * {@code .thrift} file in an include directory or a dependency jar, each file an include reached),
 * of every generated file, and of the settings (plugin version, options, include path), recorded in
 * {@code target/zerothrift/generate.state}. Errors in the IDL fail the build with {@code
 * file:line:col: error: message} lines.
 */
@Mojo(
        name = "generate",
        defaultPhase = LifecyclePhase.GENERATE_SOURCES,
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public class GenerateMojo extends AbstractGenerateMojo {
    /** Where the {@code .thrift} files are. */
    @Parameter(
            property = "zerothrift.sourceDirectory",
            defaultValue = "${project.basedir}/src/main/thrift")
    File sourceDirectory;

    /** Where the Java sources go; added to the compile source roots. */
    @Parameter(
            property = "zerothrift.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/zerothrift")
    File outputDirectory;

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
        return "generate";
    }

    @Override
    List<Path> implicitIncludeDirectories() {
        return List.of();
    }

    @Override
    void addSourceRoot(Path root) {
        project.addCompileSourceRoot(root.toString());
    }
}
