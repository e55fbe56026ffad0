// Bytes a cold query loads: runs each query in a fresh context (nothing cached) through the
// shipped client over a built site and lists the search files it loaded.
//
//   node cold-query.js <passage-search.js (a built site's assets/search/, or JsClient.CLIENT)> <siteDir> [--limit N] [--no-facets] [-v] <query>...
//
// --limit N (default 10) hits with snippets, as Passage.search; --no-facets as the header box
// (facets: false). Prints one line per query, and with -v every file; the last line is the mean.
var fs = require('fs'), path = require('path'), vm = require('vm');
var args = process.argv.slice(2), client = args.shift(), site = args.shift();
var limit = 10, facets = true, verbose = false, queries = [];
while (args.length) {
  var a = args.shift();
  if (a === '--limit') limit = Number(args.shift());
  else if (a === '--no-facets') facets = false;
  else if (a === '-v') verbose = true;
  else queries.push(a);
}
var shim = fs.readFileSync(path.join(__dirname, 'shim.js'), 'utf8');
var code = fs.readFileSync(client, 'utf8');

function cold(query) {
  var loaded = [];
  var ctx = { console: console };
  ctx.__readText = function (src) {
    var text = fs.readFileSync(path.join(site, src.substring('ROOT/'.length)), 'utf8');
    loaded.push([src.substring('ROOT/search/'.length), Buffer.byteLength(text)]);
    return text;
  };
  vm.createContext(ctx);
  vm.runInContext(shim, ctx);
  vm.runInContext(code, ctx);
  return new Promise(function (resolve, reject) {
    ctx.__args = [query, { lang: 'en', limit: limit, facets: facets }, resolve, reject];
    vm.runInContext('Passage.search(__args[0], __args[1]).then(__args[2], __args[3])', ctx);
  }).then(function (r) { return { result: r, loaded: loaded }; });
}

(async function () {
  var sum = 0;
  for (var i = 0; i < queries.length; i++) {
    var c = await cold(queries[i]), total = 0, kinds = {};
    c.loaded.forEach(function (f) {
      total += f[1];
      var kind = f[0].replace(/^[^/]*\//, '').replace(/[-.].*$/, '');
      kinds[kind] = (kinds[kind] || 0) + f[1];
    });
    sum += total;
    console.log(JSON.stringify(queries[i]) + ': ' + c.result.total + ' hits, ' + c.loaded.length + ' files, ' + total +
      ' bytes ' + JSON.stringify(kinds));
    if (verbose) c.loaded.forEach(function (f) { console.log('  ' + f[0] + ' ' + f[1]); });
  }
  if (queries.length) console.log('mean ' + Math.round(sum / queries.length) + ' bytes over ' + queries.length + ' queries');
})().catch(function (e) { console.error(e); process.exit(1); });
