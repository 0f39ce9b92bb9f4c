package dev.zerothrift.processor;

import java.nio.file.Path;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.PackageElement;

/**
 * The program a package's Java-first types form: its name (from {@code @ThriftProgram}, else the
 * package's last segment), the package of its generated code (from {@code @ThriftProgram}, else the
 * package plus {@code .thrift}), and the path that stands for it in the schema (where an IDL
 * program has its file).
 */
final class JavaFirstPrograms {
    /** The program of one package. */
    record ProgramName(String packageName, String name, String javaPackage, Path path) {}

    private final Mirrors mirrors;

    JavaFirstPrograms(Mirrors mirrors) {
        this.mirrors = mirrors;
    }

    ProgramName of(PackageElement pkg) {
        String packageName = pkg.getQualifiedName().toString();
        String name = packageName.substring(packageName.lastIndexOf('.') + 1);
        String javaPackage = packageName.isEmpty() ? "thrift" : packageName + ".thrift";
        Optional<AnnotationMirror> program = Mirrors.find(pkg, AnnotationNames.PROGRAM);
        if (program.isPresent()) {
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
        return new ProgramName(packageName, name, javaPackage, path);
    }
}
