package dev.zerothrift.maven;

import dev.zerothrift.codegen.GeneratorOptions;
import dev.zerothrift.codegen.GeneratorOptions.Artifact;
import dev.zerothrift.codegen.GeneratorOptions.FieldOrder;
import dev.zerothrift.idl.Diagnostic;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the {@code generate} and {@code generate-test} goals share: the parameters, and turning them
 * into a {@link GenerationRequest} for {@link IdlGeneration}. Subclasses say where sources and
 * output are and which source root the output joins.
 */
abstract class AbstractGenerateMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    /**
     * Which files under the source directory to compile, as Ant-style patterns relative to it.
     * Default: {@code **}{@code /*.thrift}.
     */
    @Parameter List<String> includes = new ArrayList<>();

    /** Files under the source directory to leave out, as Ant-style patterns relative to it. */
    @Parameter List<String> excludes = new ArrayList<>();

    /**
     * More directories searched for {@code include}d files, in order, after the including file's
     * own directory and the source directory. Their files get no code unless {@code
     * generateIncluded} is set.
     */
    @Parameter List<File> includeDirectories = new ArrayList<>();

    /**
     * Put the {@code .thrift} files inside dependency jars on the include path (extracted under
     * {@code target/zerothrift/}), so a library can ship its IDL in its jar. Their code is expected
     * to come with the library, so it is not generated again unless {@code generateIncluded} is
     * set.
     */
    @Parameter(property = "zerothrift.dependencyIdl", defaultValue = "true")
    boolean dependencyIdl;

    /**
     * Generate code for every included program too, not only for the files under the source
     * directory.
     */
    @Parameter(property = "zerothrift.generateIncluded", defaultValue = "false")
    boolean generateIncluded;

    /** Generate zero-copy views and builders. */
    @Parameter(property = "zerothrift.views", defaultValue = "true")
    boolean views;

    /** Generate POJOs with fast codecs. */
    @Parameter(property = "zerothrift.fastCodecs", defaultValue = "true")
    boolean fastCodecs;

    /** Generate service interfaces, clients and dispatchers. */
    @Parameter(property = "zerothrift.services", defaultValue = "true")
    boolean services;

    /**
     * The order fields are written in: {@code FIXED_FIRST} (fixed-size fields first, fastest) or
     * {@code IDL} (IDL order, byte-identical to libthrift).
     */
    @Parameter(property = "zerothrift.fieldOrder", defaultValue = "FIXED_FIRST")
    FieldOrder fieldOrder;

    /** Keep explicit non-positive field ids, as Apache's {@code --allow-neg-keys}. */
    @Parameter(property = "zerothrift.allowNegativeFieldIds", defaultValue = "false")
    boolean allowNegativeFieldIds;

    /** Skip this goal. */
    @Parameter(property = "zerothrift.skip", defaultValue = "false")
    boolean skip;

    abstract Path sourceDirectory();

    abstract Path outputDirectory();

    /** The name of this goal's files under {@code target/zerothrift/}. */
    abstract String stateName();

    /** Include directories besides the source directory, the configured ones and dependencies. */
    abstract List<Path> implicitIncludeDirectories();

    abstract void addSourceRoot(Path root);

    boolean skipped() {
        return skip;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            getLog().info("zerothrift: skipped");
            return;
        }
        try {
            Path workDir = Path.of(project.getBuild().getDirectory()).resolve("zerothrift");
            Path stateFile = workDir.resolve(stateName() + ".state");
            Path sourceDir = sourceDirectory().toAbsolutePath().normalize();
            List<Path> sources = new SourceScanner(includes, excludes).scan(sourceDir);
            if (sources.isEmpty() && !Files.exists(stateFile)) {
                getLog().info("zerothrift: no IDL files in " + sourceDir);
                return;
            }
            GenerationRequest request =
                    new GenerationRequest(
                            sources,
                            includePath(sourceDir, workDir),
                            options(),
                            allowNegativeFieldIds,
                            outputDirectory().toAbsolutePath().normalize(),
                            stateFile,
                            generatorIdentity());
            report(IdlGeneration.run(request), request);
            addSourceRoot(request.outputDirectory());
        } catch (IOException e) {
            throw new MojoExecutionException("zerothrift: " + e.getMessage(), e);
        }
    }

    private List<Path> includePath(Path sourceDir, Path workDir) throws IOException {
        Set<Path> dirs = new LinkedHashSet<>();
        dirs.add(sourceDir);
        for (File dir : includeDirectories) {
            dirs.add(dir.toPath().toAbsolutePath().normalize());
        }
        dirs.addAll(implicitIncludeDirectories());
        if (dependencyIdl) {
            List<DependencyIdl.Dependency> dependencies = new ArrayList<>();
            for (org.apache.maven.artifact.Artifact artifact : project.getArtifacts()) {
                if (artifact.getFile() != null) {
                    dependencies.add(
                            new DependencyIdl.Dependency(
                                    artifact.getGroupId(),
                                    artifact.getArtifactId(),
                                    artifact.getFile().toPath()));
                }
            }
            dirs.addAll(
                    new DependencyIdl(workDir.resolve(stateName() + "-dependencies"))
                            .includeDirectories(dependencies));
        }
        return List.copyOf(dirs);
    }

    private GeneratorOptions options() {
        Set<Artifact> artifacts = EnumSet.noneOf(Artifact.class);
        if (fastCodecs) {
            artifacts.add(Artifact.FAST_CODECS);
        }
        if (views) {
            artifacts.add(Artifact.VIEWS);
        }
        if (services) {
            artifacts.add(Artifact.SERVICES);
        }
        return new GeneratorOptions(artifacts, fieldOrder, generateIncluded);
    }

    /**
     * The plugin's version; for a snapshot also the hashes of its own jars, since a rebuilt
     * snapshot generator may generate different code under the same version.
     */
    private String generatorIdentity() throws IOException {
        String version = plugin.getVersion();
        if (!version.endsWith("-SNAPSHOT")) {
            return version;
        }
        List<String> hashes = new ArrayList<>();
        List<org.apache.maven.artifact.Artifact> artifacts = new ArrayList<>();
        artifacts.add(plugin.getPluginArtifact());
        artifacts.addAll(plugin.getArtifacts());
        for (org.apache.maven.artifact.Artifact artifact : artifacts) {
            File file = artifact.getFile();
            if (artifact.getGroupId().equals("dev.zerothrift") && file != null && file.isFile()) {
                hashes.add(artifact.getArtifactId() + "=" + ContentHash.of(file.toPath()));
            }
        }
        hashes.sort(null);
        return version + " " + String.join(" ", hashes);
    }

    private void report(GenerationOutcome outcome, GenerationRequest request)
            throws MojoFailureException {
        if (outcome instanceof GenerationOutcome.UpToDate upToDate) {
            getLog().info(
                            "zerothrift: nothing changed since the last build ("
                                    + count(upToDate.inputs(), "IDL input")
                                    + ", "
                                    + count(upToDate.outputs(), "generated file")
                                    + " up to date)");
        } else if (outcome instanceof GenerationOutcome.Generated generated) {
            for (Diagnostic warning : generated.warnings()) {
                getLog().warn(warning.format().stripTrailing());
            }
            getLog().info(
                            "zerothrift: generated "
                                    + count(generated.files().size(), "file")
                                    + " ("
                                    + generated.written()
                                    + " changed) from "
                                    + count(request.sources().size(), "IDL file")
                                    + " into "
                                    + request.outputDirectory());
            for (Path deleted : generated.deleted()) {
                getLog().info("zerothrift: deleted " + deleted + " (generated no more)");
            }
        } else if (outcome instanceof GenerationOutcome.Failed failed) {
            for (Diagnostic d : failed.diagnostics()) {
                if (d.severity() == Diagnostic.Severity.ERROR) {
                    getLog().error(d.format().stripTrailing());
                } else {
                    getLog().warn(d.format().stripTrailing());
                }
            }
            List<Diagnostic> errors =
                    failed.diagnostics().stream()
                            .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                            .toList();
            throw new MojoFailureException(
                    count(errors.size(), "error")
                            + " in the IDL:\n"
                            + errors.stream()
                                    .map(Diagnostic::headline)
                                    .collect(Collectors.joining("\n")));
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
