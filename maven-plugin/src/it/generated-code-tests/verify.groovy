// generate and generate-test each add their own source root; the tests ran against both.
assert new File(basedir, 'target/generated-sources/zerothrift/com/example/used/OrderState.java').isFile()
assert new File(basedir, 'target/generated-test-sources/zerothrift/com/example/used/fixtures/Scenario.java').isFile()
assert !new File(basedir, 'target/generated-test-sources/zerothrift/com/example/used/OrderState.java').exists()
assert new File(basedir, 'target/test-classes/com/example/used/fixtures/Scenario.class').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 13, Failures: 0, Errors: 0, Skipped: 0')
return true
