package dev.zerothrift.idl.internal;

import dev.zerothrift.idl.Location;
import dev.zerothrift.idl.internal.ThriftParser.*;
import dev.zerothrift.idl.syntax.AnnotationElement;
import dev.zerothrift.idl.syntax.ConstValueElement;
import dev.zerothrift.idl.syntax.DefinitionElement;
import dev.zerothrift.idl.syntax.DefinitionElement.StructKind;
import dev.zerothrift.idl.syntax.FieldElement;
import dev.zerothrift.idl.syntax.ProgramElement;
import dev.zerothrift.idl.syntax.TypeElement;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses one IDL file into a {@link ProgramElement}, reporting syntax errors, legacy forms and
 * fbthrift syntax to the collector. ANTLR types stay in this class.
 */
public final class SyntaxBuilder {
    private static final int DOC_CHANNEL = 2;

    private static final Map<String, String> LEGACY_NAMESPACES =
            Map.ofEntries(
                    Map.entry("cpp_namespace", "cpp"),
                    Map.entry("java_package", "java"),
                    Map.entry("csharp_namespace", "csharp"),
                    Map.entry("delphi_namespace", "delphi"),
                    Map.entry("php_namespace", "php"),
                    Map.entry("py_module", "py"),
                    Map.entry("perl_package", "perl"),
                    Map.entry("ruby_namespace", "rb"),
                    Map.entry("smalltalk_category", "st"),
                    Map.entry("smalltalk_prefix", "st"),
                    Map.entry("xsd_namespace", "xsd"),
                    Map.entry("cocoa_prefix", "cocoa"));

    private final Path file;
    private final ErrorCollector errors;
    private CommonTokenStream tokens;
    private boolean syntaxErrors;
    private final java.util.TreeSet<Integer> capturePoints = new java.util.TreeSet<>();

    private SyntaxBuilder(Path file, ErrorCollector errors) {
        this.file = file;
        this.errors = errors;
    }

    /** Parses {@code text}, the contents of {@code file}. */
    public static ProgramElement parse(Path file, String text, ErrorCollector errors) {
        errors.addSource(file, text);
        return new SyntaxBuilder(file, errors).build(text);
    }

    private ProgramElement build(String text) {
        if (text.startsWith("\uFEFF")) {
            text = " " + text.substring(1); // a BOM: keep columns, as Apache skips it
        }
        ThriftLexer lexer = new ThriftLexer(CharStreams.fromString(text, file.toString()));
        lexer.removeErrorListeners();
        tokens = new CommonTokenStream(lexer);
        DocumentContext document = parseDocument();
        collectCapturePoints(document);

        List<ProgramElement.Include> includes = new ArrayList<>();
        List<ProgramElement.CppInclude> cppIncludes = new ArrayList<>();
        List<ProgramElement.Namespace> namespaces = new ArrayList<>();
        List<DefinitionElement> definitions = new ArrayList<>();
        HeaderContext firstHeader = null;
        for (var child : document.children) {
            if (child instanceof HeaderContext header) {
                if (firstHeader == null) {
                    firstHeader = header;
                }
                if (!definitions.isEmpty() && !(header instanceof LegacyNamespaceContext)) {
                    errors.error(
                            at(header.getStart()),
                            "misplaced header: %s must come before the first definition",
                            header.getStart().getText());
                }
                guard(() -> header(header, includes, cppIncludes, namespaces));
            } else if (child instanceof DefinitionContext definition) {
                guard(
                        () -> {
                            DefinitionElement element = definition(definition);
                            if (element != null) {
                                definitions.add(element);
                            }
                        });
            } else if (child instanceof MisplacedContext misplaced) {
                errors.error(
                        at(misplaced.getStart()),
                        "syntax error: unexpected '%s'",
                        misplaced.getText());
            }
        }
        return new ProgramElement(
                file, programDoc(firstHeader), includes, cppIncludes, namespaces, definitions);
    }

