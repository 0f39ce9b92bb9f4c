package dev.zerothrift.idl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every file of the shared corpus: what Apache 0.17 accepts (or rejects only for {@code uuid}) we
 * accept; everything else we reject with the error pinned here.
 */
class CorpusTest {
    /** The error each rejected file must get (path relative to corpus/idl). */
    static final Map<String, String> EXPECTED_ERRORS =
            Map.ofEntries(
                    Map.entry(
                            "apache__thrift/test/BrokenConstants.thrift",
                            "apache__thrift/test/BrokenConstants.thrift:21:20: error: value out of"
                                    + " range for i64: 9876543210987654321"),
                    Map.entry(
                            "apache__thrift@v0.13.0/test/SmallTest.thrift",
                            "apache__thrift@v0.13.0/test/SmallTest.thrift:27:1: error: senum is no"
                                    + " longer supported: use an enum, or string constants"),
                    Map.entry(
                            "apache__thrift@v0.13.0/test/AnnotationTest.thrift",
                            "apache__thrift@v0.13.0/test/AnnotationTest.thrift:53:1: error: senum"
                                    + " is no longer supported: use an enum, or string constants"),
                    // Includes enum_conflict.thrift; also names a constant "uuid", a keyword now.
                    Map.entry(
                            "uber__thriftrw-go/gen/internal/tests/thrift/constants.thrift",
                            "uber__thriftrw-go/gen/internal/tests/thrift/enum_conflict.thrift:3:1:"
                                    + " error: duplicate definition: RecordType is also defined in"
                                    + " included program enums, which has the same namespaces"),
                    Map.entry(
                            "uber__thriftrw-go/gen/internal/tests/thrift/containers.thrift",
                            "uber__thriftrw-go/gen/internal/tests/thrift/enum_conflict.thrift:3:1:"
                                    + " error: duplicate definition: RecordType is also defined in"
                                    + " included program enums, which has the same namespaces"),
                    Map.entry(
                            "uber__thriftrw-go/gen/internal/tests/thrift/enum_conflict.thrift",
                            "uber__thriftrw-go/gen/internal/tests/thrift/enum_conflict.thrift:3:1:"
                                    + " error: duplicate definition: RecordType is also defined in"
                                    + " included program enums, which has the same namespaces"),
                    // Decided: rejected, as Apache (0.17 and current) rejects a type name that an
                    // included program with the same namespaces also defines.
                    Map.entry(
                            "uber__thriftrw-go/gen/internal/tests/thrift/uuid_conflict.thrift",
                            "uber__thriftrw-go/gen/internal/tests/thrift/uuid_conflict.thrift:3:1:"
                                    + " error: duplicate definition: UUID is also defined in"
                                    + " included program typedefs, which has the same namespaces"),
                    Map.entry(
                            "facebook__fbthrift/thrift/annotation/thrift.thrift",
                            "facebook__fbthrift/thrift/annotation/thrift.thrift:19:1: error:"
                                    + " fbthrift syntax is not supported: package (use namespace"
                                    + " declarations)"),
                    Map.entry(
                            "facebook__fbthrift/thrift/annotation/scope.thrift",
                            "facebook__fbthrift/thrift/annotation/scope.thrift:36:1: error:"
                                    + " fbthrift syntax is not supported: package (use namespace"
                                    + " declarations)"),
                    Map.entry(
                            "facebook__fbthrift/thrift/annotation/cpp.thrift",
                            "facebook__fbthrift/thrift/annotation/cpp.thrift:20:1: error: fbthrift"
                                    + " syntax is not supported: package (use namespace"
                                    + " declarations)"),
                    Map.entry(
                            "facebook__fbthrift/thrift/compiler/test/fixtures/stream/src/module.thrift",
                            "facebook__fbthrift/thrift/compiler/test/fixtures/stream/src/module.thrift:25:1:"
                                    + " error: fbthrift syntax is not supported: qualifier safe"),
                    Map.entry(
                            "facebook__fbthrift/thrift/compiler/test/fixtures/interactions/src/module.thrift",
                            "facebook__fbthrift/thrift/compiler/test/fixtures/interactions/src/module.thrift:33:1:"
                                    + " error: fbthrift syntax is not supported: interaction"
                                    + " MyInteraction"),
                    Map.entry(
                            "facebook__fbthrift/thrift/compiler/test/fixtures/interactions/src/shared.thrift",
                            "facebook__fbthrift/thrift/compiler/test/fixtures/interactions/src/shared.thrift:19:1:"
                                    + " error: fbthrift syntax is not supported: structured"
                                    + " annotation @thrift.AllowLegacyMissingUris (use (name ="
                                    + " \"value\") annotations)"),
                    Map.entry(
                            "facebook__fbthrift/thrift/compiler/test/fixtures/constants/src/module.thrift",
                            "facebook__fbthrift/thrift/compiler/test/fixtures/constants/src/module.thrift:20:1:"
                                    + " error: fbthrift syntax is not supported: package (use"
                                    + " namespace declarations)"),
                    Map.entry(
                            "twitter__scrooge/scrooge-generator-tests/src/test/thrift/standalone/const.thrift",
                            "twitter__scrooge/scrooge-generator-tests/src/test/thrift/standalone/const.thrift:69:34:"
                                    + " error: unqualified enum member: myWfhDay (write"
                                    + " weekDay.MEMBER)"),
                    Map.entry(
                            "foursquare__fsqio/test/thrift/io/fsq/spindle/codegen/parser/test/parse_const.thrift",
                            "foursquare__fsqio/test/thrift/io/fsq/spindle/codegen/parser/test/parse_const.thrift:12:18:"
                                    + " error: not a string: 0 (in c04)"),
                    Map.entry(
                            "creditkarma__thrift-typescript/src/tests/unit/fixtures/thrift/common.thrift",
                            "creditkarma__thrift-typescript/src/tests/unit/fixtures/thrift/common.thrift:19:9:"
                                    + " error: not a type: shared.SHARED_INT is a constant"),
                    Map.entry(
                            "Thriftpy__thriftpy2/tests/parser-cases/value_ref.thrift",
                            "Thriftpy__thriftpy2/tests/parser-cases/value_ref.thrift:1:34: error:"
                                    + " syntax error: unexpected ';' after include"),
                    Map.entry(
                            "apache__thrift@7f42bcf97/tutorial/tutorial.thrift",
                            "apache__thrift@7f42bcf97/tutorial/tutorial.thrift:47:1: error:"
                                    + " cpp_namespace is no longer supported: use 'namespace cpp'"
                                    + " instead"),
                    Map.entry(
                            "apache__thrift@7f42bcf97/tutorial/shared.thrift",
                            "apache__thrift@7f42bcf97/tutorial/shared.thrift:8:1: error:"
                                    + " cpp_namespace is no longer supported: use 'namespace cpp'"
                                    + " instead"),
                    Map.entry(
                            "apache__thrift@7f42bcf97/test/ThriftTest.thrift",
                            "apache__thrift@7f42bcf97/test/ThriftTest.thrift:1:1: error:"
                                    + " java_package is no longer supported: use 'namespace java'"
                                    + " instead"),
                    Map.entry(
                            "apache__thrift@7f42bcf97/test/DocTest.thrift",
                            "apache__thrift@7f42bcf97/test/DocTest.thrift:7:1: error: java_package"
                                    + " is no longer supported: use 'namespace java' instead"),
                    Map.entry(
                            "apache__thrift@7f42bcf97/test/ConstantsDemo.thrift",
                            "apache__thrift@7f42bcf97/test/ConstantsDemo.thrift:1:1: error:"
                                    + " cpp_namespace is no longer supported: use 'namespace cpp'"
                                    + " instead"),
                    Map.entry(
                            "apache__thrift@7f42bcf97/if/reflection_limited.thrift",
                            "apache__thrift@7f42bcf97/if/reflection_limited.thrift:16:1: error:"
                                    + " cpp_namespace is no longer supported: use 'namespace cpp'"
                                    + " instead"));

