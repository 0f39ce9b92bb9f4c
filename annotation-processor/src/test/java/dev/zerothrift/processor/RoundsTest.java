package dev.zerothrift.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/** Java-first types that name types generated in a later round wait for them. */
class RoundsTest {
    /** Generates an annotated enum {@code gen.Level} in the first round, as another tool might. */
    static final class GeneratesLevel extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try {
                    JavaFileObject file = processingEnv.getFiler().createSourceFile("gen.Level");
                    try (Writer w = file.openWriter()) {
                        w.write(
                                "package gen;\n"
                                        + "@dev.zerothrift.runtime.annotations.ThriftEnum\n"
                                        + "public enum Level { LOW, HIGH }\n");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    private static final JavaFileObject EVENT =
            JavaFileObjects.forSourceLines(
                    "app.Event",
                    "package app;",
                    "import dev.zerothrift.runtime.annotations.*;",
                    "@ThriftStruct public interface Event {",
                    "    @ThriftField(id = 1) gen.Level level();",
                    "}",
                    "@ThriftEnum enum Mode { ON }");

    @Test
    void typeGeneratedInALaterRoundIsWaitedFor() {
        Compilation compilation =
                Compiler.javac()
                        .withProcessors(new ZerothriftProcessor(), new GeneratesLevel())
                        .compile(EVENT);
        assertThat(compilation).succeededWithoutWarnings();
        // The package waited a round, then got its code; the generated enum's too.
        assertThat(compilation).generatedSourceFile("app/thrift/Mode");
        assertThat(compilation).generatedSourceFile("gen/thrift/Level");
    }

    @Test
    void typeThatNeverAppearsIsAnErrorInTheLastRound() {
        Compilation compilation =
                Compiler.javac().withProcessors(new ZerothriftProcessor()).compile(EVENT);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("cannot resolve the type of level(): gen.Level")
                .inFile(EVENT)
                .onLine(4);
    }
}
