namespace java com.example.shipping.twin

// The IDL twin of the Java-first Carrier and Parcel (com.example.shipping): the same schema, so
// the generated classes must write the same bytes.

enum Carrier { POST, COURIER, PICKUP = 10 }

struct Parcel {
  1: required string trackingId
  2: required Carrier carrier
  3: list<string> skus
  4: optional i32 weightGrams
}
