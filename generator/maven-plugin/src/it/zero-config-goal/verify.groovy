def readme = new File(basedir, 'out/readme.html').getText('UTF-8')
assert readme.contains('<a href="agenda.html">the agenda</a>') : readme
assert readme.contains('<title>Meeting notes')
assert new File(basedir, 'out/agenda.html').exists()
assert new File(basedir, 'out/assets/css/passage.css').exists()
assert new File(basedir, 'out/search/en/index.js').exists()
// Without a pom Maven leaves ${project.basedir} in path defaults; the build folder is the one mvn ran in.
assert new File(basedir, 'target/passage/lucene/en').isDirectory()
assert !basedir.listFiles().any { it.name.contains('${') } : basedir.list()
// The search goal, also without a pom, found the index the build left there.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('{"query":"priorities","total":1,') : log
assert log.contains('"url":"agenda.html"') : log
return true
