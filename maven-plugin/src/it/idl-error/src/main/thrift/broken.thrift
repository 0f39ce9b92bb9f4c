namespace java com.example.broken

struct Order {
  1: Missing item
  2: i32 count
}
