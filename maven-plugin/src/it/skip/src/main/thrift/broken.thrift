// Never read: the goal is skipped.
enum Broken {
