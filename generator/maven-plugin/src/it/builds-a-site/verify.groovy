def site = new File(basedir, 'target/site')
def step = new File(site, 'en/guide/step-1.html').getText('UTF-8')
assert step.contains('<a href="../targets/10.7.html">target 10.7</a>') : step
def home = new File(site, 'en/index.html').getText('UTF-8')
assert home.contains('<a href="guide/step-1.html#who-leads">the first step</a>') : home
def term = new File(site, 'en/targets/10.7.html').getText('UTF-8')
assert term.contains('Step 1')
assert new File(site, 'sitemap.xml').getText('UTF-8').contains('<loc>https://example.org/sample/en/guide/step-1.html</loc>')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Passage built ')
// The search goal ran against the index the build left in target/passage/lucene/en.
assert new File(basedir, 'target/passage/lucene/en').isDirectory()
assert !new File(site, 'passage').exists()
assert log.contains('{"query":"lead","total":2,') : log
assert log.contains('{"url":"en/guide/step-1.html#who-leads","title":"Step 1","section":"Who leads","score":') : log
assert new File(site, 'search/en/index.js').exists()
return true
