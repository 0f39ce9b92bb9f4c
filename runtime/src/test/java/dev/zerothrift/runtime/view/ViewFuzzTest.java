package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A Jazzer fuzz test of the view indexer. Without {@code JAZZER_FUZZ} it runs in regression mode
 * over the saved inputs in {@code ViewFuzzTestInputs/index/} (test resources); to fuzz longer:
 *
 * <pre>
 *   JAZZER_FUZZ=1 mvn -pl runtime test -Dtest='ViewFuzzTest#index'
 * </pre>
 *
 * <p>The first input byte picks the type (the workloads, a recursive type, a union) and the
 * protocol; the rest is the message. Indexing may only throw {@link ProtocolException}, with an
 * offset inside the message; a message that indexes must then read completely without any
 * exception; the outcome must not depend on how the bytes are split into chain nodes; and the
 * binary protocol's happy-path walk either gives up or records what the generic walk does.
 */
class ViewFuzzTest {
    private static final StructDescriptor NODE = recursive();

    private static final StructDescriptor CHOICE =
            StructDescriptor.of(
                    "Choice",
                    StructDescriptor.Kind.UNION,
                    List.of(
                            new FieldDescriptor(1, "a", TypeDescriptor.I32, Requiredness.OPTIONAL),
                            new FieldDescriptor(
                                    2, "b", TypeDescriptor.struct(NODE), Requiredness.OPTIONAL),
                            new FieldDescriptor(
                                    3,
                                    "c",
                                    TypeDescriptor.mapOf(
                                            TypeDescriptor.UUID,
                                            TypeDescriptor.setOf(TypeDescriptor.DOUBLE)),
                                    Requiredness.OPTIONAL)));

    private static final StructDescriptor[] TYPES = {
        Workloads.REQUEST,
        Workloads.BATCH,
        Workloads.MY_TEST,
        Workloads.WIDE,
        Workloads.LISTS,
        NODE,
        CHOICE,
        Workloads.USER
    };

    private static StructDescriptor recursive() {
        StructDescriptor node = StructDescriptor.declare("Node", StructDescriptor.Kind.STRUCT);
        return node.define(
                List.of(
                        new FieldDescriptor(1, "id", TypeDescriptor.I64, Requiredness.REQUIRED),
                        new FieldDescriptor(
                                2,
                                "children",
                                TypeDescriptor.listOf(TypeDescriptor.struct(node)),
                                Requiredness.OPTIONAL),
                        new FieldDescriptor(3, "flag", TypeDescriptor.BOOL, Requiredness.OPTIONAL),
                        new FieldDescriptor(
                                4,
                                "names",
                                TypeDescriptor.mapOf(TypeDescriptor.STRING, TypeDescriptor.I16),
                                Requiredness.OPTIONAL)));
    }

    @FuzzTest(maxDuration = "5m")
    void index(byte[] input) {
        if (input.length == 0) {
            return;
        }
        StructDescriptor type = TYPES[(input[0] & 0x7f) % TYPES.length];
        Protocol protocol = (input[0] & 0x80) != 0 ? Protocol.COMPACT : Protocol.BINARY;
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        for (ViewOptions options : new ViewOptions[] {ViewOptions.DEFAULT, ViewOptions.STRICT}) {
            ProtocolException whole = null;
            Object read = null;
            try (StructView view = new StructView(type, protocol, options)) {
                try {
                    view.wrap(body, 0, body.length);
                    read = FromView.anyStruct(view);
                    assertTrue(view.end() <= body.length);
                } catch (ProtocolException e) {
                    assertTrue(e.offset() >= 0 && e.offset() <= body.length, e.getMessage());
                    whole = e;
                }
            }
            if (protocol == Protocol.BINARY) {
                try (Chain chain = Chains.fragmented(body, new Random(body.length))) {
                    BinaryIndexerTest.sameAsGeneric(type, options, chain);
                }
            }
            try (Chain chain = Chains.fragmented(body, new Random(body.length));
                    StructView view = new StructView(type, protocol, options)) {
                try {
                    view.wrap(chain);
                    assertTrue(whole == null, "one node failed, many nodes did not");
                    assertEquals(read, FromView.anyStruct(view));
                } catch (ProtocolException e) {
                    assertTrue(whole != null, "many nodes failed, one node did not: " + e);
                    assertEquals(whole.kind(), e.kind());
                    // the offset may differ by the few bytes of a varint read byte by byte across
                    // nodes before the truncation shows; the protocol readers do the same
                    assertEquals(whole.fieldId(), e.fieldId());
                }
            }
        }
    }
}
