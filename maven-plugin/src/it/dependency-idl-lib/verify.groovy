import java.util.zip.ZipFile
def jar = new File(basedir, 'target/dependency-idl-lib-1.0.jar')
def zip = new ZipFile(jar)
try {
    assert zip.getEntry('com/example/lib/levels.thrift') != null : 'the jar ships no IDL'
    assert zip.getEntry('com/example/lib/Level.class') != null
} finally {
    zip.close()
}
return true
