// Excluded by the pom: this would fail if it were compiled.
enum Broken {