    /**
     * ANTLR's two-stage parse: the fast SLL prediction, which is right for almost every input and
     * stops at the first error; then, only if it failed, the full LL prediction that reports
     * errors.
     */
    private DocumentContext parseDocument() {
        ThriftParser parser = new ThriftParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.document();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.addErrorListener(new SyntaxErrors());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            return parser.document();
        }
    }

    /**
     * Builds one part of the tree. After a syntax error ANTLR's recovery leaves parts of the parse
     * tree missing; a part that cannot be built then is dropped (the error is already reported).
     */
    private void guard(Runnable part) {
        try {
            part.run();
        } catch (RuntimeException e) {
            if (!syntaxErrors) {
                throw e;
            }
        }
    }

    /**
     * Apache's rule for a program's doc: the first doc comment of the file, if it comes before the
     * first header, or right after it when that header is a namespace (the Apache parser reads the
     * next token to end a namespace, and the comment with it), or anywhere when there is no header.
     */
    private String programDoc(HeaderContext firstHeader) {
        Token doc = null;
        for (Token token : tokens.getTokens()) {
            if (token.getChannel() == DOC_CHANNEL) {
                doc = token;
                break;
            }
        }
        if (doc == null) {
            return "";
        }
        boolean isProgramDoc;
        if (firstHeader == null || doc.getTokenIndex() < firstHeader.getStart().getTokenIndex()) {
            isProgramDoc = true;
        } else if (firstHeader instanceof NamespaceContext ns
                && ns.STAR() == null
                && ns.annotations() == null
                && ns.separator() == null) {
            List<Token> after =
                    tokens.getHiddenTokensToRight(ns.getStop().getTokenIndex(), DOC_CHANNEL);
            isProgramDoc = after != null && after.get(0) == doc;
        } else {
            isProgramDoc = false;
        }
        return isProgramDoc ? DocComments.clean(doc.getText()) : "";
    }

    private void header(
            HeaderContext header,
            List<ProgramElement.Include> includes,
            List<ProgramElement.CppInclude> cppIncludes,
            List<ProgramElement.Namespace> namespaces) {
        if (header instanceof IncludeContext include) {
            noSeparator(include.separator(), "include");
            includes.add(
                    new ProgramElement.Include(
                            at(include.getStart()), literal(include.LITERAL().getSymbol())));
        } else if (header instanceof CppIncludeContext include) {
            noSeparator(include.separator(), "cpp_include");
            cppIncludes.add(
                    new ProgramElement.CppInclude(
                            at(include.getStart()), literal(include.LITERAL().getSymbol())));
        } else if (header instanceof NamespaceContext ns) {
            noSeparator(ns.separator(), "namespace");
            String scope = ns.STAR() != null ? "*" : ns.nsScope.getText();
            namespaces.add(
                    new ProgramElement.Namespace(
                            at(ns.getStart()),
                            scope,
                            ns.nsName.getText(),
                            annotations(ns.annotations())));
        } else if (header instanceof LegacyNamespaceContext legacy) {
            String text = legacy.getText().strip();
            String keyword = text.split("\\s+", 2)[0];
            errors.error(
                    at(legacy.getStart()),
                    "%s is no longer supported: use 'namespace %s' instead",
                    keyword,
                    LEGACY_NAMESPACES.get(keyword));
        } else if (header instanceof FbPackageContext pkg) {
            fbAnnotations(pkg.fbAnnotation());
            errors.error(
                    at(pkg.PACKAGE().getSymbol()),
                    "fbthrift syntax is not supported: package (use namespace declarations)");
        }
    }

    private void noSeparator(SeparatorContext separator, String what) {
        if (separator != null) {
            errors.error(
                    at(separator.getStart()),
                    "syntax error: unexpected '%s' after %s",
                    separator.getText(),
                    what);
        }
    }

    private DefinitionElement definition(DefinitionContext ctx) {
        fbAnnotations(ctx.fbAnnotation());
        for (FbDefinitionQualifierContext q : ctx.fbDefinitionQualifier()) {
            errors.error(
                    at(q.getStart()),
                    "fbthrift syntax is not supported: qualifier %s",
                    q.getText());
        }
        String doc = doc(ctx.getStart());
        if (ctx.constDef() != null) {
            ConstDefContext c = ctx.constDef();
            return new DefinitionElement.Const(
                    at(c.getStart()),
                    doc,
                    name(c.identifier()),
                    type(c.fieldType()),
                    constValue(c.constValue()),
                    List.of());
        } else if (ctx.typedefDef() != null) {
            TypedefDefContext t = ctx.typedefDef();
            return new DefinitionElement.Typedef(
                    at(t.getStart()),
                    doc,
                    name(t.identifier()),
                    type(t.fieldType()),
                    annotations(t.annotations()));
        } else if (ctx.enumDef() != null) {
            EnumDefContext e = ctx.enumDef();
            List<DefinitionElement.EnumValue> values = new ArrayList<>();
            for (EnumValueContext v : e.enumValue()) {
                fbAnnotations(v.fbAnnotation());
                values.add(
                        new DefinitionElement.EnumValue(
                                at(v.identifier().getStart()),
                                doc(v.getStart()),
                                name(v.identifier()),
                                v.integer() == null ? null : integer(v.integer()),
                                annotations(v.annotations())));
            }
            return new DefinitionElement.Enum(
                    at(e.getStart()),
                    doc,
                    name(e.identifier()),
                    values,
                    annotations(e.annotations()));
        } else if (ctx.senumDef() != null) {
            errors.error(
                    at(ctx.senumDef().getStart()),
                    "senum is no longer supported: use an enum, or string constants");
            return null;
        } else if (ctx.structDef() != null) {
            StructDefContext s = ctx.structDef();
            StructKind kind =
                    switch (s.kind.getType()) {
                        case ThriftLexer.UNION -> StructKind.UNION;
                        case ThriftLexer.EXCEPTION -> StructKind.EXCEPTION;
                        default -> StructKind.STRUCT;
                    };
            return new DefinitionElement.Struct(
                    at(s.getStart()),
                    doc,
                    name(s.identifier()),
                    kind,
                    fields(s.field()),
                    annotations(s.annotations()));
        } else if (ctx.serviceDef() != null) {
            ServiceDefContext s = ctx.serviceDef();
            IdentifierContext base = s.identifier().size() > 1 ? s.identifier(1) : null;
            return new DefinitionElement.Service(
                    at(s.getStart()),
                    doc,
                    name(s.identifier(0)),
                    base == null ? null : base.getText(),
                    base == null ? null : at(base.getStart()),
                    functions(s.serviceMember()),
                    annotations(s.annotations()));
        } else if (ctx.interactionDef() != null) {
            InteractionDefContext i = ctx.interactionDef();
            errors.error(
                    at(i.getStart()),
                    "fbthrift syntax is not supported: interaction %s",
                    i.identifier(0).getText());
            functions(i.serviceMember());
            return null;
        }
        return null; // a syntax error, already reported
    }

    private List<DefinitionElement.Function> functions(List<ServiceMemberContext> members) {
        List<DefinitionElement.Function> functions = new ArrayList<>();
        for (ServiceMemberContext member : members) {
            if (member.PERFORMS() != null) {
                errors.error(
                        at(member.getStart()),
                        "fbthrift syntax is not supported: performs %s",
                        member.identifier().getText());
                continue;
            }
            FunctionContext f = member.function();
            if (f == null) {
                continue;
            }
            fbAnnotations(f.fbAnnotation());
            for (FbQualifierContext q : f.fbQualifier()) {
                errors.error(
                        at(q.getStart()),
                        "fbthrift syntax is not supported: function qualifier %s",
                        q.getText());
            }
            if (f.ASYNC() != null) {
                errors.warning(
                        at(f.ASYNC().getSymbol()), "async is deprecated: use oneway instead");
            }
            TypeElement returnType = null;
            FunctionTypeContext ft = f.functionType();
            if (ft.VOID() == null) {
                for (ResponseTypeContext r : ft.responseType()) {
                    if (r.streamType() != null) {
                        errors.error(
                                at(r.getStart()),
                                "fbthrift syntax is not supported: %s responses",
                                r.streamType().kind.getText());
                    }
                }
                if (ft.responseType().size() > 1) {
                    errors.error(
                            at(ft.getStart()),
                            "fbthrift syntax is not supported: several return types (%s)",
                            ft.getText());
                }
                ResponseTypeContext first = ft.responseType(0);
                if (first.fieldType() != null) {
                    returnType = type(first.fieldType());
                }
            }
            List<FieldContext> throwsFields = f.THROWS() != null ? throwsFields(f) : List.of();
            List<FieldContext> params =
                    f.field().subList(0, f.field().size() - throwsFields.size());
            functions.add(
                    new DefinitionElement.Function(
                            at(f.identifier().getStart()),
                            doc(f.getStart()),
                            name(f.identifier()),
                            f.ONEWAY() != null || f.ASYNC() != null,
                            returnType,
                            fields(params),
                            fields(throwsFields),
                            annotations(f.annotations())));
        }
        return functions;
    }

    /** The fields after the {@code throws} keyword (the grammar lists both groups together). */
    private static List<FieldContext> throwsFields(FunctionContext f) {
        int throwsIndex = f.THROWS().getSymbol().getTokenIndex();
        List<FieldContext> result = new ArrayList<>();
        for (FieldContext field : f.field()) {
            if (field.getStart().getTokenIndex() > throwsIndex) {
                result.add(field);
            }
        }
        return result;
    }

    private List<FieldElement> fields(List<FieldContext> contexts) {
        List<FieldElement> fields = new ArrayList<>();
        for (FieldContext f : contexts) {
            fbAnnotations(f.fbAnnotation());
            Long id = f.fieldId() == null ? null : integer(f.fieldId().integer());
            String requiredness = f.requiredness() == null ? "" : f.requiredness().getText();
            String name = f.fieldName().getText();
            if (name.contains(".")) {
                errors.error(at(f.fieldName().getStart()), "name cannot contain a dot: %s", name);
            }
            fields.add(
                    new FieldElement(
                            at(f.fieldName().getStart()),
                            doc(f.getStart()),
                            id,
                            f.fieldId() == null ? null : at(f.fieldId().getStart()),
                            requiredness,
                            type(f.fieldType()),
                            name,
                            f.constValue() == null ? null : constValue(f.constValue()),
                            annotations(f.annotations())));
        }
        return fields;
    }

    private TypeElement type(FieldTypeContext ctx) {
        Location location = at(ctx.getStart());
        if (ctx instanceof BaseFieldTypeContext base) {
            return new TypeElement.Base(
                    location, base.baseType().getText(), annotations(base.annotations()));
        } else if (ctx instanceof MapTypeContext map) {
            cppType(map.cppType());
            return new TypeElement.MapOf(
                    location,
                    type(map.fieldType(0)),
                    type(map.fieldType(1)),
                    annotations(map.annotations()));
        } else if (ctx instanceof SetTypeContext set) {
            cppType(set.cppType());
            return new TypeElement.SetOf(
                    location, type(set.fieldType()), annotations(set.annotations()));
        } else if (ctx instanceof ListTypeContext list) {
            for (CppTypeContext cpp : list.cppType()) {
                cppType(cpp);
            }
            return new TypeElement.ListOf(
                    location, type(list.fieldType()), annotations(list.annotations()));
        } else if (ctx instanceof SlistTypeContext) {
            errors.error(location, "slist is no longer supported: use string instead");
            return new TypeElement.Base(location, "string", List.of());
        }
        NamedTypeContext named = (NamedTypeContext) ctx;
        return new TypeElement.Named(location, named.getText(), List.of());
    }

    private void cppType(CppTypeContext cpp) {
        if (cpp != null) {
            errors.warning(
                    at(cpp.getStart()),
                    "cpp_type is deprecated: use the annotation (cpp.template = %s) instead",
                    cpp.LITERAL().getText());
        }
    }

    private ConstValueElement constValue(ConstValueContext ctx) {
        Location location = at(ctx.getStart());
        if (ctx instanceof IntConstContext i) {
            Long value = integer(i.integer());
            return new ConstValueElement.IntLiteral(
                    location, value == null ? 0 : value, i.getText());
        } else if (ctx instanceof DoubleConstContext d) {
            return new ConstValueElement.DoubleLiteral(
                    location, Double.parseDouble(d.getText()), d.getText());
        } else if (ctx instanceof StringConstContext s) {
            return new ConstValueElement.StringLiteral(location, literal(s.LITERAL().getSymbol()));
        } else if (ctx instanceof IdentConstContext id) {
            return new ConstValueElement.Identifier(location, id.getText());
        } else if (ctx instanceof ListConstContext list) {
            List<ConstValueElement> elements = new ArrayList<>();
            for (ConstValueContext element : list.constValue()) {
                elements.add(constValue(element));
            }
            return new ConstValueElement.ListLiteral(location, elements);
        }
        if (ctx instanceof FbStructConstContext typed) {
            errors.error(
                    location,
                    "fbthrift syntax is not supported: typed struct literal %s{...}",
                    typed.identifier().getText());
            return new ConstValueElement.MapLiteral(location, List.of());
        }
        MapConstContext map = (MapConstContext) ctx;
        List<ConstValueElement.Entry> entries = new ArrayList<>();
        for (int i = 0; i + 1 < map.constValue().size(); i += 2) {
            entries.add(
                    new ConstValueElement.Entry(
                            constValue(map.constValue(i)), constValue(map.constValue(i + 1))));
        }
        return new ConstValueElement.MapLiteral(location, entries);
    }

    /** An integer token's value, or null (reported) when it does not fit in an i64. */
    private Long integer(IntegerContext ctx) {
        Token token = ctx.getStart();
        String text = token.getText();
        switch (token.getType()) {
            case ThriftLexer.TRUE:
                return 1L;
            case ThriftLexer.FALSE:
                return 0L;
            default:
                break;
        }
        try {
            if (token.getType() == ThriftLexer.HEX_LITERAL) {
                boolean negative = text.startsWith("-");
                int start = text.indexOf('x') + 1;
                long magnitude = Long.parseLong(text.substring(start), 16);
                return negative ? -magnitude : magnitude;
            }
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            errors.error(at(token), "value out of range for i64: %s", text);
            return null;
        }
    }

    private List<AnnotationElement> annotations(AnnotationsContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<AnnotationElement> annotations = new ArrayList<>();
        for (AnnotationContext a : ctx.annotation()) {
            String value = a.LITERAL() == null ? "1" : literal(a.LITERAL().getSymbol());
            annotations.add(
                    new AnnotationElement(at(a.getStart()), a.identifier().getText(), value));
        }
        return annotations;
    }

    private void fbAnnotations(List<FbAnnotationContext> annotations) {
        for (FbAnnotationContext a : annotations) {
            errors.error(
                    at(a.getStart()),
                    "fbthrift syntax is not supported: structured annotation @%s (use (name ="
                            + " \"value\") annotations)",
                    a.identifier().getText());
        }
    }

    /** A definition name: no dots allowed, as in Apache. */
    private String name(IdentifierContext ctx) {
        String name = ctx.getText();
        if (name.contains(".")) {
            errors.error(at(ctx.getStart()), "name cannot contain a dot: %s", name);
        }
        return name;
    }

    /**
     * The doc comment of the element starting at a token, as the Apache parser assigns it: the last
     * doc comment since the previous element (definition, enum value, field or function) or header
     * started, so a comment left at the end of a struct's body documents what follows.
     */
    private String doc(Token start) {
        Integer previous = capturePoints.lower(start.getTokenIndex());
        int from = previous == null ? 0 : previous;
        Token doc = null;
        for (int i = start.getTokenIndex() - 1; i > from; i--) {
            Token token = tokens.get(i);
            if (token.getChannel() == DOC_CHANNEL) {
                doc = token;
                break;
            }
        }
        return doc == null ? "" : DocComments.clean(doc.getText());
    }

    /** Where the Apache parser takes (or, at a header, drops) the pending doc comment. */
    private void collectCapturePoints(ParserRuleContext ctx) {
        if (ctx instanceof DefinitionContext
                || ctx instanceof EnumValueContext
                || ctx instanceof FieldContext
                || ctx instanceof FunctionContext
                || ctx instanceof HeaderContext) {
            capturePoints.add(ctx.getStart().getTokenIndex());
        }
        if (ctx.children != null) {
            for (var child : ctx.children) {
                if (child instanceof ParserRuleContext rule) {
                    collectCapturePoints(rule);
                }
            }
        }
    }

    /** Decodes a string literal's escapes as Apache does (\\ \" \' \n \r \t only). */
    private String literal(Token token) {
        String text = token.getText();
        StringBuilder out = new StringBuilder(text.length());
        int line = token.getLine();
        int column = token.getCharPositionInLine() + 1;
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                errors.error(at(token), "string literal not closed on its line");
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(++i);
            column++;
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '"', '\'', '\\' -> out.append(e);
                default ->
                        errors.error(
                                new Location(file, line, column - 1),
                                "bad escape in string literal: \\%s",
                                e);
            }
        }
        return out.toString();
    }

    private Location at(Token token) {
        return new Location(file, token.getLine(), token.getCharPositionInLine() + 1);
    }

    /** Turns ANTLR's reports into ours, one per line (later ones on a line are echoes). */
    private final class SyntaxErrors extends BaseErrorListener {
        private int lastLine = -1;

        @Override
        public void syntaxError(
                Recognizer<?, ?> recognizer,
                Object offendingSymbol,
                int line,
                int column,
                String antlrMessage,
                RecognitionException e) {
            syntaxErrors = true;
            if (line == lastLine) {
                return;
            }
            lastLine = line;
            Location location = new Location(file, line, column + 1);
            Token token = offendingSymbol instanceof Token t ? t : null;
            if (token == null) {
                errors.error(location, "syntax error: %s", antlrMessage);
            } else if (token.getType() == ThriftLexer.UNTERMINATED_COMMENT) {
                errors.error(location, "unterminated comment");
            } else if (token.getType() == ThriftLexer.UNTERMINATED_LITERAL) {
                errors.error(location, "unterminated string literal");
            } else if (token.getType() == Token.EOF) {
                errors.error(location, "syntax error: unexpected end of file");
            } else if (isKeyword(token)) {
                errors.error(
                        location,
                        "syntax error: unexpected '%s' (a keyword, not allowed as a name here)",
                        token.getText());
            } else {
                errors.error(location, "syntax error: unexpected '%s'", firstLine(token.getText()));
            }
        }

        private boolean isKeyword(Token token) {
            String literal = ThriftLexer.VOCABULARY.getLiteralName(token.getType());
            return literal != null && literal.matches("'[a-z_0-9]+'");
        }

        private String firstLine(String text) {
            int nl = text.indexOf('\n');
            return nl < 0 ? text : text.substring(0, nl);
        }
    }
}
