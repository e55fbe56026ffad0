def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] content/page.md:6:5: error: link to missing page "step-9.md" (no page at step-9.md)') : log
// Under GitHub Actions, also a workflow command at the start of its line (as the check goal prints it).
assert log.readLines().contains('::error file=content/page.md,line=6,col=5::link to missing page "step-9.md" (no page at step-9.md)') : log
assert log.contains('Passage: the site has 1 error')
assert log.contains('BUILD FAILURE')
// A user's mistake is a failure, not a crash: no stack trace.
assert !log.contains('at org.passage.')
assert !new File(basedir, 'target/site').exists()
return true
