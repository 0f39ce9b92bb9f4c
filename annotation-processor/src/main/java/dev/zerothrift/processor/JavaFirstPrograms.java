package dev.zerothrift.processor;

import dev.zerothrift.codegen.GeneratorOptions;

import java.nio.file.Path;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.PackageElement;

/**
 * The program a package's Java-first types form: its name (from {@code @ThriftProgram}, else the
 * package's last segment), the package of its generated code (from {@code @ThriftProgram}, else the
 * package plus {@code .thrift}), what to generate for it, and the path that stands for it in the
 * schema (where an IDL program has its file).
 */
final class JavaFirstPrograms {
    /** The program of one package. */
    record ProgramName(
            String packageName,
            String name,
            String javaPackage,
            Path path,
            GeneratorOptions options) {}

    private final Mirrors mirrors;

    JavaFirstPrograms(Mirrors mirrors) {
        this.mirrors = mirrors;
    }

    ProgramName of(PackageElement pkg) {
        String packageName = pkg.getQualifiedName().toString();
        String name = packageName.substring(packageName.lastIndexOf('.') + 1);
        String javaPackage = packageName.isEmpty() ? "thrift" : packageName + ".thrift";
        Optional<AnnotationMirror> program = Mirrors.find(pkg, AnnotationNames.PROGRAM);
        GeneratorOptions options = GeneratorOptions.defaults();
        if (program.isPresent()) {
            options = OptionsFromAnnotation.read(mirrors, program.get(), false);
            String written = mirrors.string(program.get(), "name");
            if (!written.isEmpty()) {
                name = written;
            }
            String writtenPackage = mirrors.string(program.get(), "javaPackage");
            if (!writtenPackage.isEmpty()) {
                javaPackage = writtenPackage;
            }
        }
        if (name.isEmpty()) {
            name = "program"; // the unnamed package
        }
        Path path =
                packageName.isEmpty()
                        ? Path.of(name)
                        : Path.of(packageName.replace('.', '/')).resolve(name);
        return new ProgramName(packageName, name, javaPackage, path, options);
    }
}
