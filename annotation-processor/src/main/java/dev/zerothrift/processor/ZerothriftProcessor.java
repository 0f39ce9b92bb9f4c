package dev.zerothrift.processor;

import com.google.auto.service.AutoService;

import dev.zerothrift.codegen.GeneratorOptions;
import dev.zerothrift.codegen.ThriftGenerator;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Schema;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * The zerothrift annotation processor: {@code @ThriftIdl} generates the code of IDL files, and
 * Java-first types ({@code @ThriftStruct}, {@code @ThriftEnum}, {@code @ThriftService}) get the
 * code their equivalent IDL would get.
 *
 * <p>Elements are handled in order of qualified name, so the output does not depend on the order
 * {@code javac} lists them in. A package whose Java-first types mention a type the compiler cannot
 * resolve yet (one another processor generates this round, say) is retried in the next round; in
 * the last round what is still unresolved is an error. No exception escapes to {@code javac}: a
 * failure of the processor itself is reported as an error on the element being processed.
 */
@AutoService(Processor.class)
public final class ZerothriftProcessor extends AbstractProcessor {
    private static final List<String> JAVA_FIRST =
            List.of(AnnotationNames.STRUCT, AnnotationNames.ENUM, AnnotationNames.SERVICE);

    private Mirrors mirrors;
    private IdlFiles idlFiles;
    private IdlAnnotations idl;

    /** The source of each type written so far, by qualified name, so none is written twice. */
    private final Map<String, String> written = new HashMap<>();

    /** Java-first types waiting for a later round, by qualified name. */
    private final Set<String> deferred = new TreeSet<>();

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        mirrors = new Mirrors(processingEnv.getElementUtils());
        idlFiles = new IdlFiles(processingEnv.getFiler());
        idl =
                new IdlAnnotations(
                        mirrors,
                        processingEnv.getMessager(),
                        processingEnv.getFiler(),
                        idlFiles,
                        written);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(
                AnnotationNames.IDL,
                AnnotationNames.STRUCT,
                AnnotationNames.ENUM,
                AnnotationNames.SERVICE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : annotated(round, AnnotationNames.IDL)) {
            guarded(element, () -> generateIdl(element));
        }
        guarded(null, () -> generateJavaFirst(round));
        if (round.processingOver()) {
            idlFiles.close();
        }
        return false; // the annotations stay visible to other processors
    }

    private void generateIdl(Element element) throws IOException {
        Optional<AnnotationMirror> mirror = Mirrors.find(element, AnnotationNames.IDL);
        if (mirror.isPresent()) {
            idl.generate(element, mirror.get());
        }
    }

    private void generateJavaFirst(RoundEnvironment round) throws IOException {
        Map<String, TypeElement> candidates = new TreeMap<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                candidates.put(name, type);
            }
        }
        deferred.clear();
        for (String annotation : JAVA_FIRST) {
            for (Element element : annotated(round, annotation)) {
                if (element instanceof TypeElement type) {
                    candidates.put(type.getQualifiedName().toString(), type);
                }
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        Set<String> waitingPackages = new TreeSet<>();
        if (!round.processingOver()) {
            for (TypeElement type : candidates.values()) {
                if (hasUnresolvedTypes(type)) {
                    waitingPackages.add(packageOf(type));
                }
            }
        }
        List<TypeElement> ready = new ArrayList<>();
        for (TypeElement type : candidates.values()) {
            if (waitingPackages.contains(packageOf(type))) {
                deferred.add(type.getQualifiedName().toString());
            } else {
                ready.add(type);
            }
        }
        if (ready.isEmpty()) {
            return;
        }
        JavaFirstSchema.Result result =
                new JavaFirstSchema(
                                mirrors,
                                processingEnv.getMessager(),
                                processingEnv.getElementUtils(),
                                processingEnv.getTypeUtils())
                        .build(ready);
        Optional<Schema> schema = result.schema();
        if (schema.isEmpty() || round.processingOver()) {
            return;
        }
        // Programs may ask for different options (@ThriftProgram): one generator run for each.
        Map<GeneratorOptions, List<Program>> byOptions = new LinkedHashMap<>();
        for (Program root : schema.get().roots()) {
            byOptions
                    .computeIfAbsent(result.options().get(root.path()), k -> new ArrayList<>())
                    .add(root);
        }
        FilerOutput output =
                new FilerOutput(
                        processingEnv.getFiler(),
                        processingEnv.getMessager(),
                        written,
                        ready.toArray(Element[]::new));
        for (Map.Entry<GeneratorOptions, List<Program>> group : byOptions.entrySet()) {
            new ThriftGenerator(
                            RpcOnClasspath.adjust(group.getKey(), processingEnv.getElementUtils()))
                    .generate(new Schema(group.getValue(), schema.get().programs()), output);
        }
    }

    private String packageOf(TypeElement type) {
        return processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    }

    /** Whether a member type of a Java-first type is one the compiler cannot resolve yet. */
    private static boolean hasUnresolvedTypes(TypeElement type) {
        if (type.getKind() == ElementKind.RECORD) {
            return ElementFilter.recordComponentsIn(type.getEnclosedElements()).stream()
                    .anyMatch(c -> JavaTypes.unresolved(c.asType()));
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (JavaTypes.unresolved(method.getReturnType())
                    || method.getParameters().stream()
                            .anyMatch(p -> JavaTypes.unresolved(p.asType()))) {
                return true;
            }
        }
        return false;
    }

    /** The elements carrying {@code annotation} this round, sorted by qualified name. */
    private List<Element> annotated(RoundEnvironment round, String annotation) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
        if (type == null) {
            return List.of(); // the runtime's annotations are not on the class path
        }
        List<Element> elements = new ArrayList<>(round.getElementsAnnotatedWith(type));
        elements.sort(Comparator.comparing(ZerothriftProcessor::sortKey));
        return elements;
    }

    private static String sortKey(Element element) {
        if (element instanceof QualifiedNameable named) {
            return named.getQualifiedName().toString();
        }
        return element.getSimpleName().toString();
    }

    /** Work that may throw. */
    private interface Step {
        void run() throws IOException;
    }

    /** Runs a step; any failure becomes an error on {@code element}, never an exception. */
    private void guarded(Element element, Step step) {
        try {
            step.run();
        } catch (IOException | RuntimeException | LinkageError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            String message =
                    "zerothrift could not generate code"
                            + (element instanceof PackageElement ? " for this package" : "")
                            + ": "
                            + e
                            + "\n"
                            + trace;
            if (element != null) {
                processingEnv.getMessager().printMessage(Kind.ERROR, message, element);
            } else {
                processingEnv.getMessager().printMessage(Kind.ERROR, message);
            }
        }
    }
}
