// The build fails with the front end's compiler-style message, as javac's errors look in Maven.
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/thrift/broken.thrift').canonicalPath
def expected = "[ERROR] ${file}:4:6: error: unknown type: Missing"
assert log.contains(expected) : "no '$expected' in the build log"
assert log.contains('1 error in the IDL:')
assert !new File(basedir, 'target/generated-sources/zerothrift').exists()
return true
