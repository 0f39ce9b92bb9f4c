// The second build read the state, found every hash unchanged and wrote nothing.
def generated = new File(basedir, 'target/generated-sources/zerothrift/com/example/noop/Shape.java')
def aged = new GregorianCalendar(2001, Calendar.JANUARY, 1, 0, 0).timeInMillis
assert generated.lastModified() == aged : "the second build rewrote $generated"
def log = new File(basedir, 'build.log').text
assert log.contains('zerothrift: generated 1 file (1 changed) from 1 IDL file into')
assert log.contains('zerothrift: nothing changed since the last build (1 IDL input, 1 generated file up to date)')
assert log.indexOf('zerothrift: generated') < log.indexOf('zerothrift: nothing changed')
return true
