namespace java com.example.used.fixtures

// Test IDL can include the main IDL (its code is the main code).
include "orders.thrift"

enum Scenario { HAPPY_PATH, REFUND = 7 }
