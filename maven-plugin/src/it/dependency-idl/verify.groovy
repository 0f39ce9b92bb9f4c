// The library's IDL is extracted from its jar onto the include path; its code is not generated
// again (it comes with the library), and the project's test uses both.
def extracted = new File(basedir,
        'target/zerothrift/generate-dependencies/dev.zerothrift.it/dependency-idl-lib/com/example/lib/levels.thrift')
assert extracted.isFile() : "not extracted: $extracted"
def out = new File(basedir, 'target/generated-sources/zerothrift')
assert new File(out, 'com/example/app/Mode.java').isFile()
assert !new File(out, 'com/example/lib/Level.java').exists() : 'the library program was generated again'
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0')
return true
