package dev.zerothrift.processor;

import com.palantir.javapoet.JavaFile;

import dev.zerothrift.codegen.CodeOutput;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;

/**
 * Sends generated files to {@code javac} through the {@link Filer}, each tied to the elements whose
 * annotations asked for it (so incremental compilers know what to redo). A type already written in
 * this compilation with the same content (two annotations naming the same IDL, a program reached
 * from two roots) is written once; with other content it is an error, since two schemas claim the
 * same class.
 */
final class FilerOutput implements CodeOutput {
    private final Filer filer;
    private final Messager messager;
    private final Map<String, String> written;
    private final Element[] originatingElements;

    /**
     * @param written the source of every type written so far in this compilation, by qualified
     *     name, shared by every output of the processor and added to here.
     * @param originatingElements the elements whose annotations asked for the code; the first is
     *     where a clash is reported.
     */
    FilerOutput(
            Filer filer,
            Messager messager,
            Map<String, String> written,
            Element... originatingElements) {
        this.filer = filer;
        this.messager = messager;
        this.written = written;
        this.originatingElements = originatingElements.clone();
    }

    @Override
    public void write(JavaFile file) throws IOException {
        String name =
                file.packageName().isEmpty()
                        ? file.typeSpec().name()
                        : file.packageName() + "." + file.typeSpec().name();
        String source = file.toString();
        String previous = written.putIfAbsent(name, source);
        if (previous != null) {
            if (!previous.equals(source)) {
                messager.printMessage(
                        Kind.ERROR,
                        "two schemas generate different code for "
                                + name
                                + " (give their programs different Java namespaces)",
                        originatingElements[0]);
            }
            return;
        }
        JavaFileObject output = filer.createSourceFile(name, originatingElements);
        try (Writer writer = output.openWriter()) {
            writer.write(source);
        }
    }
}
