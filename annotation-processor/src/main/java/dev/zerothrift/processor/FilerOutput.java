package dev.zerothrift.processor;

import com.palantir.javapoet.JavaFile;

import dev.zerothrift.codegen.CodeOutput;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;

import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Sends generated files to {@code javac} through the {@link Filer}, each tied to the element whose
 * annotation asked for it (so incremental compilers know what to redo). A type already written in
 * this compilation (two annotations naming the same IDL, a program reached from two roots) is
 * written once.
 */
final class FilerOutput implements CodeOutput {
    private final Filer filer;
    private final Set<String> written;
    private final Element[] originatingElements;

    /**
     * @param written the qualified names written so far in this compilation, shared by every output
     *     of the processor and added to here.
     */
    FilerOutput(Filer filer, Set<String> written, Element... originatingElements) {
        this.filer = filer;
        this.written = written;
        this.originatingElements = originatingElements.clone();
    }

    @Override
    public void write(JavaFile file) throws IOException {
        String name =
                file.packageName().isEmpty()
                        ? file.typeSpec().name()
                        : file.packageName() + "." + file.typeSpec().name();
        if (!written.add(name)) {
            return;
        }
        JavaFileObject source = filer.createSourceFile(name, originatingElements);
        try (Writer writer = source.openWriter()) {
            file.writeTo(writer);
        }
    }
}
