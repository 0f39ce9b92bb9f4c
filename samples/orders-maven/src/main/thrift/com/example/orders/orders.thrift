namespace java com.example.orders.wire

/** Where an order is in its life. */
enum OrderStatus {
  PLACED = 1,
  PAID = 2,
  SHIPPED = 3,
  /** Cancelled before shipping. */
  CANCELLED = 10
}

/** How the customer pays. */
enum PaymentMethod { CARD, TRANSFER, INVOICE }

struct LineItem {
  1: required string sku
  2: required i32 quantity
  3: i64 unitPriceCents
}

struct Order {
  1: required i64 id
  2: required OrderStatus status
  3: list<LineItem> items
  4: optional PaymentMethod payment
}
