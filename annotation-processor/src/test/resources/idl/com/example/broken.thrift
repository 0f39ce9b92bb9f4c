namespace java com.example.broken

struct S {
  1: Nowhere n
}
