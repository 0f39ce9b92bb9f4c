namespace java com.example.catalog.wire

/** What the shop sells. */
enum Category { BOOKS = 1, MUSIC = 2, GAMES = 3 }

struct Product {
  1: required string sku
  2: required Category category
  3: optional string title
}
