def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
// People read path:line:col through Maven's log …
assert lines.contains('[ERROR] content/page.md:6:5: error: link to missing page "step-9.md" (no page at step-9.md)') : log
assert lines.any { it.startsWith('[WARNING] content/page.md:4:') && it.contains('#nowhere') } : log
// … and GitHub reads workflow commands, which it only sees at the start of a line.
assert lines.contains('::error file=content/page.md,line=6,col=5::link to missing page "step-9.md" (no page at step-9.md)') : log
assert lines.any { it.startsWith('::warning file=content/page.md,line=4,col=') && it.contains('#nowhere') } : log
assert !lines.any { it.startsWith('[INFO] ::') } : log
assert log.contains('Passage: the site has 1 error')
assert log.contains('BUILD FAILURE')
assert !log.contains('at org.passage.')
// A check writes nothing: no site, no work folder, no lock.
def left = basedir.list().toList().findAll { it != '.mvn' }.sort() // .mvn: the invoker's
assert left == ['build.log', 'content', 'invoker.properties', 'verify.groovy'] : left
return true