    static Stream<Corpus.Entry> entries() {
        return Corpus.entries().stream();
    }

    static LoadResult load(Corpus.Entry entry) {
        return SchemaLoader.builder().includePath(entry.includePath()).load(entry.file());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void file(Corpus.Entry entry) {
        LoadResult result = load(entry);
        String idl = Corpus.root().resolve("idl") + "/";
        List<String> errors =
                result.errors().stream()
                        .map(d -> d.headline().replace(idl, "").replaceAll("^.*/corpus/idl/", ""))
                        .toList();
        if (entry.shouldAccept()) {
            assertFalse(result.hasErrors(), () -> "expected no errors:\n" + result.format(false));
            assertTrue(result.schema().isPresent());
        } else {
            String expected = EXPECTED_ERRORS.get(entry.id());
            assertTrue(expected != null, () -> "no expected error pinned; got " + errors);
            assertTrue(errors.contains(expected), () -> "expected " + expected + "\ngot " + errors);
        }
    }

    @Test
    void everyPinnedErrorIsAFileApacheRejects() {
        for (Corpus.Entry entry : Corpus.entries()) {
            assertTrue(entry.shouldAccept() != EXPECTED_ERRORS.containsKey(entry.id()), entry::id);
        }
        assertTrue(Corpus.entries().size() == 156);
    }
}
