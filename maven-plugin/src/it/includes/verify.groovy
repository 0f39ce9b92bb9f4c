// Includes resolved through the source directory and an extra include directory; only the
// files under the source directory get code; excluded files are not read at all.
def out = new File(basedir, 'target/generated-sources/zerothrift')
assert new File(out, 'com/example/common/Status.java').isFile()
assert new File(out, 'com/example/api/Priority.java').isFile()
assert !new File(out, 'org/units/Unit.java').exists() : 'included-only program got code'
assert !new File(out, 'Broken.java').exists()
assert new File(basedir, 'target/classes/com/example/api/Priority.class').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('from 2 IDL files')
return true
