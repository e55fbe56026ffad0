def readme = new File(basedir, 'out/readme.html').getText('UTF-8')
assert readme.contains('<a href="agenda.html">the agenda</a>') : readme
assert readme.contains('<title>Meeting notes')
assert new File(basedir, 'out/agenda.html').exists()
assert new File(basedir, 'out/assets/css/passage.css').exists()
return true
