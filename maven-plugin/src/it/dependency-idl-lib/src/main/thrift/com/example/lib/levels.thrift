namespace java com.example.lib

/** Shared by every service of the company. */
enum Level { DEBUG = 10, INFO = 20, WARN = 30 }
