// -Dzerothrift.skip: the goal does nothing (the broken IDL is not read), and says so.
def log = new File(basedir, 'build.log').text
assert log.contains('zerothrift: skipped')
assert !new File(basedir, 'target/generated-sources/zerothrift').exists()
assert !new File(basedir, 'target/zerothrift').exists()
return true
