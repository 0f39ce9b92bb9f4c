namespace java com.example.used

/** Where an order is. */
enum OrderState {
  NEW = 1,
  PAID = 2,
  SHIPPED = 4,
  /** Kept for old clients. */
  DISPATCHED = 4
}
