namespace java com.example.used

/** Where an order is. */
enum OrderState {
  NEW = 1,
  PAID = 2,
  SHIPPED = 4,
  /** Kept for old clients. */
  DISPATCHED = 4
}

/** One line of an order. */
struct LineItem {
  1: required string sku
  2: i32 quantity
  3: optional i64 priceCents
}

/** Every kind of field the tests compare with libthrift's bytes. */
struct Order {
  1: required i64 id
  2: OrderState state
  3: list<LineItem> items
  4: map<string, i32> tags
  5: optional binary note
  6: list<i64> history
  7: double total
  8: bool gift
  9: set<string> labels
  10: optional i16 priority
  11: byte channel
}
