namespace java com.example.common

enum Status { ACTIVE = 1, RETIRED = 2 }
