/**
 * Views: Thrift structs read and edited in place in a {@link dev.zerothrift.runtime.buffer.Chain},
 * through an index of positions built by one walk over the bytes, and builders that write new
 * messages straight into a chain.
 *
 * <h2>Descriptors</h2>
 *
 * {@link dev.zerothrift.runtime.view.StructDescriptor} (fields in declaration order, each at a
 * <em>slot</em>; id to slot in O(1)), {@link dev.zerothrift.runtime.view.FieldDescriptor}, {@link
 * dev.zerothrift.runtime.view.TypeDescriptor} (a {@link dev.zerothrift.runtime.view.ValueKind} with
 * nested struct, enum, element, key and value types) and {@link
 * dev.zerothrift.runtime.view.EnumDescriptor} describe a schema at run time. A generated view class
 * holds them as static constants; the command-line tool builds them from a parsed IDL. Recursive
 * types are declared first and defined after ({@link
 * dev.zerothrift.runtime.view.StructDescriptor#declare}).
 *
 * <h2>The index</h2>
 *
 * {@link dev.zerothrift.runtime.view.StructView#wrap} walks the message once with the runtime's
 * {@link dev.zerothrift.runtime.protocol.ProtocolReader} (so every length is checked against the
 * bytes left, nesting against {@link dev.zerothrift.runtime.protocol.Limits#maxDepth()} and the
 * size against {@link dev.zerothrift.runtime.protocol.Limits#maxMessageSize()}) and fills one arena
 * of records per message. A specialised walk for each protocol ({@code BinaryIndexer}, {@code
 * CompactIndexer}) reads straight from the nodes' arrays first, making the same checks without
 * tracking the path (the binary one walks a struct whose bytes are all in one node over the array
 * itself, each field header compared with the one the schema predicts after the field before, as
 * the lazy root's walk below); it gives up on anything unusual (bad bytes, a limit, an unknown
 * field), and the generic walk then indexes the message again and names the field path of the
 * failure. An entry of the arena is two ints: a chain position ({@code pos}) and a link ({@code
 * link}: a child record, a count, a type). Positions are absolute chain positions; an end is kept
 * as the position of the value's <em>last</em> byte, so that an edit at {@code p} moves exactly the
 * positions {@code >= p}.
 *
 * <pre>
 *  struct record r, n = fieldCount():
 *    r             [ stop byte position     | first unknown field record, or -1 ]
 *    r + 1 + 3s    [ field header, or -1    | child record (struct, list, set, map) or -1 ]
 *    r + 2 + 3s    [ -                      | value offset from the header (0: a compact bool) ]
 *    r + 3 + 3s    [ last byte of the field | - ]
 *
 *  unknown field record u (a chain of them, in wire order):
 *    u             [ field header           | next unknown, or -1 ]
 *    u + 1         [ -                      | value offset from the header ]
 *    u + 2         [ last byte              | wire type ]
 *    u + 3         [ -                      | field id ]
 *
 *  list, set or map record c:
 *    c             [ container header       | element (entry) count ]
 *    c + 1         [ first element          | element wire type (map: key &lt;&lt; 8 | value) ]
 *    c + 2         [ last byte              | table t, or -1 (fixed size, compact varints) ]
 *    t + i         [ element i              | its record, or -1 ]        (list, set)
 *    t + 2i, +1    [ key i, value i         | their records, or -1 ]     (map)
 * </pre>
 *
 * A field's value is kept as an offset from its header, not as a position of its own, so that an
 * insertion at the start of a nested struct (which moves that struct's first field) cannot move the
 * value away from its header.
 *
 * <p>Elements of a fixed size (every number, bool, double and uuid in the binary protocol; bool,
 * i8, double and uuid in the compact one) have no table: element {@code i} is at {@code first + i *
 * size}, and the walk skips the whole run at once (a million i64s cost one bounds check). Lists and
 * sets of compact varints (i16, i32, i64, enum) have no table either: the walk counts and checks
 * their varints 64 bytes at a time ({@code BulkCodec.continuationBits}: a varint ends at each byte
 * without the high bit), and {@link dev.zerothrift.runtime.view.ListView} remembers where the
 * element after the last one read starts, so reading them in order is O(1) per element and any
 * other element is a walk from the nearest known point. Other elements get their position recorded
 * as the walk passes them, so {@code get(i)} is O(1) for them. {@link
 * dev.zerothrift.runtime.view.ListView#getLongs}, {@code getInts} and {@code getDoubles} read a
 * list in bulk, node by node, in both protocols; {@link
 * dev.zerothrift.runtime.view.ListView#forEachLong}, {@code forEachInt} and {@code forEachDouble}
 * give every element to an action as they read it, with no array between (the cheapest way to read
 * a long list whole). Nested structs, and structs inside lists, sets and maps, are indexed during
 * the same walk: no byte is walked twice. Fields the schema does not know are kept as byte ranges.
 * The arena's arrays are kept from message to message: on the steady state indexing allocates
 * nothing. Every record stands for at least one byte of the message, so the arena never outgrows
 * the message by more than a constant factor.
 *
 * <h2>Indexing on demand</h2>
 *
 * With {@link dev.zerothrift.runtime.view.ViewOptions#lazy()} (off by default), {@code wrap} only
 * checks the range and the size limit and allocates the root's empty record; the first read of a
 * root field walks the field headers from where the last walk stopped as far as that field (to the
 * stop byte for an absent one), recording every field it passes in the same entries as the whole
 * walk, so that later reads of those fields are plain lookups. Strings and binaries are passed by
 * their length and lists of fixed-size elements by count times size; a nested struct or container
 * that the walk passes is indexed whole (it has to be walked to be passed). Only the root is ever
 * partly indexed, and once walked to the end its index is exactly the eager one. The walk is the
 * protocol's happy path ({@code BinaryIndexer}'s, over the array itself when the message is in one
 * node, or {@code CompactIndexer}'s, which goes on from the id of the last field it passed), each
 * expecting the fields in declaration order: a header is compared with the one the schema predicts
 * after the field before, and only another one is looked up. Anything unusual hands over to the
 * generic walk, whose reader stays inside the root between two reads. {@link
 * dev.zerothrift.runtime.view.StructView#validate()} walks the rest at once; {@code end()}, the
 * unknown fields and every edit do so first.
 *
 * <h2>Bad input</h2>
 *
 * A view over hostile bytes fails in {@code wrap}, with a {@link
 * dev.zerothrift.runtime.protocol.ProtocolException} giving the byte offset (from the start of the
 * wrapped range) and the innermost field id, and {@link
 * dev.zerothrift.runtime.view.StructView#failurePath()} the path to it; once {@code wrap} returns,
 * every read succeeds (for a lazily indexed view: the read that reaches the bad bytes throws, with
 * the same exception and path as the whole walk would, and so does every later read that needs to
 * go past them; reads of fields before them succeed; a root field id repeated is an error, so that
 * a value once read never changes). Besides the protocol's own checks, a missing required field, a
 * union with other than one field and container elements of another wire type than the schema's are
 * errors; with {@link dev.zerothrift.runtime.view.ViewOptions#STRICT}, so are a known field of
 * another wire type and a repeated field id (by default, as libthrift, the first is kept as unknown
 * and the last of the second wins).
 *
 * <h2>Editing</h2>
 *
 * Setters on a parsed view ({@link dev.zerothrift.runtime.view.StructView#setLong}, {@code
 * setString}, {@code setBinary}, {@code setEncoded} for a whole struct or container encoded apart
 * and indexed before it goes in, {@code unset}, and the element setters of {@link
 * dev.zerothrift.runtime.view.ListView}) encode in place: a value of the same size is overwritten
 * where it stands (every fixed-size field of the binary protocol, and a compact varint whose length
 * does not change); any other value replaces the old bytes by {@link
 * dev.zerothrift.runtime.buffer.Chain#replace} (the node is split and a new node linked in place:
 * nothing else moves, no hole is left, a string's length prefix is part of the new node); an absent
 * field is inserted where libthrift would have written it, before the next present field of the
 * schema or else before the struct's stop byte; {@code unset} removes the field's bytes. In the
 * compact protocol a field header holds the id as a delta from the previous field, so the header of
 * the field that follows an insertion or a removal is encoded again. After every edit the positions
 * at or after it move by the change in length (one scan of the arena), so the index, every nested
 * view and the root's {@code end()} stay valid; a message that was in declaration order stays in
 * it, byte for byte what libthrift writes for the edited value. Views of values that an edit
 * replaced or removed (a nested view of an unset struct) are no longer valid.
 *
 * <p>Lists, sets and maps change size in place too: {@link
 * dev.zerothrift.runtime.view.ListView#insertEncoded}, {@code addEncoded}, {@code remove}, {@code
 * replaceEncoded} and the typed {@code add}/{@code insert} methods, and {@link
 * dev.zerothrift.runtime.view.MapView#putEncoded}, {@code removeEncoded}, {@code removeAt}. The new
 * item is encoded apart and indexed before the message changes, linked in without moving anything
 * else; the count in the container's header is encoded again (a compact list header takes a second
 * byte from 15 elements on), and the ends of the container and of the values that end with it move.
 * A set does not take an element whose bytes it holds already (the add returns false); a map's put
 * replaces the value of a key it holds. List and map views read the count and the table from the
 * index on each call, so every view of an edited container stays valid; views of a removed or
 * replaced item are not.
 *
 * <h2>Building</h2>
 *
 * {@link dev.zerothrift.runtime.view.MessageBuilder} writes a new message straight into a chain in
 * one pass, typed by the descriptors, linking strings and binaries longer than {@link
 * dev.zerothrift.runtime.view.MessageBuilder#REFERENCE_BYTES} without a copy. Field order is the
 * caller's: declaration order gives libthrift's bytes; a generated builder writes fixed-size fields
 * first.
 *
 * <h2>Ownership</h2>
 *
 * A view never owns the chain it reads: whoever received the message releases the chain, after the
 * last use of the view (and of any nested view, list view, {@link
 * dev.zerothrift.runtime.view.Utf8Text} or {@code ByteBuffer} taken from it). The one exception is
 * {@link dev.zerothrift.runtime.view.StructView#wrap(byte[], int, int)}: the view wraps the
 * caller's array in a chain of its own and releases it at the next {@code wrap} or at {@link
 * dev.zerothrift.runtime.view.StructView#close()}. Nested views ({@link
 * dev.zerothrift.runtime.view.StructView#getStruct(int, StructView)}), {@link
 * dev.zerothrift.runtime.view.ListView} and {@link dev.zerothrift.runtime.view.MapView} are
 * flyweights over the root's index: valid until the root wraps another message. Views are not
 * thread-safe; several threads may read one message only through views of their own, each wrapping
 * it (the chain's lookups are safe for concurrent readers).
 *
 * <h2>Generated views</h2>
 *
 * A generated view class extends {@link dev.zerothrift.runtime.view.StructView}, holds its
 * descriptor as a static constant and delegates each typed accessor by constant slot:
 *
 * <pre>{@code
 * public final class RequestView extends StructView {
 *     public static final StructDescriptor DESCRIPTOR = StructDescriptor.declare("Request", STRUCT);
 *     static { DESCRIPTOR.define(List.of(
 *             new FieldDescriptor(1, "requestId", TypeDescriptor.I64, Requiredness.DEFAULT),
 *             new FieldDescriptor(3, "user", TypeDescriptor.struct(UserView.DESCRIPTOR), ...), ...)); }
 *
 *     private UserView user; // made on first use, reused
 *
 *     public RequestView(Protocol protocol) { super(DESCRIPTOR, protocol); }
 *     RequestView() { super(DESCRIPTOR); }                      // as a nested view
 *
 *     public long requestId() { return getLong(0); }
 *     public boolean hasTraceId() { return has(5); }
 *     public String traceId() { return getString(5); }
 *     public UserView user() {
 *         if (user == null) user = new UserView();
 *         return getStruct(2, user) ? user : null;
 *     }
 * }
 * }</pre>
 *
 * and a generated builder wraps {@link dev.zerothrift.runtime.view.MessageBuilder} with one typed
 * method per field ({@code requestId(long)} calling {@code i64(DESCRIPTOR.field(0), v)}), writing
 * the fixed-size fields first.
 */
package dev.zerothrift.runtime.view;
